"""Told to act: "China told the United States to stay out of its affairs" (wire9, practice25's
class TD).

Wire copy reports a demand as "X told Y to V" as often as "X ordered / demanded that Y V"
("Moscow told Kiev to pay its gas debts", "Britain told Argentina to withdraw its troops").
The lexicon's "tell" rows code only a phone call and told diplomats or nationals "to leave";
without a row the verb was no trigger, and the infinitive's own act was then read as done by
the one told ("Argentina withdrew", asserted). "X told Y to V" is read as "X ordered Y to V":
the order row's demand (10), refined by the infinitive's act as that row is (a withdrawal
105), with Y its target and Y's act not done (GUIDE rule 7: "demand", "order", "X said Y
must" are demands).

Only with a direct object that is no audience ("told reporters / journalists to expect", "told
the crowd to go home" stay statements) and none of the people, forces or firms a government
tells at home ("told its citizens / troops / airlines to ...", "told Americans to leave") and
a "to" infinitive hung on the verb ("told Y that ..." and "told Y of ..." stay statements).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

    from realpolitik.extract._lexicon import Trigger

TELL = "tell"
# Objects that are an audience, not a party asked to act.
_AUDIENCE = frozenset(
    {"reporter", "journalist", "correspondent", "newsman", "press", "medium", "audience",
     "crowd", "viewer", "listener", "reader", "supporter", "follower", "student", "rally",
     "gathering", "conference", "meeting", "briefing", "interviewer", "newspaper", "television",
     "radio", "agency"}
)  # fmt: skip
# People and bodies a state tells its own: citizens, troops, officials (an order at home).
_OWN_PEOPLE = frozenset(
    {"citizen", "national", "resident", "people", "population", "civilian", "worker",
     "troop", "force", "soldier", "army", "navy", "military", "commander", "police", "unit",
     "official", "staff", "employee", "ministry", "ministries", "agency", "department",
     "company", "firm", "bank", "airline", "carrier", "ship", "vessel", "shipping", "tourist",
     "traveller", "traveler", "expatriate", "family", "cabinet", "minister", "lawmaker",
     "legislator", "parliament", "congress", "senator", "party", "negotiator", "delegation",
     "team", "aide", "adviser", "advisor", "envoy", "ambassador", "diplomat", "mission",
     "embassy", "consulate", "governor", "prosecutor", "court", "judge", "investigator",
     "nation", "public", "country", "countryman", "countrymen", "compatriot", "voter"}
)  # fmt: skip
# Office-holders who answer for another state when it is named ("Y's foreign minister"); an
# envoy told something in the host's capital is being protested to, not ordered (a summons).
_PEERS = frozenset({"minister", "counterpart", "leader", "president", "premier"})
_ORDER = ("order", "V")
_DEMAND = "100"


def told_order(verb: Token, table: Mapping[tuple[str, str], tuple[Trigger, ...]]) -> Trigger | None:
    """The order row (a demand, 100, refined by the infinitive) for "X told Y to V", else
    None (see the module doc)."""
    if verb.lemma_.lower() != TELL:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN"):
        return None
    if obj.lemma_.lower() in _AUDIENCE:
        return None
    if obj.lemma_.lower() in _OWN_PEOPLE and not (obj.lemma_.lower() in _PEERS and _foreign(obj)):
        return None
    if obj.ent_type_ == "NORP" and obj.tag_ in ("NNS", "NNPS"):
        return None  # "told Americans to leave": people, not their state
    if not any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > obj.i and _to_infinitive(c)
        for c in verb.children
    ):
        return None
    return next(
        (r for r in table.get(_ORDER, ()) if not r.specificity and r.cameo == _DEMAND), None
    )


def _foreign(obj: Token) -> bool:
    """Whether a person or body told is named as another state's ("Y's foreign minister", "the
    Iraqi envoy", "his Greek counterpart"): a possessive name or a demonym before it."""
    return any(
        (c.dep_ == "poss" and c.pos_ == "PROPN")
        or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
        for c in obj.children
    )


def _to_infinitive(clause: Token) -> bool:
    """Whether ``clause`` is a bare "to" infinitive (no subject of its own)."""
    kids = list(clause.children)
    return (
        clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
    )
