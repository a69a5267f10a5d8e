"""Schema of stored measure results (ideal points)."""

from __future__ import annotations

ANALYSIS: list[str] = [
    # 1: ideal points per state-year
    """
    CREATE TABLE ideal_points (
        iso3        VARCHAR NOT NULL,
        year        INTEGER NOT NULL,
        ideal_point DOUBLE NOT NULL,
        sd          DOUBLE,
        n_votes     INTEGER,
        model       VARCHAR NOT NULL,
        estimated_at TIMESTAMP DEFAULT current_timestamp
    );
    """,
    # 2: one row per ideal point model: what the stored run rests on (range, counts, settings)
    """
    CREATE TABLE ideal_point_runs (
        model           VARCHAR NOT NULL,
        since_year      INTEGER,
        until_year      INTEGER,
        origin          VARCHAR,            -- roll-call source: 'undl' or 'unvotes'
        n_rollcalls     INTEGER,            -- contested roll calls used
        n_bridged       INTEGER,            -- of them, in a bridge group (recurring resolution)
        n_bridge_groups INTEGER,
        n_state_years   INTEGER,
        iterations      INTEGER,
        log_posterior   DOUBLE,
        seconds         DOUBLE,
        settings        VARCHAR,            -- JSON of the model settings
        citation        VARCHAR,
        estimated_at    TIMESTAMP DEFAULT current_timestamp
    );
    """,
]
