"""Placing an unplaced party in a state: "the ministry", "troops", "protesters" get the state
the sentence puts them in (their own place phrase, the force they serve, the state named
nearby that is no other act's party), or stay unplaced.

Split from ``pairs`` (round 14): :func:`locate` is what ``pairs.locate_unplaced`` asks for each
side of a pair.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._brokers import broker_tokens
from realpolitik.extract._codebook import UNNAMED
from realpolitik.extract._group_places import group_in_unnamed_place, held_places
from realpolitik.extract._mentions import Arg
from realpolitik.extract._region_offices import office_of_unnamed_region
from realpolitik.extract._stationed import served_state, stationed_in
from realpolitik.extract._tree import sentence_words
from realpolitik.extract._unnamed_attackers import anonymous
from realpolitik.extract._venues import venue_tokens
from realpolitik.extract.confidence import LOCATED
from realpolitik.extract.parties._model import Site
from realpolitik.extract.parties.citizens import own_government
from realpolitik.extract.parties.generic import is_mission_force, unplaceable
from realpolitik.extract.parties.group_places import (
    STATELESS_SECTORS,
    relative_places,
)
from realpolitik.extract.parties.missions import mission_host, mission_sender
from realpolitik.extract.parties.own_capital import own_destination
from realpolitik.extract.parties.role_places import party_states
from realpolitik.extract.parties.unplaced_people import (
    co_makers,
    earlier_title_state,
    filed_from,
    fronted_capital,
    government_noun,
    other_clauses,
    own_state_addressed,
    story_doer,
    story_pair_side,
    story_sole_state,
    titled_person,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PLACES = frozenset({"country", "capital", "demonym"})

# Institutions of a state: unplaced, they belong to the state of the officials they deal with.
_INSTITUTIONS = frozenset({"LEG", "JUD", "OPP", "PTY"})


def _domestic_pair(sector: str, other: Arg) -> bool:
    """An unplaced institution ("Congress", "the opposition") facing a state's leader or
    government is that state's."""
    return sector in _INSTITUTIONS and (bool(other.ref.name) or other.ref.code[3:6] == "GOV")


# Nouns of whose side an actor serves: "working for Saudi interests", "on behalf of Iran", "on
# Moscow's orders", "at Tehran's bidding", "in Iran's pay".
PATRON_NOUNS = frozenset({"interest", "behalf", "order", "bidding", "payroll", "pay"})


def _patron(tok: Token) -> bool:
    """A state named as whose interests or orders someone serves: no place of that someone
    ("the rebel leader accused the government of working for Saudi interests" places neither
    the rebels nor the government in Saudi Arabia)."""
    head = tok.head
    if tok.dep_ in ("amod", "compound", "poss", "nmod"):
        return head.lemma_.lower() in PATRON_NOUNS
    return tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in PATRON_NOUNS


# Words that say an actor is of no state in particular: "foreign banks", "international
# observers", "an arbitration tribunal" (which orders one state to pay another).
NO_STATE_WORDS = frozenset({"foreign", "international", "overseas", "arbitration", "arbitral"})


def _foreign(s: Site, arg: Arg) -> bool:
    """ "Foreign banks", "international observers", "an arbitration tribunal": said to be of
    no state in particular."""
    doc = s.tok.doc
    if not 0 <= arg.tok < len(doc):
        return False
    return any(c.lower_ in NO_STATE_WORDS for c in doc[arg.tok].children)


