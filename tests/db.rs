//! The database commands as users run them: ingest (idempotent, safe to kill), events,
//! on, dyad.

use std::path::Path;
use std::process::{Command, Output};

mod support;
use support::Scratch;

fn annals(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_annals")).args(args).output().expect("the binary runs")
}

fn examples() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus").to_string_lossy().into_owned()
}

fn tempdir(name: &str) -> Scratch {
    Scratch::new(&format!("db-{name}"))
}

fn count_events(db: &str) -> usize {
    let out = annals(&["events", "--db", db, "--format", "jsonl"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().count()
}

#[test]
fn ingesting_twice_adds_nothing() {
    let dir = tempdir("twice");
    let db = dir.join("a.db");
    let db = db.to_str().unwrap();
    let first = annals(&["ingest", &examples(), "--db", db]);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let n = count_events(db);
    assert!(n > 10);
    let second = annals(&["ingest", &examples(), "--db", db]);
    let files = std::fs::read_dir(examples()).unwrap().count();
    let summary = format!("0 added, 0 replaced, {files} unchanged");
    assert!(String::from_utf8_lossy(&second.stderr).contains(&summary), "{}", String::from_utf8_lossy(&second.stderr));
    assert_eq!(count_events(db), n);
}

#[test]
fn a_changed_document_replaces_its_events() {
    let dir = tempdir("changed");
    let doc = dir.join("d.txt");
    std::fs::write(&doc, "In 1961 the United States severed diplomatic relations with Cuba.\n").unwrap();
    let db = dir.join("a.db");
    let (db, doc) = (db.to_str().unwrap(), doc.to_str().unwrap());
    assert!(annals(&["ingest", doc, "--db", db]).status.success());
    assert_eq!(count_events(db), 1);
    std::fs::write(doc, "In 1977 the United States and Cuba held talks in New York.\n").unwrap();
    let out = annals(&["ingest", doc, "--db", db]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 replaced"));
    let evs = String::from_utf8(annals(&["events", "--db", db, "--format", "jsonl"]).stdout).unwrap();
    assert!(evs.contains("\"1977\"") && !evs.contains("\"161\""), "{evs}");
}

#[test]
fn a_killed_ingest_leaves_a_consistent_database_that_a_rerun_completes() {
    let dir = tempdir("kill");
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let text = std::fs::read_to_string(Path::new(&examples()).join("1962-10-cuban-missile-crisis.txt")).unwrap();
    for i in 0..400 {
        std::fs::write(corpus.join(format!("doc-{i:04}.txt")), format!("{text}\nCopy {i}.\n")).unwrap();
    }
    let (db, reference) = (dir.join("killed.db"), dir.join("reference.db"));
    let (db, reference, corpus) = (db.to_str().unwrap(), reference.to_str().unwrap(), corpus.to_str().unwrap());
    let mut child = Command::new(env!("CARGO_BIN_EXE_annals")).args(["ingest", corpus, "--db", db, "--threads", "1"]).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(annals(&["ingest", corpus, "--db", db]).status.success());
    assert!(annals(&["ingest", corpus, "--db", reference]).status.success());
    assert_eq!(count_events(db), count_events(reference));
    let docs = |db: &str| {
        let out = String::from_utf8(annals(&["events", "--db", db, "--format", "tsv"]).stdout).unwrap();
        let mut d: Vec<String> = out.lines().skip(1).map(|l| l.split('\t').nth(1).unwrap().to_string()).collect();
        d.sort();
        d.dedup();
        d.len()
    };
    assert_eq!(docs(db), 400);
}

#[test]
fn on_this_day_lists_the_talks_with_their_sources() {
    let dir = tempdir("on");
    let db = dir.join("a.db");
    let db = db.to_str().unwrap();
    assert!(annals(&["ingest", &examples(), "--db", db]).status.success());
    let out = annals(&["on", "03-24", "--db", db, "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = v["events"].as_array().unwrap();
    let talks = events.iter().find(|e| e["event"]["date"]["value"] == "1977-03-24" && e["event"]["root"] == "04").expect("the 1977 talks");
    assert!(!talks["sources"].as_array().unwrap().is_empty());
    assert_eq!(annals(&["on", "13-45", "--db", db]).status.code(), Some(2));
    assert_eq!(annals(&["on", "02-30", "--db", db]).status.code(), Some(2));
}

#[test]
fn dyad_formats() {
    let dir = tempdir("dyad");
    let db = dir.join("a.db");
    let db = db.to_str().unwrap();
    assert!(annals(&["ingest", &examples(), "--db", db]).status.success());
    let json: serde_json::Value = serde_json::from_slice(&annals(&["dyad", "USA", "CUB", "--db", db, "--format", "json"]).stdout).unwrap();
    assert_eq!((json["a"].as_str(), json["b"].as_str(), json["by"].as_str()), (Some("USA"), Some("CUB"), Some("year")));
    let rows = json["rows"].as_array().unwrap();
    let y1977 = rows.iter().find(|r| r["period"] == "1977").unwrap();
    assert!(y1977["goldstein_sum"].as_f64().unwrap() > 0.0);
    assert!(y1977["quad"]["1"].as_u64().unwrap() > 0);
    let csv = String::from_utf8(annals(&["dyad", "usa", "cub", "--db", db, "--format", "csv", "--by", "month"]).stdout).unwrap();
    assert!(csv.starts_with("period,events,goldstein_sum") && csv.contains("1977-03,"));
    let svg = String::from_utf8(annals(&["dyad", "USA", "CUB", "--db", db, "--format", "svg"]).stdout).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("<polyline") && svg.trim_end().ends_with("</svg>"));
    assert_eq!(annals(&["dyad", "USA", "CUBA", "--db", db]).status.code(), Some(2));
}

#[test]
fn events_filters_and_formats() {
    let dir = tempdir("events");
    let db = dir.join("a.db");
    let db = db.to_str().unwrap();
    assert!(annals(&["ingest", &examples(), "--db", db]).status.success());
    let all = count_events(db);
    let out = |args: &[&str]| {
        let mut a = vec!["events", "--db", db, "--format", "jsonl"];
        a.extend_from_slice(args);
        String::from_utf8(annals(&a).stdout).unwrap().lines().count()
    };
    assert!(out(&["--quad", "4"]) < all);
    assert!(out(&["--code", "04"]) > 0);
    assert!(out(&["--from", "1977-01-01", "--to", "1977-12-31"]) > 0);
    assert_eq!(out(&["--from", "2100-01-01"]), 0);
    assert!(out(&["--search", "quarantine"]) > 0);
    let csv = String::from_utf8(annals(&["events", "--db", db, "--format", "csv"]).stdout).unwrap();
    assert!(csv.starts_with("id,doc,sentence,date_value"));
    let missing = annals(&["events", "--db", dir.join("none.db").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no such database"));
}

#[test]
fn the_demo_answers_on_this_day_and_a_dyad_from_the_bundled_articles() {
    // the demo keeps its database for the commands it suggests next; here, in a scratch dir
    let tmp = tempdir("demo");
    let out = Command::new(env!("CARGO_BIN_EXE_annals")).arg("demo").env("TMPDIR", &*tmp).output().expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    // two reports of the 1977 talks merged into one event
    let talks = stdout.lines().position(|l| l.starts_with("1977-03-24") && l.ends_with("(2 sources)")).expect(&stdout);
    assert!(stdout.lines().nth(talks + 1).unwrap().contains("havana-view-of-talks"), "{stdout}");
    // the relationship: hostile in 1961, warmer in 1977
    let sum = |year: &str| -> f64 {
        let row = stdout.lines().find(|l| l.starts_with(year)).expect(year);
        row.split_whitespace().nth(2).unwrap().parse().unwrap()
    };
    assert!(sum("1961 ") < 0.0 && sum("1977 ") > 0.0, "{stdout}");
    assert!(stdout.contains(&format!("annals serve --db {}", tmp.display())), "{stdout}");
}

#[test]
fn export_writes_every_event_as_jsonl_csv_and_parquet() {
    let dir = tempdir("export");
    let db = dir.join("a.db");
    let db = db.to_str().unwrap();
    assert!(annals(&["ingest", &examples(), "--db", db]).status.success());
    let n = count_events(db);
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();

    assert!(annals(&["export", &path("all.jsonl"), "--db", db]).status.success());
    let jsonl = std::fs::read_to_string(path("all.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), n);
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["cameo"].is_string() && v["doc"].is_string());
    }

    assert!(annals(&["export", &path("all.csv"), "--db", db]).status.success());
    let csv = std::fs::read_to_string(path("all.csv")).unwrap();
    assert!(csv.starts_with("id,doc,sentence,date_value"));
    // quoted fields may hold line breaks; count records by their id column instead
    assert_eq!(csv.lines().filter(|l| l.starts_with("e-")).count(), n);

    let unknown = annals(&["export", &path("all.xyz"), "--db", db]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("--format"));
    assert!(!Path::new(&path("all.xyz")).exists() && !Path::new(&path("all.xyz.partial")).exists());

    #[cfg(feature = "parquet")]
    {
        use arrow_array::Array;
        let out = annals(&["export", &path("all.parquet"), "--db", db]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let file = std::fs::File::open(path("all.parquet")).unwrap();
        let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap();
        let (mut rows, mut talks) = (0, 0);
        for batch in reader {
            let batch = batch.unwrap();
            rows += batch.num_rows();
            let cameo = batch.column_by_name("cameo").unwrap().as_any().downcast_ref::<arrow_array::StringArray>().unwrap().clone();
            let from = batch.column_by_name("date_from").unwrap().as_any().downcast_ref::<arrow_array::Date32Array>().unwrap().clone();
            // 1977-03-24 is day 2639 after 1970-01-01
            talks += (0..batch.num_rows()).filter(|&i| !from.is_null(i) && from.value(i) == 2639 && cameo.value(i).starts_with("04")).count();
        }
        assert_eq!(rows, n);
        assert!(talks >= 2, "{talks}");
    }
}
