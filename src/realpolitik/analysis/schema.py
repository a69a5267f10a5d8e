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
]
