"""Stages that read an event noun's own phrase: "Russia's invasion of Ukraine", "talks with X".

The roles of an event noun sit on its carrier: "a mediation effort between A and B" carries the
roles of "mediation", "five days of war games" those of "games" (``_carriers``). Stages that
read the noun through the verb governing it are ``noun_governors`` (re-exported here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._hosted_talks import hosted_pair, two_states
from realpolitik.extract._pending_acts import in_talks
from realpolitik.extract._stated_intents import ready_adjective
from realpolitik.extract._syntax import LIGHT_VERBS, pobjs
from realpolitik.extract._tree import sentence_forms
from realpolitik.extract.parties._carriers import _aim_preps, carrier
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import (
    ROLE_CODES,
    Candidates,
    Site,
)
from realpolitik.extract.parties._reading import (
    DOING_PARTICIPLES,
    agent_of,
    first,
    subject,
    theme_owner,
)
from realpolitik.extract.parties.decided import owning_noun
from realpolitik.extract.parties.noun_governors import (
    _UNDER,
    arrival_destination,
    came_under,
    governing_verb_target,
    planned_by_subject,
    thing_of_other_verb,
)
from realpolitik.extract.parties.reciprocal import onlooker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg


_DOING_PARTICIPLES = DOING_PARTICIPLES  # ("sanctions imposed by X")
_CONCESSIVE = frozenset({"despite", "notwithstanding"})
_MEDIATION = "045"
_CONSULT = "04"
_FROM_TARGET_ROOTS = frozenset({"08", "12", "16", "17", "19"})
# Where an act is aimed: "the incursion of A's forces into B", "the attack of A on B".
_DIRECTIONS = ("into", "on", "onto", "upon", "against", "at", "toward", "towards")


@acts_on(noun=True)
def noun_owner(s: Site, c: Candidates) -> Candidates:
    """ "Russia's invasion", "Western support", "the Chinese delegation's visit": a possessor or
    a modifier before the noun names its doer (the nearest one wins; a possessor before a
    regional adjective, and a regional adjective on a visit: in "his Asian trip" Asia is where
    he goes; in "a state visit" "state" is the kind of visit)."""
    if not s.noun:
        return c
    tok = carrier(s.tok)
    sources = c.sources
    possessor = False
    for k in tok.children:
        if k.dep_ in ("poss", "amod", "compound", "nmod") and k.i < tok.i:
            if k.lower_ == "state" and k.dep_ in ("compound", "amod"):
                continue  # "a state visit", "a state dinner": the kind of occasion, not a doer
            got = s.actors.resolve(k)
            region = bool(got) and all(not a.ref.country for a in got)
            if region and (possessor or (s.root == _CONSULT and k.dep_ == "amod")):
                continue  # "his Asian trip", "a European tour": where, not who
            if got:
                sources = tuple(got)
                possessor = possessor or k.dep_ == "poss"
    return c.with_sources(sources)


@acts_on(noun=True, words=("by", "from"))
def noun_by_from(s: Site, c: Candidates) -> Candidates:
    """ "An attack by X", "aid from X": the doer after the noun ("by" first; for withdrawals,
    expulsions and other acts that leave a place, "from" names the place, a target). An event
    noun has one doer: in "the rejection of Germany's proposal by Minsk" the proposal has its
    own, so the "by" phrase hung on it names the rejection's; nor has a hedge noun a doer: in
    "prospects of a buildup by X" the "by" phrase names the buildup's."""
    if not s.noun or c.sources:
        return c
    tok = carrier(s.tok)
    preps: tuple[str, ...] = ("by",) if s.root in _FROM_TARGET_ROOTS else ("by", "from")
    found = [p for w in preps for _, p in pobjs(tok, (w,))]
    for _, of in pobjs(tok, ("of",)):
        if any(k.dep_ == "poss" for k in of.children):
            found += [p for _, p in pobjs(of, ("by",))]
    gov = tok.head.head  # "prospects of the buildup near X by Y": "by Y" hung on "prospects"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and gov.i not in s.ctx.triggers:
        found += [p for _, p in pobjs(gov, ("by",))]
    found += [p for k in _light_participles(s, tok) for _, p in pobjs(k, ("by",))]
    for p in found:
        got = s.actors.resolve(p)
        if got:
            return c.with_sources(got)
    return c


