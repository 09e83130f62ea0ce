//! Reading documents: files, folders (recursively, in name order) and standard input, in
//! plain text, HTML, TEI XML or JSON Lines. Bad input gives an [`InputError`] naming the file
//! and the place; the other files are still read.

use crate::{dateline, html};
use annals_model::{Date, Doc};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What went wrong with one input.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InputErrorKind {
    /// The file could not be read (missing, a permission, a device error).
    Io(String),
    /// Bytes that are not UTF-8, at this byte offset.
    NotUtf8 { offset: usize },
    /// A NUL byte at this offset: a binary file, not text.
    Binary { offset: usize },
    /// A JSON Lines record that is not a JSON object with a string `text`.
    Json { line: usize, message: String },
}

/// An input that could not be read, with the file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub kind: InputErrorKind,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = &self.path;
        match &self.kind {
            InputErrorKind::Io(m) => write!(f, "{p}: cannot read: {m}"),
            InputErrorKind::NotUtf8 { offset } => {
                write!(f, "{p}: byte {offset}: not valid UTF-8 (annals reads UTF-8 text)")
            }
            InputErrorKind::Binary { offset } => {
                write!(f, "{p}: byte {offset}: a NUL byte; this looks like a binary file, not text")
            }
            InputErrorKind::Json { line, message } => write!(f, "{p}:{line}: {message}"),
        }
    }
}

impl std::error::Error for InputError {}

/// The formats annals reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Xml,
    JsonLines,
}

impl Format {
    /// The format a file name says, plain text for anything unknown.
    pub fn from_path(path: &Path) -> Format {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Format::Html,
            "xml" | "tei" => Format::Xml,
            "jsonl" | "ndjson" => Format::JsonLines,
            _ => Format::Text,
        }
    }

    /// Sniffs content read from standard input.
    fn sniff(text: &str) -> Format {
        let head = text.trim_start();
        let lower: String = head.chars().take(200).collect::<String>().to_ascii_lowercase();
        if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
            Format::Html
        } else if lower.starts_with("<?xml") || lower.starts_with("<tei") {
            Format::Xml
        } else if head.starts_with('{') {
            Format::JsonLines
        } else {
            Format::Text
        }
    }
}

/// File extensions a folder walk picks up; other files in folders are passed over.
const KNOWN_EXTENSIONS: &[&str] = &["txt", "text", "md", "html", "htm", "xhtml", "xml", "tei", "jsonl", "ndjson"];

/// Every document under `path` (`-` for standard input), in a stable order. Errors are
/// returned in place of the documents they stop, so a caller can report them and go on.
pub fn read_path(path: &str, default_date: Option<Date>) -> Vec<Result<Doc, InputError>> {
    if path == "-" {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            return vec![Err(InputError { path: "-".into(), kind: InputErrorKind::Io(e.to_string()) })];
        }
        return read_bytes("-", &bytes, None, default_date);
    }
    let p = Path::new(path);
    let mut files = Vec::new();
    if p.is_dir() {
        if let Err(e) = walk(p, &mut files) {
            return vec![Err(e)];
        }
        files.sort();
    } else {
        files.push(p.to_path_buf());
    }
    let mut out = Vec::new();
    for f in files {
        let name = f.to_string_lossy().into_owned();
        match std::fs::read(&f) {
            Ok(bytes) => out.extend(read_bytes(&name, &bytes, Some(Format::from_path(&f)), default_date)),
            Err(e) => out.push(Err(InputError { path: name, kind: InputErrorKind::Io(e.to_string()) })),
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let entries = std::fs::read_dir(dir).map_err(|e| InputError { path: dir.to_string_lossy().into_owned(), kind: InputErrorKind::Io(e.to_string()) })?;
    for entry in entries.flatten() {
        let p = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, files)?;
        } else {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
            if KNOWN_EXTENSIONS.contains(&ext.as_str()) {
                files.push(p);
            }
        }
    }
    Ok(())
}