def locate(
    s: Site, arg: Arg, other: Arg | None, *, source: bool = False, doers: tuple[str, ...] = ()
) -> Arg:
    ref = arg.ref
    if not ref.code.startswith("---"):
        return arg
    if not source and (served := _served(s, arg)) is not None:
        return served  # "sent soldiers to the international force in Yerevan": Armenia
    host = mission_host(s, s.tok.doc[arg.tok]) if 0 <= arg.tok < len(s.tok.doc) else None
    if host is not None:  # "the consulate in Tallinn" is no Estonian office
        sender = mission_sender(s, arg)
        if not source and (sender is None or (other is not None and other.ref.country == sender)):
            return _placed(arg, host)  # "X opened an embassy in Nairobi": the act is Kenya's
        return arg if sender is None else _placed(arg, sender)
    titled = titled_person(s, arg)
    foreign = _foreign(s, arg) and not titled  # ("Foreign Minister X" is a title)
    if foreign and not government_noun(s, arg):
        return arg
    avoid = other.ref.country if other is not None else None
    if (own := own_government(s, arg, other, source=source)) is not None:
        return _placed(arg, own)  # "farmers urged the government to press Madrid": theirs
    if (
        other is not None
        and other.ref.country
        and _domestic_pair(ref.code[3:], other)
        and _own_place(s, arg) in (None, other.ref.country)  # ("Protesters in Tokyo burned
        # the Ukrainian consulate": their own phrase places them elsewhere)
    ):
        # "Congress is pressuring Obama": a state's institution deals with its own leaders
        return _placed(arg, other.ref.country)
    if source and (scene := fronted_capital(s, arg, avoid)) is not None:
        return _placed(arg, scene)  # "In Tbilisi, the foreign ministry announced ..."
    doc = s.tok.doc
    if any(c.lower_ == "such" for c in doc[arg.tok].children):
        return arg  # "should X attack such a force": a force named before, of no state here
    generic = 0 <= arg.tok < len(doc) and unplaceable(arg, doc[arg.tok], source=source)
    if generic and (source or is_mission_force(doc[arg.tok])):
        return _own_placed(s, arg, doc[arg.tok])  # "the banks froze ...", "join the new force"
    here = _own_place(s, arg)
    unnamed = ref.code == UNNAMED.code
    if here is not None:  # "soldiers in Niger", "troops stationed in Mali": where they are
        return _placed(arg, here)
    if source and 0 <= arg.tok < len(doc) and anonymous(doc[arg.tok], unnamed):
        return arg  # "gunmen attacked Kenyan lorries in Uganda": of no state the text names
    if 0 <= arg.tok < len(doc) and group_in_unnamed_place(doc[arg.tok], unnamed, s.actors):
        return arg  # "rioters in Katanga province": in a place of no state the text names
    if 0 <= arg.tok < len(doc) and office_of_unnamed_region(doc[arg.tok], s.actors):
        return arg  # "the governor of the Kessar region": of a region no table knows (parties34)
    if source and ref.code[3:6] in STATELESS_SECTORS:
        return arg  # "Rights groups accused Greece": of no state the sentence names
    if source and (story := story_doer(s, arg, avoid)) is not None:
        return _placed(arg, story)  # "X accused Y's police ... The ministry said it ..."
    mentions = s.actors.mentions
    lo = bisect.bisect_left(s.actors.starts, s.ctx.start)
    named = set(s.reporters) | s.ctx.contrasts
    if ref.code == UNNAMED.code:
        named |= border_sides(s.ctx.sent)
    named |= venue_tokens(s.ctx.sent)  # "an exchange carried out in Ankara" places no one
    named |= broker_tokens(s.ctx.sent)  # "a ceasefire brokered by Norway": no one's home (lo51)
    named |= held_places(s.ctx.sent)  # "soldiers ... still held in Eritrea": not Eritrea's
    if not source and 0 <= arg.tok < len(doc):  # ("12 people, some of whom had trained in
        named |= relative_places(doc[arg.tok])  # Uganda": not Uganda's)
    reporting = {id(m) for i in named if (m := s.actors.mention_of(doc[i])) is not None}
    reporting |= {id(m) for t in s.ctx.sent if (m := s.actors.mention_of(t)) and _patron(t)}
    if not source and avoid:  # ("asked the envoys to come to Rome": not Italy's envoys)
        reporting |= {id(m) for t in s.ctx.sent if (m := own_destination(s, t, avoid))}
    parties = party_states(s, arg, s.ctx.sent) if not source and avoid and not titled else set()
    reporting |= parties  # ("thanked Norway ... would free 30 fighters": not Norway's fighters)
    if titled:  # (not "India" of "President X asked ..., and India offered ...", nor "Togo"
        # of "President X and Togo's president criticized Benin")
        near = other_clauses(s.tok) + co_makers(doc[arg.tok])
        reporting |= {id(m) for t in near if (m := s.actors.mention_of(t))}
    places, party_places = [], []
    for m in mentions[lo:]:
        if m.start >= s.ctx.end:
            break
        if m.kind in _PLACES and m.ref.country and id(m) not in reporting:
            places.append(m.ref.country)
        elif doers and m.kind in _PLACES and m.ref.country and id(m) in parties:
            party_places.append(m.ref.country)
    thirds = {p for p in party_places if p not in doers}
    # (with no third state acted on, joint doers stay each other's, as before)
    joint = doers and not source and s.root >= _HOSTILE and places and thirds
    if joint and all(p in doers for p in places):
        return _joint_third(arg, thirds)
    places = [p for p in places if p not in doers] or places  # (joint doers': a third state)
    country = next((p for p in places if p != avoid), None)
    one = country is None and len(set(places)) == 1 and len(ref.code) > 3 and not generic
    one = one and not parties  # (no one state is left once other acts' parties are dropped)
    addressed = bool(one) and source and own_state_addressed(s, arg, other, places[0])
    if addressed and not titled:  # ("the government accused Hanoi": not Hanoi's)
        country = filed_from(s, arg, avoid, acted=True)
    elif foreign:
        return arg  # ("the foreign ministry" placed only as the dateline's, above)
    elif one and not titled:  # (a named office-holder is not his addressee's)
        country = places[0]
        if country == avoid and (ref.code[3:6] in _ORGANS or _pronoun_owned(doc, arg)):
            country = framing_state(s, avoid) or country
    if country is None and titled:
        country = filed_from(s, arg, avoid) or _titled_before(s, arg, avoid)
        country = country or story_sole_state(s, avoid) or story_pair_side(s, avoid)
    if country is None and not source and set(places) == {avoid} and _pronoun_owned(doc, arg):
        country = framing_state(s, avoid)  # ("Y would detain its fishermen": the speaker's)
    return arg if country is None else _placed(arg, country)


