//! `annals demo`: the example corpus (written for annals, compiled into the binary) into a
//! fresh database, then the questions users bring: what happened on 24 March across the
//! years, and how relations between the United States and Cuba went.

use crate::db::{self, By, DayFormat, DyadArgs, DyadFormat, IngestArgs, OnArgs};
use anyhow::{Context as _, Result};

/// The example articles in `examples/corpus/`, by file name.
pub const CORPUS: &[(&str, &str)] = &[
    ("1961-01-03-us-breaks-relations-with-cuba.txt", include_str!("../../../examples/corpus/1961-01-03-us-breaks-relations-with-cuba.txt")),
    ("1961-04-19-bay-of-pigs.txt", include_str!("../../../examples/corpus/1961-04-19-bay-of-pigs.txt")),
    ("1962-10-cuban-missile-crisis.txt", include_str!("../../../examples/corpus/1962-10-cuban-missile-crisis.txt")),
    ("1972-02-21-nixon-in-beijing.txt", include_str!("../../../examples/corpus/1972-02-21-nixon-in-beijing.txt")),
    ("1976-03-24-argentine-coup.txt", include_str!("../../../examples/corpus/1976-03-24-argentine-coup.txt")),
    ("1977-03-24-havana-view-of-talks.txt", include_str!("../../../examples/corpus/1977-03-24-havana-view-of-talks.txt")),
    ("1977-03-24-us-cuba-talks.txt", include_str!("../../../examples/corpus/1977-03-24-us-cuba-talks.txt")),
    ("1978-09-17-camp-david.txt", include_str!("../../../examples/corpus/1978-09-17-camp-david.txt")),
    ("1980-03-24-romero-assassinated.txt", include_str!("../../../examples/corpus/1980-03-24-romero-assassinated.txt")),
    ("1987-12-08-inf-treaty.txt", include_str!("../../../examples/corpus/1987-12-08-inf-treaty.txt")),
    ("1990-08-02-iraq-invades-kuwait.txt", include_str!("../../../examples/corpus/1990-08-02-iraq-invades-kuwait.txt")),
    ("1999-03-24-nato-strikes-yugoslavia.txt", include_str!("../../../examples/corpus/1999-03-24-nato-strikes-yugoslavia.txt")),
    ("2000-06-13-korean-summit.txt", include_str!("../../../examples/corpus/2000-06-13-korean-summit.txt")),
    ("2015-07-20-embassies-reopen.txt", include_str!("../../../examples/corpus/2015-07-20-embassies-reopen.txt")),
];

const CORPUS_DIR: &str = "corpus";

pub fn run() -> Result<bool> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let dir = std::env::temp_dir().join(format!("annals-demo-{}-{stamp}", std::process::id()));
    let texts = dir.join(CORPUS_DIR);
    std::fs::create_dir_all(&texts).with_context(|| format!("creating {}", texts.display()))?;
    for (name, text) in CORPUS {
        let path = texts.join(name);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    let database = dir.join("annals.db");
    let db = Some(database.clone());
    // documents are named as they were given: "corpus/…", not the temporary folder
    std::env::set_current_dir(&dir).with_context(|| format!("entering {}", dir.display()))?;
    println!("== {} example articles, written for annals, into {}", CORPUS.len(), database.display());
    let ok = db::ingest(IngestArgs { paths: vec![CORPUS_DIR.into()], db: db.clone(), date: None, threads: None })?;
    println!("\n== What happened on 24 March, across the years (annals on 03-24)\n");
    db::on(OnArgs { day: "03-24".into(), db: db.clone(), format: DayFormat::Table })?;
    println!("\n== The United States and Cuba, by year (annals dyad USA CUB)\n");
    db::dyad(DyadArgs { a: "USA".into(), b: "CUB".into(), db: db.clone(), by: By::Year, format: DyadFormat::Table })?;
    let db_arg = shell_word(&database);
    println!("\n== Next\n");
    println!("  annals events --db {db_arg} --actor CUB        every event with Cuba, as a table");
    println!("  annals dyad USA CUB --db {db_arg} --format svg > usa-cub.svg");
    println!("  annals serve --db {db_arg}                     the web page, at http://127.0.0.1:8080/");
    Ok(ok)
}

/// A path as it can be pasted into a shell.
fn shell_word(p: &std::path::Path) -> String {
    let s = p.display().to_string();
    if s.bytes().all(|b| b.is_ascii_alphanumeric() || b"/._-".contains(&b)) {
        s
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::path::PathBuf;

    #[test]
    fn the_demo_carries_every_example_article() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        on_disk.sort();
        let bundled: Vec<&str> = CORPUS.iter().map(|(n, _)| *n).collect();
        assert_eq!(on_disk, bundled);
    }
}
