"""The topic of a joint act is no third party (practice1, issue 9 round 16).

"The two leaders also signed memoranda on migrant workers", "Oslo and Helsinki agreed a
protocol on fishermen's rights": the doers of a symmetric act are each other's counterparts;
a group of unknown state in an "on / about / over" phrase of the document says what it is
about. Taken as the target, it left the signing aimed at no state ("---LAB") instead of the
partner.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts, pobjs
from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def topic_only(found: Sequence[tuple[str, object]], targets: Sequence[Arg]) -> bool:
    """Whether every target found is of unknown state and every phrase it came from a topic."""
    return (
        bool(targets)
        and all(unknown(a) for a in targets)
        and all(w in TOPIC_PREPS for w, _ in found)
    )


# Counts that make a subject a pair: "the two leaders", "both sides" (practice26).
PAIR_COUNTS = frozenset({"two", "both"})
# Nouns of a pact whose "with" phrase names the pact's partner ("an arrangement with Y").
_PACT_NOUNS = frozenset(
    {"arrangement", "agreement", "accord", "deal", "pact", "treaty", "truce", "ceasefire",
     "partnership", "memorandum", "framework", "understanding", "settlement", "alliance"}
)  # fmt: skip


def _counted_pair(subject: Token) -> bool:
    """ "the two leaders", "both sides": a plural subject counted as two."""
    return subject.tag_ in ("NNS", "NNPS") and any(
        k.lower_ in PAIR_COUNTS and k.dep_ in ("nummod", "det", "predet") for k in subject.children
    )


@acts_on(noun=False, words=PAIR_COUNTS)
def pair_object_partner(s: Site, c: Candidates) -> Candidates:
    """ "The two leaders discussed a security arrangement with Y", "both sides discussed a trade
    deal with Z": a symmetric act whose doers are a counted pair of two states is theirs with
    each other; a "with" phrase of its object names the object's partner (the arrangement's),
    never the act's target (practice26, class TL; "Peru discussed a trade deal with Bolivia",
    one doer, keeps Bolivia). With the target dropped, ``reciprocal.each_other`` pairs the two."""
    if len(c.sources) < 2 or not c.targets or "recip" not in s.found.entry.flags:
        return c
    if len({a.ref.country for a in c.sources if a.ref.country}) < 2:
        return c
    subject = s.child("nsubj")
    obj = s.child("dobj")
    if subject is None or obj is None or not _counted_pair(subject):
        return c
    if obj.lemma_.lower() not in _PACT_NOUNS:
        return c  # ("discussed the crisis with Y's president": Y may be at the table)
    partners = {p.i for _, p in pobjs(obj, ("with",))}
    partners |= {q.i for i in list(partners) for q in conjuncts(s.tok.doc[i])}
    if not partners or any(a.tok not in partners for a in c.targets):
        return c
    return c.with_targets(())
