"""Stages that read a verbal trigger's own syntax: who acts, on whom.

Each stage handles one construction and leaves the candidates alone when it does not apply (a
noun trigger, a slot already filled). Their order is the policy in ``parties.POLICY``.
This module reads the verb's subject and objects; targets in a prepositional phrase are
``prepositional_targets``, targets inside a governed clause ``clause_targets``, and the checks
they share ``_verb_reading`` (all re-exported here, where the policy and other stages name them).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._facility_places import facility_place
from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import TARGET_PREPS, active_after_passive, child, pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties._reading import (
    agent_of,
    first,
    hung_agents,
    passive_participle,
    subject,
    theme_owner,
)
from realpolitik.extract.parties._verb_reading import (
    _AIM_PREPS,
    FROM_TARGET_ROOTS,
    _passive_thing,
    _supplied_with,
    symmetric,
    verb_open,
)
from realpolitik.extract.parties.apology_targets import wronged_party
from realpolitik.extract.parties.clause_targets import (
    clause_subject,
    controlled_object,
    main_act_victims,
)
from realpolitik.extract.parties.prepositional_targets import complaint_topic, prepositional_target

if TYPE_CHECKING:
    from spacy.tokens import Token


# Acts on goods and assets (sanctions, seizures): a passive's goods name their origin's state.
_GOODS_ROOTS = frozenset({"16", "17"})


@acts_on(noun=False)
def verb_subject(s: Site, c: Candidates) -> Candidates:
    """Who acts: the subject, the passive "by" agent, or the governor's subject for a verb with
    none ("agreed to deepen ties", "met and signed", "..., killing 20"); a relative clause's
    subject is the noun it modifies; "invited Putin to visit" makes Putin the visitor."""
    if s.noun:
        return c
    got, path = subject(s.actors, s.tok)
    return c.with_sources(got, max(path, 1))


@acts_on(noun=False)
def passive_subject(s: Site, c: Candidates) -> Candidates:
    """ "Georgia was invaded by Russia": the passive subject is the target; for verbs that move
    things ("arms were sent"), the thing's owner is the source ("North Korean arms were sent"),
    unless the thing is the object ("Tehran was given a loan": Tehran receives)."""
    if s.noun:
        return c
    tok = s.tok
    subj = s.child("nsubjpass")
    shares = (
        tok.dep_ == "conj"
        and tok.tag_ in ("VBN", "VBD")
        and s.child("nsubj") is None  # "was received by X, and the two signed": own subject
        and not active_after_passive(tok)
    )
    if subj is None and shares:
        subj = child(tok.head, "nsubjpass")  # "was attacked by X and looted": looted too
    if subj is None and tok.dep_ == "conj" and s.child("auxpass") and not s.child("nsubj"):
        subj = child(tok.head, "nsubj")  # "Putin arrived ... and was greeted by Kim"
    if subj is None and (clause := s.child("csubjpass")) is not None:
        subj = child(clause, "nsubj")  # "a national wanted for fraud was detained": the
        # parser made "wanted" a clausal subject with "national" its own subject (names15)
    if subj is None:
        return c
    given = s.child("dobj") is not None  # "Tehran was given a loan": Tehran receives
    if s.theme and not _supplied_with(s) and not given:
        return c if c.sources else c.with_sources(theme_owner(s.actors, subj), 2)
    return c.with_targets(s.actors.resolve(subj))


@acts_on(noun=False)
def modified_noun(s: Site, c: Candidates) -> Candidates:
    """ "The troops sent to Russia", "the town shelled by X": a past participle's target is the
    noun it modifies (not for moved things: the troops are what is sent, unless the thing comes
    with "with": "Serbia, supplied with drones by China")."""
    tok = s.tok
    if not verb_open(s, c) or tok.tag_ not in ("VBN", "VBD"):
        return c
    subj = s.child("nsubj")
    if subj is not None and _supplied_with(s) and s.child("aux") is None:
        after = tok.doc[subj.i + 1] if subj.i + 1 < len(tok.doc) else None
        if tok.tag_ == "VBN" or (after is not None and after.text == ","):
            # "X, supplied with drones by Y, ...": the parser made X the subject
            return c.with_targets(s.actors.resolve(subj))
    if not passive_participle(tok) or (s.theme and not _supplied_with(s)):
        return c
    if tok.dep_ == "advcl":  # "Indonesia, armed with missiles by X, ...": the clause's subject
        got, _ = subject(s.actors, tok.head)
        return c.with_targets(got)
    return c.with_targets(s.actors.resolve(tok.head))


@acts_on(noun=False)
def thing_user(s: Site, c: Candidates) -> Candidates:
    """ "Russia fired missiles supplied by North Korea at Ukraine": a thing supplied to no named
    receiver goes to whoever uses it, the subject of the verb whose object it is."""
    tok = s.tok
    if not verb_open(s, c) or not s.theme or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return c
    thing = tok.head
    if pobjs(tok, ("to",)) or thing.dep_ not in ("dobj", "pobj"):
        return c
    user = thing.head.head if thing.dep_ == "pobj" else thing.head
    got: list[Arg] = []
    if user.pos_ in ("VERB", "AUX") and passive_participle(user):
        # "Indonesia, armed with missiles supplied by X": the armed noun uses them
        whose = user.head
        got = subject(s.actors, whose)[0] if user.dep_ == "advcl" else s.actors.resolve(whose)
    elif user.pos_ in ("VERB", "AUX"):
        got = subject(s.actors, user)[0]
    own = {a.ref.code for a in c.sources}
    return c.with_targets([a for a in got if a.ref.code not in own])


@acts_on(noun=False)
def dative_object(s: Site, c: Candidates) -> Candidates:
    """ "Gave Ukraine tanks": the indirect object receives."""
    if not verb_open(s, c):
        return c
    dative = s.child("dative")
    return c if dative is None else c.with_targets(s.actors.resolve(dative))


@acts_on(noun=False)
def reacted_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "A condemned B's attack on C", "condemned the attack on C by B", "protested against B's
    decision": a reaction to another act targets that act's doer (as the policy reads it),
    never its victim and never the reacting side itself."""
    if not verb_open(s, c):
        return c
    act = s.reacted_act
    if act is None:
        return c
    doers = list(s.ctx.roles_of(act).sources)
    if not doers and s.child("nsubj") is not None:
        # "condemned the attack on C by B": "by B" hung on the (active) reacting verb
        same = frozenset(i for i, g in s.ctx.triggers.items() if g.code[:2] == act.code[:2])
        doers = first(s.actors, hung_agents(s.tok, same))
    own = {a.ref.code for a in c.sources}  # (nor "in a statement carried by X media")
    # nor the reacting state's own forces: "Moscow rejected Kyiv's claim that Russian jets had
    # entered its airspace" answers Kyiv, not Russia's jets (leftovers42)
    home = {a.ref.country for a in c.sources if a.ref.country}
    doers = [
        a
        for a in doers
        if a.ref.code not in own and a.ref.country not in home and a.tok not in s.not_parties
    ]
    doers = wronged_party(s, c, act, doers)  # "apologised for the crimes of its troops" (lex22)
    return c.with_targets(doers) if doers else c


