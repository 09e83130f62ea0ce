//! Checks against the shared corpus and gold files, found through ANNALS_SHARED (SPEC §4).
//! Where it is unset or missing these tests say so and pass: a user's machine has no
//! ../shared; CI sets it.

use std::path::PathBuf;
use std::process::Command;

mod support;
use support::Scratch;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(std::env::var_os("ANNALS_SHARED")?);
    p.join("gold/seeds.gold.jsonl").is_file().then_some(p)
}

fn skip(test: &str) {
    eprintln!("note: {test} skipped: ANNALS_SHARED is unset or does not hold the shared corpus");
}

/// Runs the scorer on the binary's output for a corpus folder; returns (F1, dated F1).
fn score(shared: &std::path::Path, corpus: &str, gold: &str, extra: &[&str]) -> (f64, f64) {
    let out = Command::new(env!("CARGO_BIN_EXE_annals")).args(["extract", shared.join(corpus).to_str().unwrap(), "--format", "jsonl"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let scratch = Scratch::new(&format!("score-{}", corpus.replace('/', "-")));
    let pred = scratch.join("events.jsonl");
    std::fs::write(&pred, &out.stdout).unwrap();
    let mut args = vec![
        shared.join("tools/score_events.py").to_string_lossy().into_owned(),
        shared.join(gold).to_string_lossy().into_owned(),
        pred.to_string_lossy().into_owned(),
        "--json".into(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let s = Command::new("python3").args(&args).output().expect("python3 runs the scorer");
    let text = String::from_utf8(s.stdout).unwrap();
    let json_end = text.rfind('}').unwrap();
    let v: serde_json::Value = serde_json::from_str(&text[..=json_end]).unwrap();
    eprintln!("{corpus}: {}", text.lines().last().unwrap_or(""));
    (v["f1"].as_f64().unwrap(), v["dated_f1"].as_f64().unwrap())
}

#[test]
fn seeds_score_at_least_the_bar() {
    let Some(shared) = shared() else { return skip("seeds_score_at_least_the_bar") };
    let (f1, dated) = score(&shared, "corpus/seeds", "gold/seeds.gold.jsonl", &[]);
    assert!(f1 >= 0.90, "seed F1 {f1} < 0.90");
    assert!(dated >= 0.80, "seed dated F1 {dated} < 0.80");
}

/// TimeBank and AQUAINT, scored by the shared TimeML scorer: strict span F1 at least the
/// issue's bar (85) and a floor under today's figure (89.4), and for value accuracy a floor
/// under today's figure (87.3) that keeps it from sliding back while the bar (90) is
/// not yet reached.
#[test]
fn timeml_strict_f1_at_least_the_bar() {
    let Some(shared) = shared() else { return skip("timeml_strict_f1_at_least_the_bar") };
    let work = Scratch::new("timex");
    let out = Command::new("python3")
        .arg(shared.join("tools/timex/score_timex.py"))
        .arg(shared.join("corpus/timeml"))
        .arg(&*work)
        .args(["--annals", env!("CARGO_BIN_EXE_annals")])
        .output()
        .expect("python3 runs the scorer");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    let last = text.lines().last().unwrap_or("").to_string();
    eprintln!("timeml: {last}");
    let figure = |key: &str| -> f64 {
        let at = last.find(&format!("{key}=")).unwrap_or_else(|| panic!("no {key} in {last:?}")) + key.len() + 1;
        last[at..].split_whitespace().next().unwrap().parse().unwrap()
    };
    assert!(figure("strict_F1") >= 88.5, "strict F1 slid below 88.5: {last}");
    assert!(figure("value_acc") >= 87.0, "value accuracy slid below 87.0: {last}");
}

#[test]
fn history_texts_are_coded_without_errors() {
    let Some(shared) = shared() else { return skip("history_texts_are_coded_without_errors") };
    let out = Command::new(env!("CARGO_BIN_EXE_annals")).args(["extract", shared.join("corpus/history").to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let events = String::from_utf8(out.stdout).unwrap().lines().count();
    assert!(events > 80, "only {events} events from the history texts");
}

#[test]
fn tei_chapters_are_read() {
    let Some(shared) = shared() else { return skip("tei_chapters_are_read") };
    let out = Command::new(env!("CARGO_BIN_EXE_annals")).args(["extract", shared.join("corpus/tei").to_str().unwrap(), "--format", "tsv"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tsv = String::from_utf8(out.stdout).unwrap();
    assert!(tsv.lines().count() > 100);
    assert!(!tsv.contains("<p>") && !tsv.contains("</"), "markup left in the text");
}

#[test]
fn seeds_and_history_in_the_database_answer_on_this_day_and_the_dyad() {
    let Some(shared) = shared() else { return skip("seeds_and_history_in_the_database_answer_on_this_day_and_the_dyad") };
    let dir = Scratch::new("shared-db");
    let db = dir.join("a.db");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_annals")).args(args).arg("--db").arg(&db).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let (seeds, history) = (shared.join("corpus/seeds"), shared.join("corpus/history"));
    let (seeds, history) = (seeds.to_str().unwrap(), history.to_str().unwrap());
    run(&["ingest", seeds, history]);
    let count = || run(&["events", "--format", "jsonl"]).lines().count();
    let first = count();
    run(&["ingest", seeds, history]);
    assert_eq!(count(), first, "a second ingest changed the number of events");

    let day: serde_json::Value = serde_json::from_str(&run(&["on", "03-24", "--format", "json"])).unwrap();
    let talks = day["events"].as_array().unwrap().iter().find(|e| {
        let sources: Vec<&str> = e["sources"].as_array().unwrap().iter().map(|s| s["doc"].as_str().unwrap()).collect();
        e["event"]["date"]["value"] == "1977-03-24" && sources.iter().filter(|d| d.contains("seeds")).count() == 2
    });
    assert!(talks.is_some(), "no 1977 talks with both seed articles on 03-24: {day}");

    let dyad: serde_json::Value = serde_json::from_str(&run(&["dyad", "USA", "CUB", "--format", "json"])).unwrap();
    let sum = |y: &str| dyad["rows"].as_array().unwrap().iter().find(|r| r["period"] == y).map(|r| r["goldstein_sum"].as_f64().unwrap());
    assert!(sum("1961").is_some_and(|s| s < 0.0), "{dyad}");
    assert!(sum("1977").is_some_and(|s| s > 0.0), "{dyad}");
}