# Roots from which an act is never two joint doers' act on each other (demands, disapproval,
# rejections, threats, protests, sanctions, coercion, force); "A and B agreed to scrap visa fees
# for traders" is a joint act, each the other's partner.
_HOSTILE = "10"


def _titled_before(s: Site, arg: Arg, avoid: str | None) -> str | None:
    """The state the story gave the office-holder's title before, unless it is the other
    party's ("Fisheries Minister A" after "a Norwegian fisheries minister")."""
    got = earlier_title_state(s, arg)
    return None if got == avoid else got


def _joint_third(arg: Arg, thirds: set[str]) -> Arg:
    """ "Australia and New Zealand suspended military ties with Fiji and imposed travel bans on
    its (the coup) leaders": joint doers of a hostile act are not each other's target by
    placement where the sentence acts on a third state; the one third state another act of the
    sentence is done to is (practice9's class JT), else none."""
    return _placed(arg, next(iter(thirds))) if len(thirds) == 1 else arg


# A state's own organs: its government (with its diplomats) and its forces.
_ORGANS = frozenset({"GOV", "MIL"})


def framing_state(s: Site, avoid: str | None) -> str | None:
    """The one state that frames the trigger's clause from before it ("Russia said Poland would
    expel its diplomats", "Turkey's minister told parliament the army would deploy troops to
    Syria"), where it is not ``avoid``: an unplaced organ of the reported clause ("its
    diplomats", "the army") that the sentence would otherwise put in the other party's own
    state is the speaker's (leftovers38: a state never acts on itself by a misplaced organ)."""
    doc = s.tok.doc
    got = {
        m.ref.country
        for i in s.reporters
        if i < s.tok.i and (m := s.actors.mention_of(doc[i])) is not None and m.ref.country
    }
    got.discard(avoid)
    return next(iter(got)) if len(got) == 1 else None


