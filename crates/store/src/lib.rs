//! The store stage: an embedded SQLite database of documents, their sentences (with
//! full-text search) and their coded events, behind [`Store`]; and the questions people ask
//! of it: events by filter, what happened on a day across the years, and how a dyad's
//! relations evolved.
//!
//! Writing is idempotent: a document is known by its source; the same content again adds
//! nothing, changed content replaces the document's events. Each batch of documents is one
//! transaction, so a run killed at any moment leaves the database consistent and a re-run
//! completes it.

mod schema;

use annals_model::{Actor, Date, DateBasis, Doc, Event, EventDate, Granularity, Location, Sentence};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// What went wrong in the database.
#[derive(Debug)]
pub struct StoreError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for StoreError {}

/// How a document fared on ingest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Added,
    Unchanged,
    Replaced,
}

/// A document with what the pipeline made of it, ready to store.
pub struct Coded<'a> {
    pub doc: &'a Doc,
    pub sentences: &'a [Sentence],
    pub events: &'a [Event],
}

/// Filters for [`Store::events`]; every field narrows the result.
#[derive(Clone, Debug, Default)]
pub struct EventQuery {
    /// Source or target, by country (USA) or full code (USAGOV).
    pub actor: Option<String>,
    /// Either direction between two actors.
    pub dyad: Option<(String, String)>,
    /// CAMEO code or its prefix (04, 046).
    pub code: Option<String>,
    pub quad: Option<u8>,
    /// Events whose date lies within [from, to].
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Document source (path, URL or id).
    pub doc: Option<String>,
    /// Full-text search in the event's sentence.
    pub search: Option<String>,
    pub limit: Option<usize>,
}

/// One period of a dyad's history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DyadRow {
    pub period: String,
    pub events: u64,
    pub goldstein_sum: f64,
    pub goldstein_mean: f64,
    pub quad: QuadCounts,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct QuadCounts {
    #[serde(rename = "1")]
    pub q1: u64,
    #[serde(rename = "2")]
    pub q2: u64,
    #[serde(rename = "3")]
    pub q3: u64,
    #[serde(rename = "4")]
    pub q4: u64,
}

/// A dyad's history by period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Year,
    Month,
}

/// What makes two reports one event on a day: its first day, the two countries in order,
/// and the CAMEO root.
type SameEvent = (Option<Date>, Option<String>, Option<String>, String);

/// An event on a day, with every document that reports it.
#[derive(Clone, Debug, Serialize)]
pub struct DayEvent {
    pub event: Event,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceRef {
    pub doc: String,
    pub title: Option<String>,
    pub sentence: String,
}

/// A stored document as it was read.
#[derive(Clone, Debug, Serialize)]
pub struct StoredDoc {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

/// The embedded database.
pub struct Store {
    conn: Connection,
    path: String,
}

fn err(path: &str, e: impl fmt::Display) -> StoreError {
    StoreError { path: path.to_string(), message: e.to_string() }
}

/// A 64-bit FNV-1a hash of a document's content, in hex.
pub fn content_hash(doc: &Doc) -> String {
    let date = doc.date.map(|d| d.to_string()).unwrap_or_default();
    let h = annals_model::fnv1a(&[doc.title.as_deref().unwrap_or(""), doc.url.as_deref().unwrap_or(""), &date, &doc.text]);
    format!("{h:016x}")
}

impl Store {
    /// Opens (creating and migrating as needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let name = path.to_string_lossy().into_owned();
        let conn = Connection::open(path).map_err(|e| err(&name, e))?;
        Store::init(conn, name)
    }

    /// A database in memory, for tests and one-off runs.
    pub fn in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(|e| err(":memory:", e))?;
        Store::init(conn, ":memory:".into())
    }

