"""Verb lemmas the English model's rule lemmatiser gets wrong, repaired from the lexicon's verbs.

The lemmatiser strips a suffix and keeps the first stem its word list knows: "hopes / hoped /
hoping" become "hop", "slated" "slat", "staged" "stag", "waged" "wag", "fined" "fin", "spared"
"spar", "deregistered" "deregistere". Every step that reads a verb by its lemma (trigger rows,
factuality governors, light verbs) then misses the verb. The repair is one
rule: where a verb form's lemma is no verb the project reads but exactly one of the form's
regular stems ("hoped": "hope", "hop") is, that stem is the lemma. The verbs the project reads
are its own tables (trigger rows and the word lists of factuality and light verbs), so a verb
added to them is repaired without a line here; an unknown lemma with no known stem is left alone.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

NAME = "verb_lemmas"
_AFTER = "lemmatizer"
# Inflected verb tags (the base form "hope" is its own lemma); VBP for a past form the tagger
# read as a present one ("Ethiopia unfroze Indian assets": its lemma left "unfroze").
_INFLECTED = frozenset({"VBD", "VBN", "VBG", "VBZ", "VBP"})
_VOWELS = frozenset("aeiou")
_SHORTEST_STEM = 2


@functools.cache
def known_verbs() -> frozenset[str]:
    """The verbs the project reads by lemma: the built-in trigger rows' verbs, the governors of
    factuality (plans, reports, refusals, deliberation, avoidance) and the light verbs."""
    from realpolitik.extract import _fact_scope, factuality
    from realpolitik.extract._lexicon import lexicon
    from realpolitik.extract._words import LIGHT_VERBS

    verbs = {lemma for (lemma, pos) in lexicon().triggers if pos == "V"}
    for words in (
        factuality.POSSIBLE_GOVERNORS,
        factuality.REPORT_GOVERNORS,
        factuality.NEG_GOVERNORS,
        _fact_scope.PLANNED,
        _fact_scope.DELIBERATING,
        _fact_scope.AVOIDING,
        LIGHT_VERBS,
    ):
        verbs |= words
    return frozenset(v for v in verbs if v.isalpha())


def regular_stems(form: str) -> set[str]:
    """The stems a regular English inflection could come from: "hoped" -> {"hope", "hop"},
    "planned" -> {"plann", "planne", "plan"}, "carries" -> {"carry", "carrie", "carri"}."""
    stems: set[str] = set()
    for suffix in ("s", "es", "d", "ed", "ing"):
        if not form.endswith(suffix):
            continue
        stem = form[: -len(suffix)]
        stems.add(stem)
        if suffix == "ing":
            stems.add(stem + "e")  # "hoping" -> "hope"
        if len(stem) > 1 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            stems.add(stem[:-1])  # "planned" -> "plan"
    for suffix in ("ies", "ied"):
        if form.endswith(suffix):
            stems.add(form[: -len(suffix)] + "y")  # "carried" -> "carry"
    return {s for s in stems if len(s) >= _SHORTEST_STEM}


def repaired_lemma(tok: Token) -> str | None:
    """The known verb an inflected form's misread lemma stands for, or None."""
    if tok.tag_ not in _INFLECTED:
        return None
    known = known_verbs()
    if tok.lemma_.lower() in known:
        return None
    irregular = [v for v in irregular_lemmas(tok.lower_) if v in known]
    found = set(irregular) or regular_stems(tok.lower_) & known
    return next(iter(found)) if len(found) == 1 else None


@functools.cache
def irregular_lemmas(form: str) -> tuple[str, ...]:
    """The lemmatiser's own irregular verb forms ("unfroze", "unfrozen": "unfreeze"), which its
    rules skip where the tag is no past one (leftovers27)."""
    from realpolitik.extract._nlp import load_nlp

    lookups = load_nlp().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    return tuple(lookups.get_table("lemma_exc").get("verb", {}).get(form, ()))


# (form, tag, lemma) ids -> the repaired lemma or None: each distinct form is read once.
_SEEN: dict[tuple[int, int, int], str | None] = {}


def repair_lemmas(doc: Doc) -> Doc:
    """Set each misread verb's lemma to the verb it stands for (see the module docstring)."""
    for tok in doc:
        if tok.tag_ not in _INFLECTED:
            continue  # (only verb forms are kept in _SEEN: not every word of a corpus)
        key = (tok.orth, tok.tag, tok.lemma)
        if key not in _SEEN:
            _SEEN[key] = repaired_lemma(tok)
        lemma = _SEEN[key]
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


def add_verb_lemmas(nlp: Language) -> None:
    """Run :func:`repair_lemmas` right after the pipeline's lemmatiser (no lemmatiser: nothing)."""
    from spacy.language import Language

    if _AFTER not in nlp.pipe_names or NAME in nlp.pipe_names:
        return
    if not Language.has_factory(NAME):
        Language.component(NAME, func=repair_lemmas)
    nlp.add_pipe(NAME, after=_AFTER)
