"""Parse repair of a sentence-opening "STATE VERBed NOUN as / after / when Y VERBed ..."
read with no verb of its own (leftovers30): in "Pakistan scrambled jets as Nigeria launched
missiles at Italy" the parser may take "scrambled" for an adjective of "jets", make "jets"
the subject of "launched" and hang "as Nigeria" on the noun, so the opening state's act is
lost and Nigeria's strike comes out as Pakistan's. The opening verb becomes the root, the
state its subject and the noun its object; the later verb becomes its adverbial clause with
the conjunction and its own subject (GUIDE 7's note: the scramble answers the clause's act,
which is its scene). Called by :func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._dependents import label_ids
from realpolitik.extract._tree import forget, labelled, sentence_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Conjunctions of a time or reason clause that sets the opening act's scene.
_SCENE_MARKS = frozenset({"as", "after", "when", "while", "before", "once", "since", "because"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_ADVCL = label_ids(("advcl",))


def scene_clause_verb(sent: Span) -> None:
    """Repair "STATE VERBed NOUN MARK Y VERBed ..." where the first verb was read as the
    noun's adjective and the noun as the later verb's subject (see the module doc)."""
    lowers = sentence_lowers(sent)
    if _SCENE_MARKS.isdisjoint(lowers):
        return
    doc, start = sent.doc, sent.start
    k = 1 if lowers and lowers[0] == "the" else 0
    if k >= len(lowers) or doc[start + k].tag_ not in _NAME_TAGS:
        return
    while k < len(lowers) and doc[start + k].tag_ in _NAME_TAGS:
        k += 1
    if k >= len(lowers):
        return
    verb = doc[start + k]
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or not verb.lower_.endswith("ed"):
        return
    noun = verb.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "scrambled fighter jets": the adjective hung on "fighter"
    main = _scene_verb(noun)
    if noun.i <= verb.i or main is None:
        return
    mark = next((doc[j] for j in range(noun.i + 1, main.i) if doc[j].lower_ in _SCENE_MARKS), None)
    if mark is None or mark.head.i not in (noun.i, main.i):
        return
    subj = _mark_subject(mark, main)
    name = _name_head(sent, start, verb.i)
    if subj is None or name is None:
        return
    heads, deps = tree_of(sent)
    for t in sent:  # (the noun as the root: its other dependants go to the verb)
        if heads[t.i] == noun.i and deps[noun.i] == "ROOT" and t.i > noun.i:
            heads[t.i] = verb.i
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[name.i], deps[name.i] = verb.i, "nsubj"
    heads[noun.i], deps[noun.i] = verb.i, "dobj"
    heads[mark.i], deps[mark.i] = main.i, "mark"
    heads[subj.i], deps[subj.i] = main.i, "nsubj"
    heads[main.i], deps[main.i] = verb.i, "advcl"
    last = doc[sent.end - 1]
    if last.is_punct and heads[last.i] in (main.i, noun.i):
        heads[last.i] = verb.i
    _write_tree(sent, heads, deps)
    verb.tag_, verb.pos_ = "VBD", "VERB"
    forget(doc)  # (a tag changed)


def _scene_verb(noun: Token) -> Token | None:
    """The later verb: the one the noun is the subject of ("jets ... launched"), or the noun's
    own adverbial clause where the noun was made the root ("jets after Japan launched")."""
    main: Token | None = None
    if noun.dep_ == "nsubj":
        main = noun.head
    elif noun.dep_ == "ROOT":
        main = next((c for c in noun.children if c.dep_ == "advcl" and c.i > noun.i), None)
    if main is None:
        return None
    return main if main.pos_ == "VERB" and main.i > noun.i else None


def _mark_subject(mark: Token, main: Token) -> Token | None:
    """The later clause's subject: the conjunction's object ("as Nigeria", read as a
    preposition) or the verb's own subject after the conjunction."""
    for c in mark.children:
        if c.dep_ == "pobj" and c.i < main.i:
            return c
    return next((c for c in main.children if c.dep_ == "nsubj" and mark.i < c.i < main.i), None)


def _name_head(sent: Span, start: int, end: int) -> Token | None:
    """The head of the opening name (tokens ``start`` to ``end``): the one hung outside it."""
    heads = [t for t in sent.doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return heads[0] if len(heads) == 1 and heads[0].tag_ in _NAME_TAGS else None


def scene_clause_subject(sent: Span) -> None:
    """ "The United States scrambled its jets as Armenia launched missiles at Hungary": the
    parser may read the name right after the conjunction as an adverbial noun of the clause's
    verb, which then has no subject and lends the main clause's doer to its act. A name
    between a scene conjunction and the verb of an adverbial clause with no subject is the
    clause's subject."""
    lowers = sentence_lowers(sent)
    if _SCENE_MARKS.isdisjoint(lowers):
        return
    doc = sent.doc
    for verb in [doc[i] for i in labelled(sent, _ADVCL)]:  # (no Token per word)
        if verb.pos_ != "VERB":
            continue
        kids = list(verb.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids):
            continue
        mark = next((c for c in kids if c.dep_ == "mark" and c.lower_ in _SCENE_MARKS), None)
        name = next(
            (c for c in kids if c.dep_ in ("npadvmod", "nmod") and c.tag_ in _NAME_TAGS), None
        )
        if mark is None or name is None or not mark.i < name.i < verb.i:
            continue
        if any(
            not (t.tag_ in _NAME_TAGS or t.lower_ == "the") for t in sent.doc[mark.i + 1 : verb.i]
        ):
            continue
        heads, deps = tree_of(sent)
        deps[name.i] = "nsubj"
        _write_tree(sent, heads, deps)
        return