def _light_participles(s: Site, noun: Token) -> list[Token]:
    """ "The sanctions on X imposed by Y", "the strikes carried out by Y", "the embargo on X's
    sugar ordered by Y", "the visit to X made by Y": the past participle of a verb of doing on
    the noun (or, misparsed, on an object down its own prepositional phrase), whose agent is
    the noun's doer; a trigger among them is no event of its own (``doing_participle``). A
    light verb ("made", "paid") counts on the noun itself only: on a thing it names a maker;
    so does a participle coding the noun's own act ("the deal signed by X")."""
    hosts = participle_hosts(noun)
    return [
        k
        for h in hosts
        for k in h.children
        if k.dep_ == "acl"
        and k.tag_ in _PARTICIPLE_TAGS
        and (
            k.lemma_.lower() in _DOING_PARTICIPLES
            or (h is noun and k.lemma_.lower() in _LIGHT_PARTICIPLES and k.i not in s.ctx.triggers)
            or (h is noun and _same_act(s, k))
        )
    ]


def _same_act(s: Site, part: Token) -> bool:
    """ "The deal with X signed by Y": a participle that codes the noun's own act (same CAMEO
    root) says who did it."""
    act = s.ctx.triggers.get(part.i)
    if act is None or act.code[:3] in ROLE_CODES:
        return False  # "talks hosted by Z": the host is no doer of the talks
    return act.code[:2] == s.code[:2]


# A participle on a noun (the tagger reads some as past tenses: "sanctions announced by X").
_PARTICIPLE_TAGS = ("VBN", "VBD")
# Light verbs whose participle on an event noun only carries it: "the visit made by X".
_LIGHT_PARTICIPLES = frozenset({"make", "pay", "hold", "give", "grant"})


