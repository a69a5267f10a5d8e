"""An act on a definite noun that names an earlier sentence's act by another word ("welcomed the
release" after "freed", "condemned the purchase" after "bought") is aimed at the doer of the act
the noun names (the buyer, for a getting noun), and at no one when two states fit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import child
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, key

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.models import ActorRef

# Roots of acts on what another did: approval (05), disapproval (11), rejection (12), and a
# denial (016) is read by ``context.earlier_act_doer``; approval needs the act's own word here.
_ON_AN_ACT = frozenset({"05", "11", "12"})
_ANAPHORIC = frozenset({"the", "this", "that", "these", "those", "such", "its", "their"})
# Nouns that name an act by another verb than its own: "the release" of prisoners "freed".
NOUN_ACTS: dict[str, frozenset[str]] = {
    "release": frozenset({"release", "free", "liberate", "return", "hand", "pardon"}),
    "handover": frozenset({"hand", "return", "transfer", "release", "extradite"}),
    "extradition": frozenset({"extradite", "hand", "deport"}),
    "expulsion": frozenset({"expel", "deport", "order"}),
    "withdrawal": frozenset({"withdraw", "pull", "leave", "quit"}),
    "closure": frozenset({"close", "shut"}),
    "shipment": frozenset({"ship", "send", "deliver", "supply", "transfer"}),
    "delivery": frozenset({"deliver", "send", "ship", "supply", "transfer"}),
    "deployment": frozenset({"deploy", "send", "station", "move"}),
    "sanction": frozenset({"sanction", "impose", "adopt", "slap"}),
}
# Nouns of getting something: the act is the receiver's ("called the purchase a provocation"
# blames the buyer, not the seller), the target of the earlier giving or selling act.
ACQUIRE_NOUNS = frozenset({"purchase", "acquisition", "buy", "import", "imports", "order"})
_GIVING_ROOTS = frozenset({"06", "07"})
_GIVING_VERBS = frozenset(
    {"buy", "purchase", "acquire", "import", "order", "sell", "supply", "deliver", "export",
     "ship", "provide", "transfer"}
)  # fmt: skip
# Verbs of getting whose subject is the buyer, the source of its act (lex11: "bought jets from
# Y" is the buyer's act toward Y); after a giving verb the buyer is the target.
_BUYING_VERBS = frozenset({"buy", "purchase", "acquire", "import", "order"})


def _getter(a: EarlierAct) -> ActorRef:
    """Who got what an earlier giving or buying act moved: the buyer or the receiver."""
    return a.source if a.lemma in _BUYING_VERBS or a.target is None else a.target


# How many sentences back a noun may name an earlier act (as ``context.EARLIER_SENTENCES``).
NAMED_ACT_SENTENCES = 6


def _named_object(s: Site) -> Token | None:
    """The definite noun an act on another's act names: its object ("welcomed the release"),
    or what a criticism calls something ("called the purchase a provocation": the first of two
    objects, or the subject of the clause it judges)."""
    obj = s.child("dobj")
    if obj is None and s.root == "11":
        clause = s.child("ccomp", "xcomp")
        obj = child(clause, "nsubj", "nsubjpass") if clause is not None else None
    if obj is None or obj.pos_ != "NOUN":
        return None
    if not any(k.dep_ in ("det", "poss") and k.lower_ in _ANAPHORIC for k in obj.children):
        return None
    return obj


def _one_state(acts: list[EarlierAct], receiver: bool, own: set[str]) -> list[EarlierAct]:
    """The acts whose doer (or receiver) is the one state they all share; none if two fit."""

    def side(a: EarlierAct) -> str:
        ref = _getter(a) if receiver else a.source
        return ref.country or ref.code

    states = {side(a) for a in acts} - own
    return [a for a in acts if side(a) in states] if len(states) == 1 else []


def named_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Bolivia freed two soldiers. Peru welcomed the release", "Romania bought drones from
    Turkey. Russia condemned the purchase": an act on a definite noun that names an earlier act
    of the last sentences ("the release" a freeing, "the purchase" a buying) is aimed at that
    act's doer, or for a getting noun at its receiver (the buyer); only when one state fits."""
    if not c.sources or s.noun or s.root not in _ON_AN_ACT or not s.ctx.earlier:
        return c
    obj = _named_object(s)
    if obj is None:
        return c
    if c.targets and not all(a.tok == obj.i and a.quality == EARLIER for a in c.targets):
        return c  # (a guess of ``context.earlier_act_doer`` at the latest deed gives way)
    lemma = obj.lemma_.lower()
    receiver = lemma in ACQUIRE_NOUNS
    if not receiver and lemma not in NOUN_ACTS:
        return c
    if s.actors.resolve(obj) or any(k.dep_ == "prep" for k in obj.children):
        return c  # "the release of X's prisoners": its own phrase names the parties
    lo = s.ctx.index - NAMED_ACT_SENTENCES
    recent = [a for a in s.ctx.earlier if a.trigger // 10_000 >= lo and not a.background]
    if receiver:
        fit = [
            a for a in recent
            if a.target is not None and (a.root in _GIVING_ROOTS or a.lemma in _GIVING_VERBS)
        ]  # fmt: skip
    else:
        fit = [a for a in recent if a.lemma in NOUN_ACTS[lemma]]
    own = {key(a) for a in c.sources}
    pick = _one_state(fit, receiver, own)
    if not pick:
        return c.with_targets([])
    last = pick[-1]
    ref = _getter(last) if receiver else last.source
    return c.with_targets([Arg(ref, EARLIER, obj.i)])
