"""Speed work of the fourth round that must not change behaviour: each helper that now skips a
walk (a word gate on the parse's forms, a column reader, heads read once) answers what the
walk it replaced answered, for every token of real parses."""

from __future__ import annotations

from typing import Any

from realpolitik.extract._syntax import TARGET_PREPS, pobjs, stranded_object
from realpolitik.extract._tree import doc_forms, tokens_starting_in, tokens_with_form
from realpolitik.extract._venues import _VENUE_PREPS, gathering_venue, venue_tokens
from realpolitik.extract.factuality import ADVICE, MODALS, _advice, _comma_clause, _no_subject
from realpolitik.extract.parties._carriers import _CARRIER_NOUNS, _MEASURE_NOUNS, carrier
from realpolitik.extract.salience import depth

_TEXTS = (
    "Russia attacked Ukraine on Monday, officials said, after talks with Poland in Warsaw.",
    "No country has recognised the vote, and Iran would do better to offer talks at the summit.",
    "A mediation effort between Egypt and Qatar sent part of the aid to Gaza by truck.",
    "France imposed sanctions on Iran.",
    "The ministers met at a hotel in Ankara; the deal was signed by Turkey.",
)


def _docs(nlp: Any) -> list[Any]:
    return [nlp(text) for text in _TEXTS]


def _walked_pobjs(tok: Any, preps: Any) -> list[tuple[str, Any]]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if not objs and c.dep_ in ("prep", "dative"):
                objs = stranded_object(c)
            out += [(c.lower_, p) for p in objs]
    return out


def test_doc_forms_are_every_lowercased_form(nlp: Any) -> None:
    for doc in _docs(nlp):
        assert doc_forms(doc) == {t.lower_ for t in doc}
        assert doc_forms(doc) is doc_forms(doc)  # read once per parse


def test_pobjs_answers_what_the_children_walk_answers(nlp: Any) -> None:
    found = 0
    for doc in _docs(nlp):
        for tok in doc:
            for preps in (TARGET_PREPS, ("by",), ("with",), ("between", "of"), ("per",)):
                got = pobjs(tok, preps)
                assert got == _walked_pobjs(tok, preps)
                found += len(got)
    assert found >= 5  # the gate lets real phrases through


def test_tokens_with_form_are_the_tokens_a_walk_finds(nlp: Any) -> None:
    for doc in _docs(nlp):
        for sent in doc.sents:
            assert tokens_with_form(sent, _VENUE_PREPS) == [
                t for t in sent if t.lower_ in _VENUE_PREPS
            ]


def test_venue_tokens_answers_what_the_sentence_walk_answers(nlp: Any) -> None:
    venues = 0
    for doc in _docs(nlp):
        for sent in doc.sents:
            walked: set[int] = set()
            for t in sent:
                if t.lower_ in _VENUE_PREPS and gathering_venue(t):
                    walked.update(x.i for x in t.subtree)
            assert venue_tokens(sent) == walked
            venues += len(walked)
    assert venues > 0


def test_factuality_gates_answer_what_the_walks_answer(nlp: Any) -> None:
    answers: dict[str, set[bool]] = {"advice": set(), "no": set()}
    for doc in _docs(nlp):
        for tok in doc:
            kids = list(tok.children)
            walked_advice = any(c.dep_ == "advmod" and c.lower_ in ADVICE for c in kids) and (
                any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids)
                if tok.lemma_.lower() == "do"
                else any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in kids)
            )
            assert _advice(tok) == walked_advice
            answers["advice"].add(walked_advice)
            walked_no = any(
                any(t.lower_ == "no" for t in doc[c.left_edge.i : c.i + 1])
                for c in kids
                if c.dep_ in ("nsubj", "nsubjpass")
            )
            assert _no_subject(tok) == walked_no
            answers["no"].add(walked_no)
            lo = tok.left_edge.i
            walked_comma = (
                tok.dep_ == "ccomp" and lo > 0 and "," in (doc[lo].text, doc[lo - 1].text)
            )
            assert _comma_clause(tok) == walked_comma
    assert answers == {"advice": {True, False}, "no": {True, False}}


def test_carrier_and_depth_answer_what_the_head_walks_answer(nlp: Any) -> None:
    moved = 0
    for doc in _docs(nlp):
        for tok in doc:
            want = tok
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in _CARRIER_NOUNS:
                want = tok.head
            else:
                for _ in range(2):
                    prep = want.head
                    if want.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
                        break
                    if prep.head.lemma_.lower() not in _MEASURE_NOUNS:
                        break
                    want = prep.head
            assert carrier(tok) == want
            moved += want.i != tok.i
            d, t = 0, tok
            while t.head.i != t.i and d < 20:
                t, d = t.head, d + 1
            assert depth(tok) == d
    assert moved >= 1


def test_tokens_starting_in_are_the_tokens_an_offset_walk_finds(nlp: Any) -> None:
    found = 0
    for doc in _docs(nlp):
        for sent in doc.sents:
            for lo, hi in ((0, 10), (sent.start_char + 3, sent.start_char + 25), (5, 6)):
                walked = [t for t in sent if lo <= t.idx < hi]
                assert tokens_starting_in(sent, lo, hi) == walked
                found += len(walked)
    assert found > 10


def _walked_reporters(trigger: Any) -> set[int]:
    from realpolitik.extract._attributions import _REPORT_ARCS, _subject_span, attribution_phrases
    from realpolitik.extract.factuality import REPORT_GOVERNORS

    out = set(attribution_phrases(trigger.sent))
    t = trigger
    for _ in range(10):
        for c in t.children:
            trailing = c.dep_ in ("parataxis", "conj", "advcl") and c.i > t.i
            if trailing and c.lemma_.lower() in REPORT_GOVERNORS:
                out.update(_subject_span(c))
        head = t.head
        if head.i == t.i:
            break
        if t.dep_ in _REPORT_ARCS and head.lemma_.lower() in REPORT_GOVERNORS:
            out.update(_subject_span(head))
        t = head
    return out


def test_reporters_answers_what_the_children_walk_answers(nlp: Any) -> None:
    from realpolitik.extract._syntax import attribution_phrases, reporters

    named = 0
    texts = _TEXTS + (
        "Israel struck Gaza, the army said, and Egypt condemned it, officials reported.",
        "Iran said that Iraq had attacked its border, according to state media.",
    )
    for text in texts:
        doc = nlp(text)
        for tok in doc:
            walked = _walked_reporters(tok)
            assert reporters(tok) == walked
            named += len(walked - attribution_phrases(tok.sent))  # speakers of a clause
    assert named > 0


def test_a_code_refine_cannot_change_skips_the_object_words() -> None:
    from realpolitik.extract._lexicon import lexicon
    from realpolitik.extract._triggers import _refinable, refine

    lex = lexicon()
    codes = {e.cameo for entries in lex.triggers.values() for e in entries if len(e.cameo) >= 3}
    every_word = {w for refs in lex.refine.values() for vocab, _ in refs for w in vocab}
    skipped = refinable = 0
    for code in codes:
        if _refinable(code, lex):
            refinable += 1
        else:  # no object word of any kind could change it
            assert refine(code, every_word, lex) == code
            skipped += 1
    assert skipped > 0 and refinable > 0
