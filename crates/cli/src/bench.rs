//! `annals bench`: throughput and peak memory of the pipeline on one core, over a corpus
//! made by repeating the given texts to a target size. It prints the number of sentences,
//! events and time expressions found, so a run that is fast because it found nothing shows.

use annals_code::{Coder, Scratch};
use annals_model::Doc;
use anyhow::{bail, Context as _, Result};
use std::time::Instant;

#[derive(clap::Args)]
pub struct BenchArgs {
    /// Texts to repeat into the benchmark corpus (files or folders; TEI, HTML and text).
    /// Default: the example texts that ship with annals.
    paths: Vec<String>,
    /// Size of the corpus in megabytes.
    #[arg(long, default_value_t = 20)]
    mb: usize,
    /// What to measure: the whole extraction, or the time tagger alone.
    #[arg(long, value_enum, default_value = "extract")]
    stage: Stage,
}

#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
enum Stage {
    Extract,
    Time,
}

const EXAMPLES: &[&str] =
    &[include_str!("../../../examples/corpus/1977-03-24-us-cuba-talks.txt"), include_str!("../../../examples/corpus/1962-10-cuban-missile-crisis.txt")];

/// Peak resident memory of this process in kB (Linux), if known.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

pub fn run(a: BenchArgs) -> Result<()> {
    let mut texts: Vec<String> = Vec::new();
    for p in &a.paths {
        for d in annals_text::read_path(p, None) {
            match d {
                Ok(doc) => texts.push(doc.text),
                Err(e) => bail!("{e}"),
            }
        }
    }
    if texts.is_empty() {
        texts = EXAMPLES.iter().map(|s| s.to_string()).collect();
    }
    let unit: usize = texts.iter().map(String::len).sum();
    if unit == 0 {
        bail!("the benchmark texts are empty");
    }
    let target = a.mb.max(1) * 1_000_000;
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < target {
        for t in &texts {
            docs.push(Doc { id: format!("bench-{}", docs.len()), text: t.clone(), ..Default::default() });
            bytes += t.len();
        }
    }
    let coder = Coder::builtin().context("loading the built-in dictionaries")?;
    let mut scratch = Scratch::default();
    let started = Instant::now();
    let (mut sentences, mut events, mut timexes) = (0usize, 0usize, 0usize);
    match a.stage {
        Stage::Extract => {
            for d in &docs {
                let c = coder.code_with(d, &mut scratch);
                sentences += c.sentences.len();
                events += c.events.len();
            }
        }
        Stage::Time => {
            for d in &docs {
                timexes += coder.time.tag(d).len();
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} documents, {:.1} MB ({} texts of {} bytes repeated)", docs.len(), mb, texts.len(), unit);
    match a.stage {
        Stage::Extract => {
            println!("extract, one thread: {:.2} s, {:.1} MB/s, {:.0} sentences/s", secs, mb / secs, sentences as f64 / secs);
            println!("found: {sentences} sentences, {events} events");
        }
        Stage::Time => {
            println!("time, one thread: {:.2} s, {:.1} MB/s", secs, mb / secs);
            println!("found: {timexes} time expressions");
        }
    }
    match peak_rss_kb() {
        Some(kb) => println!("peak memory: {:.1} MB", kb as f64 / 1024.0),
        None => println!("peak memory: unknown on this system"),
    }
    Ok(())
}
