"""Which measure checks which claim, and the entry points: documents, stored claims, one claim."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

from realpolitik.check import _alliances, _arms, _trade, _votes
from realpolitik.check._context import Context
from realpolitik.check._records import ClaimCheck, Finding, decide, unverifiable
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
        for item in read_paths(inputs, date):
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
    from realpolitik.store._store import resolve_db_path

    path = resolve_db_path(db)
    if Path(path).exists():
        return Store(path, read_only=True)
    return Store(":memory:")


def stored_claims(store: Store, doc_id: str | None = None) -> list[tuple[Claim, str | None]]:
    """The stored claims as :class:`Claim` records, with their document's date."""
    columns = {
        str(r[0])
        for r in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'claims'"
        ).fetchall()
    }
    extra = ["comparator", "qualifier", "stated_precision", "period_start", "period_end"]
    extra += ["exact", "scope", "evidence_trigger"]
    picked = ", ".join(f"c.{e}" if e in columns else f"NULL AS {e}" for e in extra)
    rows = store.con.execute(
        "SELECT c.doc_id, c.sentence_index, c.subject_code, c.subject_country, c.subject_text,"  # noqa: S608
        " c.object_code, c.object_country, c.object_text, c.measure, c.value, c.unit, c.year,"
        " c.factuality, c.evidence_sentence, c.evidence_start, c.evidence_end,"
        f" CAST(d.published AS VARCHAR), {picked}"
        " FROM claims c LEFT JOIN documents d USING (doc_id)"
        " WHERE ? IS NULL OR c.doc_id = ?"
        " ORDER BY d.published NULLS LAST, c.doc_id, c.sentence_index, c.evidence_start",
        [doc_id, doc_id],
    ).fetchall()
    out = []
    for r in rows:
        period = (int(r[20]), int(r[21])) if r[20] is not None and r[21] is not None else None
        if period is None and r[11] is not None:
            period = (int(r[11]), int(r[11]))
        claim = Claim(
            doc_id=str(r[0]),
            sentence_index=int(r[1]) if r[1] is not None else 0,
            subject=_ref(r[2], r[3], r[4]),
            object=_ref(r[5], r[6], r[7]),
            measure=str(r[8]),
            value=float(r[9]),
            unit=str(r[10] or ""),
            year=r[11],
            factuality=r[12] or "asserted",
            evidence=Evidence(str(r[13] or ""), int(r[14] or 0), int(r[15] or 0), r[24]),
            comparator=r[17] or "=",
            qualifier=r[18],
            precision=r[19],
            period=period,
            exact=True if r[22] is None else bool(r[22]),
            scope=r[23],
        )
        out.append((claim, r[16]))
    return out


def _ref(code: Any, country: Any, text: Any) -> ActorRef | None:
    if code is None:
        return None
    return ActorRef(str(text or ""), str(code), str(country) if country else None)