@acts_on(noun=False)
def direct_object(s: Site, c: Candidates) -> Candidates:
    """ "Russia attacked Ukraine": the direct object is the target; for verbs that move things,
    the object is the thing and its owner the source when no subject names one. A thing's
    maker or owner is no target when the verb aims it at someone: "fired North Korean missiles
    at Ukraine" targets Ukraine (``prepositional_target``), and a thing of the doer's own
    country names no other party ("Putin signed the Russian law")."""
    if not verb_open(s, c):
        return c  # (an event noun, or a target named before: no object looked for)
    obj = _small_clause_object(s) or s.child("dobj") or _passive_thing(s)
    if obj is None:
        return c
    if s.theme and not _supplied_with(s):
        return c if c.sources else c.with_sources(theme_owner(s.actors, obj), 2)
    got = s.actors.resolve(obj)
    users = _path_users(s, obj, c.sources)
    if users:  # "closed NATO supply routes into Afghanistan": NATO, never the way's end
        return c.with_targets(users)
    if s.actors.is_thing(obj) or (got and all(unknown(a) for a in got)):
        # "shared intelligence with Algiers": an unplaced object gives way to a named partner
        aims = pobjs(s.tok, _AIM_PREPS) + pobjs(obj, _AIM_PREPS)
        if not s.actors.is_thing(obj):
            aims += pobjs(s.tok, TARGET_PREPS) + pobjs(obj, TARGET_PREPS)
        if any(not unknown(a) for a in got):  # "turned back Y travellers at X's airport"
            aims = [(w, p) for w, p in aims if not facility_place(p)]
        if [a for a in first(s.actors, [p for _, p in aims]) if not unknown(a)]:
            return c
        origin = _object_origin(s, got)
        if origin:
            return c.with_targets(origin)
        own = {key(a) for a in c.sources}  # "Putin signed the Russian law": his own thing
        got = [a for a in got if key(a) not in own]
    return c.with_targets(got)