/// Decodes one input's bytes into documents (several for JSON Lines).
pub fn read_bytes(name: &str, bytes: &[u8], format: Option<Format>, default_date: Option<Date>) -> Vec<Result<Doc, InputError>> {
    let err = |kind| vec![Err(InputError { path: name.to_string(), kind })];
    if let Some(offset) = memchr_nul(bytes) {
        return err(InputErrorKind::Binary { offset });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return err(InputErrorKind::NotUtf8 { offset: e.valid_up_to() }),
    };
    // a byte-order mark is no text, but offsets into the file count it
    let (text, bom) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, 3),
        None => (text, 0),
    };
    let format = format.unwrap_or_else(|| Format::sniff(text));
    match format {
        Format::Text => {
            let date = dateline::date(text).or(default_date);
            let source_map = if bom > 0 { vec![(0, bom)] } else { Vec::new() };
            vec![Ok(Doc { id: name.to_string(), title: first_line(text), date, url: None, text: text.to_string(), source_map })]
        }
        Format::Html | Format::Xml => {
            let page = html::extract(text, format == Format::Xml);
            vec![Ok(Doc {
                id: name.to_string(),
                title: page.title.or_else(|| first_line(&page.text)),
                date: page.date.or_else(|| dateline::date(&page.text)).or(default_date),
                url: page.url,
                text: page.text,
                source_map: page.map.into_iter().map(|(t, f)| (t, f + bom)).collect(),
            })]
        }
        Format::JsonLines => json_lines(name, text, default_date),
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

fn first_line(text: &str) -> Option<String> {
    text.lines().map(str::trim).find(|l| !l.is_empty()).map(|l| l.chars().take(300).collect())
}

fn json_lines(name: &str, text: &str, default_date: Option<Date>) -> Vec<Result<Doc, InputError>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let bad = |message: String| InputError { path: name.to_string(), kind: InputErrorKind::Json { line: line_no, message } };
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                out.push(Err(bad(format!("not JSON: {e}"))));
                continue;
            }
        };
        let Some(obj) = v.as_object() else {
            out.push(Err(bad("not a JSON object".into())));
            continue;
        };
        let field = |k: &str| obj.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let Some(body) = field("text") else {
            out.push(Err(bad("no string field \"text\"".into())));
            continue;
        };
        let id = field("id").or_else(|| obj.get("id").filter(|v| v.is_number()).map(|v| v.to_string())).unwrap_or_else(|| format!("{name}#{line_no}"));
        let date = match field("date") {
            Some(d) => match parse_doc_date(&d) {
                Some(d) => Some(d),
                None => {
                    out.push(Err(bad(format!("\"date\" {d:?} is not a date (YYYY-MM-DD)"))));
                    continue;
                }
            },
            None => None,
        };
        let mut text = body;
        if text.contains('<') && looks_like_markup(&text) {
            text = html::extract(&text, false).text;
        }
        let date = date.or_else(|| dateline::date(&text)).or(default_date);
        // (offsets of a JSON Lines document are into its "text" field as given)
        out.push(Ok(Doc { id, title: field("title"), date, url: field("url"), text, source_map: Vec::new() }));
    }
    out
}

fn looks_like_markup(text: &str) -> bool {
    ["<p>", "<p ", "<div", "<br", "</p>", "<html"].iter().any(|t| text.contains(t))
}

/// A document date from metadata: `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`).
pub fn parse_doc_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let head = s.get(..10)?;
    if s.len() > 10 && !matches!(s.as_bytes()[10], b'T' | b' ' | b't') {
        return None;
    }
    Date::parse(head).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let r = read_bytes("bad.txt", b"Cuba\xff and", Some(Format::Text), None);
        let e = r[0].as_ref().unwrap_err();
        assert_eq!(e.kind, InputErrorKind::NotUtf8 { offset: 4 });
        assert!(e.to_string().starts_with("bad.txt: byte 4"));
    }

    #[test]
    fn binary_is_refused() {
        let r = read_bytes("x.bin", b"PK\x03\x04\x00\x00", None, None);
        assert!(matches!(r[0].as_ref().unwrap_err().kind, InputErrorKind::Binary { offset: 4 }));
    }

    #[test]
    fn json_lines_keep_good_records_and_name_bad_lines() {
        let input =
            b"{\"id\":\"a\",\"date\":\"1977-03-24\",\"text\":\"Talks.\"}\nnot json\n{\"id\":\"b\"}\n{\"id\":\"c\",\"date\":\"1977-02-30\",\"text\":\"x\"}\n";
        let r = read_bytes("f.jsonl", input, Some(Format::JsonLines), None);
        assert_eq!(r.len(), 4);
        let a = r[0].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.date.unwrap().to_string()), ("a", "1977-03-24".to_string()));
        assert!(matches!(r[1].as_ref().unwrap_err().kind, InputErrorKind::Json { line: 2, .. }));
        assert!(matches!(r[2].as_ref().unwrap_err().kind, InputErrorKind::Json { line: 3, .. }));
        assert!(r[3].as_ref().unwrap_err().to_string().contains("1977-02-30"));
    }

    #[test]
    fn stdin_format_is_sniffed() {
        assert_eq!(Format::sniff("  <!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(Format::sniff("{\"text\":\"x\"}"), Format::JsonLines);
        assert_eq!(Format::sniff("On March 24"), Format::Text);
    }

    #[test]
    fn doc_dates_from_metadata() {
        assert_eq!(parse_doc_date("1977-03-24T10:00:00Z").unwrap().to_string(), "1977-03-24");
        assert!(parse_doc_date("1977-03-24x").is_none());
        assert!(parse_doc_date("24/03/1977").is_none());
    }
}
