"""Parse repairs that give a sentence back its main verb and that verb's subject or object.

A past-tense verb read as a modifier of the noun after it ("pressed lawmakers to approve aid"),
an opening name hung on the verb as an adverb ("Turkey ordered tank units"), and a participle
read as the verb before the object it describes ("released detained Argentine sailors").
Called by :func:`realpolitik.extract._nlp.repair_parse`; re-exported by ``_clause_repairs``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._pos import VERB
from realpolitik.extract._tree import forget, tag_hashes, tagged
from realpolitik.extract._tree_rewrites import _as_verb, _write_tree, relabel, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_PAST = frozenset({"VBD", "VBN"})  # (the tagger may read the past tense as a participle)
# How the parser may hang a past-tense verb it reads as a noun's modifier.
_MODIFIER = frozenset({"amod", "compound"})
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nummod"})


def finite_modifier(sent: Span) -> None:
    """ "The Afghan prime minister pressed lawmakers to approve aid", "the Ethiopian foreign
    ministry extradited suspects to Israel": the parser may read a past-tense verb as a
    modifier of the noun after it ("pressed lawmakers", "extradited suspects"), leaving the
    sentence's subject a subject of something else or a fragment. A word tagged as a
    past-tense verb but read as a modifier, between a subject and its noun, is the sentence's
    verb: the noun its object and an infinitive after it its complement."""
    past = tagged(sent, tag_hashes(*_PAST))
    if not past:
        return
    root = sent.root
    for verb in map(sent.doc.__getitem__, past):
        if verb.dep_ not in _MODIFIER or not _noun_after(verb):
            continue
        obj = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:  # "Azerbaijan ordered tank units to ...": the name read as an adverb
            subj = next((c for c in verb.children if _name_before(c, verb)), None)
        elif verb.tag_ != "VBD" and not _opening_name(subj, verb):
            continue  # (a participle with a subject of its own is the subject's)
        if subj is None and obj.dep_ == "appos" and obj.head.i < verb.i:
            subj = obj.head
        clause = next((t for t in sent[obj.i + 1 - sent.start :] if _infinitive(t)), None)
        mark = _that_clause(obj)  # "alleged that Armenia massed troops near X": the clause
        # read as a noun phrase, the noun its head
        if subj is None or (
            root.i not in {subj.i, obj.i, clause.i if clause else obj.i} and mark is None
        ):
            continue
        heads, deps = tree_of(sent)
        if mark is not None and root.i not in {subj.i, obj.i}:
            heads[verb.i], deps[verb.i] = obj.head.i, obj.dep_
            heads[mark.i] = verb.i
            heads[subj.i], deps[subj.i] = verb.i, "nsubj"
            heads[obj.i], deps[obj.i] = verb.i, "dobj"
            _write_tree(sent, heads, deps)
            verb.tag_ = "VBD"
            forget(sent.doc)  # (a tag changed)
            return
        for i, h in heads.items():
            if h == root.i and i not in (subj.i, obj.i) and sent.doc[i].is_punct:
                heads[i] = verb.i
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[subj.i], deps[subj.i] = verb.i, "nsubj"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
        if clause is not None:
            heads[clause.i], deps[clause.i] = verb.i, "xcomp"
        if obj.i == root.i:  # "ordered tank units to the border": the clause's phrases
            for c in obj.rights:
                if c.dep_ == "prep":
                    heads[c.i] = verb.i
        _write_tree(sent, heads, deps)
        return


def _that_clause(noun: Token) -> Token | None:
    """The "that" of a complement clause the parser headed by a noun, or None."""
    if noun.dep_ != "ccomp":
        return None
    return next((c for c in noun.children if c.dep_ == "mark" and c.lower_ == "that"), None)


def _noun_after(verb: Token) -> bool:
    """The verb's head is the noun right after it, or after the noun's own modifiers ("ordered
    tank units": "tank" a compound of "units"; lex13)."""
    noun = verb.head
    if noun.i <= verb.i:
        return False
    between = verb.doc[verb.i + 1 : noun.i]
    return all(t.head.i == noun.i and t.dep_ in _NOUN_MODIFIERS for t in between)


def _opening_name(subj: Token, verb: Token) -> bool:
    """The sentence opens with a proper name right before the verb ("Greece ordered tank
    units ...", the verb tagged a participle): a state's name, no noun the participle
    describes (names16)."""
    return subj.pos_ == "PROPN" and subj.i == verb.i - 1 and subj.left_edge.i == subj.sent.start


def name_as_adverb(sent: Span) -> None:
    """ "Turkey ordered tank units to the border", "The Philippines ordered ...": the parser
    may hang the opening name on the main verb as an adverb ("npadvmod"), and its article as
    the object, so the verb has no subject. A proper name right before a main verb that has
    none is its subject (names16, suite l13_tank_units)."""
    verb = sent.root
    if verb.pos != VERB or verb.i == sent.start:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return
    name = sent.doc[verb.i - 1]
    if name.dep_ != "npadvmod" or name.pos_ != "PROPN" or name.head.i != verb.i:
        return
    article = sent.doc[name.i - 1] if name.i > sent.start else None
    if article is not None and (article.lower_ != "the" or article.i != sent.start):
        return
    relabel(name, "nsubj")
    if article is not None:
        relabel(article, "det", name)


def _name_before(c: Token, verb: Token) -> bool:
    """A proper name right before the verb that the parser hung on it as an adverb."""
    return c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i == verb.i - 1


def _infinitive(t: Token) -> bool:
    return t.pos_ == "VERB" and to_infinitive(t)


def participle_adjective(sent: Span) -> None:
    """ "Seoul released detained Argentine sailors", "X returned captured soldiers": the parser
    may read the participle before the object as the verb (the release an auxiliary, or the
    capture a second act), so the sentence reports a detention. A participle right after a
    past-tense verb and right before that verb's object noun phrase, with no subject of its
    own, describes the noun: it becomes the noun's modifier and the noun the verb's object."""
    doc = sent.doc
    for i in tagged(sent, tag_hashes("VBD"), stop=2):
        verb, part = doc[i], doc[i + 1]
        if part.tag_ not in ("VBN", "VBD") or part.pos_ != "VERB":
            continue
        if verb.dep_ == "aux" and verb.head.i == part.i and verb.lemma_.lower() == "have":
            continue  # "and had sent two engineers": a perfect, not "had" + modified object
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in part.children):
            continue
        obj = next(
            (o for o in (*part.children, *verb.children)
             if o.dep_ == "dobj" and o.left_edge.i == part.i + 1),
            None,
        )  # fmt: skip
        if obj is None or any(c.dep_ == "dobj" and c.i != obj.i for c in verb.children):
            continue
        heads, deps = tree_of(sent)
        if heads[verb.i] == part.i:  # "released" read as the participle's auxiliary
            heads[verb.i], deps[verb.i] = (
                (verb.i, "ROOT") if part.head.i == part.i else (part.head.i, part.dep_)
            )
        for i, h in heads.items():
            if h == part.i and i not in (verb.i, obj.i):
                heads[i] = verb.i
        heads[part.i], deps[part.i] = obj.i, "amod"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
        _write_tree(sent, heads, deps)
        if verb.pos_ == "AUX":  # (its part of speech and lemma followed the auxiliary reading)
            _as_verb(verb)
        return
