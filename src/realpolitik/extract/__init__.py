"""Extraction: a document in, evidence-backed events, claims and actor mentions out.

``extract_document`` is a pure function of (document, actor registry, date, trigger lexicon) so
that it can run in worker processes or on a cluster; ``load_lexicon`` adds user trigger files
(``--triggers``) to the built-in lexicon. ``load_nlp`` gives the shared spaCy pipeline (loaded
once per process); ``factuality_of`` classifies a trigger token as asserted, reported, possible
or negated. Who did what to whom is one ordered policy of named stages
(``realpolitik.extract.parties.POLICY``); ``explain_parties`` shows what each stage did.
"""

from __future__ import annotations

from realpolitik.extract._extract import explain_parties, extract_document
from realpolitik.extract._lexicon import Lexicon, load_lexicon
from realpolitik.extract._nlp import load_nlp
from realpolitik.extract.factuality import factuality_of

__all__ = [
    "Lexicon",
    "explain_parties",
    "extract_document",
    "factuality_of",
    "load_lexicon",
    "load_nlp",
]
