"""Stages that make and then recode (source, target) pairs: the event's parties.

``pair_up`` turns sources and targets into pairs (each source with each target, symmetric acts
both ways); the stages after it recode a pair's actors by codebook convention or drop pairs that
are no event between two parties.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._codebook import (
    UNKNOWN_DOER_ROOTS,
    UNNAMED,
    crowd_protest,
    domestic_target,
    unnamed_home,
)
from realpolitik.extract._folding import REQUEST_NOUNS
from realpolitik.extract._host_state import resident
from realpolitik.extract._mention_parts import (
    PAIR_WORDS,
    PERSON_NOUNS,
    STATE_NOUNS,
    bare_pair,
)
from realpolitik.extract._mentions import Arg
from realpolitik.extract._stationed import served_state, stationed_in
from realpolitik.extract._tree import sentence_words
from realpolitik.extract._triggers import plover_of
from realpolitik.extract._vehicles import unowned_vehicle_hit
from realpolitik.extract._venues import venue_tokens
from realpolitik.extract.confidence import FIRM_TARGET, GUESSED, LOCATED
from realpolitik.extract.factuality import MODALS
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._reading import appealed_act
from realpolitik.extract.parties.addressees import foreign_addressees
from realpolitik.extract.parties.doers import elided_subject
from realpolitik.extract.parties.generic import is_mission_force, unplaceable
from realpolitik.extract.parties.judged import judges_unnamed_act
from realpolitik.extract.parties.own_capital import own_capital, own_destination
from realpolitik.extract.parties.role_places import party_states
from realpolitik.extract.parties.unplaced_people import (
    co_makers,
    filed_from,
    fronted_capital,
    government_noun,
    other_clauses,
    own_state_addressed,
    titled_person,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PLACES = frozenset({"country", "capital", "demonym"})
_CONSULT = "04"
_DISAPPROVE = "11"
_REJECT = "12"


def unnamed_doer(s: Site, c: Candidates) -> Candidates:
    """ "Three soldiers were killed by a roadside bomb", "thousands marched in Algiers": violence
    with a named victim, or a crowd's protest, is news even when no doer is named (``---``).
    Not a hypothetical act ("any attack on its ships would trigger the pact"): with no doer and
    no fact, there is no event."""
    if c.sources or _hypothetical(s):
        return c
    if (c.targets and s.root in UNKNOWN_DOER_ROOTS) or crowd_protest(s.found):
        return c.with_sources([Arg(UNNAMED, GUESSED, s.tok.i)])
    return c


_GENERIC_DETS = frozenset({"any", "every", "no", "each"})


def _hypothetical(s: Site) -> bool:
    """ "Any attack on its ships", "an attack on one ally would be an attack on all"."""
    tok = s.tok
    if any(k.dep_ == "det" and k.lower_ in _GENERIC_DETS for k in tok.children):
        return True
    gov = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and any(
        k.dep_ == "aux" and k.lower_ in MODALS for k in gov.children
    )


def pair_up(s: Site, c: Candidates) -> Candidates:
    """Each source with each target of another code; a symmetric act ("A and B met", lexicon
    flag ``recip``) with no target pairs its doers both ways; a body meeting by itself ("the
    cabinet met") consults no one; no source, no event."""
    srcs, tgts = c.sources, c.targets
    if not srcs:
        return c.with_pairs([], "pair_up: no source")
    # "Jordan invited the pope to Jordan": the doer's own place is where, not whom (lex16; one
    # of another code, "Kenya's president ... to Nairobi", is no_self_target's)
    tgts = tuple(
        b for b in tgts if not any(a.ref.code == b.ref.code and own_capital(s, a, b) for a in srcs)
    )
    recip = "recip" in s.flags or (
        s.root in _MUTUAL_ROOTS and (_one_pair_phrase(s, srcs) or _joint_commitment(s, srcs))
    )
    if not tgts and len(srcs) >= 2 and recip:
        return c.with_pairs([(a, b) for a in srcs for b in srcs if _two_makers(a, b)])
    if tgts:
        mutual = {a.ref.code for a in tgts} == {a.ref.code for a in srcs}  # ("each other")
        apart = _two_makers if mutual else _two_codes
        return c.with_pairs([(a, b) for a in srcs for b in tgts if apart(a, b)])
    if recip and s.root == _CONSULT:
        return c.with_pairs([], "pair_up: a meeting of one")
    return c.with_pairs([(a, None) for a in srcs])


def _two_makers(a: Arg, b: Arg) -> bool:
    """Two makers of a symmetric act: not one state twice ("her Indonesian counterpart Kofi
    Malvik" read as the state and its leader); a government and its rebels may be two."""
    same = a.ref.country is not None and a.ref.country == b.ref.country
    bare = a.ref.code == a.ref.country or b.ref.code == b.ref.country
    return a.ref.code != b.ref.code and not (same and bare)


def _two_codes(a: Arg, b: Arg) -> bool:
    return a.ref.code != b.ref.code


def received_from(s: Site, c: Candidates) -> Candidates:
    """ "Ukraine received fighter jets from Denmark", "Egypt bought arms from France": with a
    receiving verb (lexicon flag ``rev``) the giver is the doer and the subject the recipient,
    as in "Y sent / sold X ..."; with no giver named there is no act to code."""
    if "rev" not in s.flags or not c.pairs:
        return c
    pairs: list[tuple[Arg, Arg | None]] = [(b, a) for a, b in c.pairs if b is not None]
    return c.with_pairs(pairs, "received_from: no giver named")


# Cooperation that "the two leaders" / "both sides" pledge, agree or consult on with no one else
# named is between them.
_MUTUAL_ROOTS = frozenset({"03", "04", "05"})


def _one_pair_phrase(s: Site, srcs: tuple[Arg, ...]) -> bool:
    """The doers are the two that one phrase ("the two leaders", "both countries") refers to."""
    doc = s.tok.doc
    if len(srcs) != 2 or srcs[0].tok != srcs[1].tok or not 0 <= srcs[0].tok < len(doc):
        return False
    head = doc[srcs[0].tok]
    if bare_pair(head):  # "the two agreed to stay in touch"
        return True
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet")}
    return bool(dets & PAIR_WORDS) and head.lemma_.lower() in STATE_NOUNS | PERSON_NOUNS


def _joint_commitment(s: Site, srcs: tuple[Arg, ...]) -> bool:
    """ "A, B and C pledged to resume flights", "A and B vowed to reopen the border": named states
    that commit together to an act (a verb with an infinitive) naming no one else commit to
    each other."""
    if s.noun or not any(_infinitive(k) for k in s.tok.children):
        return False
    countries = {a.ref.code[:3] for a in srcs}
    return len(countries) >= 2 and "---" not in countries


def _infinitive(k: Token) -> bool:
    """A verb's infinitive complement, also where the parser calls it an adverbial clause
    ("vowed on Tuesday to resume flights")."""
    return k.dep_ == "xcomp" or (
        k.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children)
    )


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


