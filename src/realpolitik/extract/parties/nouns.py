"""Stages that read an event noun's own phrase: "Russia's invasion of Ukraine", "talks with X".

The roles of an event noun sit on its carrier: "a mediation effort between A and B" carries the
roles of "mediation", "five days of war games" those of "games".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pending_acts import in_talks
from realpolitik.extract._stated_intents import ready_adjective
from realpolitik.extract._syntax import LIGHT_VERBS, pobjs, target_preps
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import (
    BENEFICIARY_PREPS,
    FORCE_ROOTS,
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
from realpolitik.extract.parties.reciprocal import onlooker

if TYPE_CHECKING:
    from spacy.tokens import Token

# Generic heads an event noun modifies ("a mediation effort") and measures it is counted in
# ("five days of war games"): the roles sit on them, not on the event noun.
_CARRIER_NOUNS = frozenset({"effort", "campaign", "mission", "initiative", "bid", "drive"})
_MEASURE_NOUNS = frozenset(
    {"day", "week", "month", "hour", "year", "round", "series", "wave", "spate", "string"}
)
_DOING_PARTICIPLES = DOING_PARTICIPLES  # ("sanctions imposed by X")
_CONCESSIVE = frozenset({"despite", "notwithstanding"})
_ARRIVAL_VERBS = frozenset({"arrive", "land", "reach", "enter"})
_MEDIATION = "045"
_CONSULT = "04"
_FROM_TARGET_ROOTS = frozenset({"08", "12", "16", "17", "19"})
# Where an act is aimed: "the incursion of A's forces into B", "the attack of A on B".
_DIRECTIONS = ("into", "on", "onto", "upon", "against", "at", "toward", "towards")


def carrier(tok: Token) -> Token:
    """The noun that carries an event noun's roles: "a mediation effort between A and B"."""
    dep = tok.dep_
    if dep == "compound":
        head = tok.head
        if head.lemma_.lower() in _CARRIER_NOUNS:
            return head
    if dep != "pobj":
        return tok  # (each step below reads the heads of a "pobj" only)
    for _ in range(2):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "of":
            break
        noun = prep.head
        if noun.i == prep.i or noun.lemma_.lower() not in _MEASURE_NOUNS:
            break
        tok = noun
    return tok


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


@acts_on(noun=True)
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
        return c if c.sources else c.with_sources(got or theme_owner(s.actors, of[0]))
    if got and not c.sources and not s.actors.is_thing(of[0]):
        aims = pobjs(tok, _DIRECTIONS) + pobjs(of[0], _DIRECTIONS)
        dest = [a for a in first(s.actors, [p for _, p in aims]) if a.ref.code != got[0].ref.code]
        if dest:
            return c.with_sources(got).with_targets(dest)
    return c.with_targets(got) if got else c


@acts_on(noun=True)
def noun_between(s: Site, c: Candidates) -> Candidates:
    """ "Talks between A and B": both are the doers (each the other's target after pairing); a
    mediation between A and B targets them both."""
    if not s.noun or c.targets:
        return c
    tok = carrier(s.tok)
    between = [p for _, p in pobjs(tok, ("between", "among"))]
    if not between:
        of = [p for _, p in pobjs(tok, ("of",))]
        if of:
            between = [p for _, p in pobjs(of[0], ("between", "among"))]
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


def _aim_preps(root: str) -> tuple[str, ...]:
    """The prepositions that name an act's target; force "for X" fights on X's side ("went to
    war for X", "a war for X"), like the verb's (``verbs.prepositional_target``)."""
    preps = target_preps(root)
    if root in FORCE_ROOTS:
        return tuple(p for p in preps if p not in BENEFICIARY_PREPS)
    return preps


_UNDER = "under"
# Verbs whose subject undergoes the act of their "under" phrase: "came under attack".
_UNDERGO_VERBS = frozenset({"come", "be", "remain", "fall"})


