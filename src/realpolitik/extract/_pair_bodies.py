"""The pair's institutions: "the two armies", "both central banks", "the two weather agencies",
"officials of the two agencies", "the two countries' prosecutors" (issue 9, pairs23: fresh12's J).

A plural state body counted as a pair ("the two" / "both" + a body noun: a sector word of the
state's own sectors, or an institution noun such as agency, bank, service), with no words of its
own that name a state, is the story's pair of states, one body each: the pair of the story's
last act between two states, else the last two states named before the sentence. The body noun
gives the sector ("the two navies": MIL each). An office-holder noun "of" such a pair, or
owned by the counted pair of states ("the two countries' prosecutors"), is the pair's
office-holders with its own sector. Without this the counted body kept one side (the nearest
state named) or none, and a joint act of the two ("held their first joint exercise", "signed an
accord") lost its target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._counted_people import COUNTED_PERSON_NOUNS
from realpolitik.extract._mention_parts import PAIR_WORDS, PERSON_NOUNS, STATE_NOUNS, Arg
from realpolitik.extract._place_adjectives import without_place_adjectives
from realpolitik.extract._referring import scene_of, straddles_clause
from realpolitik.extract.confidence import REFERRED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

# Sectors of a state's own bodies and office-holders: "the two countries' prosecutors" are the
# pair's; "the two countries' rebels" are not.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Collective nouns of a state's institutions: "the two armies", "both central banks", "the two
# weather agencies" (not people: "the two soldiers" are two persons, of any state).
BODY_NOUNS = frozenset(
    {"army", "military", "navy", "airforce", "force", "police", "parliament", "legislature",
     "senate", "congress", "court", "cabinet", "ministry", "administration", "embassy",
     "agency", "bank", "department", "service", "bureau", "commission", "regulator", "council",
     "directorate", "inspectorate", "institute", "coastguard", "customs", "authority",
     "secretariat", "operator", "utility"}
)  # fmt: skip
_GOVERNMENT = "GOV"
_COUNT_DEPS = frozenset({"det", "nummod", "predet"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_OWN_WORDS = frozenset({"amod", "compound", "nmod"})  # "central", "weather", "border"
_OWNER_PREPS = frozenset({"of", "from"})
# Counted nouns read elsewhere: "the two governments" (a state noun), "the two leaders" (people).
# Office-holders a counted pair of states may own: "the two countries' police chiefs".
_OFFICES = COUNTED_PERSON_NOUNS - {"man", "woman"}
_READ_ELSEWHERE = STATE_NOUNS | PERSON_NOUNS | COUNTED_PERSON_NOUNS


def body_sector(actors: DocActors, lemma: str) -> str:
    """The sector of a state body's or office-holder's noun ("navy": MIL, "agency": GOV,
    "prosecutor": JUD), "" for any other noun."""
    sector = actors._sectors.get(lemma, "")
    if sector:
        return sector if sector in STATE_SECTORS else ""
    return _GOVERNMENT if lemma in BODY_NOUNS else ""


def _story_pair(actors: DocActors, tok: Token) -> list[str]:
    """The two states "the two countries" would be at ``tok`` (``counted_reference``): the last
    two named, or the story's last act's pair where those are its scene or straddle ``tok``'s
    clause; [] when there are not two."""
    pos = actors.doc_offset(tok)
    dyad = actors.pair.at(pos)
    pair = without_place_adjectives(actors._placed, tok, pos, actors._placed.last_two(pos))
    straddles = straddles_clause(tok, pos, pair)
    if dyad is not None and (scene_of(dyad, pair) or straddles):
        codes = [r.country for r in dyad[2] if r.country]
    else:
        if straddles:
            pair = actors._placed.last_two(pos - (tok.idx - tok.sent.start_char))
        codes = [m.ref.country for m in pair or () if m.ref.country]
    codes = list(dict.fromkeys(codes))
    return codes if len(codes) == 2 else []


def _their(c: Token) -> bool:
    """ "their two navies": the pair's own pronoun, no state word (parties54, fresh28's C)."""
    return c.dep_ == "poss" and c.lower_ == "their"


def _names_no_one(actors: DocActors, tok: Token) -> bool:
    """``tok``'s modifiers are its own words ("central", "weather"), none naming a state."""
    for c in tok.children:
        if c.dep_ in _COUNT_DEPS or c.dep_ == "punct" or _their(c):
            continue
        if c.dep_ == "prep" and c.i > tok.i and not _names_anyone(actors, c):
            continue  # "accused the two navies [of trespassing]" (parties55, fresh29's A)
        if c.dep_ not in _OWN_WORDS or c.pos_ == "PROPN" or actors._tok.get(c.i) is not None:
            return False
    return True


