"""Schema of the loaded datasets (UN votes, alliances, arms, trade, load log).

Country columns hold ISO3 codes resolved through the shared country registry
(``realpolitik.actors.countries``). GDELT and ICEWS events go into the core ``events`` table
with ``origin`` set to 'gdelt' or 'icews'; ICEWS dyad-year counts go to ``event_dyad_years``.
Append new migrations; never edit old ones.
"""

from __future__ import annotations

DATASETS: list[str] = [
    # 1: first tables
    """
    CREATE TABLE dataset_loads (
        kind        VARCHAR NOT NULL,
        path        VARCHAR NOT NULL,
        rows        BIGINT NOT NULL,
        min_year    INTEGER,
        max_year    INTEGER,
        citation    VARCHAR,
        loaded_at   TIMESTAMP DEFAULT current_timestamp
    );
    -- one row per roll call; rcid is 'undl:<id>' or 'unvotes:<rcid>'
    CREATE TABLE un_roll_calls (
        rcid         VARCHAR PRIMARY KEY,
        body         VARCHAR NOT NULL,        -- 'GA' or 'SC'
        symbol       VARCHAR,                 -- A/RES/78/1, S/RES/15(1946)
        date         DATE,
        year         INTEGER,
        session      INTEGER,
        title        VARCHAR,                 -- title or short description
        description  VARCHAR,
        issue        VARCHAR,                 -- unvotes issue codes (me, nu, di, hr, co, ec), comma-joined
        important    BOOLEAN,
        origin       VARCHAR NOT NULL         -- 'undl' or 'unvotes'
    );
    -- one row per state per roll call; vote is 'Y', 'A', 'N' or 'X' (present not voting / absent)
    CREATE TABLE un_votes (
        rcid         VARCHAR NOT NULL,
        iso3         VARCHAR NOT NULL,
        vote         VARCHAR NOT NULL
    );
    -- ATOP directed dyad-years: 1 where state_a has that obligation toward state_b
    CREATE TABLE alliance_dyad_years (
        state_a       VARCHAR NOT NULL,
        state_b       VARCHAR NOT NULL,
        year          INTEGER NOT NULL,
        defense       TINYINT,
        offense       TINYINT,
        neutrality    TINYINT,
        nonaggression TINYINT,
        consultation  TINYINT,
        bilateral     TINYINT,               -- NULL where the file does not say
        atopids       VARCHAR                -- comma-joined ATOP alliance ids where known
    );
    -- ATOP member level: one row per member per alliance (phase)
    CREATE TABLE alliance_members (
        atopid        INTEGER NOT NULL,
        iso3          VARCHAR NOT NULL,
        year_start    INTEGER,
        year_end      INTEGER,
        defense       TINYINT,
        offense       TINYINT,
        neutrality    TINYINT,
        nonaggression TINYINT,
        consultation  TINYINT,
        bilateral     BOOLEAN
    );
    -- SIPRI: one row per deal and delivery year (TIV in millions)
    CREATE TABLE arms_transfers (
        deal_id        VARCHAR,
        supplier       VARCHAR NOT NULL,      -- ISO3, or the SIPRI name for non-state suppliers
        recipient      VARCHAR NOT NULL,
        designation    VARCHAR,
        description    VARCHAR,
        category       VARCHAR,
        order_year     INTEGER,
        delivery_year  INTEGER,
        number         INTEGER,
        tiv            DOUBLE,               -- TIV of delivered weapons
        status         VARCHAR
    );
    -- bilateral trade: value in USD (convert kUSD etc. at load); flow is 'export', 'import' or 'total'
    CREATE TABLE trade_flows (
        reporter  VARCHAR NOT NULL,
        partner   VARCHAR NOT NULL,
        year      INTEGER NOT NULL,
        flow      VARCHAR NOT NULL,
        product   VARCHAR,
        value     DOUBLE NOT NULL,
        origin    VARCHAR
    );
    """,
    # 2: provenance (source = the loaded file's name; re-loading it replaces its rows),
    #    roll-call flags, raw SIPRI names, ATOP alliance-level table
    """
    ALTER TABLE dataset_loads ADD COLUMN source VARCHAR;
    ALTER TABLE un_roll_calls ADD COLUMN recorded BOOLEAN;
    ALTER TABLE un_roll_calls ADD COLUMN source VARCHAR;
    ALTER TABLE un_votes ADD COLUMN source VARCHAR;
    ALTER TABLE alliance_dyad_years ADD COLUMN source VARCHAR;
    ALTER TABLE alliance_members ADD COLUMN source VARCHAR;
    ALTER TABLE arms_transfers ADD COLUMN supplier_name VARCHAR;
    ALTER TABLE arms_transfers ADD COLUMN recipient_name VARCHAR;
    ALTER TABLE arms_transfers ADD COLUMN source VARCHAR;
    ALTER TABLE trade_flows ADD COLUMN source VARCHAR;
    -- ATOP alliance level: one row per alliance with its obligations and size
    CREATE TABLE alliances (
        atopid        INTEGER NOT NULL,
        year_start    INTEGER,
        year_end      INTEGER,               -- NULL: still in effect at the end of the data
        defense       TINYINT,
        offense       TINYINT,
        neutrality    TINYINT,
        nonaggression TINYINT,
        consultation  TINYINT,
        bilateral     BOOLEAN,
        members       VARCHAR,               -- comma-joined ISO3 codes (as of the start year)
        source        VARCHAR
    );
    """,
    # 3: one series per seat: the USSR's votes counted as Russia's (successor state)
    """
    CREATE VIEW un_votes_successor AS
        SELECT rcid, CASE WHEN iso3 = 'SUN' THEN 'RUS' ELSE iso3 END AS iso3, vote, source
        FROM un_votes;
    """,
    # 4: event counts already aggregated by directed dyad and year (ICEWS QuadClass counts);
    #    source = the loaded file's name; origin = the event dataset they count ('icews')
    """
    CREATE TABLE event_dyad_years (
        source_country VARCHAR NOT NULL,
        target_country VARCHAR NOT NULL,
        year           INTEGER NOT NULL,
        vc             BIGINT NOT NULL,      -- verbal cooperation (QuadClass 1)
        mc             BIGINT NOT NULL,      -- material cooperation (2)
        vk             BIGINT NOT NULL,      -- verbal conflict (3)
        mk             BIGINT NOT NULL,      -- material conflict (4)
        origin         VARCHAR NOT NULL,
        source         VARCHAR
    );
    """,
    # 5: Correlates of War covariates (state system, capabilities, trade, IGOs, distances) and,
    #    per load, the dataset's version and licence terms, and the load that replaced it
    #    (a starter-pack layer replaced by a publisher's file; NULL = active)
    """
    ALTER TABLE dataset_loads ADD COLUMN version VARCHAR;
    ALTER TABLE dataset_loads ADD COLUMN licence VARCHAR;
    ALTER TABLE dataset_loads ADD COLUMN replaced_by VARCHAR;
    -- COW state system membership: one row per spell
    CREATE TABLE cow_states (
        ccode       INTEGER NOT NULL,
        iso3        VARCHAR,
        abbrev      VARCHAR,
        name        VARCHAR,
        start_date  DATE,
        end_date    DATE,
        version     VARCHAR,
        source      VARCHAR
    );
    -- members of a state system per year ('cow'): the rows of the dyad-year panel
    CREATE TABLE system_members (
        system      VARCHAR NOT NULL,
        ccode       INTEGER NOT NULL,
        iso3        VARCHAR NOT NULL,
        year        INTEGER NOT NULL,
        source      VARCHAR
    );
    -- COW National Material Capabilities per state-year (COW's -9 stored as NULL)
    CREATE TABLE state_capabilities (
        iso3    VARCHAR NOT NULL,
        ccode   INTEGER,
        year    INTEGER NOT NULL,
        milex   DOUBLE,             -- military expenditure, thousands of USD
        milper  DOUBLE,             -- military personnel, thousands
        irst    DOUBLE,             -- iron and steel production, thousands of tons
        pec     DOUBLE,             -- primary energy consumption, thousands of coal-ton equivalents
        tpop    DOUBLE,             -- total population, thousands
        upop    DOUBLE,             -- urban population, thousands
        cinc    DOUBLE,             -- composite index of national capability
        source  VARCHAR
    );
    -- COW trade, state-year totals in USD
    CREATE TABLE state_trade (
        iso3     VARCHAR NOT NULL,
        ccode    INTEGER,
        year     INTEGER NOT NULL,
        imports  DOUBLE,
        exports  DOUBLE,
        source   VARCHAR
    );
    -- COW IGO: shared memberships per dyad-year and counts per state-year
    CREATE TABLE igo_dyad_years (
        state_a  VARCHAR NOT NULL,
        state_b  VARCHAR NOT NULL,
        year     INTEGER NOT NULL,
        shared   INTEGER,
        source   VARCHAR
    );
    CREATE TABLE igo_state_years (
        iso3          VARCHAR NOT NULL,
        ccode         INTEGER,
        year          INTEGER NOT NULL,
        full_members  INTEGER,
        associate     INTEGER,
        observer      INTEGER,
        any_type      INTEGER,
        source        VARCHAR
    );
    -- minimum distance between two states in a year (km; 0 = contiguous by land)
    CREATE TABLE dyad_distances (
        state_a     VARCHAR NOT NULL,
        state_b     VARCHAR NOT NULL,
        year        INTEGER NOT NULL,
        mindist_km  DOUBLE,
        source      VARCHAR
    );
    """,
]
