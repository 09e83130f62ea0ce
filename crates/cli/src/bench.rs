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
    /// What to measure: the whole extraction, the time tagger alone, or the database
    /// (ingest and queries on generated events).
    #[arg(long, value_enum, default_value = "extract")]
    stage: Stage,
    /// With --stage store: how many events to generate.
    #[arg(long, default_value_t = 1_000_000)]
    events: usize,
}

#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
enum Stage {
    Extract,
    Time,
    Store,
}

/// Peak resident memory of this process in kB (Linux), if known.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

pub fn run(a: BenchArgs) -> Result<()> {
    if a.stage == Stage::Store {
        return store::run(a.events);
    }
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
        texts = crate::demo::CORPUS.iter().map(|(_, text)| text.to_string()).collect();
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
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} documents, {:.1} MB ({} texts of {} bytes repeated)", docs.len(), mb, texts.len(), unit);
    let started = Instant::now();
    if a.stage == Stage::Time {
        let timexes: usize = docs.iter().map(|d| coder.time.tag(d).len()).sum();
        let secs = started.elapsed().as_secs_f64();
        println!("time, one thread: {:.2} s, {:.1} MB/s", secs, mb / secs);
        println!("found: {timexes} time expressions");
    } else {
        let (mut sentences, mut events) = (0usize, 0usize);
        for d in &docs {
            let c = coder.code_with(d, &mut scratch);
            sentences += c.sentences.len();
            events += c.events.len();
        }
        let secs = started.elapsed().as_secs_f64();
        println!("extract, one thread: {:.2} s, {:.1} MB/s, {:.0} sentences/s", secs, mb / secs, sentences as f64 / secs);
        println!("found: {sentences} sentences, {events} events");
    }
    match peak_rss_kb() {
        Some(kb) => println!("peak memory: {:.1} MB", kb as f64 / 1024.0),
        None => println!("peak memory: unknown on this system"),
    }
    Ok(())
}

mod store {
    //! The database on a generated record: ingest in batches as `annals ingest` writes
    //! them, then the latency of `on` and `dyad` and a filtered `events` query.

    use super::peak_rss_kb;
    use annals_model::{Actor, CameoTable, Date, DateBasis, Doc, Event, EventDate, Granularity, Sentence, Span};
    use annals_store::{Coded, EventQuery, Period, Store};
    use anyhow::{Context as _, Result};
    use std::time::{Duration, Instant};