def _locate(
    s: Site, arg: Arg, other: Arg | None, *, source: bool = False, doers: tuple[str, ...] = ()
) -> Arg:
    ref = arg.ref
    if not ref.code.startswith("---"):
        return arg
    if not source and (served := _served(s, arg)) is not None:
        return served  # "sent soldiers to the international force in Yerevan": Armenia
    titled = titled_person(s, arg)
    foreign = _foreign(s, arg) and not titled  # ("Foreign Minister X" is a title)
    if foreign and not government_noun(s, arg):
        return arg
    avoid = other.ref.country if other is not None else None
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
    if here is not None:  # "soldiers in Niger", "troops stationed in Mali": where they are
        return _placed(arg, here)
    mentions = s.actors.mentions
    lo = bisect.bisect_left(s.actors.starts, s.ctx.start)
    named = set(s.reporters) | s.ctx.contrasts
    if ref.code == UNNAMED.code:
        named |= _border_sides(s.ctx.sent)
    named |= venue_tokens(s.ctx.sent)  # "an exchange carried out in Ankara" places no one
    reporting = {id(m) for i in named if (m := s.actors.mention_of(doc[i])) is not None}
    reporting |= {id(m) for t in s.ctx.sent if _patron(t) and (m := s.actors.mention_of(t))}
    if not source and avoid:  # ("asked the envoys to come to Rome": not Italy's envoys)
        reporting |= {id(m) for t in s.ctx.sent if (m := own_destination(s, t, avoid))}
    parties = party_states(s, arg, s.ctx.sent) if not source and avoid and not titled else set()
    reporting |= parties  # ("thanked Norway ... would free 30 fighters": not Norway's fighters)
    if titled:  # (not "India" of "President X asked ..., and India offered ...", nor "Togo"
        # of "President X and Togo's president criticized Benin")
        near = other_clauses(s.tok) + co_makers(doc[arg.tok])
        reporting |= {id(m) for t in near if (m := s.actors.mention_of(t))}
    places = []
    for m in mentions[lo:]:
        if m.start >= s.ctx.end:
            break
        if m.kind in _PLACES and m.ref.country and id(m) not in reporting:
            places.append(m.ref.country)
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
    if country is None and titled:
        country = filed_from(s, arg, avoid)
    return arg if country is None else _placed(arg, country)


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