def _names_anyone(actors: DocActors, tok: Token) -> bool:
    return any(actors._tok.get(t.i) is not None for t in tok.subtree)


def _compound_body(tok: Token, lemma: str) -> str:
    """ "coast guards" as the one body noun "coastguard" (parties53, fresh27's F)."""
    if lemma == "guard" and any(c.dep_ == "compound" and c.lower_ == "coast" for c in tok.children):
        return "coastguard"
    return lemma


def counted_bodies(actors: DocActors, tok: Token) -> list[str]:
    """ "the two armies", "both central banks": the story's two states; [] otherwise."""
    lemma = _compound_body(tok, tok.lemma_.lower())
    if tok.tag_ not in _PLURAL_TAGS or lemma not in BODY_NOUNS or lemma in _READ_ELSEWHERE:
        return []
    dets = {c.lower_ for c in tok.children if c.dep_ in _COUNT_DEPS}
    if not dets & PAIR_WORDS and not _their_together(tok):
        return []
    if not _names_no_one(actors, tok):
        return []
    return _story_pair(actors, tok)


# Adverbs by which a clause says its plural subject's members act with each other.
_TOGETHER = frozenset({"together", "jointly"})


def _their_together(tok: Token) -> bool:
    """ "their armies have trained together": "their" bodies acting with each other are the
    pair's, counted or not (parties55, fresh29's A)."""
    if tok.dep_ != "nsubj" or not any(_their(c) for c in tok.children):
        return False
    return any(k.dep_ == "advmod" and k.lower_ in _TOGETHER for k in tok.head.children)


def _owning_pair(actors: DocActors, tok: Token, counted_states: list[str]) -> list[str]:
    """The pair that owns ``tok``: "officials of the two agencies" (a counted body after "of")
    or "the two countries' prosecutors" (``counted_states``: what the possessor resolved to)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and (got := counted_bodies(actors, p)):
                    return got
    return counted_states


def _office_sector(actors: DocActors, tok: Token, lemma: str, owner: list[str]) -> str:
    """The sector of an office-holder noun the counted pair of states owns ("the two
    countries' police chiefs": COP from "police"; "both nations' defence chiefs": GOV, the
    office's own), "" for any other noun: without it the possessive pair was read as the
    nearest state and a signing venue took the other slot (parties35, fresh18's TC)."""
    if not owner or lemma not in _OFFICES:
        return ""
    for c in tok.children:
        if c.dep_ == "compound" and (got := body_sector(actors, c.lemma_.lower())):
            return got
    return _GOVERNMENT


def pair_bodies(actors: DocActors, tok: Token, lemma: str, owner: list[str]) -> list[Arg]:
    """``tok`` as the pair's bodies or office-holders, one per state of the story's pair, with
    ``tok``'s sector; ``owner``: the states a counted possessor ("the two countries'") names.
    [] when ``tok`` is none of these."""
    lemma = _compound_body(tok, lemma)
    sector = body_sector(actors, lemma) or _office_sector(actors, tok, lemma, owner)
    if not sector:
        return []
    codes = counted_bodies(actors, tok) or _owning_pair(actors, tok, owner)
    if len(codes) != 2:
        return []
    return [Arg(ActorRef(tok.text, c3 + sector, c3), REFERRED, tok.i) for c3 in codes]