def participle_hosts(noun: Token) -> list[Token]:
    """The noun and the objects down its prepositional phrase (two levels: "the strike on the
    village near the border carried out by X"), where the parser may hang its participle."""
    hosts = [noun]
    frontier = [noun]
    for _ in range(2):
        frontier = [p for h in frontier for prep in h.children
                    if prep.dep_ == "prep" and prep.i > noun.i
                    for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
        hosts += frontier
    return hosts


@acts_on(noun=False)
def doing_participle(s: Site, c: Candidates) -> Candidates:
    """ "The embargo on Cuban sugar ordered by Washington": a participle of doing on an event
    noun (or hung on an object in its phrase) says who did the noun's act (``noun_by_from``);
    it is no act of its own (no order, no announcement)."""
    tok = s.tok
    if not c.pairs or s.noun or tok.dep_ != "acl" or tok.tag_ not in _PARTICIPLE_TAGS:
        return c
    if tok.lemma_.lower() not in _DOING_PARTICIPLES:
        return c
    head = tok.head
    for _ in range(3):
        act = s.ctx.triggers.get(head.i)
        noun_act = act is not None and act is not s.found and act.entry.pos == "N"
        if noun_act and tok in _light_participles(s, head):
            return c.with_pairs([], "doing_participle")
        if head.dep_ != "pobj" or head.head.dep_ != "prep":
            break
        head = head.head.head
    return c


@acts_on(noun=True, roots=_FROM_TARGET_ROOTS)
def noun_from_place(s: Site, c: Candidates) -> Candidates:
    """ "The withdrawal from Afghanistan", "the expulsion of diplomats from X", "carried out
    strikes in X": acts that leave, push out of or strike a place name it with "from" (or, for
    a light verb's act, "in"): yielding, rejection, reduced relations, coercion, force."""
    if not s.noun or c.targets or s.root not in _FROM_TARGET_ROOTS:
        return c
    tok = carrier(s.tok)
    places = [p for _, p in pobjs(tok, ("from",))]
    gov = tok.head
    if tok.dep_ == "dobj" and gov.lemma_.lower() in LIGHT_VERBS:  # "carried out strikes in X"
        places += [p for _, p in pobjs(gov, ("from", "in")) if p.i > tok.i]
    return c.with_targets(first(s.actors, places))


@acts_on(noun=True)
def noun_of_phrase(s: Site, c: Candidates) -> Candidates:
    """ "The invasion of Ukraine": "of" names the target; for visits and transfers (lexicon flag
    ``ofsrc``) the doer ("the visit of Putin", "the deployment of North Korean troops"); so
    does an actor that the act aims elsewhere: "the incursion of A's forces into B" is A -> B."""
    if not s.noun:
        return c
    tok = carrier(s.tok)
    of = [p for _, p in pobjs(tok, ("of",))]
    if not of:
        return c
    got = s.actors.resolve(of[0])
    if "ofsrc" in s.flags:
        got = _not_place_left(s, of[0], got)
        return c if c.sources else c.with_sources(got or theme_owner(s.actors, of[0]))
    if got and not c.sources and not s.actors.is_thing(of[0]):
        aims = pobjs(tok, _DIRECTIONS) + pobjs(of[0], _DIRECTIONS)
        dest = [a for a in first(s.actors, [p for _, p in aims]) if a.ref.code != got[0].ref.code]
        if dest:
            return c.with_sources(got).with_targets(dest)
    return c.with_targets(got) if got else c


def _not_place_left(s: Site, of: Token, got: list[Arg]) -> list[Arg]:
    """ "the withdrawal of its forces from Y": the pronoun owns the forces and Y is the place
    left (the parse may hang "from Y" on the forces), never their state (leftovers51, WD)."""
    if not got or not any(k.dep_ == "poss" and k.lower_ in _OWN_PRONOUNS for k in of.children):
        return got
    left = {a.ref.country for _, p in pobjs(of, ("from",)) for a in s.actors.resolve(p)}
    kept = [a for a in got if a.ref.country not in left]
    if kept or len(kept) == len(got):
        return kept
    noun = carrier(s.tok)  # ("X completed the withdrawal of its ...": the pronoun is X)
    subj = [k for k in noun.head.children if k.dep_ == "nsubj"] if noun.dep_ == "dobj" else []
    owner = [a for k in subj for a in s.actors.resolve(k) if a.ref.country not in left]
    return owner


_OWN_PRONOUNS = frozenset({"its", "their"})


# The prepositions of a "talks between A and B" phrase.
_BETWEEN = ("between", "among")


@acts_on(noun=True, words=_BETWEEN)
def noun_between(s: Site, c: Candidates) -> Candidates:
    """ "Talks between A and B": both are the doers (each the other's target after pairing); a
    mediation between A and B targets them both."""
    if not s.noun or c.targets or sentence_forms(s.ctx.sent).isdisjoint(_BETWEEN):
        return c  # (no "between" / "among" in the sentence: no phrase to read)
    tok = carrier(s.tok)
    between = [p for _, p in pobjs(tok, ("between", "among"))]
    if not between:
        of = [p for _, p in pobjs(tok, ("of",))]
        if of:
            between = [p for _, p in pobjs(of[0], ("between", "among"))]
    hosted = hosted_pair(tok)  # "Qatar hosted talks between A and B": A's and B's (lo47)
    if hosted is not None and s.code[:2] == "04":
        pair = s.actors.resolve(hosted)  # (two states: "between Y and the rebels" is Y's own)
        if two_states(pair):
            return c.with_sources(pair)
    if not between and tok.dep_ == "nsubjpass":  # "talks were held between A and B" (l23)
        between = [p for _, p in pobjs(tok.head, ("between", "among"))]
    if not between:
        return c
    pair = s.actors.resolve(between[0])
    if s.code == _MEDIATION:
        return c.with_targets(pair)
    if len(pair) >= 2 and not c.sources:
        return c.with_sources(pair)
    return c


@acts_on(noun=True)
def noun_prep_target(s: Site, c: Candidates) -> Candidates:
    """ "Sanctions against X", "a visit to X", "talks with X" (not "talks in Z, with an envoy
    present": an onlooker)."""
    if not s.noun or c.targets:
        return c
    found = [p for w, p in pobjs(carrier(s.tok), _aim_preps(s.root)) if not onlooker(w, p)]
    return c.with_targets(first(s.actors, found))


# Verbs that end a meeting: "A and B ended / wrapped up two days of talks" held the talks (04),
# the end is no new act (lexicon64); an ended offensive or aid is no act of its noun's code.
_ENDING_VERBS = frozenset({"end", "wrap", "finish", "complete", "close"})
_MEETING_ROOT = "04"


def _ended_meeting(s: Site, tok: Token, gov: Token) -> bool:
    """The meeting (or its "two days of") is the ending verb's own object, never a phrase
    around it ("pledged to end the uprising at a summit")."""
    return (
        s.root == _MEETING_ROOT
        and gov.lemma_.lower() in _ENDING_VERBS
        and tok.dep_ == "dobj"
        and tok.head.i == gov.i
    )


@acts_on(noun=True)
def light_verb_subject(s: Site, c: Candidates) -> Candidates:
    """ "Vietnam held talks with Japan", "launched an attack on X": a light verb's subject does
    the act its object noun names, and the verb's own "to/with/..." phrase after the noun may
    name the target. With its doer found already ("widened its sanctions on Y": the owner),
    the verb's "on / against" phrase still names the missing target (leftovers30)."""
    if not s.noun or (c.sources and c.targets):
        return c
    tok = carrier(s.tok)
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        if gov.lower_ in _CONCESSIVE or gov.lower_ == _UNDER:
            return c  # "paid compensation despite the ceasefire": not the payer's act
        gov = gov.head
    if ready_adjective(tok) is not None and gov.head.pos_ in ("VERB", "AUX"):
        gov = gov.head  # "remained open to talks", "is ready for negotiations" (lex10)
        light = True
    else:
        light = (
            gov.lemma_.lower() in LIGHT_VERBS or in_talks(tok, gov) or _ended_meeting(s, tok, gov)
        )
    light = light and not any(k.dep_ == "oprd" for k in gov.children)  # "called the visit a ..."
    if gov.i == tok.i or gov.pos_ not in ("VERB", "AUX") or tok.dep_ == "nsubj" or not light:
        return c
    owned = bool(c.sources)  # (a doer found already: only a measure's "on / against")
    if not owned:
        sources, steps = subject(s.actors, gov)
        noun = owning_noun(gov) if not sources else None
        if noun is not None:  # "X's plan to hold drills": the plan's owner (leftovers31)
            sources, steps = agent_of(s.actors, noun), 2
        c = c.with_sources(sources, steps + 1)
    if c.targets:
        return c
    extra = ("between",) if s.code == _MEDIATION else ()
    preps = _MEASURE_PREPS if owned else _aim_preps(s.root) + extra
    after = [q for w, q in pobjs(gov, preps) if q.i > tok.i and not onlooker(w, q)]
    # "gave North Korea a promise of support", "made Peru an offer": the light verb's dative
    # (leftovers28)
    if not owned:
        after += [k for k in gov.children if k.dep_ == "dative" and k.pos_ in ("PROPN", "NOUN")]
    return c.with_targets(first(s.actors, after))


# The prepositions that aim an owned measure at its target ("widened its sanctions on Y").
_MEASURE_PREPS = ("on", "against")


__all__ = [
    "arrival_destination",
    "came_under",
    "carrier",
    "doing_participle",
    "governing_verb_target",
    "light_verb_subject",
    "noun_between",
    "noun_by_from",
    "noun_from_place",
    "noun_of_phrase",
    "noun_owner",
    "noun_prep_target",
    "participle_hosts",
    "planned_by_subject",
    "thing_of_other_verb",
]