def _pronoun_owned(doc: Doc, arg: Arg) -> bool:
    """ "its citizens", "their nationals": owned by a pronoun the other party cannot stand for
    when it would then act on its own people."""
    if not 0 <= arg.tok < len(doc):
        return False
    return any(k.dep_ == "poss" and k.lower_ in ("its", "their") for k in doc[arg.tok].children)


def _placed(arg: Arg, country: str) -> Arg:
    """``arg`` placed in ``country``, its sector kept."""
    ref = replace(arg.ref, code=country + arg.ref.code[3:], country=country)
    return Arg(ref, arg.quality * LOCATED, arg.tok)


def _served(s: Site, arg: Arg) -> Arg | None:
    """A mission force as target whose "in Y" phrase the parser hung on the sending verb: the
    state it serves, itself (lex13)."""
    doc = s.tok.doc
    if not 0 <= arg.tok < len(doc) or not is_mission_force(doc[arg.tok]):
        return None
    here = served_state(doc[arg.tok], s.actors)
    if here is None:
        return None
    return Arg(replace(arg.ref, code=here, country=here), arg.quality * LOCATED, arg.tok)


def _own_placed(s: Site, arg: Arg, tok: Token) -> Arg:
    """Banks, firms or workers where their own phrase puts them ("investors in Chile"); a
    mission force nowhere (the state it serves is not its own)."""
    here = None if is_mission_force(tok) else _own_place(s, arg)
    if here is None:
        return arg
    ref = arg.ref
    return Arg(replace(ref, code=here + ref.code[3:], country=here), arg.quality * LOCATED, arg.tok)


def _own_place(s: Site, arg: Arg) -> str | None:
    """Where the unplaced actor's own phrase says it is ("soldiers in Niger"), also when the
    sentence refers back to it ("Soldiers in Niger said they had closed the borders")."""
    doc = s.tok.doc
    if arg.ref.code == UNNAMED.code or not 0 <= arg.tok < len(doc):
        return None  # (an unnamed doer stands on its trigger: "were killed in Mali")
    tok = doc[arg.tok]
    if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if tok.pos_ == "PRON":
        same = [
            t
            for t in doc[s.ctx.sent.start : tok.i]
            if t.pos_ == "NOUN" and (m := s.actors.mention_of(t)) is not None
            and m.ref.code == arg.ref.code
        ]  # fmt: skip
        if not same:
            return None
        tok = same[-1]
    return stationed_in(tok, s.actors)


_BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland"})


def border_sides(sent: Span) -> set[int]:
    """Tokens naming a side of a border ("near the Syrian border", "the border with Niger"):
    a border lies between states, so it places no unnamed attacker in either."""
    out: set[int] = set()
    if _BORDER_NOUNS.isdisjoint(sentence_words(sent)):
        return out  # (most sentences: no walk over their tokens)
    for t in sent:
        if t.lemma_.lower() not in _BORDER_NOUNS:
            continue
        sides = [k for k in t.children if k.dep_ in ("amod", "compound", "poss", "nmod")]
        sides = [k for k in sides if k.i < t.i]
        sides += [k for k in t.children if k.dep_ == "prep" and k.lower_ in ("with", "between")]
        after = sent.doc[t.i + 1] if t.i + 1 < len(sent.doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ in ("with", "between"):
            sides.append(after)  # "on the border with X", "with X" hung on the verb
        for k in sides:
            out.update(x.i for x in k.subtree)
    return out
