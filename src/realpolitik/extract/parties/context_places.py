"""Targets of acts of force done at a place: "held naval drills off the coast of Norway", "in the
strait between Japan and Korea", "near Kabul". The place's state is the act's target when the
act's own arguments name none and the place is not the doer's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import LIGHT_VERBS, pobjs
from realpolitik.extract.confidence import IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import BENEFICIARY_PREPS, Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

# Roots of force and its posture: exercises, deployments (15), assaults (18), fighting (19),
# mass violence (20). Not coercion (17): "arrested two men in X" is done in X, not to it.
_FORCE_AT_PLACE = frozenset({"15", "18", "19", "20"})
# Prepositions that place an act ("near Taiwan", "off the coast of X", "in the strait ...").
# A "between A and B" on the verb is the parse of "in the strait between A and B" too.
_PLACE_PREPS = (
    "near", "off", "in", "into", "around", "along", "inside", "within", "toward", "between",
    "over", "across", "at",
)  # fmt: skip
# Common nouns of a place that a state owns or borders: "the coast of X", "X's waters", "the
# strait between A and B". Not a border ("on the X border": where the act is, both sides) nor a
# capitalised sea name ("the Sea of Japan", "the South China Sea").
_PLACE_NOUNS = frozenset(
    {"coast", "coastline", "shore", "water", "sea", "strait", "gulf", "island", "airspace",
     "sky", "territory", "port", "harbour", "harbor", "capital", "mainland",
     "post", "outpost", "checkpoint", "crossing", "village", "town",
     "region", "province", "prefecture", "district"}
)  # fmt: skip
_STATE_KINDS = frozenset({"country", "capital", "demonym"})


def _place_states(s: Site, p: Token, depth: int = 0) -> list[Arg]:
    """The states a place names: itself ("near Taiwan", "off Tokyo"), a place noun's owner
    ("Norwegian waters", "the coast of Norway", "the sea between Japan and Korea", "waters near
    Taiwan", "Cameroon's Far North region"), or the place a town no table knows is said to be in
    ("near Kolofata in Cameroon", "at Tarvo in Togo's Savanes region")."""
    m = s.actors.mention_of(p)
    if m is not None:
        ok = m.kind in _STATE_KINDS and bool(m.ref.country)
        return [Arg(m.ref, IN_PHRASE, p.i)] if ok else []
    if p.pos_ == "PROPN" and depth <= 1:  # a town no table knows, placed by its own phrase
        return [a for _, q in pobjs(p, ("in",)) for a in _place_states(s, q, depth + 1)]
    if depth > 2 or p.pos_ != "NOUN" or p.lemma_.lower() not in _PLACE_NOUNS:
        return []
    out: list[Arg] = []
    for k in p.children:  # "Norwegian waters", "Japan's coast"
        if k.dep_ in ("amod", "compound", "poss"):
            km = s.actors.mention_of(k)
            if km is not None and km.kind in _STATE_KINDS and km.ref.country:
                out.append(Arg(km.ref, IN_PHRASE, k.i))
    for prep, q in pobjs(p, ("of", "between", "near", "off", "around", "in", "inside")):
        del prep
        for h in [q, *conjuncts(q)]:
            out += _place_states(s, h, depth + 1)
    return out


@acts_on(roots=_FORCE_AT_PLACE)
def force_place_target(s: Site, c: Candidates) -> Candidates:
    """ "Held naval drills off the coast of Norway", "deployed warships in the strait between
    Japan and Korea", "massed troops near Kabul": an act of force or its posture with no target
    is aimed at the state whose place it is done at (never the doer's own: "fired missiles off
    its east coast"; nor where it is fought for a state: "alongside Syrian forces in Syria")."""
    if not c.sources or any(not unknown(a) for a in c.targets) or s.root not in _FORCE_AT_PLACE:
        return c  # (victims of no state, "killed 11 villagers near X", are placed as struck_regions does)
    heads = [s.tok]
    gov = s.tok.head
    if s.noun and s.tok.dep_ == "dobj" and gov.lemma_.lower() in LIGHT_VERBS:
        heads.append(gov)  # "held drills off X"
    heads += [k for k in s.kids if k.dep_ == "dobj"]  # "fired a missile over Japan"
    if any(k.dep_ == "prep" and k.lower_ in BENEFICIARY_PREPS for h in heads for k in h.children):
        return c  # "fought alongside Syrian forces in Syria": for the place's state, not at it
    own = {key(a) for a in c.sources}
    got: dict[str, Arg] = {}
    for h in heads:
        for _, p in pobjs(h, _PLACE_PREPS):
            if p.i in s.not_parties:
                continue
            for a in [x for h in (p, *conjuncts(p)) for x in _place_states(s, h)]:
                if key(a) not in own:
                    got.setdefault(key(a), a)
    return c.with_targets(list(got.values()), 2) if got else c
