//! The versioned schema: each migration moves the database one version on, inside a
//! transaction; `meta.schema_version` says where a database stands.

use rusqlite::Connection;

/// Migrations in order; the database's version is how many have run.
const MIGRATIONS: &[&str] = &[
    // 1: documents, sentences with full-text search, events
    "CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL UNIQUE,
        title TEXT,
        date TEXT,
        url TEXT,
        hash TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE sentences (
        doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (doc, idx)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(text, doc UNINDEXED, idx UNINDEXED);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        date_value TEXT,
        date_from TEXT,
        date_to TEXT,
        date_granularity TEXT,
        date_basis TEXT,
        date_text TEXT,
        month_day TEXT,
        source_code TEXT,
        source_country TEXT,
        source_text TEXT,
        target_code TEXT,
        target_country TEXT,
        target_text TEXT,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        plover TEXT,
        negated INTEGER NOT NULL,
        location_name TEXT,
        location_country TEXT,
        lat REAL,
        lon REAL,
        tone REAL
    );
    CREATE INDEX events_doc ON events(doc);
    CREATE INDEX events_date ON events(date_from);
    CREATE INDEX events_month_day ON events(month_day);
    CREATE INDEX events_source ON events(source_country);
    CREATE INDEX events_target ON events(target_country);
    CREATE INDEX events_dyad ON events(source_country, target_country, date_from);
    CREATE INDEX events_cameo ON events(cameo);
    CREATE INDEX events_root ON events(root);",
];

/// Brings the database up to the current schema.
pub fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")?;
    let version: usize =
        conn.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get::<_, String>(0)).ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    if version > MIGRATIONS.len() {
        return Err(rusqlite::Error::InvalidParameterName(format!(
            "the database has schema version {version}, newer than this annals knows ({})",
            MIGRATIONS.len()
        )));
    }
    for (i, m) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(m)?;
        tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [(i + 1).to_string()])?;
        tx.commit()?;
    }
    Ok(())
}
