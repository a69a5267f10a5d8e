"""Parties inside the object's own clause or phrase: the act an act is about.

"Somalia rejected an agreement under which Somaliland would lease a port to Ethiopia", "Japan
condemned the deal that lets China base jets in Cambodia", "Peru opposed a plan for Chile to sell
jets to Bolivia": the reaction's object is an arrangement whose parties are named only in the
object's relative, purpose or "under which" clause; they are its target (not the reacting side's
own state). "Vowed to repel an incursion by Y's forces", "troops fought to repel an incursion by
Y": force used against another force's act is aimed at that act's doer. The embedded act is an
argument of the outer act, not an event asserted by itself (issue 9, section 7): these stages
only fill the outer act's target; the clause's own trigger stays background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._mentions import Arg
from realpolitik.extract._readings import ACT_NOUNS
from realpolitik.extract._syntax import LIGHT_VERBS, pobjs
from realpolitik.extract.confidence import IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import FORCE_ROOTS, Candidates, Site, key
from realpolitik.extract.parties.context import PERMIT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Acts whose object may be an arrangement another party makes: praise (05), demands (10),
# disapproval (11), rejection (12), threats (13), protests (14; "protested against the deal"
# is coded a diplomatic protest later), sanctions and suspensions (16).
REACTION_ROOTS = frozenset({"05", "10", "11", "12", "13", "14", "16"})
# Nouns of arrangements and plans whose parties a clause of their own names.
ARRANGEMENT_NOUNS = ACT_NOUNS | frozenset(
    {"agreement", "deal", "accord", "pact", "treaty", "arrangement", "scheme", "proposal",
     "memorandum", "contract", "understanding", "protocol", "framework", "bill", "initiative",
     "project", "programme", "program"}
)  # fmt: skip
# Clause arcs that hang an arrangement's terms on its noun: "an agreement under which ...",
# "the deal that lets ...", "a plan for X to ...", "a deal to let X ...".
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
# Prepositions by which a reaction names its object ("protested against the deal ...").
OBJECT_PREPS = ("against", "over", "to", "on", "about")
# Prepositions by which an arrangement names a party of its own ("the deal with X that ...").
PARTY_PREPS = ("with", "between", "for")
# Force and coercion (15, 17-20) may be aimed at another force's act ("repel an incursion").
COUNTER_ROOTS = FORCE_ROOTS | frozenset({"15", "17"})


def _objects(s: Site) -> list[Token]:
    """The trigger's object nouns: its direct object and the objects of its reaction phrases."""
    objs = [k for k in s.kids if k.dep_ == "dobj"]
    return objs + [p for _, p in pobjs(s.tok, OBJECT_PREPS)]


def _named_in(s: Site, clause: Token, own: set[str]) -> list[Arg]:
    """Every named actor of ``clause``, in sentence order, other than the doer's own side, who
    reports the act or whom it is compared with; no groups, no unnamed actors."""
    out: list[Arg] = []
    seen: set[str] = set()
    avoid = s.not_parties
    for t in clause.subtree:
        m = s.actors.mention_of(t)
        if m is None or t.i in avoid or m.kind == "group" or m.ref.code.startswith("---"):
            continue
        a = Arg(m.ref, IN_PHRASE, t.i)
        if key(a) in own or m.ref.code in seen:
            continue
        seen.add(m.ref.code)
        out.append(a)
    return out


@acts_on(noun=False, roots=REACTION_ROOTS)
def object_clause_parties(s: Site, c: Candidates) -> Candidates:
    """ "Rejected an agreement under which Z would lease a port to Y", "condemned the deal that
    lets Y base jets in Z", "opposed a plan for Y to sell jets to Z": a reaction to an
    arrangement whose parties only its own clause names targets those parties (the reacting
    side's own state excepted)."""
    if s.noun or not c.sources or s.root not in REACTION_ROOTS:
        return c
    own = {key(a) for a in c.sources}
    for obj in _objects(s):
        if obj.lemma_.lower() not in ARRANGEMENT_NOUNS or s.actors.resolve(obj):
            continue
        # a target already found may only be the arrangement's own party ("the deal for Z
        # to ...", "the pact with Z under which ..."): its terms name the rest
        if c.targets and any(a.tok not in _party_phrases(obj) for a in c.targets):
            return c
        for clause in _terms(s, obj):
            if not _doer_named(s, clause):
                continue  # "the decision to send troops to Z": whose decision is not said
            got = [*c.targets, *(a for part in clause for a in _named_in(s, part, own))]
            if len(got) > len(c.targets):
                return c.with_targets(list({a.ref.code: a for a in got}.values()), 2)
    return c


