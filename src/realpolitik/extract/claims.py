"""Claims about relations: shares, amounts, counts, rankings, alliances and UN voting agreement.

Analysts argue with numbers and superlatives ("China accounts for more than 95% of North
Korea's trade", "North Korea sent about 11,000 troops to Russia", "Russia is Vietnam's largest
arms supplier", "China, North Korea's only treaty ally"); each becomes a
:class:`~realpolitik.models.Claim` that ``realpolitik check`` can set against the datasets:
subject, object, measure, value and unit, plus the comparator and stated precision of its
qualifier, the period it is about and its factuality.

- Quantities (``_claim_numbers``): shares, money and TIV amounts, counts; qualifiers and
  rounding; vague quantities are lower bounds and never exact.
- Roles (``_claim_roles``): subject is the share-holder or the origin of a flow, object the
  whole or the destination; the holder of a share is the phrase's own subject.
- Statements (``_claim_statements``): rankings ("largest supplier", "closest partner at the
  UN", "second-largest trading partner": value = the rank), alliances (``alliance``,
  ``alliance_defense``, ``alliance_only``, ``alliance_primary``: value 1) and UN voting
  agreement levels (``un_agreement``) and trends (``un_agreement_trend``).
- Period: the year or years the claim is about, from the time expression of the claim's own
  clause ("in 2010-2014", "between 2019 and 2023", "last year", "since 1961"); ``year`` is that
  year when it is a single one.

A claim needs at least one actor of known country or organisation in its sentence
(sector-only actors such as ``---MIL`` for "soldiers" do not count).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from realpolitik.extract._claim_numbers import Quantity, find_quantities
from realpolitik.extract._claim_roles import (
    flow_roles,
    governs,
    predicate_token,
    share_roles,
    subject_span,
    token_at,
)
from realpolitik.extract._claim_statements import find_statements
from realpolitik.extract._contrast import contrast_phrases
from realpolitik.extract._tree import number_marks, sentence_forms, sentence_text
from realpolitik.extract.dates import Period, claim_period, clause_head
from realpolitik.extract.factuality import factuality_of
from realpolitik.models import ActorRef, Claim, Evidence, Factuality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FactualityFn = Callable[["Token"], Factuality]
ActorSpan = tuple[int, int, ActorRef]

_QUANT_ENTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
_QUANT_WORDS = frozenset(
    {"dozen", "dozens", "scores", "hundreds", "thousands", "millions", "several", "few", "half",
     "quarter", "thirds", "third"}
)  # fmt: skip
_STATEMENT_WORDS = frozenset(
    {"ally", "allies", "partner", "partners", "supplier", "suppliers", "source", "provider",
     "seller", "exporter", "buyer", "customer", "market", "purchaser", "importer", "treaty",
     "pact", "alliance", "vote", "votes", "voted", "voting", "agreement", "vendor", "client",
     "destination", "friend"}
)  # fmt: skip
_CLAUSE_BOUNDARIES = frozenset({"relcl", "acl", "ccomp", "parataxis", "advcl"})


def _numbers_in(sent: Span) -> bool:
    """A token like a number ("three", "million") or tagged as a quantity, from the parse's
    arrays; token by token only where an entity type is set at all."""
    like_num, typed = number_marks(sent)
    return like_num or (typed and any(t.ent_type_ in _QUANT_ENTS for t in sent))


def find_claims(
    sent: Span,
    actors: list[ActorSpan],
    doc_id: str,
    sentence_index: int,
    doc_date: str | None,
    *,
    factuality: FactualityFn | None = None,
    sent_start: int | None = None,
    sent_text: str | None = None,
) -> list[Claim]:
    """Claims in one sentence.

    ``actors`` are (start, end, ActorRef) with character offsets into the DOCUMENT text.
    ``sent_start`` is the sentence's offset in the document; pass it when ``sent`` comes from a
    parse of one paragraph (where ``sent.start_char`` is relative to the paragraph). The
    evidence offsets are document offsets. ``sent_text``: ``sent.text`` when the caller has it
    (``Span.text`` joins every token).
    """
    text = sent.text if sent_text is None else sent_text
    forms = sentence_forms(sent)  # (the sentence's words as one set: no walk for most)
    worded = not _STATEMENT_WORDS.isdisjoint(forms)
    numeric = any(map(str.isdigit, text)) or not _QUANT_WORDS.isdisjoint(forms) or _numbers_in(sent)
    if not numeric and not worded:
        return []
    offset = sent.start_char if sent_start is None else sent_start
    local = [
        (s - offset, e - offset, ref)
        for s, e, ref in actors
        if s >= offset and e <= offset + len(text) and not ref.code.startswith("---")
    ]  # "11,000 soldiers" is a count, not an actor of unknown country
    local = _not_compared(sent, local)
    if not local:
        return []
    local.sort(key=lambda a: a[0])
    fact = factuality or factuality_of
    evidence = (text, offset, offset + len(text))
    claims: list[Claim] = []
    for q in find_quantities(text) if numeric else []:
        claim = _quantity_claim(sent, q, local, doc_id, sentence_index, doc_date, fact, evidence)
        if claim is not None:
            claims.append(claim)
    if worded:
        for st in find_statements(sent, local):
            period = _period(sent, doc_date, st.start, st.token)
            claims.append(
                Claim(
                    doc_id=doc_id,
                    sentence_index=sentence_index,
                    subject=st.subject,
                    object=st.object,
                    measure=st.measure,
                    value=st.value,
                    unit=st.unit,
                    year=_single_year(period),
                    factuality=fact(st.token) if st.token is not None else "asserted",
                    evidence=Evidence(*evidence, trigger=text[st.start : st.end]),
                    comparator=st.comparator,
                    qualifier=st.qualifier,
                    precision=st.precision,
                    period=(period.first, period.last) if period else None,
                    scope=st.scope,
                )
            )
    return claims


def _not_compared(sent: Span, local: list[ActorSpan]) -> list[ActorSpan]:
    """ "Unlike Qatar, Oman accounts for 85 percent of X's exports": a state named only to
    compare the holder with holds no share and is no whole (sentence-relative offsets)."""
    compared = contrast_phrases(sent)
    if not compared:
        return local
    doc, base = sent.doc, sent.start_char
    spans = [(doc[i].idx - base, doc[i].idx - base + len(doc[i].text)) for i in compared]
    return [a for a in local if not any(lo <= a[0] < hi for lo, hi in spans)]


def _quantity_claim(
    sent: Span,
    q: Quantity,
    local: list[ActorSpan],
    doc_id: str,
    sentence_index: int,
    doc_date: str | None,
    fact: FactualityFn,
    evidence: tuple[str, int, int],
) -> Claim | None:
    text = evidence[0]  # the sentence's text
    number = token_at(sent, q.at)
    if q.noun_start is not None and not governs(token_at(sent, q.noun_start), number):
        return None  # "two days after Russian missiles": the number counts something else
    predicate = predicate_token(sent, number)
    grammatical = subject_span(sent, predicate, number)
    if predicate is not None and predicate.dep_ in ("ccomp", "parataxis"):
        # "Putin said that trade between the two countries reached ...": only the reported
        # clause's own actors take part, never its speaker
        lo = predicate.left_edge.idx - sent.start_char
        hi = predicate.right_edge.idx + len(predicate.right_edge.text) - sent.start_char
        local = [a for a in local if lo <= a[0] and a[1] <= hi]
        if not local:
            return None
    if q.is_share:
        subject, obj = share_roles(text, q, local, grammatical)
    else:
        subject, obj = flow_roles(text, q, local, grammatical)
    if subject is None and obj is None:
        return None
    period = _period(sent, doc_date, q.at, predicate)
    return Claim(
        doc_id=doc_id,
        sentence_index=sentence_index,
        subject=subject,
        object=obj,
        measure=q.measure,
        value=q.value,
        unit=q.unit,
        year=_single_year(period),
        factuality=fact(predicate) if predicate is not None else "asserted",
        evidence=Evidence(*evidence, trigger=text[q.start : q.end].strip()),
        comparator=q.comparator,
        qualifier=q.qualifier,
        precision=q.precision,
        period=(period.first, period.last) if period else None,
        exact=q.exact,
        scope=q.scope,
    )


def _period(
    sent: Span, doc_date: str | None, anchor: int, predicate: Token | None
) -> Period | None:
    """The claim's period: a period expression of the claim's own clause, nearest the anchor."""
    period = claim_period(sentence_text(sent), doc_date, anchor=anchor)
    if period is None or predicate is None:
        return period
    head = token_at(sent, period.start)
    if head is None:
        return period
    while head.head.i != head.i and sent.start <= head.head.i < sent.end:
        inside = period.start <= head.head.idx - sent.start_char < period.end
        if not inside:
            break
        head = head.head
    return period if _same_clause(head, predicate) else None


def _same_clause(tok: Token, predicate: Token) -> bool:
    """Whether ``tok`` hangs from the predicate's clause without crossing into another one."""
    target = clause_head(predicate)
    for start, goal in ((tok, target), (target, clause_head(tok))):
        cur = start
        for _ in range(12):
            if cur.i == goal.i:
                return True
            if cur.dep_ in _CLAUSE_BOUNDARIES or cur.head.i == cur.i:
                break
            cur = cur.head
    return False


def _single_year(period: Period | None) -> int | None:
    return period.first if period is not None and period.first == period.last else None


__all__ = ["find_claims"]
