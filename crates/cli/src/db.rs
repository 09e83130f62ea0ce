//! The database commands: `ingest`, `events`, `on`, `dyad`.

use crate::output::{self, EventPrinter};
use crate::{pipeline, EventFormat};
use annals_store::{Coded, EventQuery, Outcome, Period, Store};
use anyhow::{bail, Context as _, Result};
use clap::ValueEnum;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// Where the database is: `--db`, else `ANNALS_DB`, else `annals.db` here.
pub fn db_path(arg: &Option<PathBuf>) -> PathBuf {
    arg.clone().or_else(|| std::env::var_os("ANNALS_DB").map(PathBuf::from)).unwrap_or_else(|| PathBuf::from("annals.db"))
}

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files, folders (read recursively) or `-`.
    #[arg(required = true)]
    pub(crate) paths: Vec<String>,
    /// The database file (default: $ANNALS_DB, else annals.db).
    #[arg(long)]
    pub(crate) db: Option<PathBuf>,
    /// The document date (YYYY-MM-DD) for documents whose metadata gives none.
    #[arg(long, value_parser = crate::parse_date)]
    pub(crate) date: Option<annals_model::Date>,
    #[arg(long)]
    pub(crate) threads: Option<usize>,
}

/// Documents written per transaction.
const WRITE_BATCH: usize = 64;

/// What an ingest run did.
#[derive(Default)]
struct Tally {
    added: usize,
    replaced: usize,
    unchanged: usize,
    events: usize,
}

impl Tally {
    fn documents(&self) -> usize {
        self.added + self.replaced + self.unchanged
    }

    /// Writes the pending documents in one transaction and counts what happened.
    fn write(&mut self, pending: &mut Vec<(annals_model::Doc, annals_code::Coded)>, store: &mut Store) -> Result<()> {
        let batch: Vec<Coded> = pending.iter().map(|(d, c)| Coded { doc: d, sentences: &c.sentences, events: &c.events }).collect();
        let outcomes = store.ingest(&batch)?;
        for (o, (_, c)) in outcomes.iter().zip(pending.iter()) {
            match o {
                Outcome::Added => self.added += 1,
                Outcome::Replaced => self.replaced += 1,
                Outcome::Unchanged => self.unchanged += 1,
            }
            if *o != Outcome::Unchanged {
                self.events += c.events.len();
            }
        }
        pending.clear();
        Ok(())
    }
}

pub fn ingest(a: IngestArgs) -> Result<bool> {
    let path = db_path(&a.db);
    let mut store = Store::open(&path).with_context(|| format!("opening the database {}", path.display()))?;
    let coder = annals_code::Coder::builtin().context("loading the built-in dictionaries")?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(a.threads.unwrap_or(0)).build().context("starting worker threads")?;
    let bar = std::io::stderr().is_terminal().then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}").expect("a valid template"));
        b.enable_steady_tick(std::time::Duration::from_millis(120));
        b
    });
    let mut tally = Tally::default();
    let mut bad = 0usize;
    let mut pending: Vec<(annals_model::Doc, annals_code::Coded)> = Vec::new();
    pipeline::run(&a.paths, a.date, &coder, &pool, |item| {
        match item {
            pipeline::Item::Coded(doc, coded) => {
                pending.push((doc, coded));
                if pending.len() >= WRITE_BATCH {
                    tally.write(&mut pending, &mut store)?;
                }
            }
            pipeline::Item::Error(e) => {
                bad += 1;
                match &bar {
                    Some(b) => b.println(format!("annals: {e}")),
                    None => eprintln!("annals: {e}"),
                }
            }
        }
        if let Some(b) = &bar {
            b.set_message(format!("{} documents read, {} events written", tally.documents() + pending.len(), tally.events));
        }
        Ok(())
    })?;
    tally.write(&mut pending, &mut store)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let (docs, total) = store.counts()?;
    eprintln!(
        "ingested {} documents into {} ({} added, {} replaced, {} unchanged, {} events written); the database holds {docs} documents and {total} events{}",
        tally.documents(),
        path.display(),
        tally.added,
        tally.replaced,
        tally.unchanged,
        tally.events,
        if bad > 0 { format!("; {bad} inputs could not be read") } else { String::new() }
    );
    Ok(bad == 0)
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum QueryFormat {
    Table,
    Jsonl,
    Tsv,
    Csv,
}

#[derive(clap::Args)]
pub struct EventsArgs {
    #[arg(long)]
    db: Option<PathBuf>,
    /// Events with this actor on either side (country USA or code USAGOV).
    #[arg(long)]
    actor: Option<String>,
    /// Events between two actors, either direction: --dyad USA,CUB.
    #[arg(long)]
    dyad: Option<String>,
    /// CAMEO code or prefix (04, 046).
    #[arg(long)]
    code: Option<String>,
    /// QuadClass 1-4.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quad: Option<u8>,
    #[arg(long, value_parser = crate::parse_date)]
    from: Option<annals_model::Date>,
    #[arg(long, value_parser = crate::parse_date)]
    to: Option<annals_model::Date>,
    /// The document (its path, URL or id).
    #[arg(long)]
    doc: Option<String>,
    /// Words the event's sentence contains.
    #[arg(long)]
    search: Option<String>,
    #[arg(long)]
    limit: Option<usize>,
    #[arg(long, value_enum, default_value = "table")]
    format: QueryFormat,
}

pub(crate) fn open_existing(db: &Option<PathBuf>) -> Result<Store> {
    let path = db_path(db);
    if !path.exists() {
        bail!("{}: no such database (run `annals ingest PATH` first, or give --db)", path.display());
    }
    Store::open(&path).with_context(|| format!("opening the database {}", path.display()))
}

