"""A pledge or an offer with no target of its own is made to the story's other state
(issue 9, context22: fresh11's class X).

"Belgium returned the remains of nine Congolese people to Congo. Belgium also pledged 50 million
euros for land reform in the affected regions", "Japan offered Laos an apology. Tokyo later
offered aid in place of reparations", "India rejected Nepal's claim to the pass but said it
remained open to talks", "Tokyo has promised talks after every incident": the beneficiary or the
partner is the story's other state, which only an earlier act (or an earlier clause of the same
sentence) names. A state's untargeted commitment (CAMEO 03: a pledge, an offer, an intent to
talk; not 031, economic cooperation: "would keep selling its oil") takes the other state of the story's latest act between it and one other
state (``court_cases.story_partner``); with no such act, the one other state an earlier act of
its own sentence, by the same state, was aimed at, or the one other state the sentence names
as a party (not as a venue or a modifier). Not for a hedged or negated commitment, nor where the sentence names any other state besides that one (the act may be another's
concern), nor for a doer of no state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._plan_reactions import REACTION_FORMS, REACTION_LEMMAS
from realpolitik.extract._venues import venue_mention
from realpolitik.extract._words import DONE_FACTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.factuality import factuality_of
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._story_states import other_state
from realpolitik.extract.parties.context_story import gives_a_thing
from realpolitik.extract.parties.court_cases import story_partner

if TYPE_CHECKING:
    from spacy.tokens import Token

_COMMITMENT_ROOT = "03"
# Economic cooperation (031: "would keep selling its oil") is no commitment made to a partner.
_NOT_TO_A_PARTNER = ("031",)
# Intents to meet, negotiate, settle or mediate (036 to 039): offered to the other side of a
# quarrel all the more after a hostile act ("suspended licences ... and offered talks").
_SETTLING = ("036", "037", "038", "039")
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
_MAX_CLIMB = 3  # "Hungary's" / "of Hungary" phrases climbed to the venue noun
# Verbs of a feeling caused, whose object is the one who feels it ("X's plan alarmed Israel"):
# an onlooker of the plan, never its partner (leftovers31). The tagger may leave the verb an
# adjective ("alarmed/JJ" as the root), so its form counts as well as its lemma.
_STIRRING = frozenset(REACTION_LEMMAS.values()) | REACTION_FORMS
_HOSTILE_ROOTS = "09"  # CAMEO roots from 09 on are conflictual (investigate ... use force)


def _others_named(s: Site, own: str) -> dict[str, Arg]:
    """The states other than ``own`` the trigger's sentence names, by country."""
    sent = s.ctx.sent
    out: dict[str, Arg] = {}
    for m in s.actors.named_between(sent.start, sent.end - 1):
        country = m.ref.country
        if country and country != own and m.is_state:
            out.setdefault(country, Arg(m.ref, EARLIER, s.tok.i))
    return out


def _aided_place(s: Site, own: str) -> Arg | None:
    """parties38 (practice4's IT, practice5's ST): aid pledged ("pledged $5 million in aid",
    "offered rescue teams") in a story that tells a need (floods, an epidemic, people displaced)
    and no act between the doer and another state goes to the one other state the paragraph
    names, the place of the need (as ``stricken_recipient`` reads the sentence before); not
    where the pledge's own sentence names another state (a venue or a modifier), nor where the
    paragraph names that state only as a meeting's venue, nor talks offered."""
    if s.code.startswith(_SETTLING) or story_partner(s, own) is not None:
        return None
    if _others_named(s, own) or not gives_a_thing(s) or not _need_told(s):
        return None
    place = other_state(s, own)
    if place is None or _venue_only(s, place.ref.country or place.ref.code):
        return None
    return place


def _venue_only(s: Site, country: str) -> bool:
    """The paragraph names ``country`` only as the venue of a meeting ("At a summit in Nairobi,
    leaders discussed the floods"): where donors meet, not the place of the need (parties39)."""
    words = [t for t in s.tok.doc[: s.ctx.sent.start] if _country_of(s, t) == country]
    return bool(words) and all(venue_mention(t) for t in words)


def _country_of(s: Site, tok: Token) -> str | None:
    m = s.actors.mention_of(tok)
    return m.ref.country if m is not None else None


# Words that tell a need aid answers: a disaster, an epidemic, people displaced or hungry.
_NEED_WORDS = frozenset(
    {"flood", "earthquake", "quake", "drought", "famine", "cyclone", "hurricane", "typhoon",
     "storm", "tsunami", "landslide", "wildfire", "epidemic", "outbreak", "cholera", "refugee",
     "displace", "homeless", "hunger", "starvation", "disaster", "devastate", "shortage",
     "malnutrition"}
)  # fmt: skip


def _need_told(s: Site) -> bool:
    """The paragraph before the pledge tells a need; a state named as the venue of a meeting
    ("Donors met in Paris") or as a bystander of other news is no recipient."""
    return any(t.lemma_.lower() in _NEED_WORDS for t in s.tok.doc[: s.ctx.sent.start])


