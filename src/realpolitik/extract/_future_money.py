"""A loan to come, told with "will / would" and a sum: "Japan will lend Kenya $900 million to
expand the port" is the loan itself, 071 `possible` (issue 9 round 33, clauses39: fresh27's C).

A stated future cooperative act is otherwise read as its doer's intent (03x,
``_codebook.future_code``), as the dev gold codes "will send aid". A sum lent or granted as a
loan with "will" and no condition names the money moving, as a sum to be invested does
(``_scheduled_acts.invested_sum``): GUIDE rule 4 codes it as the act, `possible`, with no
intent beside it. A pledge or promise ("pledged to lend") stays the intent (03x, its own verb).

Also: a relative clause on a noun compared by a superlative or an ordinal ("the largest loan X
has granted an African state since 2019", "the first aid Y has sent") measures the noun against
earlier acts; it states no new act and is never the sentence's news (fresh3/4's R).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

# Loans only: "will give (provide) Y N" stays the intent, as the wire gold codes a gift to come
# (measured: with "give" the wire check half lost keys).
_MONEY_VERBS = frozenset({"lend", "loan", "grant"})
_WILL = frozenset({"will", "would", "'ll"})
_SUMS = frozenset({"million", "billion", "trillion", "bn", "mn", "$", "€", "£"})
_CONDITIONS = frozenset({"if", "unless", "once", "provided", "should", "when"})
_AID = "07"


def _sum(tok: Token) -> bool:
    return any(t.like_num or t.lower_ in _SUMS for t in tok.subtree)


def _unconditioned_future(f: Found, verbs: frozenset[str], thing: Callable[[Token], bool]) -> bool:
    """``f`` is an aid verb of ``verbs`` with "will" and a direct object that ``thing`` accepts,
    and no condition ("if", "unless") hangs on it: the shape ``lent_sum`` and ``funded_project``
    share."""
    tok = f.tok
    if f.code[:2] != _AID or f.entry.pos != "V" or tok.lemma_.lower() not in verbs:
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids):
        return False
    if not any(c.dep_ == "dobj" and thing(c) for c in kids):
        return False
    return not any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children) for c in kids
    )


def lent_sum(f: Found) -> bool:
    """``f`` is "will lend / grant Y N (dollars)" with no condition: the loan, possible."""
    return _unconditioned_future(f, _MONEY_VERBS, _sum)


# What a state funds as a project of its own naming (clauses43, fresh30 C).
_PROJECTS = frozenset(
    {"programme", "program", "project", "scheme", "initiative", "course", "centre", "center",
     "school", "clinic", "hospital", "study", "mission", "plan", "facility", "academy", "dam",
     "railway", "railroad", "port", "road", "highway", "bridge", "airport", "pipeline",
     "construction", "reconstruction"}
)  # fmt: skip
_FUNDING_VERBS = frozenset({"fund", "bankroll", "sponsor", "finance"})  # ("finance": lexicon66)


def funded_project(f: Found) -> bool:
    """``f`` is "will fund (bankroll) a training programme for Y's coast guards" with no
    condition: the funding itself, 071 `possible` (GUIDE rule 4's future acts), as a loan to
    come (``lent_sum``), never an intent to give aid (033) beside it (clauses43, fresh30 C)."""
    return _unconditioned_future(f, _FUNDING_VERBS, _project)


def _project(noun: Token) -> bool:
    return noun.lemma_.lower() in _PROJECTS


_RANKS = frozenset(
    {"first", "only", "last", "latest", "second", "third", "largest", "biggest", "smallest",
     "highest", "lowest", "most", "least", "greatest", "single"}
)  # fmt: skip


def _ranked(noun: Token) -> bool:
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _RANKS) for c in noun.children)


def compared_relative(tok: Token) -> bool:
    """``tok`` is the verb of a relative clause on a noun ranked by a superlative or an ordinal
    ("the largest loan X has granted ..."); the parser may read the noun as a compound of the
    clause's subject ("[the largest loan Canberra] has granted"), or the subject as the noun's
    apposition, the clause a complement or conjunct with no subject."""
    if tok.dep_ == "relcl":
        return _ranked(tok.head)
    if tok.dep_ not in ("ccomp", "conj"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:  # "[the largest loan] [Bogota] has granted": the name an apposition
        attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.i < tok.i), None)
        return attr is not None and _ranked(attr) and any(c.dep_ == "appos" for c in attr.children)
    if tok.dep_ == "conj":
        return False
    nouns = [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return bool(nouns) and (_ranked(subj) or any(_ranked(c) for c in nouns))
