"""Children by dependency and prepositional objects, read off tokens alone.

``child`` and ``pobjs`` are the two reads every party stage makes; ``pobjs`` also finds the
object the parser stranded on a reduced clause ("granted asylum to five officers holed up in
X"), and ``coactor`` tells a partner of the doer ("with X's help") from the act's target.
Re-exported by ``_syntax``, where most stages import them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from spacy.strings import get_string_id

from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from spacy.tokens import Token


def conjuncts(tok: Token) -> tuple[Token, ...]:
    """``tok.conjuncts``, typed as it is: spaCy's stub says ``Tuple[Token]`` (exactly one), which
    code compiled by mypyc (scripts/compile_rules.py) checks at run time, and fails on two."""
    got: tuple[Token, ...] = cast("Any", tok).conjuncts
    return got


def to_infinitive(tok: Token) -> bool:
    """A verb with its own "to" marker ("to stop", "to close"): an infinitive, whatever it hangs
    on (the one test of the many rules that read "calls / plans / failed to V")."""
    return any(c.dep == _AUX and c.lower_ == "to" for c in tok.children)


# Labels by id, as ``Token.dep`` gives them: these helpers run some 40,000 times per 30,000
# words over every child of a token, and ``Token.dep_`` makes a new string of each child's
# label on each read (a label's id is a function of the label: read once, by name).
_LABEL_IDS: dict[tuple[str, ...], frozenset[int]] = {}


def label_ids(deps: tuple[str, ...]) -> frozenset[int]:
    """The ids (``Token.dep``) of the labels ``deps``."""
    got = _LABEL_IDS.get(deps)
    if got is None:
        got = _LABEL_IDS[deps] = frozenset(get_string_id(d) for d in deps)
    return got


_PREP_LABELS = label_ids(("prep", "agent", "dative"))
_POBJ = get_string_id("pobj")
_AUX = get_string_id("aux")


def child(tok: Token, *deps: str) -> Token | None:
    """The first child of ``tok`` with one of ``deps``."""
    want = label_ids(deps)
    for c in tok.children:
        if c.dep in want:
            return c
    return None


def pobjs(tok: Token, preps: tuple[str, ...] | frozenset[str]) -> list[tuple[str, Token]]:
    """(preposition, object) of each of ``tok``'s prepositional phrases headed by ``preps``."""
    if doc_forms(tok.doc).isdisjoint(preps):
        return []  # none of the prepositions in the parse: no walk over the token's children
    out = []
    for c in tok.children:
        if c.dep in _PREP_LABELS and c.lower_ in preps:
            objs = [p for p in c.children if p.dep == _POBJ]
            if not objs and c.dep_ in ("prep", "dative"):
                objs = stranded_object(c)
            out += [(c.lower_, p) for p in objs]
    return out


# "With X's help", "with the backing of X": a partner of the doer, never the act's target.
_COACTOR_NOUNS = frozenset(
    {"help", "support", "assistance", "backing", "aid", "cooperation", "blessing", "approval",
     "consent", "participation", "collaboration", "mediation"}
)  # fmt: skip


# "At X's request", "at the urging of X": the one who asked for the act, never its target (an
# invitation is left out: "arrived at the invitation of X" names the visit's host).
_ASKER_NOUNS = frozenset({"request", "behest", "urging", "insistence", "instigation", "demand"})
# Roots of statements, requests, approval, disapproval, refusals, threats and protests: their
# "at" names what they answer ("bristled at Y's request", "protested at the demand").
_AT_REACTIONS = frozenset({"01", "02", "05", "10", "11", "12", "13", "14"})


def stranded_object(prep: Token) -> list[Token]:
    """ "granted asylum to five officers holed up in X": the parser reads the object of "to" as
    the subject of a reduced clause after it; the noun right after the preposition is its object.
    """
    clauses = [v for v in prep.children if v.dep_ == "pcomp"] + [
        v for v in prep.head.children if v.dep_ in ("advcl", "ccomp", "relcl", "acl", "conj")
    ]
    for v in clauses:
        if v.i > prep.i and not role_clause(v):
            for s in v.children:
                if s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == prep.i + 1:
                    return [s]
    return []


# Verbs of a role taken in another's act: "with Qatar acting as mediator", "serving as host".
_ROLE_VERBS = frozenset({"act", "serve", "function", "play"})


def conjoined_subjects(
    verb: Token, climb: int = 3, deps: frozenset[str] = frozenset({"nsubj"})
) -> list[Token]:
    """``verb``'s subjects (children with a dep in ``deps``), or those of the verb it is
    conjoined to, at most ``climb`` steps up ("X met NAME and invited her", "cited the plight
    ... and called X to discuss": the first conjunct's subject does the later ones)."""
    for _ in range(climb):
        subj = [k for k in verb.children if k.dep_ in deps]
        if subj or verb.dep_ != "conj":
            return subj
        verb = verb.head
    return []


def role_clause(verb: Token) -> bool:
    """ "With Qatar acting as mediator": a clause giving someone a role ("as X") in the act;
    its subject is the role's holder, never the object of the preposition before it."""
    return verb.lemma_.lower() in _ROLE_VERBS and any(
        k.dep_ == "prep" and k.lower_ == "as" for k in verb.children
    )


def coactor(prep: str, pobj: Token) -> bool:
    """ "with Albania's help": the phrase names who acts alongside the doer."""
    return prep == "with" and pobj.lemma_.lower() in _COACTOR_NOUNS


def asked_for(prep: str, pobj: Token, root: str) -> bool:
    """ "arrested at Madrid's request", "expelled at the behest of Lima": the phrase names who
    asked for the act, never its target (parties56, fresh30's B); a reaction's "at" names what
    it answers ("protested at Y's demand"), so it is read as before."""
    return prep == "at" and root not in _AT_REACTIONS and pobj.lemma_.lower() in _ASKER_NOUNS