def earlier_clause_partner(s: Site, own: str, *, done_only: bool = True) -> Arg | None:
    """The one other state that an act of ``own`` in an earlier clause of the sentence is
    aimed at ("rejected Nepal's claim ... but said it remained open to talks"); not a venue or
    a modifier the sentence merely names. ``done_only``: only acts that took place."""
    found: dict[str, Arg] = {}
    for i, f in s.ctx.triggers.items():
        if i >= s.tok.i:
            continue
        if done_only and (f.negated or factuality_of(f.tok) not in DONE_FACTS):
            continue
        roles = s.ctx.roles_of(f)
        if not any(a.ref.country == own for a in roles.sources):
            continue
        for b in roles.targets:
            if b.ref.country and b.ref.country != own:
                found.setdefault(b.ref.country, Arg(b.ref, EARLIER, s.tok.i))
    return next(iter(found.values())) if len(found) == 1 else None


def _story_partner(s: Site, own: str) -> Arg | None:
    """The story's other state (``court_cases.story_partner``); for a pledge that gives a thing
    ("pledged further aid") only when the story's latest act between them was no hostile one:
    aid pledged after a criticism is not the criticised state's ("Chile criticized Peru.
    Santiago pledged further aid": no recipient named); redress pledged ("an inquiry") after its own force on them is."""
    partner = story_partner(s, own)
    if partner is None or not gives_a_thing(s) or s.code.startswith(_SETTLING):
        return partner  # (talks offered after a measure: the measure's other side, parties35)
    redress = _redress(s)
    for act in reversed(s.ctx.earlier):
        countries = {act.source.country, act.target.country if act.target else None}
        if own in countries and partner.ref.country in countries:
            if act.root < _HOSTILE_ROOTS:
                return partner
            harmed = act.root in _HARM_ROOTS and act.source.country == own
            return partner if redress and harmed else None
    return None


# What a state pledges to answer a harm it did (coercion, assault, force): owed to the harmed
# state ("fired on a Y boat ... but she promised an inquiry": parties31, fresh16's X).
_REDRESS_NOUNS = frozenset(
    {"inquiry", "investigation", "probe", "compensation", "apology", "review", "redress"}
)


_HARM_ROOTS = frozenset({"17", "18", "19", "20"})  # coercion, assault, force


