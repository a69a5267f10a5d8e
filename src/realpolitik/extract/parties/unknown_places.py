"""Force at a place no table knows is never aimed at the doer's own state (issue 9, leftovers51:
practice19's ST).

"Ethiopian jets bombed the port of Assab", "Eritrea said Ethiopian troops had launched an
offensive along the western front": the strike names where it landed, but no table places the
town in a state, and ``pairs.home_target`` read a state's forces with no target as acting at
home (ETHMIL -> ETH). A strike, a shelling or an offensive aimed at a named place no table knows,
or along a front, is a reader's "somewhere in the war": the paragraph's one other state (the
speaker who says it happened to it, or the state an earlier sentence names), else no target.
Only where the struck thing is the place itself (the object, "the town of X", or the place of an
act with no object of its own, "fired on X", "an offensive along the front"): "killed three
militants in Kupwara" keeps its home reading. Towns the tables know (``data/regions.tsv``) are
placed by ``struck_regions``; the cost is an unknown town of the doer's own state struck by its
own forces (rare in news about two states: rebels there are named as the object). A place
named only by its people's faith ("pounded the Christian enclave", "shelled Druze villages")
takes the paragraph's one other state too, but keeps the home reading where there is none
("Iraqi troops shelled Shiite villages": wire11, practice27 OT).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import LIGHT_VERBS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.hedged_partner import paragraph_other
from realpolitik.extract.parties.struck_regions import SITE_NOUNS, region_state

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

_FORCE_ROOTS = frozenset({"18", "19", "20"})
_AT = frozenset({"at", "on", "against", "in", "into", "over", "toward", "towards", "along", "near"})
# A war's front: where two sides fight, never one state's home.
_FRONTS = frozenset({"front", "frontline", "front-line", "frontlines"})
# Objects that are the strike itself or its means, not what it hit ("fired missiles at X").
_MEANS = frozenset(
    {"missile", "rocket", "shell", "bomb", "strike", "airstrike", "attack", "offensive", "raid",
     "assault", "operation", "fire", "round", "salvo", "mortar", "artillery", "shot"}
)  # fmt: skip
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", ""})


def _unknown_proper(s: Site, tok: Token) -> bool:
    """``tok`` heads a proper place name that names no actor and no table's region."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _PLACE_ENTS:
        return False
    if region_state(tok) is not None:
        return False
    return not any(s.actors.mention_of(t) is not None for t in tok.subtree)


def _unknown_place(s: Site, tok: Token) -> bool:
    """``tok`` is a front, a proper place no table knows, or "the town of" one."""
    lemma = tok.lemma_.lower()
    if lemma in _FRONTS:
        return not any(s.actors.mention_of(t) is not None for t in tok.subtree)
    if lemma in SITE_NOUNS:
        named = [p for k in tok.children if k.dep_ == "prep" and k.lower_ == "of"
                 for p in k.children if p.dep_ == "pobj"]  # fmt: skip
        return bool(named) and all(_unknown_proper(s, p) for p in named)
    return _unknown_proper(s, tok)


# Faiths and sects a place is named by ("the Christian enclave", "Druze villages"): a community,
# never a state; where the place lies the sentence or paragraph says (wire11, practice27 OT),
# else the doer's home (``pairs.home_target``: "Iraqi troops shelled Shiite villages").
_COMMUNITIES = frozenset(
    {"christian", "druze", "druse", "shiite", "shi'ite", "shia", "sunni", "muslim", "moslem",
     "alawite", "maronite", "catholic", "orthodox", "jewish", "hindu", "sikh", "buddhist"}
)  # fmt: skip
_COMMUNITY_SITES = frozenset(
    {"enclave", "enclaves", "village", "villages", "quarter", "quarters", "district", "districts",
     "neighbourhood", "neighborhood", "heartland", "stronghold", "strongholds", "area", "areas",
     "town", "towns", "camp", "camps", "sector", "suburb", "suburbs", "region", "mountains"}
)  # fmt: skip


def _community_site(s: Site, tok: Token) -> bool:
    """ "Pounded the Christian enclave", "shelled Druze villages": a place named only by the
    faith of its people, no state, no actor and no region in the phrase."""
    if tok.lower_ not in _COMMUNITY_SITES and tok.lemma_.lower() not in _COMMUNITY_SITES:
        return False
    mods = [k for k in tok.children if k.dep_ in ("amod", "compound")]
    if not any(k.lower_ in _COMMUNITIES for k in mods):
        return False
    return not any(s.actors.mention_of(t) is not None for t in tok.subtree)


def struck_community_site(s: Site) -> bool:
    """A force act whose object is a place named only by its people's faith ("pounded the
    Christian enclave"): the paragraph's one other state, if any, is where it lies."""
    if s.root not in _FORCE_ROOTS:
        return False
    objs = [k for h in _heads(s) for k in h.children if k.dep_ == "dobj" and k.i != s.tok.i]
    return any(_community_site(s, o) for o in objs)


def _heads(s: Site) -> list[Token]:
    """The trigger, and for an act noun the light verb that carries it ("launched an offensive")."""
    heads = [s.tok]
    if s.noun and s.tok.dep_ == "dobj" and s.tok.head.lemma_.lower() in LIGHT_VERBS:
        heads.append(s.tok.head)
    return heads


def struck_unknown_place(s: Site) -> bool:
    """A force act whose struck place is a front or a named place no table knows (module doc)."""
    if s.root not in _FORCE_ROOTS:
        return False
    heads = _heads(s)
    objs = [k for h in heads for k in h.children if k.dep_ == "dobj" and k.i != s.tok.i]
    if any(_unknown_place(s, o) for o in objs):
        return True
    if any(o.lemma_.lower() not in _MEANS for o in objs):
        return False  # ("killed three militants in X": the people struck say whose fight)
    places = [p for h in heads for k in h.children if k.dep_ == "prep" and k.lower_ in _AT
              for p in k.children if p.dep_ == "pobj"]  # fmt: skip
    return bool(places) and any(_unknown_place(s, p) for p in places)


# Sectors that fight their own state: "Abkhaz separatists overran Sukhumi" is GEOREB -> GEO
# (the home reading stays, whatever table knows the town).
_HOME_FIGHTERS = frozenset({"REB", "INS", "OPP", "SEP"})


def fights_at_home(doer: Arg | None) -> bool:
    """A rebel, insurgent or opposition doer: its force at home is aimed at its own state."""
    return doer is not None and doer.ref.code[3:6] in _HOME_FIGHTERS


@acts_on(roots=_FORCE_ROOTS)
def unknown_place_other_state(s: Site, c: Candidates) -> Candidates:
    """Force at a front or a place no table knows, with no target: the paragraph's one other
    state (``pairs.home_target`` then leaves it open rather than the doer's own)."""
    if not c.pairs or all(b is not None for _, b in c.pairs):
        return c
    if any(fights_at_home(a) for a, _ in c.pairs):
        return c
    if not struck_unknown_place(s) and not struck_community_site(s):
        return c
    return c.fill_targets(lambda own: paragraph_other(s, own))


__all__ = [
    "fights_at_home",
    "struck_community_site",
    "struck_unknown_place",
    "unknown_place_other_state",
]
