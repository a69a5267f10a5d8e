"""Stages that read a verbal trigger's own syntax: who acts, on whom.

Each stage handles one construction and leaves the candidates alone when it does not apply (a
noun trigger, a slot already filled). Their order is the policy in ``parties.POLICY``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._facility_places import facility_place
from realpolitik.extract._knowledge_topics import (
    knowledge_topic_preps,
    topic_partners,
)
from realpolitik.extract._mentions import Arg, DocActors
from realpolitik.extract._syntax import (
    TARGET_PREPS,
    active_after_passive,
    border_partner,
    border_place,
    child,
    coactor,
    pobjs,
    target_preps,
)
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import (
    BENEFICIARY_PREPS,
    FORCE_ROOTS,
    Candidates,
    Site,
    key,
    unknown,
)
from realpolitik.extract.parties._reading import (
    agent_of,
    first,
    hung_agents,
    partners_first,
    passive_participle,
    subject,
    theme_owner,
)
from realpolitik.extract.parties.apology_targets import own_threat, wronged_party
from realpolitik.extract.parties.joint_topics import topic_only
from realpolitik.extract.parties.joint_venues import venue_only
from realpolitik.extract.parties.reciprocal import onlooker

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbal roots whose target may be named inside a "that" clause: "demanded that the US cancel",
# "helped Colombia rebuild its ports".
_CLAUSE_TARGET_ROOTS = frozenset({"02", "07", "10", "11", "12", "13"})
# Roots whose "from"/"in" phrase names the other party: "withdrew from X", "expelled from X".
FROM_TARGET_ROOTS = frozenset({"08", "12", "16", "17", "19"})
# Acts on goods and assets (sanctions, seizures): a passive's goods name their origin's state.
_GOODS_ROOTS = frozenset({"16", "17"})
# "Complained to the UN over Israeli raids": the accused is named by the topic phrase; the "to"
# phrase is only the audience.
_ACCUSED_PREPS = ("over", "about", "of")
_AIM_PREPS = ("against", "on", "upon", "into", "at")
_MEDIATION = "045"  # mediation names both parties it mediates between


def _supplied_with(s: Site) -> bool:
    """ "Supplied X with drones", "armed X with missiles": the thing comes with "with", so the
    object (or passive subject, or modified noun) is the receiver, not the thing."""
    if not s.theme and "with" not in s.found.entry.prep:
        return False
    return any(not s.actors.resolve(p) for w, p in pobjs(s.tok, ("with",)) if not coactor(w, p))


def symmetric(s: Site, c: Candidates) -> bool:
    """ "Putin and Kim held talks in Beijing": the doers of a symmetric act are each other's
    counterparts; a place in the phrase is no third party, also where one of two joined doers
    is unknown ("Saeima Speaker X and Estonia's minister Y signed ... in Riga": parties33,
    fresh17's TT)."""
    if "recip" not in s.flags:
        return False
    subject = s.child("nsubj")
    return len(c.sources) >= 2 or (subject is not None and child(subject, "conj") is not None)


def verb_open(s: Site, c: Candidates) -> bool:
    """A verbal trigger whose target is still open."""
    return not s.noun and not c.targets


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
    act = s.reacted_act
    if not verb_open(s, c) or act is None:
        return c
    doers = list(s.ctx.roles_of(act).sources)
    if not doers and s.child("nsubj") is not None:
        # "condemned the attack on C by B": "by B" hung on the (active) reacting verb
        same = frozenset(i for i, g in s.ctx.triggers.items() if g.code[:2] == act.code[:2])
        doers = first(s.actors, hung_agents(s.tok, same))
    own = {a.ref.code for a in c.sources}  # (nor "in a statement carried by X media")
    doers = [a for a in doers if a.ref.code not in own and a.tok not in s.not_parties]
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


def _passive_thing(s: Site) -> Token | None:
    """ "Imports of Ugandan beef were banned by Kenya", "ties with X were severed": a passive
    subject that names no party is the thing acted on, read as the active's object would be."""
    subj = s.child("nsubjpass")
    if subj is None or s.child("auxpass") is None or s.theme or s.actors.resolve(subj):
        return None
    return subj if s.actors.is_thing(subj) else None


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


def _accused(actors: DocActors, tok: Token, sources: tuple[Arg, ...]) -> list[Arg]:
    own = {key(a) for a in sources}
    for _, p in pobjs(tok, _ACCUSED_PREPS):
        got = actors.resolve(p) or (agent_of(actors, p) if p.pos_ == "NOUN" else [])
        got = [a for a in got if key(a) not in own and not unknown(a)]
        if got:
            return got
    return []


@acts_on(noun=False, roots=("11",))
def complaint_topic(s: Site, c: Candidates) -> Candidates:
    """ "Complained to the UN over Israeli raids", "protested to X about Y's tests": a complaint
    (root 11) targets whom its topic accuses, not its audience."""
    if not verb_open(s, c) or s.root != "11":
        return c
    return c.with_targets(_accused(s.actors, s.tok, c.sources))


@acts_on(noun=False)
def prepositional_target(s: Site, c: Candidates) -> Candidates:
    """ "Sent troops to X", "sanctions against X", "talks with X"; also on the object ("welcomed
    a resumption of ties with X / between X and Y"); conflict talk names its target with
    "of/about/over" ("warned of X"), force posture with "near/off" ("drills near X"). Partners
    "with X's help" and border places are skipped."""
    if not verb_open(s, c):
        return c
    tok = s.tok
    obj = s.child("dobj")
    # "ties with X were severed by Y": the passive's thing, in front ("talks between A and B
    # were hosted by Z" names the hosted act's sides: ``hosts.hosted_act_parties``)
    passive = obj is None and (obj := _passive_thing(s)) is not None
    heads = [tok] + ([obj] if obj is not None else [])
    if obj is not None:
        heads += [p for _, p in pobjs(obj, ("of",))]
    if s.code == _MEDIATION:  # "acted as a mediator between X and Y": the role noun's phrase
        heads += [p for _, p in pobjs(tok, ("as",))]
    preps = target_preps(s.root)
    if s.root in FORCE_ROOTS:  # "fight for X": on X's side
        preps = tuple(p for p in preps if p not in BENEFICIARY_PREPS)
    for k, h in enumerate(heads):
        extra = ("between",) if k and not passive else ()
        found = [
            (w, q)
            for w, p in pobjs(h, knowledge_topic_preps(preps + extra, h))
            if not coactor(w, p) and not onlooker(w, p)
            for q in border_partner(p)
            if not border_place(q, tok)
        ]
        found += [("with", q) for q in topic_partners(h)]  # ("data on X's ships with Y")
        targets = first(s.actors, partners_first(found))
        if not targets and s.root == "16":  # "tariffs on vehicles made in China": the maker
            targets = first(s.actors, [q for _, p in found for q in _goods_origin(p)])
        if targets and all(unknown(a) for a in targets) and _instrument(found, targets):
            targets = []  # "arming its islands with missile units": the means, no party
        if symmetric(s, c) and (topic_only(found, targets) or venue_only(found, targets)):
            targets = []  # "signed memoranda on migrant workers", "traded barbs at the UN"
        if targets:
            return c.with_targets(targets)
    return c


_ORIGIN_VERBS = frozenset(
    {"make", "produce", "manufacture", "build", "grow", "develop", "import", "source", "originate"}
)


def _goods_origin(goods: Token) -> list[Token]:
    """Where goods come from: "vehicles made in China", "steel imported from India" (the
    state a tariff, ban or embargo on them is aimed at)."""
    return [
        q
        for v in goods.children
        if v.dep_ in ("acl", "relcl") and v.lemma_.lower() in _ORIGIN_VERBS
        for prep in v.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from")
        for q in prep.children
        if q.dep_ == "pobj"
    ]


def _instrument(found: list[tuple[str, Token]], targets: list[Arg]) -> bool:
    """The target came from a "with" phrase: "armed X with missile units"."""
    return any(w == "with" and p.i == targets[0].tok for w, p in found)


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


@acts_on(noun=False, roots=_CLAUSE_TARGET_ROOTS)
def clause_subject(s: Site, c: Candidates) -> Candidates:
    """ "Demanded that the US cancel", "warned that X must stop": appeals, demands, complaints,
    rejections and threats target whoever their clause asks to act."""
    if not verb_open(s, c) or s.root not in _CLAUSE_TARGET_ROOTS:
        return c
    for k in s.kids:
        if k.dep_ in ("ccomp", "xcomp"):
            subj = child(k, "nsubj", "nsubjpass")
            if subj is not None:
                got = s.actors.resolve(subj)
                if own_threat(s.root, c.sources, got) and k.i in s.ctx.triggers:
                    continue  # "warned it would stop issuing visas to X": its own act (lex22)
                return c.with_targets(got)
    return c


_SHARED_THINGS = frozenset({"intelligence", "information", "data"})


# Border nouns whose "with X" names the state on the other side (lex19)
_BORDERS = frozenset({"border", "borders", "crossing", "crossings", "frontier", "post", "posts"})


@acts_on(noun=False)
def controlled_object(s: Site, c: Candidates) -> Candidates:
    """ "Threatened to cut off power to X", "agreed to send troops to X": a control verb's
    target is the object or "to/against" phrase of its infinitive."""
    if not verb_open(s, c) or "ctl" not in s.flags:
        return c
    for k in [*s.kids, *_gerunds(s.tok)]:
        if k.dep_ in ("xcomp", "pcomp"):
            obj = child(k, "dobj")
            if obj is not None and obj.lemma_.lower() in _SHARED_THINGS:
                obj = None  # "agreed to share intelligence": what is shared, no agency
            preps = target_preps(s.root)  # "agreed to meet at the Kremlin": a venue
            cands = [p for _, p in pobjs(k, preps)]
            if obj is not None:
                cands = [obj] + cands + [p for _, p in pobjs(obj, preps)]
            # "to station police at the border crossings with X": the border's other side
            cands += [q for t in k.subtree if t.lower_ in _BORDERS for _, q in pobjs(t, ("with",))]
            cands += topic_partners(k) + topic_partners(child(k, "dobj"))  # (TP, parties33)
            topic = s.ctx.knowledge_topics  # ("data on X's ships": no party)
            cands = [t for t in cands if t.i not in topic]
            return c.with_targets(_named_first(s, cands))
    return c


def _gerunds(tok: Token) -> list[Token]:
    """ "(remained) committed to working with X": the gerund after "to" stands for the
    infinitive (lex12)."""
    heads = [tok, *(k for k in tok.children if k.dep_ == "acomp")]
    tos = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to"]
    return [g for p in tos for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]


def _named_first(s: Site, cands: list[Token]) -> list[Arg]:
    """The first candidate that names a placed actor; else the first that names any: in
    "promised to send troops to X" the unplaced troops give way to X."""
    got = first(s.actors, cands)
    if got and all(unknown(a) for a in got):
        for q in cands:
            named = s.actors.resolve(q)
            if named and not all(unknown(a) for a in named):
                return named
    return got


@acts_on(noun=False)
def main_act_victims(s: Site, c: Candidates) -> Candidates:
    """ "Launched rocket fire against X camps, killing 50": casualties of a main act are its
    target's, the aim of the governing clause or of its objects."""
    clause = s.tok.head if s.tok.dep_ == "conj" else s.tok  # "killing or wounding 50"
    if not verb_open(s, c) or clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return c
    if clause.i < clause.head.i:
        return c
    own = {key(a) for a in c.sources}
    head = clause.head
    heads = [head]
    for k in head.children:
        if k.dep_ == "dobj":
            heads += [k, *k.conjuncts]
    for h in heads:
        for _, p in pobjs(h, _AIM_PREPS):
            got = [a for a in s.actors.resolve(p) if key(a) not in own]
            if got:
                return c.with_targets(got)
    return c
