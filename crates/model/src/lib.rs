//! Types shared by every stage of the annals pipeline, and no logic beyond what the types
//! themselves need: documents and byte spans, calendar dates, time expressions, actors,
//! event records, and the CAMEO code table.
//!
//! Every stage keeps byte offsets into the document's plain text (`Doc::text`), so each
//! token, time expression and event can be traced back to its words.

mod cameo;
mod date;
pub mod fxhash;

pub use cameo::{CameoCode, CameoTable};
pub use date::{days_in_month, Date, DateError};

use serde::Serialize;

/// A half-open byte range `[start, end)` into a document's plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// Whether `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// One document: its plain text (markup removed) and what its source said about it.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    /// The path or URL it was read from, or the id given to it.
    pub id: String,
    pub title: Option<String>,
    /// The document's own date (publication), from metadata or `--date`.
    pub date: Option<Date>,
    pub url: Option<String>,
    pub text: String,
    /// Where `text` came from in the file it was read from, when markup was removed or a
    /// byte-order mark dropped: points `(text offset, file offset)` from which the text
    /// follows the file byte for byte until the next point. Empty: the text is the file.
    pub source_map: Vec<(usize, usize)>,
}

impl Doc {
    /// The offset in the file read of the byte at `offset` in `text`.
    pub fn file_offset(&self, offset: usize) -> usize {
        let at = self.source_map.partition_point(|&(t, _)| t <= offset);
        match at.checked_sub(1).map(|k| self.source_map[k]) {
            Some((t, f)) => f + (offset - t),
            None => offset,
        }
    }

    /// The file span of the text span `[start, end)`: its end is just after the file's
    /// last byte of the text's last character.
    pub fn file_span(&self, span: Span) -> Span {
        if self.source_map.is_empty() || span.is_empty() {
            return Span::new(self.file_offset(span.start), self.file_offset(span.end));
        }
        let last = self.text[..span.end].chars().next_back().map_or(0, char::len_utf8);
        Span::new(self.file_offset(span.start), self.file_offset(span.end - last) + last)
    }
}

/// A sentence of a document: its number and its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
    /// The sentence begins a paragraph (or is a heading).
    pub para_start: bool,
}

/// TIMEX3 type of a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// TIMEX3 `mod` of a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexMod {
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
}

/// How finely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Time,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
    Range,
}

/// Where an event's date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// Stated in the event's own sentence.
    Explicit,
    /// Carried from the narrative around the sentence.
    Narrative,
    /// The document's date.
    Document,
}

/// A time expression found in a text, with its normalized value.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub span: Span,
    pub kind: TimexType,
    /// TIMEX3 value: `1977-03-24`, `1962-10`, `196` (a decade), `1980-Q1`, `P13D`, `XXXX-03-24`,
    /// or `from/to` for a range.
    pub value: String,
    pub modifier: Option<TimexMod>,
    /// First and last day covered, where the value resolves to days.
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub granularity: Granularity,
    /// Resolved from context (narrative or document date) rather than stated in full.
    pub anchored: bool,
}

/// The date given to an event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventDate {
    pub value: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub granularity: Granularity,
    pub basis: DateBasis,
    /// The words that gave the date (may lie in an earlier sentence for narrative dates).
    pub text: Option<String>,
}

/// An actor as coded in an event record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// CAMEO actor code: `USA`, `USAGOV`, `SUNMIL`, `UNO`.
    pub code: String,
    /// ISO 3166 alpha-3 country (former states by their own code), or an IGO code.
    pub country: Option<String>,
    /// The words that named it.
    pub text: String,
}

/// Where an event took place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Location {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// One coded event, as `annals extract` prints it (SPEC §1).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub id: String,
    pub doc: String,
    pub sentence: usize,
    pub span: [usize; 2],
    pub text: String,
    pub date: Option<EventDate>,
    pub source: Option<Actor>,
    pub target: Option<Actor>,
    pub cameo: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover: Option<String>,
    pub negated: bool,
    pub location: Option<Location>,
    pub tone: Option<f64>,
}

/// FNV-1a over parts, each followed by a unit separator (so "ab","c" and "a","bc" differ).
pub fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0x1f)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A stable id from the fields that identify an event: FNV-1a over them, 48 bits in hex.
pub fn event_id(parts: &[&str]) -> String {
    format!("e-{:012x}", fnv1a(parts) & 0xffff_ffff_ffff)
}

#[cfg(test)]
mod source_map_tests {
    use super::*;

    #[test]
    fn text_offsets_map_to_file_offsets() {
        // file "<p>A &amp; B</p>": text "A & B"; the text follows the file from its byte 3
        // until "&" (file 5), then again after the reference from " B" (file 10)
        let doc = Doc { text: "A & B".into(), source_map: vec![(0, 3), (2, 5), (3, 10)], ..Default::default() };
        assert_eq!(doc.file_offset(0), 3);
        assert_eq!(doc.file_offset(2), 5);
        assert_eq!(doc.file_offset(4), 11);
        assert_eq!(doc.file_span(Span::new(4, 5)), Span::new(11, 12));
        // without a map the text is the file
        let plain = Doc { text: "A & B".into(), ..Default::default() };
        assert_eq!(plain.file_span(Span::new(2, 5)), Span::new(2, 5));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Doc>();
        check::<Event>();
        check::<Timex>();
        check::<CameoTable>();
    }

    #[test]
    fn event_ids_are_stable_and_distinct() {
        let a = event_id(&["doc", "3", "046", "USA", "CUB"]);
        assert_eq!(a, event_id(&["doc", "3", "046", "USA", "CUB"]));
        assert_ne!(a, event_id(&["doc", "3", "046", "CUB", "USA"]));
        assert_eq!(a.len(), 14);
    }

    #[test]
    fn span_cover_and_contains() {
        let a = Span::new(3, 7);
        let b = Span::new(5, 12);
        assert_eq!(a.cover(b), Span::new(3, 12));
        assert!(a.cover(b).contains(a));
        assert!(!a.contains(b));
    }
}
