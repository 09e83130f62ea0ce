//! Output formats: JSON Lines, TSV in the column order of SPEC §1, and a table for people.

use crate::{EventFormat, TimeFormat};
use annals_model::{Doc, Event, Timex, TimexMod, TimexType};
use serde::Serialize;
use std::io::Write;

pub const TSV_COLUMNS: &[&str] = &[
    "id",
    "doc",
    "sentence",
    "date_value",
    "date_from",
    "date_to",
    "source_code",
    "source_country",
    "target_code",
    "target_country",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "negated",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "tone",
    "text",
];

pub struct EventPrinter {
    format: EventFormat,
}

fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl EventPrinter {
    pub fn new(format: EventFormat) -> EventPrinter {
        EventPrinter { format }
    }

    pub fn header(&mut self, out: &mut impl Write) -> std::io::Result<()> {
        match self.format {
            EventFormat::Tsv => writeln!(out, "{}", TSV_COLUMNS.join("\t")),
            EventFormat::Table => writeln!(out, "{:<23} {:<9} {:<5} {:<9} {:<3} {:<5} sentence", "date", "source", "cameo", "target", "neg", "gold"),
            EventFormat::Jsonl => Ok(()),
        }
    }

    pub fn event(&mut self, out: &mut impl Write, e: &Event) -> std::io::Result<()> {
        match self.format {
            EventFormat::Jsonl => {
                serde_json::to_writer(&mut *out, e).map_err(std::io::Error::other)?;
                writeln!(out)
            }
            EventFormat::Tsv => {
                let d = e.date.as_ref();
                let opt = |v: Option<String>| v.unwrap_or_default();
                let loc = e.location.as_ref();
                let row = [
                    e.id.clone(),
                    tsv_field(&e.doc),
                    e.sentence.to_string(),
                    opt(d.map(|d| d.value.clone())),
                    opt(d.and_then(|d| d.from).map(|x| x.to_string())),
                    opt(d.and_then(|d| d.to).map(|x| x.to_string())),
                    opt(e.source.as_ref().map(|a| a.code.clone())),
                    opt(e.source.as_ref().and_then(|a| a.country.clone())),
                    opt(e.target.as_ref().map(|a| a.code.clone())),
                    opt(e.target.as_ref().and_then(|a| a.country.clone())),
                    e.cameo.clone(),
                    e.root.clone(),
                    e.quad_class.to_string(),
                    e.goldstein.to_string(),
                    e.negated.to_string(),
                    opt(loc.map(|l| tsv_field(&l.name))),
                    opt(loc.and_then(|l| l.country.clone())),
                    opt(loc.and_then(|l| l.lat).map(|v| v.to_string())),
                    opt(loc.and_then(|l| l.lon).map(|v| v.to_string())),
                    opt(e.tone.map(|v| v.to_string())),
                    tsv_field(&e.text),
                ];
                writeln!(out, "{}", row.join("\t"))
            }
            EventFormat::Table => {
                let date = e.date.as_ref().map_or("-".to_string(), |d| d.value.clone());
                let text: String = e.text.chars().take(90).collect::<String>().replace('\n', " ");
                writeln!(
                    out,
                    "{:<23} {:<9} {:<5} {:<9} {:<3} {:<5} {}",
                    date,
                    e.source.as_ref().map_or("-", |a| a.code.as_str()),
                    e.cameo,
                    e.target.as_ref().map_or("-", |a| a.code.as_str()),
                    if e.negated { "not" } else { "" },
                    e.goldstein,
                    text
                )
            }
        }
    }
}

#[derive(Serialize)]
struct TimexLine<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: TimexType,
    value: &'a str,
    #[serde(rename = "mod")]
    modifier: Option<TimexMod>,
    from: Option<annals_model::Date>,
    to: Option<annals_model::Date>,
}

pub fn timex(out: &mut impl Write, format: TimeFormat, doc: &Doc, t: &Timex) -> std::io::Result<()> {
    let text = &doc.text[t.span.start..t.span.end];
    match format {
        TimeFormat::Jsonl => {
            let line = TimexLine {
                doc: &doc.id,
                start: t.span.start,
                end: t.span.end,
                text,
                kind: t.kind,
                value: &t.value,
                modifier: t.modifier,
                from: t.from,
                to: t.to,
            };
            serde_json::to_writer(&mut *out, &line).map_err(std::io::Error::other)?;
            writeln!(out)
        }
        TimeFormat::Table => {
            let kind = match t.kind {
                TimexType::Date => "DATE",
                TimexType::Time => "TIME",
                TimexType::Duration => "DURATION",
                TimexType::Set => "SET",
            };
            writeln!(out, "{:>7} {:<9} {:<24} {}", t.span.start, kind, t.value, text.replace('\n', " "))
        }
    }
}
