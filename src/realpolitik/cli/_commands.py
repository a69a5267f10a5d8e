"""The command table: each command's name, where it lives, and its one-line help.

``realpolitik --help`` lists commands from this table, so listing them imports no command
module; a command's module is imported only when that command runs (or its own ``--help`` is
asked for). A new command is one line here (its module keeps listing it in ``COMMANDS``);
tests/cli/test_command_table.py checks that this table equals the real commands' names and
short help, so it cannot drift.
"""

from __future__ import annotations

# name: ("module:attribute" under realpolitik.cli, the short help as `--help` shows it untruncated)
COMMANDS: dict[str, tuple[str, str]] = {
    "align": (
        "_votes:align",
        "UN voting alignment of A and B per year: agreement, S, kappa, pi and shared votes.",
    ),
    "allies": (
        "_measures:allies",
        "Who is bound to STATE in a year (ATOP): obligations each way, weight, alliances.",
    ),
    "changepoints": (
        "_measures:changepoints",
        "Years where a dyad's or a state's series shifts (mean-shift change points).",
    ),
    "check": ("_check:check_cmd", "Check the claims in PATH..."),
    "codes": (
        "_codes:codes",
        "List or search CAMEO event codes (or PLOVER types with --plover).",
    ),
    "data": (
        "_data:data",
        "Load, fetch and list datasets (UN votes, ATOP, SIPRI, trade, GDELT, ICEWS).",
    ),
    "depend": (
        "_measures:depend",
        "Arms or trade dependence of STATE: partner shares, concentration (HHI), asymmetry,"
        " change.",
    ),
    "dyads": (
        "_query:dyads",
        "Events per directed dyad: QuadClass counts, mean Goldstein, net cooperation, shares.",
    ),
    "evaluate": (
        "_evaluate:evaluate",
        "Score extraction on GOLD.jsonl (id, text, date, tuples) and print P/R/F1.",
    ),
    "events": (
        "_query:events",
        "List stored events with their evidence sentences, oldest first.",
    ),
    "extract": (
        "_ingest:extract",
        "Read and extract without a database; JSON Lines to stdout or FILE.",
    ),
    "graph": (
        "_network:graph",
        "Export a layer's network of a year (with centrality and blocs) to GEXF or GraphML.",
    ),
    "idealpoints": (
        "_votes:idealpoints",
        "Estimate states' yearly ideal points from UN General Assembly votes (BSV 2017 model).",
    ),
    "ingest": (
        "_ingest:ingest",
        "Read files, directories, feeds and JSON Lines; extract events; store them.",
    ),
    "isolation": (
        "_votes:isolation",
        "A state's mean agreement with all UN members per year and its rank (1 = closest to all).",
    ),
    "merge": (
        "_scale:merge",
        "Load the Parquet shards of `extract --out FOLDER` into the database.",
    ),
    "network": (
        "_network:network",
        "Rankings (strength, degree, PageRank, eigenvector, betweenness) and blocs of a layer.",
    ),
    "panel": (
        "_panel:panel_command",
        "One row per dyad of state-system members per year, one column per layer.",
    ),
    "relations": (  # an alias: the same command object as dyads
        "_query:dyads",
        "Events per directed dyad: QuadClass counts, mean Goldstein, net cooperation, shares.",
    ),
    "report": (
        "_report:report",
        "Write one self-contained HTML report: events with evidence, dyads, claims, measures.",
    ),
    "serve": (
        "_serve:serve_command",
        "Serve the dashboard (network, dyads, states, map, documents) at http://HOST:PORT/.",
    ),
    "sql": (
        "_query:sql",
        "Run one read-only SQL QUERY (SELECT, WITH, EXPLAIN, DESCRIBE, SHOW) on the store.",
    ),
    "summary": (
        "_query:summary",
        "Documents, events per dyad and the strongest ties in the database.",
    ),
}
