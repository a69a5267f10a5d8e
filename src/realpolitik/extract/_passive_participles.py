"""A parse repair for an agentless participle read as the main verb (issue 9, names20:
fresh10's AP).

"A Ghanaian trader detained at the border in May was freed last week": the parser may read
"detained" as the sentence's verb, with the trader its subject, and "was freed" as a second
verb conjoined to it with no subject of its own; the trader's demonym then reads as the
detainer. A past form with no object whose only conjunct is a passive verb ("was freed") that
follows with no "and" before it is the trader's modifier, and the passive verb is the
sentence's verb with the trader its passive subject. The same holds where a trailing reporter
is the root ("..., their lawyers said"), for counted people ("two Kenyan activists") and for
"held incommunicado / hostage", whose word the parser takes for an object (practice5's RP).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PAST = frozenset({"VBD", "VBN"})
_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def participle_read_as_verb(sent: Span) -> None:
    """Re-hang "NOUN V-ed ... was V-ed" as "NOUN [V-ed ...] was V-ed" (see the module).
    Precondition: a root in the past tense or a participle (both readings need one), or a
    reporting root whose fronted complement is one ("..., their lawyers said")."""
    root = sent.root
    if root.tag_ not in _PAST:
        return
    if _clausal_subject(sent, root):
        return
    verb = _reported_participle(root) or root
    if verb.tag_ not in _PAST or verb.pos_ != "VERB":
        return
    kids = list(verb.children)
    subj = next((k for k in kids if k.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in _NOUN_POS or subj.i > verb.i:
        return
    second = _passive_conjunct(verb, kids)
    if second is None:
        return
    objects = [
        k for k in kids if k.dep_ in _OBJECTS and k.lower_ not in _HELD_STATES and k != second
    ]
    if objects or any(k.dep_ in ("cc", "aux", "auxpass", "neg") for k in kids):
        return  # (an object, "and", or an auxiliary of its own: a verb indeed)
    if not _determined(subj, ("det", "nummod")):
        return  # ("a trader", "two fishermen": a noun phrase, not a named doer)
    heads, deps = tree_of(sent)
    if verb is root:
        heads[second.i], deps[second.i] = second.i, "ROOT"
    else:  # (the reporter keeps its complement: now the passive verb)
        heads[second.i], deps[second.i] = root.i, deps[verb.i]
    heads[verb.i], deps[verb.i] = subj.i, "acl"
    heads[subj.i], deps[subj.i] = second.i, "nsubjpass"
    for k in kids:
        if k.dep_ == "punct" and k.i > second.i:
            heads[k.i] = second.i
        elif k.dep_ == "dobj" and k.lower_ in _HELD_STATES:
            deps[k.i] = "oprd"  # ("held incommunicado": how they were held, no object)
    _write_tree(sent, heads, deps)


# Words the parser reads as the object of "held" that say how people were held ("held
# incommunicado / hostage / captive"): no object of their own (practice5's RP).
_HELD_STATES = frozenset({"incommunicado", "hostage", "captive", "prisoner"})
# Verbs of reporting whose fronted complement may hold the participle ("..., lawyers said").
_REPORTING = frozenset({"say", "tell", "report", "confirm", "announce", "state"})


def _determined(subj: Token, deps: tuple[str, ...]) -> bool:
    """A determiner or count in the subject's phrase before it: on the noun itself ("two
    lorry drivers") or on a modifier the parser hung it from ("Two Azerbaijani lorry drivers":
    "Two" the count of the demonym read as a name compounded to "lorry", seeds38)."""
    return any(d.dep_ in deps for d in subj.subtree if d.i < subj.i)


def _reported_participle(root: Token) -> Token | None:
    """The complement before a reporting root ("Two activists held in X were freed, their
    lawyers said": "held" read as the complement's verb), else None."""
    if root.lemma_.lower() not in _REPORTING:
        return None
    return next((k for k in root.children if k.dep_ == "ccomp" and k.i < root.i), None)


def _clausal_subject(sent: Span, root: Token) -> bool:
    """The same participle read as a clausal passive subject or a fronted complement ("[a
    trader detained at the border] was freed": "detained" the root's csubjpass or ccomp, the
    trader its nsubj, the root with no subject of its own): "detained" is
    the trader's modifier and the trader the root's passive subject. True if it re-hung."""
    if root.tag_ != "VBN" or not any(k.dep_ == "auxpass" for k in root.children):
        return False
    if any(k.dep_ in _SUBJECTS for k in root.children if k.dep_ != "csubjpass"):
        return False
    part = next((k for k in root.children if k.dep_ in _FRONTED and k.i < root.i), None)
    if part is None or part.tag_ not in _PAST:
        return False
    kids = list(part.children)
    subj = next((k for k in kids if k.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in _NOUN_POS or subj.i > part.i:
        return False
    if any(k.dep_ in ("mark", "cc", "aux", "auxpass", "neg") for k in kids):
        return False
    if any(k.dep_ in _OBJECTS and k.lower_ not in _HELD_STATES for k in kids):
        return False
    if not _determined(subj, ("det", "nummod")):
        return False
    heads, deps = tree_of(sent)
    heads[part.i], deps[part.i] = subj.i, "acl"
    heads[subj.i], deps[subj.i] = root.i, "nsubjpass"
    _write_tree(sent, heads, deps)
    return True


def _passive_conjunct(root: Token, kids: list[Token]) -> Token | None:
    """The one conjunct of ``root``: a passive verb with no subject of its own. Also where the
    parser hangs it as the participle's complement or clause, or as a relative clause of the
    "held incommunicado / captive" word ("held incommunicado in X were released", practice5's
    RP); not a clause with a mark of its own ("after they were ...")."""
    conj = [k for k in kids if k.dep_ == "conj"]
    if not conj:
        conj = [k for k in kids if k.dep_ in _CLAUSE_DEPS] + [
            c for k in kids if k.lower_ in _HELD_STATES for c in k.children if c.dep_ == "relcl"
        ]
    if len(conj) != 1:
        return None
    second = conj[0]
    if second.tag_ != "VBN" or second.i < root.i:
        return None
    others = list(second.children)
    if not any(k.dep_ == "auxpass" for k in others) or any(k.dep_ in _SUBJECTS for k in others):
        return None
    if second.dep_ != "conj" and any(k.dep_ == "mark" for k in others):
        return None
    return second


# How the parser may hang the participle before a passive root with no subject of its own:
# a clausal subject, or a fronted complement ("[drivers held captive by X] were freed", seeds38).
_FRONTED = frozenset({"csubjpass", "ccomp"})
# How the parser may hang the passive verb under the participle it misreads as the main verb
# (parataxis: "... held incommunicado in X were freed, relatives said", seeds38).
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "dep", "parataxis"})


_PLACE_PARTICLES = frozenset({"off"})


def particle_place(sent: Span) -> None:
    """ "the release of the Argentine crew seized off Chiloe" (fact28, fresh16's OR): in a
    reduced relative the parser may read "off" as a particle and the place as the
    participle's object, so the people's demonym reads as the seizer and the place's state as
    the seized. A participle that modifies a noun has no object of its own there: "off PLACE"
    is where it happened, a prepositional phrase (as "seized off the coast" is parsed)."""
    if _PLACE_PARTICLES.isdisjoint(sentence_words(sent)):
        return  # (most sentences: no walk)
    for tok in sent:
        if tok.dep_ != "acl" or tok.tag_ not in _PAST or tok.i < 1:
            continue
        prt = next((c for c in tok.children if c.dep_ == "prt"), None)
        if prt is None or prt.lower_ not in _PLACE_PARTICLES:
            continue
        place = next((c for c in tok.children if c.dep_ == "dobj" and c.i > prt.i), None)
        if place is None or place.pos_ != "PROPN":
            continue
        heads, deps = tree_of(sent)
        deps[prt.i] = "prep"
        heads[place.i], deps[place.i] = prt.i, "pobj"
        _write_tree(sent, heads, deps)
        tok.tag_ = "VBN"
        forget(sent.doc)  # (a tag changed)


__all__ = ["particle_place", "participle_read_as_verb"]
