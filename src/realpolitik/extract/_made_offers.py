"""A light verb's indirect object read as a small clause's subject (parties32): "Japan made
China an offer of talks", "made Peru a promise": the parser reads "China an offer" as a
verbless clause (the noun a ``ccomp`` of "made", the state its ``nsubj``), so the offer looked
owned by China and aimed at Japan. The state is the verb's indirect object (``dative``) and
the noun its direct object, as in "gave China a promise", where ``light_verb_subject`` takes
the subject as the doer and the dative as the target. Likewise "gave India assurances", "gave
Peru guarantees" with no article: the parser reads the state as the act noun's compound (its
owner), so the promise ran from India; before a promise or warning noun the name is the
verb's dative, as it is where the parser gives the verb two direct objects ("issued Italy a
warning on Friday"). Called by
:func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span

# Light verbs of a double object whose second object is an act noun ("made X an offer").
_DOUBLE_OBJECT = frozenset({"make", "give", "offer", "send", "issue", "extend"})
_NOUNS = frozenset({"NN", "NNS"})
_RECIPIENTS = frozenset({"PROPN", "NOUN", "PRON"})
# Act nouns a bare name before them is the recipient of, not the owner ("gave India assurances").
_PROMISE_NOUNS = frozenset(
    {"assurance", "guarantee", "warning", "promise", "pledge", "ultimatum", "commitment"}
)


def _compound_recipient(sent: Span) -> None:
    """ "gave India assurances": the bare name read as the noun's compound becomes the verb's
    ``dative``."""
    for verb in tokens_with_lemma(sent, _DOUBLE_OBJECT):
        if any(c.dep_ == "dative" for c in verb.children):
            continue
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.lemma_.lower() not in _PROMISE_NOUNS:
                continue
            start = verb.i + 1
            the = noun.doc[start].lower_ == "the" and start + 1 < noun.i  # ("the United States")
            name = noun.doc[start + 1] if the else noun.doc[start]
            last = name
            while last.i + 1 < noun.i and sent.doc[last.i + 1].tag_ in ("NNP", "NNPS"):
                last = sent.doc[last.i + 1]  # ("gave South Korea assurances")
            owner = last.head  # the noun, or a compound of it ("security guarantees")
            if (
                name.tag_ not in ("NNP", "NNPS")
                or last.dep_ not in ("compound", "nmod")  # ("Saudi Arabia firm assurances", l30)
                or noun.left_edge.i != start
                or not (owner.i == noun.i or (owner.dep_ == "compound" and owner.head.i == noun.i))
                or owner.i <= last.i
            ):
                continue
            heads, deps = tree_of(sent)
            for t in range(name.i, last.i):
                heads[t], deps[t] = last.i, "compound"
            if the:
                heads[start], deps[start] = last.i, "det"
            heads[last.i], deps[last.i] = verb.i, "dative"
            _write_tree(sent, heads, deps)
            return


def _two_objects(sent: Span) -> None:
    """ "issued Italy a warning on Friday": the parser may give the verb two direct objects;
    a name before the act noun is the verb's ``dative``."""
    for verb in tokens_with_lemma(sent, _DOUBLE_OBJECT):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objs) != 2 or objs[0].tag_ not in ("NNP", "NNPS"):
            continue
        if objs[1].lemma_.lower() not in _PROMISE_NOUNS | {"offer"}:
            continue
        heads, deps = tree_of(sent)
        deps[objs[0].i] = "dative"
        _write_tree(sent, heads, deps)
        return


def indirect_object_clause(sent: Span) -> None:
    """ "made China an offer": the small clause's subject becomes the verb's ``dative`` and
    its noun the verb's ``dobj`` (see the module's docstring); a verb with an object already,
    or a noun with a verb of its own, is left as it is."""
    if _DOUBLE_OBJECT.isdisjoint(sentence_words(sent)):
        return  # (most sentences: no token walked)
    if not _PROMISE_NOUNS.isdisjoint(sentence_words(sent)):
        _compound_recipient(sent)
        _two_objects(sent)
    for verb in tokens_with_lemma(sent, _DOUBLE_OBJECT):
        if verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("dobj", "dative") for c in verb.children
        ):
            continue
        for noun in verb.children:
            if noun.dep_ != "ccomp" or noun.tag_ not in _NOUNS or noun.i < verb.i:
                continue
            if any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in noun.children):
                continue  # (a clause of its own: "made clear (that) talks were over")
            subj = next((c for c in noun.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ not in _RECIPIENTS or not verb.i < subj.i < noun.i:
                continue
            heads, deps = tree_of(sent)
            heads[subj.i], deps[subj.i] = verb.i, "dative"
            deps[noun.i] = "dobj"
            _write_tree(sent, heads, deps)
            return
