"""Parse repair for a closing "..., REPORTER said" that the parser read as part of the clause.

"Hungary has been arming South Korea, South Africa said": the closing verb of saying may be read
as a second verb of the clause or its subject as an apposition of the last object, so the act is
not reported and the reporter may become a target; ``trailing_reporter`` makes it the reporting
verb (``hang_report``, also used by ``_apposed_repairs``). Called by
:func:`realpolitik.extract._nlp.repair_parse`; re-exported by ``_clause_repairs``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import tokens_with_lemma
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Verbs of saying that close a sentence: "..., South Africa said".
_SAYING = frozenset({"say", "report", "claim", "allege", "insist"})


def hang_report(
    sent: Span, said: Token, content: Token, reporter: Token, comma: int, obj: Token | None = None
) -> None:
    """Make a closing "..., REPORTER said" the sentence's reporting verb: `said` the root,
    `reporter` its subject, the clause headed by `content` (before the comma) what it reports,
    and what the parser had hung on `content` after the reporting verb hung on `said`; `obj`,
    when given, is the content verb's object again (it had been read as the reporter)."""
    heads, deps = tree_of(sent)
    heads[said.i], deps[said.i] = said.i, "ROOT"
    heads[content.i], deps[content.i] = said.i, "ccomp"
    if obj is not None:
        heads[obj.i], deps[obj.i] = content.i, "dobj"
    heads[reporter.i], deps[reporter.i] = said.i, "nsubj"
    heads[comma] = said.i
    for i in range(said.i + 1, sent.end):
        if heads[i] == content.i:
            heads[i] = said.i
    _write_tree(sent, heads, deps)


def trailing_reporter(sent: Span) -> None:
    """ "Hungary has been arming South Korea, South Africa said", "Colombia launched a
    cyberattack on X, a senior official said": the parser may read the closing "X said" as a
    second verb of the clause ("launched ... and said"), or the reporter as an apposition of
    the last object ("South Korea, South Africa"), so the act is not reported and the reporter
    may become a target. A verb of saying with no object that ends the sentence right after
    ", SUBJECT" is the reporting verb: the clause before the comma is its content."""
    saying = tokens_with_lemma(sent, _SAYING)
    if not saying:
        return
    root = sent.root
    for said in saying:
        if said.dep_ != "conj" or said.head.i != root.i:
            continue
        if any(
            c.dep_ in ("dobj", "xcomp", "cc")
            or (c.dep_ == "ccomp" and not _second_content(c, root))
            for c in said.children
        ):
            continue
        if said.right_edge.i < (sent.end - 2 if sent[-1].is_punct else sent.end - 1):
            continue  # (the sentence ends with the reporting verb's phrase)
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subj is None:  # "..., South Africa said": the reporter read as an apposition
            subj = sent.doc[said.i - 1]
            if subj.dep_ != "appos" or subj.pos_ != "PROPN" or subj.head.i >= subj.i:
                continue
        comma = subj.left_edge.i - 1
        hedge = _or_so(sent, comma)  # ("..., or so it says": leftovers34)
        comma -= len(hedge)
        if comma <= sent.start or sent.doc[comma].text != "," or subj.i > said.i:
            continue
        hang_report(sent, said, root, subj, comma)
        if hedge:
            heads, deps = tree_of(sent)
            for i in hedge:
                heads[i], deps[i] = said.i, "advmod"
            _write_tree(sent, heads, deps)
        return


def _second_content(clause: Token, root: Token) -> bool:
    """ "NAME met NAME2 on Tuesday, and the two discussed N, the ministry said", parsed as "met
    ... and said" with the second clause the saying's complement: a clause between the root and
    the reporting verb, after the root's own "and / but", is the report's second content; the
    first clause is reported too (clauses37, fresh25 R; fresh24 K)."""
    return root.i < clause.i and any(
        c.dep_ == "cc" and root.i < c.i < clause.left_edge.i for c in root.children
    )


def _or_so(sent: Span, i: int) -> list[int]:
    """The indices of "or so" ending at ``i`` ("..., or so it insists": the speaker's own claim,
    which the sentence reports rather than states), else none."""
    if i - 1 <= sent.start or sent.doc[i].lower_ != "so" or sent.doc[i - 1].lower_ != "or":
        return []
    return [i - 1, i]
