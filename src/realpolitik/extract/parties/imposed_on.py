"""The state a measure was imposed on, named in the measure's own clause (issue 9, practice3):
"the EU has begun lifting the financial measures it imposed on Kosovo", "Washington eased the
sanctions it had placed on Syria", "Beijing extended the duties that it levies on Australian
wine".

An act on a measure (lifting, easing, scrapping, extending it) is aimed at the state the measure
was imposed on. The participle form ("the tariffs imposed on X") already reaches its "on" phrase
through the verb's phrase; a relative clause with its own subject ("the measures it imposed on
X") is a clause of its own, which the phrase walk rightly never enters for other acts' parties,
so the measure's target is read here: the "on" / "against" object of an imposing verb that
modifies the act's object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# Nouns of a measure one state imposes on another.
MEASURE_NOUNS = frozenset(
    {
        "sanction", "tariff", "measure", "restriction", "curb", "duty", "ban", "embargo",
        "levy", "penalty", "control", "limit", "freeze", "boycott", "blockade", "quota",
    }
)  # fmt: skip
# Verbs that put a measure on a state: "imposed / placed / levied / slapped ... on X".
IMPOSING_VERBS = frozenset(
    {"impose", "place", "put", "levy", "slap", "introduce", "apply", "enforce", "set", "adopt"}
)  # fmt: skip
_ON_PREPS = ("on", "against")
_MODIFYING = frozenset({"relcl", "acl"})
# Acts done to a measure by whoever holds it: easing or lifting it (08), keeping, extending or
# widening it (16; 17 for administrative restrictions, 172). A criticised measure is aimed at
# its imposer instead (GUIDE rule 6).
_MEASURE_ROOTS = frozenset({"08", "16", "17"})
_MEASURE_ARCS = 2  # the measure noun and its clause, between the act and its target


@acts_on(roots=_MEASURE_ROOTS)
def imposed_measure_target(s: Site, c: Candidates) -> Candidates:
    """ "lifted the sanctions it had imposed on Syria": Syria, for an act on a measure (or the
    measure noun itself as the trigger) whose own clause names whom it was imposed on (not the
    source's own state)."""
    if c.targets or s.root not in _MEASURE_ROOTS:
        return c
    obj = s.tok if s.noun else s.child("dobj", "nsubjpass")  # ("extended the sanctions it ...")
    obj = _contained_measure(obj) if obj is not None else None  # ("a package of sanctions")
    if obj is None or obj.lemma_.lower() not in MEASURE_NOUNS:
        return c
    own = {key(a) for a in c.sources}
    got = [a for a in _imposed_on(s, obj) if not unknown(a) and key(a) not in own]
    return c.with_targets(got, _MEASURE_ARCS) if got else c


@acts_on(noun=False, roots=_MEASURE_ROOTS)
def imposed_measure_source(s: Site, c: Candidates) -> Candidates:
    """ "The ban China had imposed on Australia's beef was lifted": an agentless passive act on a
    measure is its imposer's (only the imposer lifts, eases or extends it), named as the
    subject of the measure's own relative clause, never its target (parties28)."""
    if s.noun or c.sources or s.root not in _MEASURE_ROOTS:
        return c
    measure = s.child("nsubjpass")
    if measure is not None and _misread_imposer(s.tok, measure):
        return _imposer_and_imposed(s, c, measure)
    if measure is None or measure.lemma_.lower() not in MEASURE_NOUNS:
        return c
    for clause in measure.children:
        if clause.dep_ not in _MODIFYING or clause.lemma_.lower() not in IMPOSING_VERBS:
            continue
        subj = next((k for k in clause.children if k.dep_ == "nsubj"), None)
        if subj is None:  # "the ban Nigeria imposed on ..." misparsed: "Nigeria" apposed
            subj = next((k for k in measure.children if k.dep_ == "appos" and k.i < clause.i), None)
        got = [a for a in s.actors.resolve(subj) if not unknown(a)] if subj is not None else []
        if got:  # (the passive subject's phrase gave the imposer as the target: not so)
            mine = {key(a) for a in got}
            kept = [a for a in c.targets if key(a) not in mine]
            return c.with_sources(got, _MEASURE_ARCS).with_targets(kept)
    return c


def _misread_imposer(tok: Token, subj: Token) -> bool:
    """ "The sanctions Britain imposed on Belarus were eased", misparsed: the act a relative
    clause of the measure noun, the imposer its passive subject, "imposed" the imposer's
    participle."""
    return (
        tok.dep_ == "relcl"
        and tok.head.lemma_.lower() in MEASURE_NOUNS
        and subj.lemma_.lower() not in MEASURE_NOUNS
        and any(k.dep_ == "acl" and k.lemma_.lower() in IMPOSING_VERBS for k in subj.children)
    )


def _imposer_and_imposed(s: Site, c: Candidates, imposer: Token) -> Candidates:
    got = [a for a in s.actors.resolve(imposer) if not unknown(a)]
    if not got:
        return c
    mine = {key(a) for a in got}
    imposed = [a for a in _imposed_on(s, imposer) if not unknown(a) and key(a) not in mine]
    return c.with_sources(got, _MEASURE_ARCS).with_targets(imposed)


def _imposed_on(s: Site, measure: Token) -> list[Arg]:
    for clause in measure.children:
        if clause.dep_ not in _MODIFYING:
            continue
        if clause.lemma_.lower() in _AIMING_VERBS:  # ("sanctions, which target Iranian banks")
            got = _aimed_at(s, clause)
            if got:
                return got
        if clause.lemma_.lower() not in IMPOSING_VERBS:
            continue
        for obj in [p for _, p in pobjs(clause, _ON_PREPS)] + _particle_object(clause):
            got = s.actors.resolve(obj)
            if got:
                return got
    return []


# Verbs of a measure's own clause that name what it hits ("sanctions, which target Iranian
# banks", "a package that bans imports of Russian gas"; practice24's SR).
_AIMING_VERBS = frozenset(
    {"target", "hit", "ban", "bar", "list", "blacklist", "cover", "penalise", "penalize",
     "punish", "restrict"}
)  # fmt: skip
# Nouns that hold measures: "a package (round, raft) of sanctions".
_CONTAINERS = frozenset({"package", "round", "set", "raft", "batch", "wave", "tranche", "slate"})


def _contained_measure(obj: Token) -> Token:
    """The measure noun of "a package of sanctions" (its "of" object), else ``obj``."""
    if obj.lemma_.lower() not in _CONTAINERS:
        return obj
    held = [p for _, p in pobjs(obj, ("of",)) if p.lemma_.lower() in MEASURE_NOUNS]
    return held[0] if held else obj


def _aimed_at(s: Site, clause: Token) -> list[Arg]:
    """The state of what a measure's clause hits: its object ("Iranian banks") or the "of"
    object of a trade noun ("imports of Russian gas"), states only."""
    for obj in (k for k in clause.children if k.dep_ == "dobj"):
        for tok in [obj] + [p for _, p in pobjs(obj, ("of", "from"))]:
            got = [a for a in s.actors.resolve(tok) if a.ref.country and not unknown(a)]
            if got:
                return got
    return []


def _particle_object(clause: Token) -> list[Token]:
    """ "the curbs it had put on Budapest" parsed with "on" as the verb's particle: the state
    is the particle's object or the verb's."""
    prts = [c for c in clause.children if c.dep_ == "prt" and c.lower_ in _ON_PREPS]
    if not prts:
        return []
    held = [p for prt in prts for p in prt.children if p.dep_ == "pobj"]
    return held + [c for c in clause.children if c.dep_ == "dobj"]