# Ways of passage: "into / to X" after one names where it leads, not whom the act is aimed at.
_PATH_NOUNS = frozenset({"route", "corridor", "line", "road", "lifeline", "artery", "link"})


def _path_users(s: Site, obj: Token, sources: tuple[Arg, ...]) -> list[Arg]:
    """ "Closed NATO('s) supply routes into Afghanistan", "the supply lines of the US-led
    coalition": a way named by its user (a compound, possessor or "of" phrase) is aimed at the
    user; the place it leads into is only its direction (practice16)."""
    if obj.lemma_.lower() not in _PATH_NOUNS:
        return []
    named = [k for k in obj.children if k.dep_ in ("compound", "poss", "nmod", "amod")]
    named += [p for _, p in pobjs(obj, ("of",))]
    own = {key(a) for a in sources}
    users = [a for k in named for a in s.actors.resolve(k)]
    return [a for a in users if not unknown(a) and key(a) not in own]


def _small_clause_object(s: Site) -> Token | None:
    """ "Declared the Russian ambassador persona non grata": when the parser reads the rest of a
    multiword trigger as a clause, that clause's subject is the trigger's object."""
    firsts = {words[0] for words in s.found.entry.after if words}
    if not firsts:
        return None  # (a trigger of one word: no rest of it to read as a clause)
    for k in s.kids:
        if k.dep_ in ("ccomp", "xcomp", "oprd", "dobj") and k.i > s.tok.i and k.lower_ in firsts:
            heads = [x for x in k.children if x.dep_ in ("nsubj", "compound") and x.i < k.i]
            return next((x for x in heads if x.pos_ in ("NOUN", "PROPN")), None)
    return None


def _object_origin(s: Site, got: list[Arg]) -> list[Arg]:
    """ "Expelled diplomats from A, B and C" (the parser hangs "from" on the verb): for acts that
    name the other party with "from", an unplaced object is of each state the phrase lists."""
    obj = s.child("dobj")
    if s.root not in FROM_TARGET_ROOTS or len(got) != 1 or obj is None or s.actors.is_thing(obj):
        return []
    if any(k.dep_ == "poss" for k in obj.children):
        return []  # "withdrew its troops from Gaza": the doer's own people
    sector = got[0].ref.code[3:]
    states = [a for a in first(s.actors, [p for _, p in pobjs(s.tok, ("from",))]) if not unknown(a)]
    out = []
    for a in states:
        code = a.ref.code + sector if len(a.ref.code) == 3 else a.ref.code
        out.append(Arg(replace(a.ref, code=code), a.quality, a.tok))
    return out


@acts_on(noun=False)
def object_agent(s: Site, c: Candidates) -> Candidates:
    """ "Condemned Russia's invasion", "welcomed the decision by X": a reaction to an act targets
    the act's doer (never the reacting side itself: "called off its strike")."""
    obj = s.child("dobj")
    if obj is None and s.root in _GOODS_ROOTS:
        obj = _passive_thing(s)  # "imports of X beef were banned": the goods' origin
    if not verb_open(s, c) or obj is None or s.theme or obj.pos_ != "NOUN":
        return c
    own = {a.ref.code for a in c.sources}
    home = {a.ref.country for a in c.sources}  # "Putin signed the Russian law": his own state's
    got = [
        a
        for a in agent_of(s.actors, obj)
        if a.ref.code not in own
        and not unknown(a)  # "fired artillery shells": a kind of weapon, no doer
        and not (a.ref.code in home and s.actors.is_thing(obj))
    ]
    return c.with_targets(got)


__all__ = [
    "FROM_TARGET_ROOTS",
    "clause_subject",
    "complaint_topic",
    "controlled_object",
    "dative_object",
    "direct_object",
    "main_act_victims",
    "modified_noun",
    "object_agent",
    "passive_subject",
    "prepositional_target",
    "reacted_act_doer",
    "symmetric",
    "thing_user",
    "verb_open",
    "verb_subject",
]