    fn init(conn: Connection, path: String) -> Result<Store, StoreError> {
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;")
            .map_err(|e| err(&path, e))?;
        schema::migrate(&conn).map_err(|e| err(&path, e))?;
        Ok(Store { conn, path })
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// Stores a batch of coded documents in one transaction.
    pub fn ingest(&mut self, batch: &[Coded]) -> Result<Vec<Outcome>, StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| err(&path, e))?;
        let mut out = Vec::with_capacity(batch.len());
        for c in batch {
            out.push(ingest_one(&tx, c).map_err(|e| err(&path, format!("{}: {e}", c.doc.id)))?);
        }
        tx.commit().map_err(|e| err(&path, e))?;
        Ok(out)
    }

    /// Counts of documents and events.
    pub fn counts(&self) -> Result<(u64, u64), StoreError> {
        let q = |sql: &str| self.conn.query_row(sql, [], |r| r.get::<_, i64>(0)).map(|n| n as u64).map_err(|e| err(&self.path, e));
        Ok((q("SELECT count(*) FROM documents")?, q("SELECT count(*) FROM events")?))
    }

    /// Events matching a query, in date order (undated last), then by document and sentence.
    pub fn events(&self, q: &EventQuery) -> Result<Vec<Event>, StoreError> {
        let mut out = Vec::new();
        self.each_event(q, |e| {
            out.push(e);
            Ok::<(), StoreError>(())
        })?;
        Ok(out)
    }

    /// Calls `f` with each event a query selects, in the order of `events`, without holding
    /// them all (an export of millions of events). An error from `f` stops the walk.
    pub fn each_event<E: From<StoreError>>(&self, q: &EventQuery, mut f: impl FnMut(Event) -> Result<(), E>) -> Result<(), E> {
        let mut sql = String::from("SELECT e.*, d.source AS doc_source FROM events e JOIN documents d ON d.id = e.doc WHERE 1=1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut push = |sql: &mut String, clause: &str, vals: Vec<rusqlite::types::Value>| {
            sql.push_str(clause);
            args.extend(vals);
        };
        use rusqlite::types::Value::{Integer, Text};
        if let Some(a) = &q.actor {
            let a = a.to_uppercase();
            push(
                &mut sql,
                " AND (e.source_country = ? OR e.target_country = ? OR e.source_code = ? OR e.target_code = ?)",
                vec![Text(a.clone()), Text(a.clone()), Text(a.clone()), Text(a)],
            );
        }
        if let Some((a, b)) = &q.dyad {
            let (a, b) = (a.to_uppercase(), b.to_uppercase());
            push(
                &mut sql,
                " AND ((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))",
                vec![Text(a.clone()), Text(b.clone()), Text(b), Text(a)],
            );
        }
        if let Some(c) = &q.code {
            push(&mut sql, " AND e.cameo LIKE ? || '%'", vec![Text(c.clone())]);
        }
        if let Some(quad) = q.quad {
            push(&mut sql, " AND e.quad_class = ?", vec![Integer(quad as i64)]);
        }
        if let Some(f) = q.from {
            push(&mut sql, " AND e.date_from >= ?", vec![Text(f.to_string())]);
        }
        if let Some(t) = q.to {
            push(&mut sql, " AND e.date_to <= ?", vec![Text(t.to_string())]);
        }
        if let Some(d) = &q.doc {
            push(&mut sql, " AND d.source = ?", vec![Text(d.clone())]);
        }
        if let Some(s) = &q.search {
            push(
                &mut sql,
                " AND EXISTS (SELECT 1 FROM sentences_fts f WHERE f.sentences_fts MATCH ? AND f.doc = e.doc AND f.idx = e.sentence)",
                vec![Text(fts_query(s))],
            );
        }
        sql.push_str(" ORDER BY e.date_from IS NULL, e.date_from, d.source, e.sentence, e.id");
        if let Some(n) = q.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut stmt = self.conn.prepare(&sql).map_err(|e| err(&self.path, e))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), event_from_row).map_err(|e| err(&self.path, e))?;
        for row in rows {
            f(row.map_err(|e| err(&self.path, e))?)?;
        }
        Ok(())
    }

    /// Events known to the day that happened on a month and day, across the years, oldest
    /// first; the same event told by several documents once, with all of them.
    pub fn on_this_day(&self, month: u32, day: u32) -> Result<Vec<DayEvent>, StoreError> {
        let md = format!("{month:02}-{day:02}");
        let mut stmt = self
            .conn
            .prepare("SELECT e.*, d.source AS doc_source, d.title AS doc_title FROM events e JOIN documents d ON d.id = e.doc WHERE e.month_day = ? ORDER BY e.date_from, e.source_country, e.target_country, e.root, d.source, e.sentence")
            .map_err(|e| err(&self.path, e))?;
        let rows = stmt.query_map([&md], |r| Ok((event_from_row(r)?, r.get::<_, Option<String>>("doc_title")?))).map_err(|e| err(&self.path, e))?;
        let mut out: Vec<DayEvent> = Vec::new();
        // the same event in either direction (talks between two parties) is one event: its
        // key orders the two countries
        let mut index: HashMap<SameEvent, usize> = HashMap::new();
        for row in rows {
            let (e, title) = row.map_err(|e| err(&self.path, e))?;
            let c = |a: &Option<Actor>| a.as_ref().and_then(|a| a.country.clone());
            let (x, y) = (c(&e.source), c(&e.target));
            let (x, y) = if x <= y { (x, y) } else { (y, x) };
            let key = (e.date.as_ref().and_then(|d| d.from), x, y, e.root.clone());
            let src = SourceRef { doc: e.doc.clone(), title, sentence: e.text.clone() };
            match index.get(&key) {
                // a document that states the event twice (headline and body) is one source
                Some(&i) => {
                    let d = &mut out[i];
                    if !d.sources.iter().any(|s| s.doc == src.doc) {
                        d.sources.push(src);
                    }
                }
                None => {
                    index.insert(key, out.len());
                    out.push(DayEvent { event: e, sources: vec![src] });
                }
            }
        }
        for d in &mut out {
            d.sources.sort_by(|a, b| a.doc.cmp(&b.doc));
        }
        Ok(out)
    }

    /// The document stored under `id` (its path, URL or id as ingested).
    pub fn document(&self, id: &str) -> Result<Option<StoredDoc>, StoreError> {
        let row = self.conn.query_row("SELECT source, title, date, url, text FROM documents WHERE source = ?", [id], |r| {
            Ok(StoredDoc { id: r.get(0)?, title: r.get(1)?, date: r.get(2)?, url: r.get(3)?, text: r.get(4)? })
        });
        match row {
            Ok(d) => Ok(Some(d)),
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            Err(e) => Err(err(&self.path, e)),
        }
    }

    /// How relations between two actors (countries) evolved, both directions, by period.
    pub fn dyad(&self, a: &str, b: &str, by: Period) -> Result<Vec<DyadRow>, StoreError> {
        let len = match by {
            Period::Year => 4,
            Period::Month => 7,
        };
        let sql = format!(
            "SELECT substr(date_from, 1, {len}) AS period, count(*), sum(goldstein), \
             sum(quad_class = 1), sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4) \
             FROM events WHERE date_from IS NOT NULL AND ((source_country = ?1 AND target_country = ?2) OR (source_country = ?2 AND target_country = ?1)) \
             GROUP BY period ORDER BY period"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| err(&self.path, e))?;
        let rows = stmt
            .query_map(params![a.to_uppercase(), b.to_uppercase()], |r| {
                let n: i64 = r.get(1)?;
                let sum: f64 = r.get(2)?;
                Ok(DyadRow {
                    period: r.get(0)?,
                    events: n as u64,
                    goldstein_sum: (sum * 10.0).round() / 10.0,
                    goldstein_mean: if n > 0 { ((sum / n as f64) * 100.0).round() / 100.0 } else { 0.0 },
                    quad: QuadCounts {
                        q1: r.get::<_, i64>(3)? as u64,
                        q2: r.get::<_, i64>(4)? as u64,
                        q3: r.get::<_, i64>(5)? as u64,
                        q4: r.get::<_, i64>(6)? as u64,
                    },
                })
            })
            .map_err(|e| err(&self.path, e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| err(&self.path, e))
    }
}

