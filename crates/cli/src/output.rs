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
                let row: Vec<String> = event_fields(e).iter().map(|f| tsv_field(f)).collect();
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
    // offsets into the file read, not into the text markup was taken from (SPEC §2)
    let in_file = doc.file_span(t.span);
    match format {
        TimeFormat::Jsonl => {
            let line = TimexLine {
                doc: &doc.id,
                start: in_file.start,
                end: in_file.end,
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
            writeln!(out, "{:>7} {:<9} {:<24} {}", in_file.start, kind, t.value, text.replace('\n', " "))
        }
    }
}

/// One event's fields in the TSV/CSV column order.
fn event_fields(e: &Event) -> Vec<String> {
    let d = e.date.as_ref();
    let opt = |v: Option<String>| v.unwrap_or_default();
    let loc = e.location.as_ref();
    vec![
        e.id.clone(),
        e.doc.clone(),
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
        opt(loc.map(|l| l.name.clone())),
        opt(loc.and_then(|l| l.country.clone())),
        opt(loc.and_then(|l| l.lat).map(|v| v.to_string())),
        opt(loc.and_then(|l| l.lon).map(|v| v.to_string())),
        opt(e.tone.map(|v| v.to_string())),
        e.text.clone(),
    ]
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Events as CSV (RFC 4180) with the TSV columns.
pub fn csv_events(out: &mut impl Write, events: &[Event]) -> std::io::Result<()> {
    csv_header(out)?;
    for e in events {
        csv_row(out, e)?;
    }
    Ok(())
}

pub fn csv_header(out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "{}", TSV_COLUMNS.join(","))
}

pub fn csv_row(out: &mut impl Write, e: &Event) -> std::io::Result<()> {
    let row: Vec<String> = event_fields(e).iter().map(|f| csv_field(f)).collect();
    writeln!(out, "{}", row.join(","))
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A dyad's history as an SVG chart: per period, the Goldstein sum as a line over bars of
/// event counts stacked by QuadClass.
pub fn dyad_svg(a: &str, b: &str, by: &str, rows: &[annals_store::DyadRow]) -> String {
    let (w, h, left, right, top, bottom) = (900.0f64, 420.0f64, 60.0f64, 20.0f64, 40.0f64, 70.0f64);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let n = rows.len().max(1) as f64;
    let slot = plot_w / n;
    let max_count = rows.iter().map(|r| r.events).max().unwrap_or(1).max(1) as f64;
    let max_abs = rows.iter().map(|r| r.goldstein_sum.abs()).fold(1.0f64, f64::max);
    let mid = top + plot_h / 2.0;
    let mut s = String::new();
    s.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"sans-serif\" font-size=\"11\">\n"
    ));
    s.push_str(&format!("<title>{} and {}: events and Goldstein sum by {}</title>\n", xml_escape(a), xml_escape(b), xml_escape(by)));
    s.push_str("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    s.push_str(&format!(
        "<text x=\"{left}\" y=\"22\" font-size=\"15\">{}–{}: events by QuadClass (bars) and Goldstein sum (line), by {}</text>\n",
        xml_escape(a),
        xml_escape(b),
        xml_escape(by)
    ));
    s.push_str(&format!("<line x1=\"{left}\" y1=\"{mid}\" x2=\"{}\" y2=\"{mid}\" stroke=\"#999\"/>\n", w - right));
    let colors = ["#4c9a2a", "#a3d977", "#f4a259", "#c0392b"];
    let mut points = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let x = left + slot * i as f64 + slot * 0.15;
        let bw = slot * 0.7;
        let mut y = top + plot_h;
        for (k, c) in [r.quad.q1, r.quad.q2, r.quad.q3, r.quad.q4].iter().enumerate() {
            let bh = *c as f64 / max_count * plot_h * 0.9;
            y -= bh;
            if *c > 0 {
                s.push_str(&format!(
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bw:.1}\" height=\"{bh:.1}\" fill=\"{}\" opacity=\"0.55\"><title>{} quad {}: {c}</title></rect>\n",
                    colors[k],
                    xml_escape(&r.period),
                    k + 1
                ));
            }
        }
        let gy = mid - r.goldstein_sum / max_abs * (plot_h / 2.0) * 0.9;
        points.push(format!("{:.1},{gy:.1}", x + bw / 2.0));
        s.push_str(&format!(
            "<circle cx=\"{:.1}\" cy=\"{gy:.1}\" r=\"3\" fill=\"#1f3b73\"><title>{}: Goldstein {}</title></circle>\n",
            x + bw / 2.0,
            xml_escape(&r.period),
            r.goldstein_sum
        ));
        if rows.len() <= 40 || i % (rows.len() / 20).max(1) == 0 {
            s.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" transform=\"rotate(-45 {:.1} {:.1})\">{}</text>\n",
                x + bw / 2.0,
                h - bottom + 14.0,
                x + bw / 2.0,
                h - bottom + 14.0,
                xml_escape(&r.period)
            ));
        }
    }
    if points.len() > 1 {
        s.push_str(&format!("<polyline points=\"{}\" fill=\"none\" stroke=\"#1f3b73\" stroke-width=\"2\"/>\n", points.join(" ")));
    }
    s.push_str(&format!(
        "<text x=\"8\" y=\"{:.1}\">+{max_abs:.0}</text><text x=\"8\" y=\"{mid:.1}\">0</text><text x=\"8\" y=\"{:.1}\">-{max_abs:.0}</text>\n",
        top + 10.0,
        top + plot_h
    ));
    s.push_str("</svg>\n");
    s
}
