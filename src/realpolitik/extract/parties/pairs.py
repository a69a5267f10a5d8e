"""Stages that make and then recode (source, target) pairs: the event's parties.

``pair_up`` turns sources and targets into pairs (each source with each target, symmetric acts
both ways); the stages after it recode a pair's actors by codebook convention or drop pairs that
are no event between two parties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._alternatives import alternative_doers
from realpolitik.extract._codebook import (
    UNKNOWN_DOER_ROOTS,
    UNNAMED,
    UNNAMED_HOME_ROOTS,
    crowd_protest,
    domestic_target,
    unnamed_home,
)
from realpolitik.extract._command_phrases import hosted_infinitives
from realpolitik.extract._counted_people import counted_people
from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._folding import REQUEST_NOUNS
from realpolitik.extract._group_places import group_in_unnamed_place
from realpolitik.extract._host_state import resident
from realpolitik.extract._mediating import THIRD_PARTY_VERBS, mediating
from realpolitik.extract._mention_parts import (
    PAIR_WORDS,
    PERSON_NOUNS,
    STATE_NOUNS,
    bare_pair,
)
from realpolitik.extract._mentions import Arg
from realpolitik.extract._returned_people import returned_held_people
from realpolitik.extract._triggers import plover_of
from realpolitik.extract._unnamed_attackers import attacked_by_anonymous
from realpolitik.extract._vehicles import seized_craft, unowned_vehicle_hit
from realpolitik.extract.confidence import FIRM_TARGET, GUESSED
from realpolitik.extract.factuality import MODALS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.extract.parties._reading import appealed_act
from realpolitik.extract.parties.addressees import foreign_addressees
from realpolitik.extract.parties.doers import elided_subject
from realpolitik.extract.parties.judged import judges_unnamed_act
from realpolitik.extract.parties.own_capital import own_capital
from realpolitik.extract.parties.placing import border_sides, locate
from realpolitik.extract.parties.refused_entry import refused_entry
from realpolitik.extract.parties.returned_places import returned_abroad
from realpolitik.extract.parties.story_protests import BARE_DISAPPROVAL
from realpolitik.extract.parties.struck_regions import region_state
from realpolitik.extract.parties.unknown_places import fights_at_home, struck_unknown_place
from realpolitik.extract.parties.unplaced_people import abroad_story_doer, titled_person

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONSULT = "04"
_DISAPPROVE = "11"
_REJECT = "12"
_RETURN = "08"


def unnamed_doer(s: Site, c: Candidates) -> Candidates:
    """ "Three soldiers were killed by a roadside bomb", "thousands marched in Algiers": violence
    with a named victim, or a crowd's protest, is news even when no doer is named (``---``).
    Not a hypothetical act ("any attack on its ships would trigger the pact"): with no doer and
    no fact, there is no event."""
    if c.sources or _hypothetical(s):
        return c
    if (c.targets and s.root in UNKNOWN_DOER_ROOTS) or crowd_protest(s.found):
        return c.with_sources([Arg(UNNAMED, GUESSED, s.tok.i)])
    if refused_entry(s, c):  # "Y's ministers were denied entry to X" (leftovers25)
        return c.with_sources([Arg(UNNAMED, GUESSED, s.tok.i)])
    if c.targets and s.root == _RETURN and returned_held_people(s.tok):
        return c.with_sources([Arg(UNNAMED, GUESSED, s.tok.i)])  # "were returned to Y" (lo67)
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
    if recip and alternative_doers(s.tok.doc, [a.tok for a in srcs]):
        recip = False  # "if A or B agreed to mediate": one of them, not the two together
    if not tgts and len(srcs) >= 2 and recip:
        return c.with_pairs([(a, b) for a in srcs for b in srcs if _two_makers(a, b)])
    if tgts:
        mutual = {a.ref.code for a in tgts} == {a.ref.code for a in srcs}  # ("each other")
        apart = _two_makers if mutual else _two_codes
        return c.with_pairs(
            [(a, b) for a in srcs for b in tgts if apart(a, b) or _two_titled(s, a, b)]
        )
    if recip and s.root == _CONSULT:
        return c.with_pairs([], "pair_up: a meeting of one")
    return c.with_pairs([(a, None) for a in srcs])


# The sector of a state's armed groups (rebels, insurgents, militants): CAMEO codes a group under
# the state it fights in (GUIDE rule 6, "a state and its own rebels").
_ARMED = "REB"


def _two_makers(a: Arg, b: Arg) -> bool:
    """Two makers of a symmetric act: not one state twice ("her Indonesian counterpart Kofi
    Malvik" read as the state and its leader); a government and its rebels are two, also where
    the state is named bare ("Sri Lanka and the Tamil Tigers signed a truce": LKA <-> LKAREB)."""
    same = a.ref.country is not None and a.ref.country == b.ref.country
    bare = a.ref.code == a.ref.country or b.ref.code == b.ref.country
    armed = _ARMED in (a.ref.code[3:6], b.ref.code[3:6])
    return a.ref.code != b.ref.code and not (same and bare and not armed)


def _two_codes(a: Arg, b: Arg) -> bool:
    return a.ref.code != b.ref.code


def _two_titled(s: Site, a: Arg, b: Arg) -> bool:
    """ "Trade Minister A met Foreign Minister B": two office-holders named by title and a name
    the tables lack are two people, though both are as yet an office of no state (``---GOV``);
    the pair stages place each (parties56, fresh30's D)."""
    if a.tok == b.tok or not (unknown(a) and unknown(b)) or a.ref.code != b.ref.code:
        return False
    return titled_person(s, a) and titled_person(s, b)


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
    if counted_people(head):  # "the two men", "the two foreign ministers"
        return True
    return bool(dets & PAIR_WORDS) and head.lemma_.lower() in STATE_NOUNS | PERSON_NOUNS


def _joint_commitment(s: Site, srcs: tuple[Arg, ...]) -> bool:
    """ "A, B and C pledged to resume flights", "A and B vowed to reopen the border": named states
    that commit together to an act (a verb with an infinitive) naming no one else commit to
    each other; not to mediate, which is done between others (``_mediating``)."""
    if s.noun:
        return False
    if not any(_infinitive(k) for k in s.tok.children) and not hosted_infinitives(s.tok):
        return False  # (also "pledged at talks hosted by Z to V": on the host, practice17)
    if any(
        _infinitive(k) and (mediating(k) or k.lemma_.lower() in THIRD_PARTY_VERBS)
        for k in s.tok.children
    ):  # "A and B offered to mediate", "were ready to guarantee the truce" (lo67): others'
        return False
    countries = {a.ref.code[:3] for a in srcs}
    return len(countries) >= 2 and "---" not in countries


def _infinitive(k: Token) -> bool:
    """A verb's infinitive complement, also where the parser calls it an adverbial clause
    ("vowed on Tuesday to resume flights")."""
    return k.dep_ == "xcomp" or (k.dep_ == "advcl" and to_infinitive(k))


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
            first[b.tok] = locate(s, b, a, doers=doers)
    pairs = []
    for a, b in c.pairs:
        if b is not None and a.tok in elided and b.tok in first:
            placed: Arg | None = first[b.tok]
        else:
            placed = locate(s, b, a, doers=doers) if b else None
        other = placed if a.ref.code == UNNAMED.code else b
        doer = locate(s, a, other, source=True)
        if placed is not None and _placed_later(s, a, doer, placed):
            placed = locate(s, placed, doer, doers=doers)  # (parties56, fresh30's D)
        pairs.append((doer, placed))
    return c.with_pairs(pairs)


def _placed_later(s: Site, a: Arg, doer: Arg, placed: Arg) -> bool:
    """ "Fisheries Minister A met Foreign Minister B": two office-holders of no state yet; the
    target was looked for with no doer's state to keep it from, so once the doer is placed
    ("a Norwegian fisheries minister" told before) the target is placed again beside it."""
    if not unknown(placed) or not unknown(a) or unknown(doer):
        return False
    return titled_person(s, placed)


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


@acts_on(roots=UNNAMED_HOME_ROOTS)
def unnamed_home_state(s: Site, c: Candidates) -> Candidates:
    """ "A minefield explosion killed two Iraqi youths": violence or protest by an unnamed doer
    that the sentence places nowhere else happens in its target's state (IRQ -> IRQ); not one
    at another state's border. Precondition: a pair whose doer is unnamed (``---``), the only
    doer ``unnamed_home`` moves (most pairs: no border or place read)."""
    if not c.pairs or all(a.ref.code != "---" for a, _ in c.pairs):
        return c
    doc = s.tok.doc
    sides = {m.ref.country for i in border_sides(s.ctx.sent) if (m := s.actors.mention_of(doc[i]))}
    if group_in_unnamed_place(s.tok, True, s.actors):
        return c  # "rioters in the Katanga region looted Zambian shops": placed, in no state
    if attacked_by_anonymous(s.tok):
        return c  # "attackers opened fire on Pakistani trucks": not the victims' state's
    # ("killed two Iraqi youths near Samarra": victims beside the place, the domestic reading)
    placed = all(_placed_only(s, a, b) for a, b in c.pairs if a.ref.code == "---")
    return c.with_pairs(
        [(a if _abroad(b, sides) or placed else unnamed_home(a, b, s.code), b)
         for a, b in c.pairs]
    )  # fmt: skip


# Prepositions of the place an act happened in or near ("bombed in Kharkiv", "near Mosul").
_PLACE_PREPS = frozenset({"in", "near", "outside", "around", "at", "across", "inside"})


def _placed_only(s: Site, a: Arg, b: Arg | None) -> bool:
    """ "A market was bombed in Kharkiv", "a convoy was shelled near Mosul", "the Kharkiv region
    was shelled": an attack with no doer named whose target is the place it happened in keeps
    its unnamed doer (`---`; the README's attack rule, which wins over PLOVER's domestic one:
    that one is for doers named as the state's own people). Victims ("two Iraqi youths", "ten
    people killed in Baghdad") stay at home as before (fresh2 and fresh14 code them so)."""
    if b is None or a.ref.code != "---" or s.code[:2] == "14":
        return False
    sent = s.ctx.sent
    if not sent.start <= b.tok < sent.end:
        return False
    tok = sent.doc[b.tok]
    if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
        return True  # "in Kharkiv", "near Mosul", "in Ukraine"
    return s.actors.mention_of(tok) is None and region_state(tok) is not None


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
    if not c.pairs or (all(b is not None for _, b in c.pairs) and not c.dropped):
        return c  # (every pair has its target: nothing to give one; no phrase read)
    judged = s.reacted_act is not None or "clause" in s.found.entry.flags
    if s.root == _DISAPPROVE and s.tok.lemma_.lower() in BARE_DISAPPROVAL and not s.noun:
        return c  # "Greece's ministry bristled": at another, never at its own state (lo39)
    if (s.root == _DISAPPROVE and judged) or _rejects_request(s):
        return c  # (also "said the closure would destroy cooperation": the closer's act)
    if s.root == _REJECT and _refused_word(s):
        return c  # "the Spanish leader declined to respond": never at its own state (p56)
    if unowned_vehicle_hit(s.tok, s.root):
        return c  # "a Houthi missile hit a tanker": whose tanker is unknown, not Yemen's
    if seized_craft(s.tok, s.root):  # "the navy seized a yacht": never its own state's
        return c.with_pairs([(a, b) for a, b in c.pairs if b is not None], "home_target")
    if owned_threat(s):
        return c  # "should X carry out his threat to halt exports": X threatens, not itself
    if appealed_act(s.tok):
        return c  # "asked X to press for observers": the content of an appeal (lex15)
    if s.tok.lemma_.lower() in _TAKEN_BACK or s.tok.lower_ in _TAKEN_BACK:
        return c  # "Russia's forces retook the Kursk region": from a foe, never itself (lo40)
    if returned_abroad(s):
        return c  # "returned 30 asylum seekers to Patagonia": abroad (parties33, SR)
    if struck_unknown_place(s) and not any(fights_at_home(a) for a, b in c.pairs if b is None):
        return c  # "jets bombed the port of Assab": no table's town, never home (lo51)
    if any(b is None and abroad_story_doer(s, a) for a, b in c.pairs):
        return c  # "X accused Y's police ... The ministry demanded compensation" (names17)
    ptype = plover_of(s.found.entry, s.code)[0]
    pairs = [
        (a, b if b is not None or _foreign_doer_inside(s, a) or foreign_addressees(s.tok)
         or judges_unnamed_act(s, a) else domestic_target(a, s.code, ptype, _people(s, a)))
        for a, b in c.pairs
    ]  # fmt: skip
    return c.with_pairs(pairs)


_THREATEN = "13"
# Taking back (one's own ground, from a foe unnamed): no state acts on itself (leftovers40)
_TAKEN_BACK = frozenset(
    {"retake", "retook", "retaken", "recapture", "regain", "liberate", "reclaim", "reoccupy"}
    | {"recaptured", "regained", "liberated", "reclaimed", "retaking", "recapturing"}
)


def owned_threat(s: Site) -> bool:
    """ "Orban's / his threat to halt exports": the possessive of a threat noun is its maker
    (class H of fresh5); whom it threatens is named, or unknown, never the maker's own state."""
    return s.noun and s.root == _THREATEN and any(k.dep_ == "poss" for k in s.tok.children)


# Verbs of answering: declining to answer refuses nothing of one's own state's people.
_ANSWERING = frozenset({"respond", "comment", "reply", "answer", "elaborate", "say", "speak"})


def _refused_word(s: Site) -> bool:
    """ "declined to respond", "refused to comment": the refused act is a word to others (the
    criticism answered, the reporters asking), never an act asked by the refuser's own state
    (parties56, fresh30's D)."""
    return any(k.dep_ == "xcomp" and k.lemma_.lower() in _ANSWERING for k in s.kids)


def _rejects_request(s: Site) -> bool:
    """ "X's leader rejected calls to ...", "dismissed the condition": a rejected request or
    condition was made by someone else (its maker, or the party of the act asked for), never by
    the rejecting side's own state."""
    return s.root == _REJECT and any(
        k.dep_ == "dobj" and k.lemma_.lower() in REQUEST_NOUNS | SET_TERMS for k in s.kids
    )


# Terms another side set for its own step: rejecting them is never aimed at the rejecter's own
# state ("X's minister dismissed the condition as a pretext"; practice5's OS).
SET_TERMS = frozenset({"condition", "precondition", "ultimatum"})


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


@acts_on(roots=(_DEMAND,))
def norm_stated(s: Site, c: Candidates) -> Candidates:
    """ "Germany and France said borders must not be moved by force": a "must" clause read as a
    demand (``say`` + clause) that names no party to meet it states a norm; no one is asked."""
    entry = s.found.entry
    if not c.pairs or c.targets or s.root != _DEMAND:
        return c
    if "clause" not in entry.flags or entry.pos != "V" or entry.cameo[:2] != _DEMAND:
        return c
    return c.with_pairs([], "norm_stated")
