"""Use (a) of the event classifier: a FALLBACK event where the trigger rules found none.

Issue 9's blind sets miss many relations with "no trigger": the verb is in no lexicon row. When
a sentence yields no event, and one of its verb clauses names two parties (the verb's subject,
and its object or the object of one of its prepositions, another state), is asserted, and the
classifier's ``plover`` head, seen from that verb, is at least ``FALLBACK_MIN`` sure of a type,
the clause becomes one event of that type's default CAMEO code (``plover_default_cameo``: AGREE
-> 030, ...).

Measured on its own (README, "Accuracy and speed"); the stage is off unless ``ENABLED``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from realpolitik.extract.confidence import COMPOSED, event_confidence
from realpolitik.extract.dates import event_date
from realpolitik.extract.event_classifier import classifier, sentence_features
from realpolitik.extract.factuality import factuality_of
from realpolitik.models import Event, Evidence
from realpolitik.ontology import cameo, plover_default_cameo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from realpolitik.extract._mention_parts import Arg, Resolver

ENABLED = False  # measured and not kept (README): the rules' events stand alone
FALLBACK_MIN = 0.6  # the classifier's probability at which a clause without a trigger is an event
PLACED = COMPOSED  # both parties at least this sure: a name, or a word a name owns
SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "dative"})


@dataclass(frozen=True)
class Fallback:
    """The event the classifier reads in a clause without a trigger."""

    code: str
    plover: str
    probability: float
    source: Arg
    target: Arg
    verb: Token


def _placed(actors: Resolver, tok: Token) -> Arg | None:
    got = [a for a in actors.resolve(tok) if a.quality >= PLACED]
    return got[0] if len(got) == 1 else None


def _objects(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def _clause(verb: Token, actors: Resolver) -> tuple[Arg, Arg] | None:
    """(source, target) when ``verb``'s subject is one placed party and its objects name one
    other state."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return None
    src = _placed(actors, subjects[0])
    if src is None:
        return None
    targets = [a for t in _objects(verb) if (a := _placed(actors, t)) is not None]
    targets = [a for a in targets if a.ref.code[:3] != src.ref.code[:3]]
    return (src, targets[0]) if len(targets) == 1 else None


def fallback(sent: Span, actors: Resolver) -> Fallback | None:
    """The fallback event of ``sent`` (whose rules gave no event), or None: the first asserted
    verb clause with two placed parties that the classifier, seen from that verb, is sure of."""
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        pair = _clause(verb, actors)
        if pair is None or factuality_of(verb, sent=sent) != "asserted":
            continue
        ptype, prob = classifier()["plover"].predict(sentence_features(sent, verb))
        if prob >= FALLBACK_MIN:
            return Fallback(plover_default_cameo(ptype), ptype, prob, pair[0], pair[1], verb)
    return None


def fallback_event(
    sent: Span,
    actors: Resolver,
    where: tuple[str, int, int, int],
    date: str | None,
    texts: tuple[str, str],
) -> Event | None:
    """The fallback as an event record: ``where`` = (doc_id, sentence index, start, end) of the
    sentence in the document, ``texts`` = (the sentence's text, the text the parse read)."""
    if not ENABLED:
        return None
    fb = fallback(sent, actors)
    if fb is None:
        return None
    when, precision, reference = event_date(sent, fb.verb, date, text=texts[1])
    if reference:
        return None
    doc_id, idx, start, end = where
    c = cameo(fb.code)
    return Event(
        doc_id=doc_id,
        sentence_index=idx,
        source=fb.source.ref,
        target=fb.target.ref,
        cameo=fb.code,
        plover=fb.plover,
        mode=None,
        goldstein=c.goldstein,
        quad_class=c.quad_class,
        factuality="asserted",
        date=when,
        date_precision=precision,
        evidence=Evidence(texts[0], start, end, fb.verb.text),
        confidence=event_confidence(fb.code, 0, fb.source.quality, fb.target.quality, 1),
    )