pub fn events(a: EventsArgs) -> Result<bool> {
    let store = open_existing(&a.db)?;
    let dyad = match &a.dyad {
        Some(d) => match d.split_once(',') {
            Some((x, y)) if !x.trim().is_empty() && !y.trim().is_empty() => Some((x.trim().to_string(), y.trim().to_string())),
            _ => bail!("--dyad wants two actors separated by a comma, as USA,CUB"),
        },
        None => None,
    };
    let q = EventQuery { actor: a.actor, dyad, code: a.code, quad: a.quad, from: a.from, to: a.to, doc: a.doc, search: a.search, limit: a.limit };
    let evs = store.events(&q)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match a.format {
        QueryFormat::Csv => output::csv_events(&mut out, &evs)?,
        f => {
            let mut p = EventPrinter::new(match f {
                QueryFormat::Jsonl => EventFormat::Jsonl,
                QueryFormat::Tsv => EventFormat::Tsv,
                _ => EventFormat::Table,
            });
            p.header(&mut out)?;
            for e in &evs {
                p.event(&mut out, e)?;
            }
        }
    }
    out.flush()?;
    Ok(true)
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum DayFormat {
    Table,
    Json,
}

#[derive(clap::Args)]
pub struct OnArgs {
    /// The month and day, MM-DD.
    pub(crate) day: String,
    #[arg(long)]
    pub(crate) db: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "table")]
    pub(crate) format: DayFormat,
}

/// Parses `MM-DD` (a day that exists in some year: 02-29 is allowed).
pub fn parse_month_day(s: &str) -> Option<(u32, u32)> {
    let (m, d) = s.split_once('-')?;
    if m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    (d >= 1 && d <= annals_model::days_in_month(2000, m)).then_some((m, d))
}

pub fn on(a: OnArgs) -> Result<bool> {
    let Some((m, d)) = parse_month_day(&a.day) else {
        eprintln!("annals: {:?} is not a month and day (MM-DD, as 03-24)", a.day);
        std::process::exit(2);
    };
    let store = open_existing(&a.db)?;
    let day = store.on_this_day(m, d)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match a.format {
        DayFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "day": a.day, "events": day }))?;
            writeln!(out)?;
        }
        DayFormat::Table => {
            if day.is_empty() {
                writeln!(out, "No events known on {}.", a.day)?;
            }
            for e in &day {
                let ev = &e.event;
                let who = |x: &Option<annals_model::Actor>| x.as_ref().map_or("-".to_string(), |a| a.code.clone());
                writeln!(
                    out,
                    "{}  {} {} {}  ({} source{})",
                    ev.date.as_ref().map_or("-", |d| d.value.as_str()),
                    who(&ev.source),
                    ev.cameo,
                    who(&ev.target),
                    e.sources.len(),
                    if e.sources.len() == 1 { "" } else { "s" }
                )?;
                for s in &e.sources {
                    let text: String = s.sentence.chars().take(110).collect();
                    writeln!(out, "    {}: {}", s.doc, text.replace('\n', " "))?;
                }
            }
        }
    }
    out.flush()?;
    Ok(true)
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum By {
    Year,
    Month,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum DyadFormat {
    Table,
    Json,
    Csv,
    Svg,
}

#[derive(clap::Args)]
pub struct DyadArgs {
    pub(crate) a: String,
    pub(crate) b: String,
    #[arg(long)]
    pub(crate) db: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "year")]
    pub(crate) by: By,
    #[arg(long, value_enum, default_value = "table")]
    pub(crate) format: DyadFormat,
}

pub fn dyad(a: DyadArgs) -> Result<bool> {
    for x in [&a.a, &a.b] {
        if x.len() != 3 || !x.chars().all(|c| c.is_ascii_alphabetic()) {
            eprintln!("annals: {x:?} is not a three-letter actor code (USA, CUB, SUN)");
            std::process::exit(2);
        }
    }
    let store = open_existing(&a.db)?;
    let by = if a.by == By::Year { Period::Year } else { Period::Month };
    let rows = store.dyad(&a.a, &a.b, by)?;
    let (aa, bb) = (a.a.to_uppercase(), a.b.to_uppercase());
    let by_name = if a.by == By::Year { "year" } else { "month" };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match a.format {
        DyadFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "a": aa, "b": bb, "by": by_name, "rows": rows }))?;
            writeln!(out)?;
        }
        DyadFormat::Csv => {
            writeln!(out, "period,events,goldstein_sum,goldstein_mean,quad1,quad2,quad3,quad4")?;
            for r in &rows {
                writeln!(out, "{},{},{},{},{},{},{},{}", r.period, r.events, r.goldstein_sum, r.goldstein_mean, r.quad.q1, r.quad.q2, r.quad.q3, r.quad.q4)?;
            }
        }
        DyadFormat::Table => {
            writeln!(out, "{aa}–{bb} by {by_name}")?;
            writeln!(out, "{:<8} {:>6} {:>9} {:>8}  {:>4} {:>4} {:>4} {:>4}", "period", "events", "goldstein", "mean", "q1", "q2", "q3", "q4")?;
            for r in &rows {
                writeln!(
                    out,
                    "{:<8} {:>6} {:>9.1} {:>8.2}  {:>4} {:>4} {:>4} {:>4}",
                    r.period, r.events, r.goldstein_sum, r.goldstein_mean, r.quad.q1, r.quad.q2, r.quad.q3, r.quad.q4
                )?;
            }
        }
        DyadFormat::Svg => out.write_all(output::dyad_svg(&aa, &bb, by_name, &rows).as_bytes())?,
    }
    out.flush()?;
    Ok(true)
}