/// Words to an FTS5 query: each word a quoted term, all required.
fn fts_query(words: &str) -> String {
    words.split_whitespace().map(|w| format!("\"{}\"", w.replace('"', ""))).collect::<Vec<_>>().join(" ")
}

/// Sentences of one document that full-text search covers (a document of more is searched
/// in its first sixteen million).
const FTS_MAX_SENTENCES: i64 = 1 << 24;

/// A sentence's row in `sentences_fts`: its document's rows lie together, so replacing a
/// document deletes a range instead of scanning the index.
fn fts_rowid(doc: i64, idx: i64) -> i64 {
    (doc << 24) | idx
}

fn ingest_one(tx: &rusqlite::Transaction, c: &Coded) -> rusqlite::Result<Outcome> {
    let hash = content_hash(c.doc);
    let existing: Option<(i64, String)> =
        tx.query_row("SELECT id, hash FROM documents WHERE source = ?", [&c.doc.id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
    let outcome = match &existing {
        Some((_, h)) if *h == hash => return Ok(Outcome::Unchanged),
        Some((id, _)) => {
            tx.execute("DELETE FROM sentences_fts WHERE rowid BETWEEN ? AND ?", [fts_rowid(*id, 0), fts_rowid(*id, FTS_MAX_SENTENCES - 1)])?;
            // the writer deletes children itself: with foreign keys enforced, SQLite opens a
            // statement journal for every insert, and the full-text index flushes at each
            tx.execute("DELETE FROM events WHERE doc = ?", [id])?;
            tx.execute("DELETE FROM sentences WHERE doc = ?", [id])?;
            tx.execute("DELETE FROM documents WHERE id = ?", [id])?;
            Outcome::Replaced
        }
        None => Outcome::Added,
    };
    tx.execute(
        "INSERT INTO documents (source, title, date, url, hash, text) VALUES (?, ?, ?, ?, ?, ?)",
        params![c.doc.id, c.doc.title, c.doc.date.map(|d| d.to_string()), c.doc.url, hash, c.doc.text],
    )?;
    let doc = tx.last_insert_rowid();
    {
        let mut s = tx.prepare_cached("INSERT INTO sentences (doc, idx, start, end) VALUES (?, ?, ?, ?)")?;
        let mut f = tx.prepare_cached("INSERT INTO sentences_fts (rowid, text, doc, idx) VALUES (?, ?, ?, ?)")?;
        for sent in c.sentences {
            s.execute(params![doc, sent.index as i64, sent.span.start as i64, sent.span.end as i64])?;
            if (sent.index as i64) < FTS_MAX_SENTENCES {
                f.execute(params![fts_rowid(doc, sent.index as i64), c.doc.text.get(sent.span.start..sent.span.end).unwrap_or(""), doc, sent.index as i64])?;
            }
        }
    }
    let mut e = tx.prepare_cached(
        "INSERT OR IGNORE INTO events (id, doc, sentence, span_start, span_end, text, date_value, date_from, date_to, date_granularity, date_basis, date_text, month_day, \
         source_code, source_country, source_text, target_code, target_country, target_text, cameo, root, quad_class, goldstein, plover, negated, \
         location_name, location_country, lat, lon, tone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)",
    )?;
    for ev in c.events {
        let d = ev.date.as_ref();
        let day = d.filter(|d| d.from.is_some() && d.from == d.to).and_then(|d| d.from);
        let month_day = day.map(|d| format!("{:02}-{:02}", d.month(), d.day()));
        let (s, t, l) = (ev.source.as_ref(), ev.target.as_ref(), ev.location.as_ref());
        e.execute(params![
            ev.id,
            doc,
            ev.sentence as i64,
            ev.span[0] as i64,
            ev.span[1] as i64,
            ev.text,
            d.map(|d| d.value.clone()),
            d.and_then(|d| d.from).map(|x| x.to_string()),
            d.and_then(|d| d.to).map(|x| x.to_string()),
            d.map(|d| granularity_name(d.granularity)),
            d.map(|d| basis_name(d.basis)),
            d.and_then(|d| d.text.clone()),
            month_day,
            s.map(|a| a.code.clone()),
            s.and_then(|a| a.country.clone()),
            s.map(|a| a.text.clone()),
            t.map(|a| a.code.clone()),
            t.and_then(|a| a.country.clone()),
            t.map(|a| a.text.clone()),
            ev.cameo,
            ev.root,
            ev.quad_class as i64,
            ev.goldstein,
            ev.plover,
            ev.negated,
            l.map(|l| l.name.clone()),
            l.and_then(|l| l.country.clone()),
            l.and_then(|l| l.lat),
            l.and_then(|l| l.lon),
            ev.tone,
        ])?;
    }
    Ok(outcome)
}

fn granularity_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Time => "time",
        Granularity::Day => "day",
        Granularity::Week => "week",
        Granularity::Month => "month",
        Granularity::Season => "season",
        Granularity::Quarter => "quarter",
        Granularity::Year => "year",
        Granularity::Decade => "decade",
        Granularity::Century => "century",
        Granularity::Range => "range",
    }
}

