//! Golden tests: texts written for annals (tests/golden/ and examples/corpus/) beside the
//! events we reviewed for them (`*.expected.tsv`). A change in the coder that changes these
//! shows here as a diff to review; `UPDATE_GOLDEN=1 cargo test --test golden` rewrites the
//! expected files after review.
//!
//! One line per event: sentence, date value, date basis, source, CAMEO code, target, negated.

use annals_code::Coder;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn inputs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["tests/golden", "examples/corpus"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| !p.to_string_lossy().ends_with(".expected.tsv") && p.is_file())
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

fn render(coder: &Coder, path: &Path) -> String {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let bytes = std::fs::read(path).unwrap();
    let mut out = String::new();
    for doc in annals_text::read_bytes(&name, &bytes, Some(annals_text::Format::from_path(path)), None) {
        let doc = doc.unwrap();
        for e in coder.code(&doc).events {
            let d = e.date.as_ref();
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                e.doc,
                e.sentence,
                d.map_or("-".into(), |d| d.value.clone()),
                d.map_or("-".into(), |d| format!("{:?}", d.basis).to_lowercase()),
                e.source.as_ref().map_or("-", |a| a.code.as_str()),
                e.cameo,
                e.target.as_ref().map_or("-", |a| a.code.as_str()),
                if e.negated { "negated" } else { "" }
            )
            .unwrap();
        }
    }
    out
}

#[test]
fn extracted_events_match_the_reviewed_golden_files() {
    let coder = Coder::builtin().unwrap();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    let files = inputs();
    assert!(files.len() >= 5, "golden inputs are missing");
    for input in files {
        let stem = input.file_stem().unwrap().to_string_lossy().into_owned();
        let expected_path = root().join("tests/golden").join(format!("{stem}.expected.tsv"));
        let got = render(&coder, &input);
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("{}:\n--- expected\n{expected}+++ got\n{got}", input.display()));
        }
    }
    assert!(failures.is_empty(), "golden files differ (review, then UPDATE_GOLDEN=1):\n{}", failures.join("\n"));
}