    const COUNTRIES: &[&str] = &[
        "USA", "CUB", "SUN", "RUS", "CHN", "GBR", "FRA", "DEU", "ISR", "EGY", "IRQ", "IRN", "SYR", "TUR", "IND", "PAK", "JPN", "KOR", "PRK", "VNM", "MEX",
        "BRA", "ARG", "CHL", "ZAF", "NGA", "ETH", "KEN", "UKR", "POL", "ITA", "ESP", "CAN", "AUS", "IDN", "PHL", "SAU", "JOR", "LBN", "AFG",
    ];
    const CODES: &[&str] = &["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "111", "112", "120", "130", "163", "172", "190", "193"];
    const EVENTS_PER_DOC: usize = 10;
    const BATCH: usize = 64;

    /// xorshift64*: the same record on every run.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
        }
    }

    fn doc(i: usize, rng: &mut Rng, cameo: &CameoTable) -> Result<(Doc, Vec<Sentence>, Vec<Event>)> {
        let id = format!("bench/doc-{i:07}.txt");
        let mut text = String::new();
        let mut sentences = Vec::new();
        let mut events = Vec::new();
        for k in 0..EVENTS_PER_DOC {
            let (a, b) = (COUNTRIES[rng.below(COUNTRIES.len())], COUNTRIES[rng.below(COUNTRIES.len())]);
            let code = cameo.get(CODES[rng.below(CODES.len())]).context("a CAMEO code of the benchmark")?;
            let day = Date::new(1946 + rng.below(80) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32)?;
            let start = text.len();
            text.push_str(&format!("On {day} officials of {a} and {b} took part in an event of kind {} ({}).", code.code, code.name));
            let span = Span::new(start, text.len());
            text.push(' ');
            sentences.push(Sentence { index: k, span, para_start: k == 0 });
            let actor = |c: &str| Some(Actor { code: c.to_string(), country: Some(c.to_string()), text: c.to_string() });
            events.push(Event {
                id: annals_model::event_id(&[&id, &k.to_string()]),
                doc: id.clone(),
                sentence: k,
                span: [span.start, span.end],
                text: text[span.start..span.end].to_string(),
                date: Some(EventDate {
                    value: day.to_string(),
                    from: Some(day),
                    to: Some(day),
                    granularity: Granularity::Day,
                    basis: DateBasis::Explicit,
                    text: None,
                }),
                source: actor(a),
                target: actor(b),
                cameo: code.code.clone(),
                root: code.root.clone(),
                quad_class: code.quad_class,
                goldstein: code.goldstein,
                plover: code.plover.clone(),
                negated: false,
                location: None,
                tone: None,
            });
        }
        Ok((Doc { id, text, ..Default::default() }, sentences, events))
    }

    /// Median, 95th percentile and maximum, in milliseconds.
    fn summary(mut t: Vec<Duration>) -> String {
        t.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let p95 = t[(t.len() * 95 / 100).min(t.len() - 1)];
        format!("median {:.1} ms, p95 {:.1} ms, max {:.1} ms over {} queries", ms(t[t.len() / 2]), ms(p95), ms(t[t.len() - 1]), t.len())
    }

    pub fn run(events: usize) -> Result<()> {
        let dir = std::env::temp_dir().join(format!("annals-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join("bench.db");
        let result = measure(&path, events);
        let _ = std::fs::remove_dir_all(&dir);
        result
    }

    fn measure(path: &std::path::Path, events: usize) -> Result<()> {
        let mut store = Store::open(path)?;
        let cameo = CameoTable::builtin();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let docs = events.div_ceil(EVENTS_PER_DOC).max(1);
        let mut generated = Duration::ZERO;
        let started = Instant::now();
        let mut i = 0;
        while i < docs {
            let t = Instant::now();
            let batch: Vec<_> = (i..(i + BATCH).min(docs)).map(|k| doc(k, &mut rng, &cameo)).collect::<Result<_>>()?;
            generated += t.elapsed();
            let coded: Vec<Coded> = batch.iter().map(|(d, s, e)| Coded { doc: d, sentences: s, events: e }).collect();
            store.ingest(&coded)?;
            i += batch.len();
        }
        let secs = (started.elapsed() - generated).as_secs_f64();
        let (n_docs, n_events) = store.counts()?;
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) + std::fs::metadata(path.with_extension("db-wal")).map(|m| m.len()).unwrap_or(0);
        println!("store: {n_docs} documents, {n_events} events, {:.0} MB on disk", size as f64 / 1e6);
        println!(
            "ingest (writing only; extraction is measured by --stage extract): {:.1} s, {:.0} documents/s, {:.0} events/s",
            secs,
            n_docs as f64 / secs,
            n_events as f64 / secs
        );
        let mut on = Vec::new();
        let mut found = 0;
        for _ in 0..50 {
            let (m, d) = (1 + rng.below(12) as u32, 1 + rng.below(28) as u32);
            let t = Instant::now();
            found += store.on_this_day(m, d)?.len();
            on.push(t.elapsed());
        }
        println!("on MM-DD: {} ({} events a day on average)", summary(on), found / 50);
        for (by, name) in [(Period::Year, "year"), (Period::Month, "month")] {
            let mut dyad = Vec::new();
            for _ in 0..50 {
                let (a, b) = (COUNTRIES[rng.below(COUNTRIES.len())], COUNTRIES[rng.below(COUNTRIES.len())]);
                let t = Instant::now();
                store.dyad(a, b, by)?;
                dyad.push(t.elapsed());
            }
            println!("dyad A B --by {name}: {}", summary(dyad));
        }
        let mut ev = Vec::new();
        for _ in 0..50 {
            let q = EventQuery { actor: Some(COUNTRIES[rng.below(COUNTRIES.len())].into()), code: Some("04".into()), limit: Some(100), ..Default::default() };
            let t = Instant::now();
            store.events(&q)?;
            ev.push(t.elapsed());
        }
        println!("events --actor X --code 04 --limit 100: {}", summary(ev));
        match peak_rss_kb() {
            Some(kb) => println!("peak memory: {:.1} MB", kb as f64 / 1024.0),
            None => println!("peak memory: unknown on this system"),
        }
        Ok(())
    }
}
