"""Check the claims of articles against the loaded datasets: ``realpolitik check``.

Each claim (a share, an amount, a ranking, an alliance, a UN voting agreement; see
``realpolitik.extract.claims``) is parsed into a measure, the measure is computed from the
datasets in the store with the project's own functions (``realpolitik.analysis``), and the
claimed figure is compared with the computed one at the claim's stated precision (or a
tolerance the user gives). Every record carries the figure, the period it is for, the data
producer to cite and a SQL query that reproduces the figure in ``duckdb`` on the same file.
A claim that cannot be checked is ``unverifiable`` with a reason code (:data:`REASONS`).

Entry points: :func:`check` (the CLI's twin: paths or the stored claims), :func:`check_document`
(one document), :func:`check_stored` (claims already in a store), :func:`check_rows` (a page
of stored claim rows, e.g. the dashboard's) and :func:`check_claim` (one claim).
"""

from realpolitik.claimcheck._format import row, shown
from realpolitik.claimcheck._records import REASONS, VERDICTS, ClaimCheck, Finding, compare
from realpolitik.claimcheck._run import (
    check,
    check_claim,
    check_document,
    check_rows,
    check_stored,
    open_datasets,
    stored_claims,
)

__all__ = [
    "REASONS",
    "VERDICTS",
    "ClaimCheck",
    "Finding",
    "check",
    "check_claim",
    "check_rows",
    "check_document",
    "check_stored",
    "compare",
    "open_datasets",
    "row",
    "shown",
    "stored_claims",
]
