"""Core schema: documents and what extraction found in them.

Migrations are append-only lists of SQL scripts per component; the store records the version
of each component it has applied. Never edit a released migration: add a new one.
"""

from __future__ import annotations

CORE: list[str] = [
    # 1: documents, sentences, mentions, events, claims
    """
    CREATE TABLE documents (
        doc_id        VARCHAR PRIMARY KEY,
        source        VARCHAR NOT NULL UNIQUE,
        url           VARCHAR,
        title         VARCHAR,
        published     DATE,
        language      VARCHAR,
        content_hash  VARCHAR NOT NULL,
        text          VARCHAR NOT NULL,
        ingested_at   TIMESTAMP DEFAULT current_timestamp
    );
    CREATE INDEX documents_hash ON documents(content_hash);
    CREATE TABLE sentences (
        doc_id          VARCHAR NOT NULL,
        sentence_index  INTEGER NOT NULL,
        start_char      INTEGER NOT NULL,
        end_char        INTEGER NOT NULL,
        text            VARCHAR NOT NULL
    );
    CREATE TABLE actor_mentions (
        doc_id          VARCHAR NOT NULL,
        sentence_index  INTEGER NOT NULL,
        start_char      INTEGER NOT NULL,
        end_char        INTEGER NOT NULL,
        text            VARCHAR NOT NULL,
        code            VARCHAR NOT NULL
    );
    CREATE SEQUENCE event_ids START 1;
    CREATE TABLE events (
        event_id         BIGINT PRIMARY KEY DEFAULT nextval('event_ids'),
        origin           VARCHAR NOT NULL,      -- 'text' (extracted), 'gdelt', 'icews'
        doc_id           VARCHAR,               -- NULL for dataset events
        external_id      VARCHAR,               -- GDELT GlobalEventID, ICEWS Event ID
        sentence_index   INTEGER,
        date             DATE,
        date_precision   VARCHAR,
        source_code      VARCHAR,
        source_country   VARCHAR,
        source_text      VARCHAR,
        source_name      VARCHAR,
        target_code      VARCHAR,
        target_country   VARCHAR,
        target_text      VARCHAR,
        target_name      VARCHAR,
        cameo            VARCHAR,
        plover           VARCHAR,
        mode             VARCHAR,
        goldstein        DOUBLE,
        quad_class       TINYINT,
        factuality       VARCHAR,
        confidence       DOUBLE,
        evidence_sentence VARCHAR,
        evidence_start   INTEGER,
        evidence_end     INTEGER,
        trigger          VARCHAR,
        num_mentions     INTEGER,
        source_url       VARCHAR
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_dyad ON events(source_country, target_country);
    CREATE TABLE claims (
        doc_id           VARCHAR NOT NULL,
        sentence_index   INTEGER,
        subject_code     VARCHAR,
        subject_country  VARCHAR,
        subject_text     VARCHAR,
        object_code      VARCHAR,
        object_country   VARCHAR,
        object_text      VARCHAR,
        measure          VARCHAR NOT NULL,
        value            DOUBLE NOT NULL,
        unit             VARCHAR,
        year             INTEGER,
        factuality       VARCHAR,
        evidence_sentence VARCHAR,
        evidence_start   INTEGER,
        evidence_end     INTEGER
    );
    CREATE INDEX claims_doc ON claims(doc_id);
    """,
    # 2: what `realpolitik check` needs of a stored claim (qualifier, stated precision, period)
    """
    ALTER TABLE claims ADD COLUMN comparator VARCHAR;
    ALTER TABLE claims ADD COLUMN qualifier VARCHAR;
    ALTER TABLE claims ADD COLUMN stated_precision DOUBLE;
    ALTER TABLE claims ADD COLUMN period_start INTEGER;
    ALTER TABLE claims ADD COLUMN period_end INTEGER;
    ALTER TABLE claims ADD COLUMN exact BOOLEAN;
    ALTER TABLE claims ADD COLUMN scope VARCHAR;
    ALTER TABLE claims ADD COLUMN evidence_trigger VARCHAR;
    """,
    # 3: stored countries are ISO3: files written before that rule kept CAMEO's KSV and TMP in
    # text events and claims, and dataset rows got NULL for them and for the older ROM and ZAR
    # (their actor codes still say so)
    """
    CREATE TEMP TABLE _spellings (code VARCHAR, iso3 VARCHAR);
    INSERT INTO _spellings VALUES ('KSV', 'XKX'), ('TMP', 'TLS'), ('ROM', 'ROU'), ('ZAR', 'COD');
    UPDATE events SET source_country = m.iso3 FROM _spellings m
        WHERE events.source_country = m.code
           OR (events.source_country IS NULL AND left(events.source_code, 3) = m.code);
    UPDATE events SET target_country = m.iso3 FROM _spellings m
        WHERE events.target_country = m.code
           OR (events.target_country IS NULL AND left(events.target_code, 3) = m.code);
    UPDATE claims SET subject_country = m.iso3 FROM _spellings m
        WHERE claims.subject_country = m.code;
    UPDATE claims SET object_country = m.iso3 FROM _spellings m WHERE claims.object_country = m.code;
    DROP TABLE _spellings;
    """,
]
