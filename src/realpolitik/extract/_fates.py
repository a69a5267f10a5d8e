"""What became of every trigger of a document: kept as an event or dropped, and by which gate.

For diagnostics only (``bench/news_gold.py --why-missed`` counts at which step a gold relation
was lost): the extraction records a :class:`Fate` per trigger when asked (``_Run.fates``), and
``trace_fates`` returns them with the document's events. The ordinary run records nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Span

    from realpolitik.actors import ActorRegistry
    from realpolitik.extract._found import Found
    from realpolitik.extract._lexicon import Lexicon
    from realpolitik.extract._mentions import Arg, DocActors
    from realpolitik.extract.seams import Pipeline
    from realpolitik.models import Document, Event, Extraction

# The gates, in pipeline order; a kept trigger's gate is KEPT.
KEPT = "kept"
ABSORBED = "absorbed"  # asked of the recorder: which of OBJECT and NON_EVENT took it
FOLDED = "folded"  # absorbed by control folding ("agreed to sign": one act, 036)
OBJECT = "object of another act"  # "signed a treaty": the treaty is what was signed
NON_EVENT = "non-event"  # salience.non_event names the rule: "non-event:quoted"
NO_PARTIES = "no parties"  # the party stages found no doer
REFERENCE = "old-act reference"  # "the 1953 armistice": dated as a reference, not news
BACKGROUND = "background"  # scene-setting beside the sentence's news (salience)
GATES = (FOLDED, OBJECT, NON_EVENT, NO_PARTIES, REFERENCE, BACKGROUND)


@dataclass(frozen=True)
class Fate:
    """One trigger of one sentence: its code, where it stopped and the parties it had then."""

    start: int  # the sentence's character span in the document's text
    end: int
    char: int  # the trigger token's first character in the document's text
    trigger: str
    code: str  # CAMEO code when it stopped (after recoding when it got that far)
    gate: str  # KEPT or one of GATES (non-event with its rule: "non-event:label")
    keys: tuple[tuple[str, str, str], ...] = ()  # (source, target, code) when parties were set


def trace_fates(
    doc: Document,
    *,
    registry: ActorRegistry | None = None,
    nlp: Pipeline | None = None,
    lexicon: Lexicon | None = None,
) -> tuple[Extraction, list[Fate]]:
    """The document's extraction and the fate of each of its triggers, in order."""
    from realpolitik.extract._extract import _Run, default_registry
    from realpolitik.extract._nlp import load_nlp

    run = _Run(doc, registry if registry is not None else default_registry(), None, lexicon)
    run.fates = []
    run.run(nlp if nlp is not None else load_nlp())
    return run.extraction(), run.fates


class Recorder(Protocol):
    """Records one trigger's fate; ``gate`` ABSORBED asks which absorbing gate it was."""

    def __call__(
        self,
        f: Found,
        gate: str,
        pairs: Sequence[tuple[Arg, Arg | None]] = (),
        *,
        event: Event | None = None,
    ) -> None: ...


def _no_record(
    f: Found, gate: str, pairs: Sequence[tuple[Arg, Arg | None]] = (), *, event: Event | None = None
) -> None:
    """The recorder of an ordinary run: records nothing."""


def recorder(
    fates: list[Fate] | None,
    sent: Span,
    span: tuple[int, int],
    trig: set[int],
    actors: DocActors,
) -> Recorder:
    """A recorder of the fates of ``sent``'s triggers (at ``span`` in the text) into ``fates``;
    a no-op when ``fates`` is None. A trigger absorbed in the sentence's own pass (ABSORBED) is
    asked again which of the object and non-event gates took it, off the ordinary path."""
    if fates is None:
        return _no_record
    from realpolitik.extract.salience import non_event, object_of_trigger

    start, end = span

    def record(
        f: Found,
        gate: str,
        pairs: Sequence[tuple[Arg, Arg | None]] = (),
        *,
        event: Event | None = None,
    ) -> None:
        if gate == ABSORBED:
            rule = "" if object_of_trigger(f, trig, actors) else non_event(f, trig, actors)
            gate = f"{NON_EVENT}:{rule}" if rule else OBJECT
        keys = tuple((s.ref.code, t.ref.code if t else "", f.code) for s, t in pairs)
        if event is not None:
            keys = ((event.source.code, event.target.code if event.target else "", event.cameo),)
        char = start + f.tok.idx - sent.start_char
        fates.append(Fate(start, end, char, f.tok.text, f.code, gate, keys))

    return record