def _redress(s: Site) -> bool:
    """The pledge's own object is redress ("promised an inquiry", "offered compensation")."""
    obj = next((k for k in s.kids if k.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in _REDRESS_NOUNS


def _venue(tok: Token) -> bool:
    """``tok`` names where something happens: "in Berlin", "in Hungary's capital", "in the
    capital of Hungary"."""
    head = tok
    for _ in range(_MAX_CLIMB):
        if head.dep_ == "poss":
            head = head.head  # ("Hungary's capital")
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.i:
            head = head.head.head  # ("the capital of Hungary")
        else:
            break
    return head.dep_ == "pobj" and head.head.lower_ in _VENUE_PREPS


def _host(tok: Token) -> bool:
    """``tok`` names who hosts the gathering ("at the Japan-hosted summit", "at a summit hosted
    by Japan", "at the summit Japan hosted"): where a pledge is made, not to whom; a pledge
    aimed at the host names it (leftovers54)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "by":
        head = head.head
    return head.i != tok.i and head.lemma_.lower() == "host" and head.dep_ in _HOST_CLAUSES


_HOST_CLAUSES = frozenset({"amod", "acl", "relcl"})


# Verbs of handing people over to another state's justice: a pledge to do so is judicial
# cooperation owed to the state that wants them ("pledged to hand over any suspects in the
# killing of the officers": the victims' state; parties40, fresh20's B).
_HANDOVER_VERBS = frozenset({"hand", "extradite", "surrender", "deliver", "transfer"})
_HANDOVER_PARTICLES = frozenset({"over"})


def _hands_over(s: Site) -> bool:
    """The pledge's controlled act hands people over ("pledged to hand over the suspects",
    "promised to extradite them")."""
    for k in s.kids:
        if k.dep_ != "xcomp" or k.lemma_.lower() not in _HANDOVER_VERBS:
            continue
        if k.lemma_.lower() != "hand" or any(p.lower_ in _HANDOVER_PARTICLES for p in k.children):
            return True
    return False


def _victims_state(s: Site, own: str) -> Arg | None:
    """The state harmed by the story's latest assault or use of force on another state's
    people, whoever did it ("gunmen from across the border killed four Kenyan officers"): the
    state that wants the suspects handed over. An act whose doer no state is kept no earlier
    act: then the one other state the paragraph names (the victims' demonym) stands in."""
    for act in reversed(s.ctx.earlier):
        tgt = act.target
        if act.root in _HARM_ROOTS and tgt is not None and tgt.country and tgt.country != own:
            return Arg(tgt, EARLIER, s.tok.i)
    return None


def _one_named_party(s: Site, own: str) -> Arg | None:
    """The one other state the sentence names as a party would be named: not as a venue ("at a
    summit in Berlin"), nor as a modifier ("penalties against German generals")."""
    found: dict[str, Arg] = {}
    for tok in s.ctx.sent:
        m = s.actors.mention_of(tok)
        if m is None or not m.is_state or not m.ref.country or m.ref.country == own:
            continue
        if tok.dep_ in _MODIFIER_DEPS or _venue(tok) or _host(tok):
            return None  # (a modifier or a venue: the sentence's other states are no partner)
        stirring = {tok.head.lemma_.lower(), tok.head.lower_} & _STIRRING
        if tok.dep_ in ("dobj", "npadvmod") and stirring:
            return None  # ("X's plan to enrich uranium alarmed Israel": Israel looks on)
        found.setdefault(m.ref.country, Arg(m.ref, EARLIER, s.tok.i))
    return next(iter(found.values())) if len(found) == 1 else None


@acts_on(roots=(_COMMITMENT_ROOT,))
def commitment_story_partner(s: Site, c: Candidates) -> Candidates:
    """An untargeted pledge or offer of a state: the story's other state as its target."""
    if not c.pairs or s.root != _COMMITMENT_ROOT:
        return c
    if s.found.code.startswith(_NOT_TO_A_PARTNER) and not _hands_over(s):
        return c
    if all(b is not None for _, b in c.pairs) or factuality_of(s.tok) not in DONE_FACTS:
        return c  # (a hedged commitment, "could offer talks", is no act made to anyone yet)

    doers = {a.ref.country for a in c.sources if a.ref.country}

    def partner(own: str) -> Arg | None:
        others = _others_named(s, own)
        if len(doers) > 1:
            for d in doers - {own}:  # (fellow doers: "A and B each offered to host talks" is
                others.pop(d, None)  # no offer to each other; ``each_other`` reads joint acts)
        found = (_victims_state(s, own) or other_state(s, own)) if _hands_over(s) else None
        found = found or _story_partner(s, own) or earlier_clause_partner(s, own)
        if found is None:
            found = _one_named_party(s, own)
        if found is None:
            found = _aided_place(s, own)
        if found is not None and found.ref.country in doers:
            return None
        return found if found is not None and set(others) <= {found.ref.country} else None

    return c.fill_targets(partner)


# Cooperation between two states that sets up a joint project: an agreement, an intent, a
# consultation, diplomatic or material cooperation (CAMEO 03 to 06).
_JOINT_ROOTS = frozenset({"03", "04", "05", "06"})
_PROJECT_SENTENCES = 2  # the joint act is told in one of the last two sentences


def _project_named_before(s: Site) -> bool:
    """The pledge's phrase names a definite thing ("the dam's power", "the line's cost") that
    one of the last ``_PROJECT_SENTENCES`` sentences of the parse named ("an agreement to
    finance a dam")."""
    sent = s.ctx.sent
    words = {
        t.lemma_.lower() for t in s.tok.subtree
        if t.pos_ == "NOUN" and t.i != s.tok.i
        and any(k.dep_ == "det" and k.lower_ == "the" for k in t.children)
    }  # fmt: skip
    lo, seen = sent.start, 0
    while words and lo > 0 and seen < _PROJECT_SENTENCES:
        prev = sent.doc[lo - 1].sent
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in prev):
            return True
        lo, seen = prev.start, seen + 1
    return False


def _joint_partner(s: Site, own: str) -> Arg | None:
    """The other state of the story's latest cooperative act between ``own`` and one other."""
    for act in reversed(s.ctx.earlier):
        if act.target is None or act.root not in _JOINT_ROOTS:
            continue
        sides = (act.source.country, act.target.country)
        if own in sides and sides[0] != sides[1] and all(sides):
            other = act.target if sides[0] == own else act.source
            return Arg(other, EARLIER, s.tok.i)
    return None


@acts_on(roots=(_COMMITMENT_ROOT,))
def joint_project_partner(s: Site, c: Candidates) -> Candidates:
    """ "Angola and Namibia signed an agreement to finance a dam. Namibia pledged to buy a
    third of the dam's power": a pledge of economic cooperation (031) with no target whose
    phrase names only the joint project of an earlier agreement is made to the co-signer
    (parties27: fresh14's X). Only for an act that took place, and where the sentence names no
    other state."""
    if not c.pairs or not s.found.code.startswith(_NOT_TO_A_PARTNER):
        return c
    if all(b is not None for _, b in c.pairs) or factuality_of(s.tok) not in DONE_FACTS:
        return c
    if not _project_named_before(s):
        return c
    return c.fill_targets(lambda own: None if _others_named(s, own) else _joint_partner(s, own))


__all__ = ["commitment_story_partner", "joint_project_partner"]