def came_under(s: Site, c: Candidates) -> Candidates:
    """ "A Turkish patrol came under attack near the Syrian border", "the convoy came under fire
    from X", "came under shelling from X": the subject of "come under" undergoes the act (its
    target); the doer is named only by a "from/by" phrase, never by the subject. First in the
    policy: a verb's stages would read "from X" as a place, a target."""
    tok = carrier(s.tok)
    prep = tok.head
    if c.targets or tok.dep_ not in ("pobj", "pcomp") or prep.lower_ != _UNDER:
        return c  # the act may be a noun or a gerund ("came under shelling from X")
    verb = prep.head
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.lemma_.lower() not in _UNDERGO_VERBS or subj is None:
        return c
    if not c.sources:
        doers = [p for h in (tok, verb) for _, p in pobjs(h, ("from", "by"))]
        c = c.with_sources(first(s.actors, doers))
    return c.with_targets(s.actors.resolve(subj))


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
        light = gov.lemma_.lower() in LIGHT_VERBS or in_talks(tok, gov)
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


# Verbs whose object noun is the subject's own (planned or refused) act: "did not rule out
# protests", "considered sanctions", "threatened retaliation", "refused talks" (not wishes:
# "Vietnam wants investment" wants others' investment).
_OWN_ACT_VERBS = frozenset(
    {"rule", "exclude", "plan", "consider", "propose", "prepare", "intend", "threaten", "refuse",
     "decline", "deny", "fail", "contemplate", "weigh", "mull"}
)  # fmt: skip


@acts_on(noun=True)
def planned_by_subject(s: Site, c: Candidates) -> Candidates:
    """ "Students did not rule out protests against X", "Iran is considering retaliation": a
    planned, feared or refused act named as a noun is the subject's own."""
    tok = carrier(s.tok)
    if not s.noun or c.sources or tok.dep_ != "dobj":
        return c
    gov = tok.head
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in _OWN_ACT_VERBS:
        return c
    sources, steps = subject(s.actors, gov)
    return c.with_sources(sources, steps + 1)


@acts_on(noun=True)
def arrival_destination(s: Site, c: Candidates) -> Candidates:
    """ "The deployment of X troops arrived in Y", "reached Y": a moved force's destination."""
    tok = carrier(s.tok)
    if not s.noun or c.targets or tok.dep_ != "nsubj":
        return c
    gov = tok.head
    if gov.lemma_.lower() not in _ARRIVAL_VERBS:
        return c
    dest = [k for k in gov.children if k.dep_ == "dobj"]
    dest += [p for _, p in pobjs(gov, ("in", "at", "into", "to"))]
    return c.with_targets(first(s.actors, dest))


@acts_on(noun=True)
def governing_verb_target(s: Site, c: Candidates) -> Candidates:
    """ "Announced new sanctions yesterday against X": a "to/against" phrase of the governing
    verb after the noun."""
    tok = carrier(s.tok)
    if not s.noun or c.targets:
        return c
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    if gov.pos_ not in ("VERB", "AUX"):
        return c
    after = [q for _, q in pobjs(gov, ("to", "against")) if q.i > tok.i]
    return c.with_targets(first(s.actors, after))


# Event nouns that also name a thing talked about ("the aid", "its commitments", "notice"), and
# verbs that only talk about, weigh or question what they govern: "the ministers discussed
# Japan's commitments", "questioned the aid" report no act of commitment or aid. (Only these:
# "cannot replace Japan's aid" or "increased aid" still speak of aid given.)
_THING_NOUNS = frozenset({"commitment", "aid", "assistance", "notice", "warning"})
_THING_DEPS = frozenset({"dobj", "nsubjpass"})
_TOPIC_VERBS = frozenset(
    {"discuss", "debate", "review", "examine", "question", "doubt", "study", "assess",
     "evaluate", "scrutinize", "scrutinise", "probe", "mention", "cite", "analyse", "analyze",
     "clarify", "explain", "address", "outline", "detail", "list", "query"}
)  # fmt: skip


@acts_on(noun=True)
def thing_of_other_verb(s: Site, c: Candidates) -> Candidates:
    """ "Paris's trade commitments to Dakar were discussed", "the envoys reviewed the aid to X":
    a thing-like event noun that a verb of discussing or questioning governs is what is talked
    about, no event of its own; nothing else absorbs it when that verb is no trigger (lex10)."""
    tok = s.tok
    if not c.pairs or not s.noun or tok.lemma_.lower() not in _THING_NOUNS:
        return c
    gov = tok.head
    if tok.dep_ not in _THING_DEPS or gov.pos_ != "VERB":
        return c
    if gov.lemma_.lower() not in _TOPIC_VERBS:
        return c
    return c.with_pairs([], "thing_of_other_verb")
