"""Parse repairs for who holds which role in an act, made in place before triggers are read:
the holder of a role clause ("with Qatar acting as mediator") and a visitor named by "visiting"
("met visiting Japanese Foreign Minister X"), and the place a visitor is welcomed to
("welcomed X's president to Y"), and the object of a verb read as the subject of its
infinitive ("summoned X's ambassador to protest")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._pos import NOMINAL
from realpolitik.extract._syntax import role_clause
from realpolitik.extract._tree import forget
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def visiting_object(part: Token) -> None:
    """ "Yoon met visiting Japanese Foreign Minister Kamikawa", "Putin received visiting Chinese
    Foreign Minister Wang Yi": the parser reads "visiting" as a verb of its own holding the
    object; it describes the object (the visitor). Repaired in place: the object is the first
    verb's, "visiting" its modifier."""
    if part.lemma_.lower() != "visit" or part.tag_ != "VBG" or part.i == part.sent.start:
        return
    verb = part.doc[part.i - 1]
    obj = next((c for c in part.children if c.dep_ == "dobj" and c.i > part.i), None)
    if obj is None or part.head.i != verb.i:
        return
    prep = verb.dep_ == "prep" and part.dep_ == "pcomp"  # "met with visiting X"
    if not prep and (verb.pos_ != "VERB" or part.dep_ not in ("advcl", "xcomp", "ccomp", "conj")):
        return
    if any(c.dep_ in ("dobj", "pobj") for c in verb.children) or any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in part.children
    ):
        return
    for c in list(part.children):
        if c.i != obj.i:
            relabel(c, head=verb)
    relabel(obj, head=verb)
    relabel(obj, "pobj" if prep else "dobj")
    relabel(part, "amod", obj)


def role_holder(verb: Token) -> None:
    """ "A and B held talks, with Qatar acting as host": the parser may read Qatar as the object
    of "with" and "acting" as an adverbial clause of "held" (so Qatar becomes a partner of the
    talks and the talks' doers the hosts). Repaired in place to the reading it also produces:
    "with" governs the role clause, whose subject is Qatar."""
    if verb.dep_ not in ("advcl", "conj") or not role_clause(verb) or verb.tag_ != "VBG":
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.dep_ != "pobj" or prev.head.lower_ != "with":
        return
    prep = prev.head
    if prep.head.i != verb.head.i or prep.i > verb.i:
        return
    relabel(verb, "pcomp", prep)
    relabel(prev, "nsubj", verb)


# Verbs whose "to" phrase is where the object is received ("welcomed X's president to Y").
_RECEIVING_VERBS = frozenset({"welcome"})
# Heads of an object that name a visitor: a person's name or a title.
_VISITOR_TITLES = frozenset(
    {"president", "minister", "leader", "premier", "chancellor", "king", "queen", "emir",
     "prince", "counterpart", "envoy", "delegation", "sultan", "monarch"}
)  # fmt: skip


def welcomed_to(prep: Token) -> None:
    """ "Canada welcomed Russia's prime minister to Ottawa", "welcomed el-Sisi to Seoul": the
    parser hangs "to <place>" on the visitor; it says where the welcoming verb receives them.
    Repaired in place: the phrase is the verb's."""
    if prep.lower_ != "to" or prep.dep_ != "prep":
        return
    obj = prep.head
    verb = obj.head
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING_VERBS:
        return
    if obj.pos_ != "PROPN" and obj.lemma_.lower() not in _VISITOR_TITLES:
        return
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "PROPN":
        return
    relabel(prep, head=verb)


# Verbs that take an object and an infinitive the object is to do ("summoned X's ambassador to
# protest", "urged X to withdraw"): never a clause with a subject of its own.
OBJECT_CONTROL = frozenset(
    {"summon", "invite", "urge", "ask", "press", "order", "tell", "encourage", "persuade",
     "pressure", "force", "call", "push"}
)  # fmt: skip
# Of those, verbs whose infinitive the parser hangs as a purpose clause (advcl) after the object
# ("pushed Germany to raise its spending"): the object's act, a complement (leftovers24). Only
# these: the others' advcl readings are handled where they are read (``_folding``).
_PURPOSE_READ = frozenset({"push"})


def object_infinitive(clause: Token) -> None:
    """ "The government has summoned Jordan's ambassador to protest": the parser may read the
    object and the infinitive as a clause with its own subject (ccomp); after a verb of this
    kind the noun is the verb's object and the infinitive its complement, as in the parse it
    gives without "has". Repaired in place."""
    verb = clause.head
    if clause.dep_ == "advcl" and verb.lemma_.lower() in _PURPOSE_READ:
        _object_purpose(verb, clause)
        return
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in OBJECT_CONTROL or verb.i > clause.i:
        return
    if not to_infinitive(clause):
        return
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if (
        subj is None
        or subj.pos_ not in ("NOUN", "PROPN")
        or any(
            c.dep_ in ("dobj", "mark") for c in (*verb.children, *clause.children) if c.i < clause.i
        )
    ):
        return
    relabel(subj, "dobj", verb)
    relabel(clause, "xcomp")


def _object_purpose(verb: Token, clause: Token) -> None:
    """ "France pushed Germany to raise its spending": an infinitive with no subject of its own
    right after the verb's object is the object's act (xcomp), not the pusher's purpose."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not obj.i < clause.i or child_dep(clause, "nsubj"):
        return
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == obj.right_edge.i + 1
               for c in clause.children):  # fmt: skip
        return
    relabel(clause, "xcomp")


def child_dep(tok: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in tok.children)


# Verbs a crowd does, with no object: "Thousands of students protested outside the embassy".
CROWD_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "gather", "riot", "picket"})


def crowd_participle(sent: Span) -> None:
    """ "Thousands of Greek students protested outside the Nigerian embassy in a dispute ...":
    the parser may read the whole sentence as a noun phrase whose verb is a participle (acl)
    of the crowd; a crowd verb there, with no object, agent or auxiliary of its own, is the
    sentence's verb and the crowd its subject. Repaired in place."""
    root = sent.root
    if root.pos not in NOMINAL or root.left_edge.i != sent.start:
        return
    verb = next((c for c in root.children if c.dep_ == "acl" and c.i > root.i), None)
    if verb is None or verb.lemma_.lower() not in CROWD_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return
    if any(c.dep_ in ("dobj", "agent", "aux", "auxpass", "nsubj") for c in verb.children):
        return
    verb.tag_ = "VBD"
    forget(sent.doc)  # (a tag changed)
    relabel(verb, "ROOT", verb)
    relabel(root, "nsubj", verb)
    for c in list(root.children):  # what closes the sentence belongs to the clause
        if c.dep_ == "punct" and c.i > verb.i:
            relabel(c, head=verb)


_NOUNS = frozenset({"NOUN", "PROPN"})
_CLAUSE_KIDS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj"})


def agent_conjunct(sent: Span) -> None:
    """ "The deal was signed by Kenya's commissioner, who arrived on Monday, and Tanzania's
    transport minister": after a relative clause the parser hangs the second agent on the
    passive verb as a conjunct of it, so only the first signs. A noun (no clause of its own)
    conjoined to a passive verb after its "by" agent is the agent's conjunct (names16, PB)."""
    for verb in sent:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if doer is None:
            continue
        for c in list(verb.children):
            if c.dep_ != "conj" or c.pos_ not in _NOUNS or c.i < doer.i:
                continue
            if any(k.dep_ in _CLAUSE_KIDS for k in c.children):
                continue
            for k in list(verb.children):
                if k.dep_ == "cc" and doer.i < k.i < c.i:
                    relabel(k, head=doer)
            relabel(c, head=doer)