fn granularity_of(s: &str) -> Granularity {
    match s {
        "time" => Granularity::Time,
        "day" => Granularity::Day,
        "week" => Granularity::Week,
        "month" => Granularity::Month,
        "season" => Granularity::Season,
        "quarter" => Granularity::Quarter,
        "decade" => Granularity::Decade,
        "century" => Granularity::Century,
        "range" => Granularity::Range,
        _ => Granularity::Year,
    }
}

fn basis_name(b: DateBasis) -> &'static str {
    match b {
        DateBasis::Explicit => "explicit",
        DateBasis::Narrative => "narrative",
        DateBasis::Document => "document",
    }
}

fn basis_of(s: &str) -> DateBasis {
    match s {
        "explicit" => DateBasis::Explicit,
        "document" => DateBasis::Document,
        _ => DateBasis::Narrative,
    }
}

fn event_from_row(r: &Row) -> rusqlite::Result<Event> {
    let date_value: Option<String> = r.get("date_value")?;
    let parse = |s: Option<String>| s.and_then(|s| Date::parse(&s).ok());
    let date = match date_value {
        Some(value) => Some(EventDate {
            value,
            from: parse(r.get("date_from")?),
            to: parse(r.get("date_to")?),
            granularity: granularity_of(&r.get::<_, Option<String>>("date_granularity")?.unwrap_or_default()),
            basis: basis_of(&r.get::<_, Option<String>>("date_basis")?.unwrap_or_default()),
            text: r.get("date_text")?,
        }),
        None => None,
    };
    let actor = |code: Option<String>, country: Option<String>, text: Option<String>| code.map(|code| Actor { code, country, text: text.unwrap_or_default() });
    let location = match r.get::<_, Option<String>>("location_name")? {
        Some(name) => Some(Location { name, country: r.get("location_country")?, lat: r.get("lat")?, lon: r.get("lon")? }),
        None => None,
    };
    Ok(Event {
        id: r.get("id")?,
        doc: r.get("doc_source")?,
        sentence: r.get::<_, i64>("sentence")? as usize,
        span: [r.get::<_, i64>("span_start")? as usize, r.get::<_, i64>("span_end")? as usize],
        text: r.get("text")?,
        date,
        source: actor(r.get("source_code")?, r.get("source_country")?, r.get("source_text")?),
        target: actor(r.get("target_code")?, r.get("target_country")?, r.get("target_text")?),
        cameo: r.get("cameo")?,
        root: r.get("root")?,
        quad_class: r.get::<_, i64>("quad_class")? as u8,
        goldstein: r.get("goldstein")?,
        plover: r.get("plover")?,
        negated: r.get("negated")?,
        location,
        tone: r.get("tone")?,
    })
}

#[cfg(test)]
mod tests;