def _doer_named(s: Site, clause: list[Token]) -> bool:
    """The terms name who would act: a named subject ("under which Z would lease", "for Z to
    train") or whom they let act ("that lets Z base jets"); a term that only names a recipient
    ("the decision to send troops to Z") leaves the doer to the object's own phrase."""
    *parties, terms = clause
    if any(p.dep_ == "pobj" and p.head.lower_ == "for" for p in parties):
        return any(s.actors.resolve(p) for p in parties)  # "a plan for Z to ...": Z acts
    for t in terms.subtree:
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in _NOT_A_DOER:
            return True  # "under which Z would lease", "the breakaway region would lease"
        if t.dep_ in ("dobj", "ccomp") and t.head.lemma_.lower() in PERMIT_VERBS:
            return True  # "that lets Z base jets" (or its clause, as the parser may read it)
    return False


# Subjects that are the arrangement itself or the reacting side, not a doer of its terms.
_NOT_A_DOER = frozenset({"that", "which", "who", "it", "this"})


def _party_phrases(obj: Token) -> set[int]:
    """Tokens of an arrangement's own party phrases ("with X", "between X and Y", "for X")."""
    return {t.i for _, p in pobjs(obj, PARTY_PREPS) for t in p.subtree}


def _terms(s: Site, obj: Token) -> list[list[Token]]:
    """The clauses that state an arrangement's terms: its relative or infinitive clauses, and
    "a plan for X to V", which the parser splits into "for X" on the noun and "to V" on the
    reacting verb."""
    own = [p for _, p in pobjs(obj, PARTY_PREPS)]  # "the deal with X under which ..."
    out = [[*own, k] for k in obj.children if k.dep_ in CLAUSE_DEPS and k.pos_ in ("VERB", "AUX")]
    for _, who in pobjs(obj, ("for",)):
        split = [
            k for k in s.kids
            if k.dep_ in ("advcl", "xcomp") and k.i > who.i
            and to_infinitive(k)
        ]  # fmt: skip
        if split:
            out.append([who, split[0]])
    return out


@acts_on(noun=False, roots=COUNTER_ROOTS)
def countered_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Repelled an incursion by Y's forces", "fought off an attack by Y": force aimed at
    another act of force is aimed at that act's doer (the act's own target, "into Z", is not
    the repelling's). A light verb's object is its own act ("launched an attack")."""
    if s.noun or c.targets or not c.sources or s.root not in COUNTER_ROOTS:
        return c
    if s.tok.lemma_.lower() in LIGHT_VERBS:
        return c
    own = {key(a) for a in c.sources}
    for obj in _objects(s):
        act = s.ctx.triggers.get(obj.i)
        if act is None or act is s.found or act.entry.pos != "N":
            continue
        if act.code[:2] not in COUNTER_ROOTS:
            continue  # (other acts a force verb takes are handled as reactions)
        doers = [a for a in s.ctx.roles_of(act).sources if key(a) not in own]
        doers = [a for a in doers if not a.ref.code.startswith("---")]
        if doers:
            return c.with_targets(doers, 1)
    return c


@acts_on(noun=False, roots=COUNTER_ROOTS)
def purpose_act_target(s: Site, c: Candidates) -> Candidates:
    """ "Troops were fighting to repel an incursion by Y", "shelled the border to halt Y's
    advance": force with no target of its own, done in order to carry out another act of
    force, is aimed where that act is."""
    if s.noun or c.targets or not c.sources or s.root not in COUNTER_ROOTS:
        return c
    own = {key(a) for a in c.sources}
    for k in s.kids:
        if k.dep_ not in ("advcl", "xcomp") or not to_infinitive(k):
            continue
        act = s.ctx.triggers.get(k.i)
        if act is None or act is s.found or act.code[:2] not in COUNTER_ROOTS:
            continue
        got = [a for a in s.ctx.roles_of(act).targets if key(a) not in own]
        if got:
            return c.with_targets(got, 1)
    return c
