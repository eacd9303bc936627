-- Migration Profile Studio, profile file schema version 1 (DESIGN.md section 2, ADR 0001).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE chapter (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    parent      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in-review', 'approved')),
    lead_agency TEXT NOT NULL DEFAULT '',
    assignee    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE chapter_text (
    chapter_id TEXT NOT NULL REFERENCES chapter(id) ON DELETE CASCADE,
    lang       TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (chapter_id, lang)
);
CREATE TABLE chapter_revision (
    id         INTEGER PRIMARY KEY,
    chapter_id TEXT NOT NULL,
    lang       TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    author     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX chapter_revision_by_chapter ON chapter_revision (chapter_id, lang, id);
CREATE TABLE indicator (
    id            TEXT PRIMARY KEY,
    position      INTEGER NOT NULL,
    unit          TEXT NOT NULL,
    decimals      INTEGER NOT NULL,
    dimensions    TEXT NOT NULL DEFAULT '',
    gcm           TEXT NOT NULL DEFAULT '',
    sdg           TEXT NOT NULL DEFAULT '',
    source_agency TEXT NOT NULL DEFAULT ''
);
CREATE TABLE indicator_text (
    indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    lang         TEXT NOT NULL,
    name         TEXT NOT NULL,
    definition   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (indicator_id, lang)
);
CREATE TABLE source (
    id           TEXT PRIMARY KEY,
    position     INTEGER NOT NULL,
    agency       TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    year         TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    release_date TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);
-- rowid order is file order, so unpack writes observations back in the order they were built or imported
CREATE TABLE observation (
    indicator_id TEXT NOT NULL,
    period       TEXT NOT NULL,
    dims         TEXT NOT NULL DEFAULT '',
    value        REAL NOT NULL,
    status       TEXT NOT NULL DEFAULT '',
    source_id    TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (indicator_id, period, dims)
);
CREATE TABLE observation_history (
    id           INTEGER PRIMARY KEY,
    indicator_id TEXT NOT NULL,
    period       TEXT NOT NULL,
    dims         TEXT NOT NULL,
    value        REAL NOT NULL,
    status       TEXT NOT NULL,
    source_id    TEXT NOT NULL,
    note         TEXT NOT NULL,
    replaced_at  TEXT NOT NULL,
    replaced_by  TEXT NOT NULL
);
CREATE TABLE comment (
    id          INTEGER PRIMARY KEY,
    chapter_id  TEXT NOT NULL,
    lang        TEXT NOT NULL,
    block_id    TEXT NOT NULL DEFAULT '',
    anchor_text TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    text        TEXT NOT NULL,
    parent_id   INTEGER REFERENCES comment(id),
    resolved    INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL DEFAULT ''
);
CREATE TABLE export_manifest (
    id         INTEGER PRIMARY KEY,
    export_id  TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    file       TEXT NOT NULL,
    format     TEXT NOT NULL,
    lang       TEXT NOT NULL
);
CREATE TABLE export_block (
    manifest_id INTEGER NOT NULL REFERENCES export_manifest(id) ON DELETE CASCADE,
    block_id    TEXT NOT NULL,
    bookmark    TEXT NOT NULL,
    chapter_id  TEXT NOT NULL,
    revision_id INTEGER,
    text        TEXT NOT NULL,
    PRIMARY KEY (manifest_id, block_id)
);
