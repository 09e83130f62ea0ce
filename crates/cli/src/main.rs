//! The `annals` binary: a thin front over the pipeline crates.

mod bench;
mod db;
mod demo;
mod export;
mod output;
mod pipeline;
mod serve;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "annals", version, about = "Dated, sourced, coded political event data from news and history text.", propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read files, folders or `-` and print the events they state (no database).
    Extract(ExtractArgs),
    /// Print the time expressions found in files, with TIMEX3 values.
    Time(TimeArgs),
    /// Ingest the bundled example articles into a fresh database and show what it answers.
    Demo,
    /// Read documents into the database (annals.db, --db or $ANNALS_DB); nothing twice.
    Ingest(db::IngestArgs),
    /// Query stored events by actor, dyad, code, QuadClass, dates, document or words.
    Events(db::EventsArgs),
    /// What happened on a month and day (MM-DD) across the years, with sources.
    On(db::OnArgs),
    /// How relations between two actors evolved, by year or month.
    Dyad(db::DyadArgs),
    /// Write every stored event to a file: JSON Lines, CSV or Parquet.
    Export(export::ExportArgs),
    /// Serve the database read-only: a JSON API and a web page to look at it.
    Serve(serve::ServeArgs),
    /// Measure throughput and peak memory of extraction (or time tagging) on one core.
    Bench(bench::BenchArgs),
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum EventFormat {
    Jsonl,
    Tsv,
    Table,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum TimeFormat {
    Jsonl,
    Table,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files, folders (read recursively) or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<String>,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: EventFormat,
    /// The document date (YYYY-MM-DD) for documents whose metadata gives none.
    #[arg(long, value_parser = parse_date)]
    date: Option<annals_model::Date>,
    /// Worker threads (default: all cores). The output is the same for any number.
    #[arg(long)]
    threads: Option<usize>,
}

#[derive(clap::Args)]
struct TimeArgs {
    #[arg(required = true)]
    paths: Vec<String>,
    /// The document date (YYYY-MM-DD) that deictic expressions ("today") are anchored on.
    #[arg(long, value_parser = parse_date)]
    date: Option<annals_model::Date>,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: TimeFormat,
}

pub(crate) fn parse_date(s: &str) -> Result<annals_model::Date, String> {
    annals_model::Date::parse(s).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract(a),
        Command::Time(a) => time(a),
        Command::Demo => demo::run(),
        Command::Ingest(a) => db::ingest(a),
        Command::Events(a) => db::events(a),
        Command::On(a) => db::on(a),
        Command::Dyad(a) => db::dyad(a),
        Command::Export(a) => export::run(a),
        Command::Serve(a) => serve::run(a),
        Command::Bench(a) => bench::run(a).map(|_| true),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("annals: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

/// `annals extract`: streams events in input order; returns false when some input was bad.
fn extract(a: ExtractArgs) -> Result<bool> {
    let coder = annals_code::Coder::builtin().context("loading the built-in dictionaries")?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(a.threads.unwrap_or(0)).build().context("starting worker threads")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut printer = output::EventPrinter::new(a.format);
    printer.header(&mut out)?;
    let mut ok = true;
    pipeline::run(&a.paths, a.date, &coder, &pool, |item| {
        match item {
            pipeline::Item::Coded(_, coded) => {
                for e in &coded.events {
                    printer.event(&mut out, e)?;
                }
            }
            pipeline::Item::Error(e) => {
                out.flush()?;
                eprintln!("annals: {e}");
                ok = false;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(ok)
}

/// `annals time`: the time expressions of each document.
fn time(a: TimeArgs) -> Result<bool> {
    let tagger = annals_time::TimeTagger::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut ok = true;
    for p in &a.paths {
        for d in annals_text::read_path(p, a.date) {
            match d {
                Ok(doc) => {
                    for t in tagger.tag(&doc) {
                        output::timex(&mut out, a.format, &doc, &t)?;
                    }
                }
                Err(e) => {
                    out.flush()?;
                    eprintln!("annals: {e}");
                    ok = false;
                }
            }
        }
    }
    out.flush()?;
    Ok(ok)
}