def _border_sides(sent: Span) -> set[int]:
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


def locate_unplaced(s: Site, c: Candidates) -> Candidates:
    """ "The rebels shelled the capital": an actor of unknown country takes the first state the
    sentence names that is not the other party's, else the one state it names (for sectors:
    "the government accepted demands from rebels" are domestic rebels); else it stays ``---``.
    Who reports the act names no place ("..., the Russian defence ministry said"). An unnamed
    doer ("five soldiers were killed in northern Mali") is never put in the state its target
    was placed in: the place of an attack on soldiers does not make their state the attacker.
    The doer of an elided clause ("Iran threatened to deploy warships near Israel, and so did
    Egypt") repeats the act on the target where the first doer's pair placed it (Israel), never
    in the first doer's state; joint doers' target ("A and B threatened to deploy warships near
    C") goes to a third state before either doer's. Banks, firms and workers
    (``generic.unplaceable``) are placed as a doer only by their own phrase ("investors in
    Chile") and as a target never in the doer's own state; a mission force never."""
    if not c.pairs:
        return c
    doc = s.tok.doc
    elided = {a.tok for a, _ in c.pairs if 0 <= a.tok < len(doc) and elided_subject(doc[a.tok])}
    first: dict[int, Arg] = {}  # target token -> where the first (not elided) doer's pair put it
    homes = frozenset(a.ref.country for a, _ in c.pairs if a.ref.country)
    doers = tuple(homes) if len(homes) > 1 else ()
    for a, b in c.pairs:
        if b is not None and a.tok not in elided and b.tok not in first:
            first[b.tok] = _locate(s, b, a, doers=doers)
    pairs = []
    for a, b in c.pairs:
        if b is not None and a.tok in elided and b.tok in first:
            placed: Arg | None = first[b.tok]
        else:
            placed = _locate(s, b, a, doers=doers) if b else None
        other = placed if a.ref.code == UNNAMED.code else b
        pairs.append((_locate(s, a, other, source=True), placed))
    return c.with_pairs(pairs)


def no_self_target(s: Site, c: Candidates) -> Candidates:
    """A guessed target ("the state" -> the doer's own government) that turns out to be the doer
    names no target, nor does its own capital as a visit's destination (``own_capital``); a
    named one ("Russia praised Russia") is no event."""
    if not c.pairs:
        return c
    pairs = [(a, None if b is not None and _no_target(s, a, b) else b) for a, b in c.pairs]
    pairs = [(a, b) for a, b in pairs if b is None or a.ref.code != b.ref.code]
    return c.with_pairs(pairs, "no_self_target")


def _no_target(s: Site, a: Arg, b: Arg) -> bool:
    return (b.ref.code == a.ref.code and b.quality < FIRM_TARGET) or own_capital(s, a, b)


def host_state(s: Site, c: Candidates) -> Candidates:
    """ "Ethnic Albanians in southern Serbia" are Serbia's, "pro-Russian separatists near
    Donetsk" Ukraine's: ethnic groups and stance-named actors are coded as the state they live
    in, so that their acts on it stay domestic (SRB -> SRB)."""
    if not c.pairs:
        return c

    def home(a: Arg) -> Arg:
        ctx = s.ctx
        return resident(a, ctx.sent, ctx.actors, ctx.text, ctx.actors.mentions, ctx.actors.starts)

    return c.with_pairs([(home(a), home(b) if b else b) for a, b in c.pairs])


