"""A condition opened by an inverted auxiliary after its main clause (parties39, issue 9).

"The consequences would be grave should Britain fire missiles at Armenia", "markets would
tumble were Alexander Lukashenko to impose sanctions on Afghanistan": the parser reads the
trailing condition as a noun phrase ("Britain fire missiles", an attribute of "be") or makes
"were" the sentence's root, so the act loses its doer or its verb. As for a condition that
opens the sentence (``_clause_shape_repairs.inverted_condition``), the condition is parsed alone
in declarative order ("Britain should fire missiles at Armenia"), each subject length tried
until the auxiliary sits on a verb whose subject is exactly the words before it, and the main
clause alone; the two readings replace the sentence's, the condition an adverbial clause of
the main verb (the auxiliary stays on its verb: the act stays hypothetical,
``_inverted_conditions``). Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_bounds import INVERTING
from realpolitik.extract._factuality_words import MODALS
from realpolitik.extract._inverted_conditions import modal_main
from realpolitik.extract._tree import doc_forms, forget, tokens_with_form
from realpolitik.extract._tree_rewrites import _write_tree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words the main clause never ends in before an inverted auxiliary ("if / that / which had",
# "and were"): the auxiliary is then an ordinary one of a clause of its own.
_NOT_MAIN_END = frozenset({"PRON", "CCONJ", "SCONJ", "ADP", "DET", "AUX", "PART"})
_WH_TAGS = frozenset({"WRB", "WDT", "WP", "WP$"})
_SUBJECT_WORDS = 6  # the longest inverted subject tried
_SHORTEST_MAIN = 3  # words of a main clause with a modal ("X would fall")


def trailing_condition(sent: Span) -> None:
    """Reparse a trailing inverted condition and its main clause (module doc); nothing where
    the sentence has none or a reading does not line up with the sentence's words."""
    doc = sent.doc
    aux = _trailing_aux(sent)
    if aux is None:
        return
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    main_words = list(doc[sent.start : aux.i])
    cond = list(doc[aux.i + 1 : end])
    if len(cond) < 2:
        return
    orders = [[*cond[:k], aux, *cond[k:]] for k in range(1, min(_SUBJECT_WORDS, len(cond) - 1) + 1)]
    from realpolitik.extract._nlp import load_nlp  # (_nlp runs this repair: imported late)

    texts = [" ".join(t.text for t in main_words)]
    texts += [" ".join(t.lower_ if t.i == aux.i else t.text for t in o) for o in orders]
    parsed = list(load_nlp().pipe(texts, batch_size=len(texts)))
    main, alones = parsed[0], parsed[1:]
    if len(main) != len(main_words) or not _modal_main(main):
        return
    reading = _reading(orders, alones)
    if reading is None:
        return
    order, alone, verb = reading
    root = main_words[main[:].root.i]
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for new, old in zip(main, main_words, strict=True):
        heads[old.i] = main_words[new.head.i].i
        deps[old.i] = "ROOT" if new.head.i == new.i else new.dep_
    for new, old in zip(alone, order, strict=True):
        if new.i == verb.i:
            heads[old.i], deps[old.i] = root.i, "advcl"
        else:
            heads[old.i], deps[old.i] = order[new.head.i].i, new.dep_
    for t in doc[end : sent.end]:
        heads[t.i], deps[t.i] = root.i, "punct"
    _copy_tags(main, main_words)
    _copy_tags(alone, order)
    _write_tree(sent, heads, deps)
    forget(doc)  # (the words read of the parse hold the old lemmas)


def _trailing_aux(sent: Span) -> Token | None:
    """The inverted auxiliary after a main clause with a modal: "should / were / had" after a
    word that ends a clause, before a name or a determiner ("should Britain", "were the")."""
    doc = sent.doc
    if doc_forms(doc).isdisjoint(INVERTING):
        return None  # (most documents: no inverting word, read from a cached set)
    lo, hi = sent.start + _SHORTEST_MAIN, sent.end - 2
    for tok in tokens_with_form(sent, INVERTING):  # (the inverting words alone: no walk)
        if not lo <= tok.i < hi:
            continue
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if prev.pos_ in _NOT_MAIN_END or prev.tag_ in _WH_TAGS or prev.is_punct:
            continue
        if not (nxt.is_title or nxt.lower_ == "the"):
            continue
        if modal_main(doc[sent.start : tok.i], tok):
            return tok
    return None


def _modal_main(main: Doc) -> bool:
    """The main clause parses alone as a clause whose verb has a modal and a subject."""
    root = main[:].root
    kids = {c.dep_ for c in root.children}
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in root.children)
    return modal and bool(kids & {"nsubj", "nsubjpass"})


def _reading(orders: list[list[Token]], alones: list[Doc]) -> tuple[list[Token], Doc, Token] | None:
    """The first declarative reading whose auxiliary sits on a verb with exactly the words
    before it as its one subject (the leading repair's test)."""
    for k, (order, alone) in enumerate(zip(orders, alones, strict=True), start=1):
        if len(alone) != len(order):
            return None
        verb = alone[k].head
        if alone[k].dep_ == "ROOT" and not _were_to(alone[k]):
            continue  # ("Ma should Ying-jeou blockade ...": the auxiliary read as the verb)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (
            alone[k].dep_ in ("aux", "ROOT")
            and verb.dep_ == "ROOT"
            and verb.pos_ in ("VERB", "AUX")
            and len(subjects) == 1
            and (subjects[0].left_edge.i, subjects[0].right_edge.i) == (0, k - 1)
        ):
            return order, alone, verb
    return None


def _were_to(aux: Token) -> bool:
    """ "Germany were to cut gas": "were" is the verb of its clause, its infinitive the act."""
    return aux.lower_ == "were" and any(c.dep_ == "xcomp" for c in aux.children)


def _copy_tags(new: Doc, old: list[Token]) -> None:
    for n, o in zip(new, old, strict=True):
        o.tag_, o.pos_, o.lemma_ = n.tag_, n.pos_, n.lemma_
