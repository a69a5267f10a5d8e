"""Which measure checks which claim, and the entry points: documents, stored claims, one claim."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

from realpolitik.claimcheck import _alliances, _arms, _trade, _votes
from realpolitik.claimcheck._context import Context
from realpolitik.claimcheck._records import ClaimCheck, Finding, decide, unverifiable
from realpolitik.errors import Errors, InputError, RealpolitikError
from realpolitik.models import ActorRef, Claim, Document, Evidence
from realpolitik.store import Store

Measure = Callable[[Claim, Context], Finding]
ErrorHandler = Callable[[InputError], None]
_MEASURES: list[tuple[frozenset[str], Measure]] = [
    (_trade.MEASURES, _trade.check_trade),
    (_arms.MEASURES, _arms.check_arms),
    (_votes.MEASURES, _votes.check_votes),
    (_alliances.MEASURES, _alliances.check_alliance),
]
COUNTS = frozenset(
    {"troops", "workers", "shells", "missiles", "drones", "tanks", "armored_vehicles",
     "aircraft", "ships", "artillery", "launchers", "containers"}
)  # fmt: skip


def check_claim(
    claim: Claim,
    store: Store,
    *,
    doc_date: str | None = None,
    tolerance: float | None = None,
) -> ClaimCheck:
    """One claim against the loaded datasets. ``tolerance``: percentage points for shares and
    agreement levels, percent of the value for amounts (default: the claim's stated precision)."""
    ctx = Context(store, doc_date, tolerance)
    if claim.period is not None and claim.period[0] > claim.period[1]:
        # "2014-2010" names the same years as "2010-2014"; checked as written it spans none
        claim = dataclasses.replace(claim, period=(claim.period[1], claim.period[0]))
    try:
        finding = _finding(claim, ctx)
    except (duckdb.Error, RealpolitikError, ArithmeticError, ValueError, KeyError) as exc:
        raise InputError(
            Errors.E610,
            doc_id=claim.doc_id,
            sentence=claim.sentence_index,
            measure=claim.measure,
            reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
        ) from exc
    if finding.comparator != "=":
        finding.tolerance = None  # "more than 90 percent" is strict: no tolerance applies
    return ClaimCheck(claim.doc_id, claim, decide(claim, finding), finding)


def _each(
    claims: Iterable[tuple[Claim, str | None]],
    store: Store,
    tolerance: float | None,
    on_error: ErrorHandler | None,
) -> list[ClaimCheck]:
    out = []
    for claim, doc_date in claims:
        try:
            out.append(check_claim(claim, store, doc_date=doc_date, tolerance=tolerance))
        except InputError as error:
            if on_error is None:
                raise
            on_error(error)
    return out


def _finding(claim: Claim, ctx: Context) -> Finding:
    for names, measure in _MEASURES:
        if claim.measure in names:
            return measure(claim, ctx)
    if claim.measure in COUNTS:
        return unverifiable(
            "no_dataset",
            f"no loaded dataset counts {claim.measure.replace('_', ' ')}: SIPRI records major"
            " conventional weapons by deal, not troops, ammunition or missile counts",
        )
    if claim.measure == "top_partner":
        return unverifiable(
            "ambiguous", "the claim does not say in what (trade, arms, UN votes) it ranks"
        )
    return unverifiable(
        "no_dataset", f"no loaded dataset measures {claim.measure.replace('_', ' ')}"
    )


def check_document(
    doc: Document,
    store: Store,
    *,
    tolerance: float | None = None,
    registry: Any = None,
    lexicon: Any = None,
    nlp: Any = None,
    on_error: ErrorHandler | None = None,
) -> list[ClaimCheck]:
    """Extract the claims of one document (no ingest needed) and check each.

    A claim whose check fails is passed to ``on_error`` (E610) and left out; without a
    handler the error propagates."""
    from realpolitik.extract import extract_document

    extraction = extract_document(doc, registry, None, nlp, lexicon)
    return _each(((c, doc.date) for c in extraction.claims), store, tolerance, on_error)


def check_stored(
    store: Store,
    *,
    doc_id: str | None = None,
    tolerance: float | None = None,
    on_error: ErrorHandler | None = None,
) -> list[ClaimCheck]:
    """Check the claims already in the store (of one document with ``doc_id``)."""
    return _each(stored_claims(store, doc_id), store, tolerance, on_error)


def check(
    paths: Iterable[str | os.PathLike[str]] = (),
    *,
    store: Store | None = None,
    db: str | os.PathLike[str] | None = None,
    stored: bool = False,
    date: str | None = None,
    tolerance: float | None = None,
    registry: Any = None,
    lexicon: Any = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[ClaimCheck]:
    """The Python twin of ``realpolitik check``: check the claims of documents or of the store.

    ``paths`` are read as by ``ingest`` (files, folders, feeds, JSON Lines; bad inputs go to
    ``on_error``); ``date`` stands in for documents without one. ``stored=True`` checks the
    claims already stored instead. The datasets come from ``store``, else from ``db`` (or
    $REALPOLITIK_DB / ./realpolitik.duckdb) opened read-only; with no such file nothing is
    loaded and every claim is ``unverifiable`` (``not_loaded``).
    """
    from realpolitik.ingest import read_paths

    if tolerance is not None and not tolerance >= 0:
        raise RealpolitikError(Errors.E604, value=tolerance)
    inputs = list(paths)
    own = store is None
    target = store if store is not None else open_datasets(db)
    try:
        if stored:
            yield from check_stored(target, tolerance=tolerance, on_error=on_error)
            return
        read = 0
        for item in read_paths(inputs, date=date):
            if isinstance(item, InputError):
                if on_error is not None:
                    on_error(item)
                continue
            read += 1
            yield from check_document(
                item,
                target,
                tolerance=tolerance,
                registry=registry,
                lexicon=lexicon,
                on_error=on_error,
            )
        if read == 0:
            raise RealpolitikError(Errors.E014, count=len(inputs))
    finally:
        if own:
            target.close()


def open_datasets(db: str | os.PathLike[str] | None = None) -> Store:
    """The store to check against, read-only; an empty in-memory one when the file is absent."""
    from realpolitik.store import resolve_db_path

    path = resolve_db_path(db)
    if Path(path).exists():
        return Store(path, read_only=True)
    return Store(":memory:")


_CLAIM_SQL = """
SELECT c.doc_id, c.sentence_index, c.subject_code, c.subject_country, c.subject_text,
       c.object_code, c.object_country, c.object_text, c.measure, c.value, c.unit, c.year,
       c.factuality, c.evidence_sentence, c.evidence_start, c.evidence_end, c.comparator,
       c.qualifier, c.stated_precision, c.period_start, c.period_end, c.exact, c.scope,
       c.evidence_trigger, CAST(d.published AS VARCHAR) AS published
FROM claims c LEFT JOIN documents d USING (doc_id)
WHERE ? IS NULL OR c.doc_id = ?
ORDER BY d.published NULLS LAST, c.doc_id, c.sentence_index, c.evidence_start
"""


def stored_claims(store: Store, doc_id: str | None = None) -> list[tuple[Claim, str | None]]:
    """The stored claims as :class:`Claim` records, with their document's date."""
    return [(claim_of(r), r["published"]) for r in store.dicts(_CLAIM_SQL, [doc_id, doc_id])]


def claim_of(r: dict[str, Any]) -> Claim:
    """A stored claim row (the ``claims`` table's columns) as a :class:`Claim`."""
    first, last = r.get("period_start"), r.get("period_end")
    period = (int(first), int(last)) if first is not None and last is not None else None
    if period is None and r.get("year") is not None:
        period = (int(r["year"]), int(r["year"]))
    return Claim(
        doc_id=str(r["doc_id"]),
        sentence_index=int(r.get("sentence_index") or 0),
        subject=_ref(r.get("subject_code"), r.get("subject_country"), r.get("subject_text")),
        object=_ref(r.get("object_code"), r.get("object_country"), r.get("object_text")),
        measure=str(r["measure"]),
        value=float(r["value"]),
        unit=str(r.get("unit") or ""),
        year=r.get("year"),
        factuality=r.get("factuality") or "asserted",
        evidence=Evidence(
            str(r.get("evidence_sentence") or ""),
            int(r.get("evidence_start") or 0),
            int(r.get("evidence_end") or 0),
            r.get("evidence_trigger"),
        ),
        comparator=r.get("comparator") or "=",
        qualifier=r.get("qualifier"),
        precision=r.get("stated_precision"),
        period=period,
        exact=True if r.get("exact") is None else bool(r["exact"]),
        scope=r.get("scope"),
    )


def check_rows(
    store: Store, rows: Iterable[dict[str, Any]], *, tolerance: float | None = None
) -> list[ClaimCheck | None]:
    """Check claim rows as a page of stored claims shows them (``store.queries.claims``: doc_id,
    sentence_index, measure, value, ...), one result per row in order (None when a check fails).

    Each row is matched to its full stored claim (qualifier, precision and period included)."""
    out: list[ClaimCheck | None] = []
    cache: dict[str, list[tuple[Claim, str | None]]] = {}
    for row in rows:
        doc_id = str(row["doc_id"])
        if doc_id not in cache:
            cache[doc_id] = stored_claims(store, doc_id)
        full = next(
            (
                (c, published)
                for c, published in cache[doc_id]
                if c.sentence_index == row.get("sentence_index")
                and c.measure == row.get("measure")
                and c.value == row.get("value")
                and c.evidence.start == row.get("evidence_start", c.evidence.start)
            ),
            None,
        )
        claim, published = full if full is not None else (claim_of(row), row.get("published"))
        try:
            out.append(check_claim(claim, store, doc_date=published, tolerance=tolerance))
        except InputError:
            out.append(None)
    return out


def _ref(code: Any, country: Any, text: Any) -> ActorRef | None:
    if code is None:
        return None
    return ActorRef(str(text or ""), str(code), str(country) if country else None)