def unnamed_home_state(s: Site, c: Candidates) -> Candidates:
    """ "A minefield explosion killed two Iraqi youths": violence or protest by an unnamed doer
    that the sentence places nowhere else happens in its target's state (IRQ -> IRQ); not one
    at another state's border."""
    if not c.pairs:
        return c
    doc = s.tok.doc
    sides = {m.ref.country for i in _border_sides(s.ctx.sent) if (m := s.actors.mention_of(doc[i]))}
    return c.with_pairs(
        [(a if _abroad(b, sides) else unnamed_home(a, b, s.code), b) for a, b in c.pairs]
    )


def _abroad(target: Arg | None, sides: set[str | None]) -> bool:
    """ "A Turkish convoy was ambushed near the Syrian border": at another state's border the
    act is not at the target's home."""
    return target is not None and any(x and x != target.ref.country for x in sides)


def _people(s: Site, arg: Arg) -> bool:
    """The argument is a people named by a plural demonym noun ("ethnic Albanians")."""
    sent = s.ctx.sent
    if arg.tok < sent.start or arg.tok >= sent.end:
        return False
    tok = sent.doc[arg.tok]
    m = s.actors.mention_of(tok)
    return m is not None and m.kind == "demonym" and tok.tag_ in ("NNS", "NNPS")


def home_target(s: Site, c: Candidates) -> Candidates:
    """ "Police arrested 12 demonstrators", "students protested": a state's own government,
    party, police or people acting at home with no other party named target their own state
    (PLOVER: SDNGOV -> SDN); meetings, aid and retreats keep no target. Not for disapproval
    of an act ("the Pakistani foreign ministry condemned the air strike"): its missing target
    is that act's unnamed doer."""
    judged = s.reacted_act is not None or "clause" in s.found.entry.flags
    if not c.pairs or (s.root == _DISAPPROVE and judged) or _rejects_request(s):
        return c  # (also "said the closure would destroy cooperation": the closer's act)
    if unowned_vehicle_hit(s.tok, s.root):
        return c  # "a Houthi missile hit a tanker": whose tanker is unknown, not Yemen's
    if owned_threat(s):
        return c  # "should X carry out his threat to halt exports": X threatens, not itself
    if appealed_act(s.tok):
        return c  # "asked X to press for observers": the content of an appeal (lex15)
    ptype = plover_of(s.found.entry, s.code)[0]
    pairs = [
        (a, b if b is not None or _foreign_doer_inside(s, a) or foreign_addressees(s.tok)
         or judges_unnamed_act(s, a) else domestic_target(a, s.code, ptype, _people(s, a)))
        for a, b in c.pairs
    ]  # fmt: skip
    return c.with_pairs(pairs)


_THREATEN = "13"


def owned_threat(s: Site) -> bool:
    """ "Orban's / his threat to halt exports": the possessive of a threat noun is its maker
    (class H of fresh5); whom it threatens is named, or unknown, never the maker's own state."""
    return s.noun and s.root == _THREATEN and any(k.dep_ == "poss" for k in s.tok.children)


def _rejects_request(s: Site) -> bool:
    """ "X's leader rejected calls to ...": a rejected request was made by someone else (its
    maker, or the party of the act asked for), never by the rejecting side's own state."""
    return s.root == _REJECT and any(
        k.dep_ == "dobj" and k.lemma_.lower() in REQUEST_NOUNS for k in s.kids
    )


def _foreign_doer_inside(s: Site, a: Arg) -> bool:
    """ "The American minister insisted that Azerbaijan pay": another state is the subject of a
    clause inside the trigger's phrase, so the act is not at home even where the parse left
    that state out of the target slot."""
    home = a.ref.country
    for t in s.tok.subtree:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.i == a.tok or t.head.i == s.tok.i:
            continue
        m = s.actors.mention_of(t)
        if m is not None and m.ref.country and m.ref.country != home:
            return True
    return False


_DEMAND = "10"


def norm_stated(s: Site, c: Candidates) -> Candidates:
    """ "Germany and France said borders must not be moved by force": a "must" clause read as a
    demand (``say`` + clause) that names no party to meet it states a norm; no one is asked."""
    entry = s.found.entry
    if not c.pairs or c.targets or s.root != _DEMAND:
        return c
    if "clause" not in entry.flags or entry.pos != "V" or entry.cameo[:2] != _DEMAND:
        return c
    return c.with_pairs([], "norm_stated")
