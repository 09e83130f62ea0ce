//! The `annals` binary as users run it: formats, exit codes, bad input, determinism.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support;
use support::Scratch;

fn annals(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_annals")).args(args).output().expect("the binary runs")
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

fn tempdir(name: &str) -> Scratch {
    Scratch::new(&format!("cli-{name}"))
}

#[test]
fn extract_prints_json_lines_with_every_field() {
    let out = annals(&["extract", examples().to_str().unwrap(), "--format", "jsonl"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 10);
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        for f in [
            "id",
            "doc",
            "sentence",
            "span",
            "text",
            "date",
            "source",
            "target",
            "cameo",
            "root",
            "quad_class",
            "goldstein",
            "plover",
            "negated",
            "location",
            "tone",
        ] {
            assert!(v.get(f).is_some(), "field {f} missing in {l}");
        }
        assert_eq!(v["root"].as_str().unwrap(), &v["cameo"].as_str().unwrap()[..2]);
    }
}

#[test]
fn tsv_has_the_spec_header_and_one_row_per_event() {
    let jsonl = annals(&["extract", examples().to_str().unwrap()]);
    let tsv = annals(&["extract", examples().to_str().unwrap(), "--format", "tsv"]);
    let tsv = String::from_utf8(tsv.stdout).unwrap();
    let mut rows = tsv.lines();
    assert_eq!(
        rows.next().unwrap(),
        "id\tdoc\tsentence\tdate_value\tdate_from\tdate_to\tsource_code\tsource_country\ttarget_code\ttarget_country\tcameo\troot\tquad_class\tgoldstein\tnegated\tlocation_name\tlocation_country\tlat\tlon\ttone\ttext"
    );
    let n = String::from_utf8(jsonl.stdout).unwrap().lines().count();
    assert_eq!(rows.clone().count(), n);
    assert!(rows.all(|r| r.split('\t').count() == 21));
}

#[test]
fn output_is_the_same_for_any_number_of_threads() {
    let one = annals(&["extract", examples().to_str().unwrap(), "--threads", "1"]);
    let four = annals(&["extract", examples().to_str().unwrap(), "--threads", "4"]);
    assert!(one.status.success() && four.status.success());
    assert_eq!(one.stdout, four.stdout);
    assert!(!one.stdout.is_empty());
}

#[test]
fn bad_files_are_named_and_the_good_ones_still_coded() {
    let dir = tempdir("bad");
    std::fs::write(dir.join("a-good.txt"), "On March 24, 1977, the United States and Cuba held talks in New York.\n").unwrap();
    std::fs::write(dir.join("b-latin1.txt"), b"Cuba and Spain \xe9 met.\n").unwrap();
    std::fs::write(dir.join("c-binary.txt"), b"\x7fELF\x00\x01\x02").unwrap();
    std::fs::write(dir.join("d-broken.html"), "<html><body><p>In 1961 the United States severed relations with Cuba.<div class=\"x").unwrap();
    std::fs::write(dir.join("e-feed.jsonl"), "{\"id\":\"ok\",\"text\":\"Cuba criticized the United States.\",\"date\":\"1979-05-01\"}\n{broken json\n")
        .unwrap();
    let out = annals(&["extract", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("b-latin1.txt: byte 15: not valid UTF-8"), "{err}");
    assert!(err.contains("c-binary.txt: byte 4"), "{err}");
    assert!(err.contains("e-feed.jsonl:2:"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("a-good.txt") && stdout.contains("\"046\"") || stdout.contains("\"040\""), "{stdout}");
    assert!(stdout.contains("d-broken.html") && stdout.contains("\"161\""), "{stdout}");
    assert!(stdout.contains("\"doc\":\"ok\""), "{stdout}");
}

#[test]
fn standard_input_and_a_document_date() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annals"))
        .args(["extract", "-", "--date", "2019-05-14"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"Yesterday Russia criticized Ukraine.\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_str(String::from_utf8(out.stdout).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(v["date"]["value"], "2019-05-13");
    assert_eq!(v["doc"], "-");
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(annals(&["extract", "x.txt", "--date", "1977-02-30"]).status.code(), Some(2));
    assert_eq!(annals(&["extract", "x.txt", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(annals(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(annals(&["extract"]).status.code(), Some(2));
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = annals(&["extract", "/no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt: cannot read"));
}

#[test]
fn time_prints_offsets_into_the_file() {
    let dir = tempdir("time");
    let text = "Négociations: on March 24, 1977, they met; the next day, talks resumed.\n";
    let path = dir.join("t.txt");
    std::fs::write(&path, text).unwrap();
    let out = annals(&["time", path.to_str().unwrap(), "--format", "jsonl"]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    for l in &lines {
        let (s, e) = (l["start"].as_u64().unwrap() as usize, l["end"].as_u64().unwrap() as usize);
        assert_eq!(&text.as_bytes()[s..e], l["text"].as_str().unwrap().as_bytes());
    }
    assert_eq!(lines[0]["value"], "1977-03-24");
    assert_eq!(lines[1]["value"], "1977-03-25");
    assert_eq!(lines[1]["type"], "DATE");
}

#[test]
fn time_offsets_of_a_web_page_or_a_marked_file_point_into_the_file() {
    let dir = tempdir("time-html");
    // markup, a character reference and a byte-order mark stand before and inside the dates
    let html = "<html><head><title>T</title><script>var d = 'May 1, 1999';</script></head>\n<body><p>On March&nbsp;24, 1977 the envoys met &amp; on <b>June 3, 1977</b> they signed.</p></body></html>";
    let page = dir.join("p.html");
    std::fs::write(&page, html).unwrap();
    let bom = dir.join("b.txt");
    std::fs::write(&bom, "\u{feff}They met on March 24, 1977.\n").unwrap();
    for (path, texts) in [(&page, vec!["March&nbsp;24, 1977", "June 3, 1977"]), (&bom, vec!["March 24, 1977"])] {
        let out = annals(&["time", path.to_str().unwrap(), "--format", "jsonl"]);
        assert!(out.status.success());
        let file = std::fs::read(path).unwrap();
        let spans: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .map(|l| String::from_utf8(file[l["start"].as_u64().unwrap() as usize..l["end"].as_u64().unwrap() as usize].to_vec()).unwrap())
            .collect();
        assert_eq!(spans, texts);
    }
}

#[test]
fn bench_reports_throughput_and_memory() {
    let out = annals(&["bench", "--mb", "1"]);
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("MB/s") && s.contains("sentences/s") && s.contains("peak memory"), "{s}");
    assert!(s.contains(" events"), "{s}");
}
