"""Who reports an act, never a party to it: "according to X", "X's ministry said", "a statement said".

The attribution phrases of a sentence, a statement noun that only names who speaks, the
attribution nouns dropped from a reported act's triggers, and the tokens that name the reporter
of a trigger's act (``reporters``). Pure functions of tokens, re-exported by ``_syntax``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import child
from realpolitik.extract._tree import has_any, tokens_with_form, tokens_with_lemma
from realpolitik.extract.factuality import REPORT_GOVERNORS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from realpolitik.extract._found import Found


# Prepositions that name who reports an act: "according to X", "per X", "citing X".
ATTRIBUTION_PREPS = frozenset({"according", "per", "citing", "quoting"})
_REPORT_ARCS = frozenset({"ccomp", "parataxis"})


def attribution_phrases(sent: Span) -> frozenset[int]:
    """Tokens of a sentence's "according to X" / "citing X" phrases."""
    if not has_any(sent, ATTRIBUTION_PREPS):
        return frozenset()  # (most sentences: no walk over their tokens)
    out: set[int] = set()
    for t in tokens_with_form(sent, ATTRIBUTION_PREPS):
        if t.lower_ in ATTRIBUTION_PREPS and t.dep_ in ("prep", "advcl", "acl", "pcomp"):
            out.update(x.i for x in t.subtree)
    return frozenset(out)


# Nouns of a plain statement (CAMEO 010) that, as a speech verb's subject, only name a source.
_STATEMENT_NOUNS = frozenset({"statement", "comment", "remark", "communique"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})  # (a clause complement read as a noun phrase)
_SAID_PHRASE = frozenset({"ccomp", "dobj"})  # ("said Warsaw respected/JJ Athens' laws")


def attribution_noun(tok: Token) -> bool:
    """ "..., a ministry statement said", "a statement from X's foreign ministry said that ...":
    the noun is the subject of a speech verb and names who reports (GUIDE rule 3); "X issued
    a statement" keeps its reading."""
    return (
        tok.dep_ == "nsubj"
        and tok.lemma_.lower() in _STATEMENT_NOUNS
        and tok.head.lemma_.lower() in REPORT_GOVERNORS
    )


def reports_a_clause(verb: Token) -> bool:
    """ "a statement said Lome respected X's laws": the speech verb governs a finite clause with
    its own subject, so its subject noun only names who says it. A clause the parser read as a
    noun phrase, object or complement ("said Warsaw respected/JJ Athens' laws", the verb an
    adjective), is one too."""
    return any(
        (c.dep_ in _SAID_PHRASE and c.pos_ in _NOUN_POS)
        or (c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
        for c in verb.children
    )


def drop_attributions(found: list[Found]) -> list[Found]:
    """A sentence's triggers without the attribution nouns of a reported act's clause ("X
    summoned Y's ambassador, a ministry statement said": the summons, reported, and no
    statement act): the speech verb hangs on a trigger verb or governs it, or governs a clause
    with a subject of its own (what the statement says, a plain "said", GUIDE rule 2; lex22, AT).
    Otherwise the statement itself is what the sentence reports, and it stays (010)."""
    said = [f for f in found if f.entry.pos == "N" and attribution_noun(f.tok)]
    if not said:
        return found
    acts = {f.tok.i for f in found if f.entry.pos == "V"}
    spent = [
        f for f in said
        if f.tok.head.head.i in acts
        or any(c.i in acts for c in f.tok.head.children if c.dep_ in _REPORT_ARCS)
        or reports_a_clause(f.tok.head)  # "an embassy statement said Lome respected ..." (lex22)
    ]  # fmt: skip
    return [f for f in found if f not in spent] if spent else found


def reporters(
    trigger: Token, phrases: frozenset[int] | None = None, sent: Span | None = None
) -> set[int]:
    """Tokens that name who reports the trigger's act, never a party to it: "according to X's
    news agency", the subject of a speech verb over the trigger's clause ("X's intelligence
    agency said that ...") or after it ("..., X's defence ministry said"). ``phrases``: the
    sentence's :func:`attribution_phrases`, and ``sent`` the trigger's sentence, when already
    known (``trigger.sent`` reads the parse again)."""
    sent = trigger.sent if sent is None else sent
    out = set(attribution_phrases(sent) if phrases is None else phrases)
    if not has_any(sent, REPORT_GOVERNORS):
        return out  # no speech verb in the sentence: no walk up the trigger's heads
    # the speech verbs of the sentence and their heads, read once (no walk over each clause's
    # children: a trailing report is one of these hanging on the clause)
    governors = [(c, c.head.i) for c in tokens_with_lemma(sent, REPORT_GOVERNORS)]
    t = trigger
    joined: set[int] = set()  # speech verbs the walk reached from a verb conjoined to them
    for _ in range(10):
        for (
            c,
            head_i,
        ) in governors:  # "X attacked Y, officials said": the report hangs on the clause
            if head_i != t.i or c.i == t.i or c.i in joined:
                continue  # (not a child of the clause; or the speech verb the trigger is the
                # second predicate of, "X hit Y, but Z said it was angry and condemned W": Z
                # condemns, and reports nothing of X's act)
            trailing = c.dep_ in ("parataxis", "conj", "advcl") and c.i > t.i and c is not trigger
            if trailing:
                out.update(_subject_span(c))
        head = t.head
        if head.i == t.i:
            break
        if t.dep_ in _REPORT_ARCS and head.lemma_.lower() in REPORT_GOVERNORS:
            out.update(_subject_span(head, shared=True))
        if t.dep_ == "conj" and t.pos_ == "VERB":
            joined.add(head.i)
        t = head
    return out


def _subject_span(verb: Token, *, shared: bool = False) -> set[int]:
    """The speech verb's subject; with ``shared``, also the one it shares with the verb it is
    conjoined to ("X's ministry denied the charge and said the traders were arrested": X
    reports the arrest, though X's denial is its own act)."""
    subj = child(verb, "nsubj")
    while shared and subj is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        subj = child(verb, "nsubj")
    return {x.i for x in subj.subtree} if subj is not None else set()
