"""Generic role nouns and things are no party of a state (issue 9 round 11, class G).

"Hanoi agreed to buy 20 Airbus jets": the jets are what is bought, not the buyer's military;
"Asian banks are refusing to clear its transfers": banks of a region are no state nor group of
states; "Kenya said banks had cut lending to Uganda", "Poland's president said the workers could
stay and train Germans": banks, firms, investors and workers whose own phrase names no state are
of no state the sentence says (``pairs.locate_unplaced`` used to give them the state named
nearest, often the other party's, making the act domestic); "said it would not join the new
force": a force with no state of its own is a mission, not the military of the state it serves.
Demonym + sector parties stay ("Japanese banks refused to lend to Russia": JPNBUS).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Weapons, vehicles and goods that are traded, delivered or built: things, not their owners.
PRODUCT_NOUNS = frozenset(
    {
        "jet", "aircraft", "airplane", "plane", "airliner", "helicopter", "drone", "missile",
        "rocket", "tank", "warship", "frigate", "corvette", "submarine", "destroyer", "howitzer",
        "warplane", "fighter", "bomber", "vessel", "ship", "weapon", "launcher", "satellite",
    }
)  # fmt: skip
# Verbs whose object is the thing traded, moved or made (the party is the seller or the buyer).
TRADE_VERBS = frozenset(
    {
        "buy", "purchase", "acquire", "order", "procure", "sell", "deliver", "supply", "export",
        "import", "ship", "transfer", "provide", "lease", "build", "produce", "manufacture",
        "receive", "obtain", "field", "donate", "pledge", "offer", "give", "send",
    }
)  # fmt: skip
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
# Regions and groups of peoples (actors/data/groups.tsv): "Asian banks" is no state.
REGIONS = frozenset(
    {
        "EUR", "EEU", "AFR", "ASA", "MEA", "LAM", "SEA", "SAS", "CAS", "CAU", "BLK", "SCN", "ARB",
        "NMR", "WAF", "EAF", "NAF", "SAF", "CRB",
    }
)  # fmt: skip
# Sectors of private bodies and people of no state until their phrase names one.
GENERIC_SECTORS = frozenset({"BUS", "LAB"})
_MISSION_WORDS = frozenset({"force"})
_MIL = "MIL"
_DEMAND = "10"
# Verbs of command ("ordered the army to ...") and the sectors a head of state commands.
ORDER_VERBS = frozenset({"order", "instruct", "direct", "command", "tell"})
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
# Head nouns of private bodies and workers (the sectors' words in actors/data/sectors.tsv).
FIRM_NOUNS = frozenset(
    {
        "bank", "firm", "company", "investor", "business", "corporation", "enterprise",
        "exporter", "importer", "manufacturer", "trader", "lender", "insurer", "worker", "union",
    }
)  # fmt: skip


def is_product(tok: Token) -> bool:
    """ "buy 20 Airbus jets", "the missiles were delivered", "an order for 12 jets": a weapon or
    vehicle that a verb of trade or transfer takes as its thing."""
    if tok.lemma_.lower() not in PRODUCT_NOUNS:
        return False
    head = tok
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ not in _OBJECT_DEPS:
        return False
    verb = head.head
    if head.dep_ == "pobj":  # "an order for 12 jets", "a deal on drones"
        verb = verb.head
    return verb.lemma_.lower() in TRADE_VERBS


def is_mission_force(tok: Token) -> bool:
    """ "the new force", "the stabilisation force": one force of no state of its own (a
    mission, a coalition); "forces", "the air force" are a state's."""
    return tok.lower_ in _MISSION_WORDS and tok.tag_ == "NN"


def region_firms(arg: Arg, tok: Token) -> bool:
    """ "Asian banks", "European firms": a region's word on a business or labour noun."""
    return arg.ref.code in REGIONS and tok.lemma_.lower() in FIRM_NOUNS


def no_thing_party(s: Site, c: Candidates) -> Candidates:
    """A product taken as target ("agreed to buy 20 Airbus jets": VNMMIL) is no target, or its
    maker's state ("buy American jets": USA, not USAMIL); a region's banks or firms are no
    party ("Asian banks are refusing ...": the pair goes)."""
    if not c.pairs:
        return c
    doc = s.tok.doc
    pairs: list[tuple[Arg, Arg | None]] = []
    for a, b in c.pairs:
        if 0 <= a.tok < len(doc) and region_firms(a, doc[a.tok]):
            continue
        if b is not None and 0 <= b.tok < len(doc):
            bt = doc[b.tok]
            if region_firms(b, bt):
                b = None
            elif b.ref.code.endswith(_MIL) and is_product(bt):
                b = _maker(b)
        if (a, b) not in pairs:
            pairs.append((a, b))
    return c.with_pairs(pairs, dropped="no_thing_party")


def _maker(b: Arg) -> Arg | None:
    """A product's state ("buy American jets": the United States), never its military."""
    if not b.ref.country:
        return None
    return Arg(replace(b.ref, code=b.ref.country), b.quality, b.tok)


@acts_on(roots=(_DEMAND,))
def own_forces_order(s: Site, c: Candidates) -> Candidates:
    """ "Erdogan ordered the military to prepare an operation in Syria": an order to forces of
    no other state (unplaced, or the orderer's own) is command inside a state, no demand on
    the state the sentence names next (the ordered act, when it is an act, is its own event)."""
    if not c.pairs or s.root != _DEMAND or s.tok.lemma_.lower() not in ORDER_VERBS:
        return c
    doc = s.tok.doc
    pairs = [(a, b) for a, b in c.pairs if not _own_force(doc, a, b)]
    return c.with_pairs(pairs, dropped="own_forces_order")


def _own_force(doc: Doc, a: Arg, b: Arg | None) -> bool:
    if b is None or not 0 <= b.tok < len(doc) or b.ref.code[3:6] not in FORCE_SECTORS:
        return False
    if doc[b.tok].dep_ not in ("dobj", "dative"):
        return False
    return b.ref.code.startswith("---") or b.ref.country == a.ref.country


def unplaceable(arg: Arg, tok: Token, *, source: bool) -> bool:
    """An unplaced actor no state may be guessed for as a doer, nor the doer's own as a target:
    banks, firms, investors or workers ("the banks froze Iranian assets"); as a target, a
    mission force ("join the new force": never the served state's) or a product ("agreed to
    buy 20 Airbus jets": never the buyer's). "The force" that acts may be a state's own."""
    if arg.ref.code[3:] in GENERIC_SECTORS:
        return True
    return not source and (is_mission_force(tok) or is_product(tok))


__all__ = [
    "FORCE_SECTORS",
    "ORDER_VERBS",
    "FIRM_NOUNS",
    "GENERIC_SECTORS",
    "PRODUCT_NOUNS",
    "REGIONS",
    "TRADE_VERBS",
    "is_mission_force",
    "is_product",
    "no_thing_party",
    "own_forces_order",
    "region_firms",
    "unplaceable",
]
