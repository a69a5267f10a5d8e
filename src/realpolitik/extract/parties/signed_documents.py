"""An act on a signed document named again by its own word is aimed at the document's signers,
however far back they signed it (parties47: fresh23's A; recurring.md's "target named only in
an earlier sentence").

"The two ministers signed a declaration on joint patrols. NAME said Chile could also lend Peru
a patrol ship. Bolivia's foreign ministry condemned the declaration": "the declaration" is no
deal word of ``described.referred_act_parties`` ("the deal", "the pact"), and the acts told
since the signing are others', so the condemnation was left with no target. The word itself
says which act it names: a definite noun (the object of the act, its passive subject, or the
object of its "against" / "over" / "to") whose word was the object of a verb of signing earlier
in the paragraph ("signed a declaration", "concluded a memorandum") names that signing, and
the act is aimed at its parties, the doer's own side left out ("Peru defended the declaration":
at Chile only). A noun its own phrase places ("the Chilean declaration", "the declaration
between A and B") is placed there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import tokens_with_lemma
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_SIGNING = frozenset(
    {"sign", "conclude", "seal", "ink", "initial", "adopt", "finalize", "finalise"}
)
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_NAMING_DEPS = frozenset({"dobj", "nsubjpass"})
_ABOUT_PREPS = frozenset({"against", "over", "about", "to", "on", "from", "of"})
_PLACING_DEPS = frozenset({"poss", "amod", "compound", "prep", "nmod"})
_SIGNED_DEPS = frozenset({"dobj", "nsubjpass"})
# How many sentences back the signing may be (``described.SIGNED_SENTENCES``'s reach).
_SENTENCES = 20
_ORDER = 10_000  # ``EarlierAct.trigger``: sentence * 10,000 + token


def _named_document(s: Site) -> Token | None:
    """The act's one definite noun object, passive subject or "against / over / to" object."""
    heads = [k for k in s.kids if k.dep_ in _NAMING_DEPS]
    heads += [p for k in s.kids if k.dep_ == "prep" and k.lower_ in _ABOUT_PREPS
              for p in k.children if p.dep_ == "pobj"]  # fmt: skip
    nouns = [
        h for h in heads
        if h.pos_ == "NOUN" and any(k.dep_ == "det" and k.lower_ in _DEFINITE for k in h.children)
    ]  # fmt: skip
    return nouns[0] if len(nouns) == 1 else None


def _signers(s: Site, noun: Token) -> list[ActorRef]:
    """The parties of the latest earlier signing in the paragraph whose object is ``noun``'s
    word (none where no such signing was extracted)."""
    sent = s.ctx.sent
    lemma = noun.lemma_.lower()
    for t in reversed(tokens_with_lemma(s.tok.doc[: sent.start], (lemma,))):
        verb = t.head
        if t.dep_ not in _SIGNED_DEPS or verb.lemma_.lower() not in _SIGNING:
            continue
        lo = (s.ctx.index - _SENTENCES) * _ORDER
        acts = [
            a for a in s.ctx.earlier
            if lo <= a.trigger < s.ctx.index * _ORDER and a.trigger % _ORDER == verb.i
            and a.lemma == verb.lemma_.lower()
        ]  # fmt: skip
        refs: dict[str, ActorRef] = {}
        for a in acts:
            for r in (a.source, a.target):
                if r is not None and not r.code.startswith("---"):
                    refs.setdefault(r.country or r.code, r)
        return list(refs.values())
    return []


def signed_document_parties(s: Site, c: Candidates) -> Candidates:
    """ "... signed a declaration. ... Z condemned the declaration": Z at the signers."""
    if not c.sources or c.targets or not s.ctx.earlier or s.ctx.sent.start == 0:
        return c
    noun = _named_document(s)
    if noun is None or any(k.dep_ in _PLACING_DEPS and s.actors.resolve(k) for k in noun.children):
        return c
    signers = _signers(s, noun)
    own = {key(a) for a in c.sources}
    own |= {a.ref.country for a in c.sources if a.ref.country}
    got = [r for r in signers if (r.country or r.code) not in own]
    if len(signers) < 2 or not got:  # (a signing of one party names no pair)
        return c
    return c.with_targets([Arg(r, EARLIER, noun.i) for r in got], 1)


__all__ = ["signed_document_parties"]
