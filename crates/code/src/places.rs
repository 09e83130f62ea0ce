//! Where an event took place: a place the sentence names after "in", "at" or "near",
//! looked up in `data/places.txt`.

use crate::mentions::Mention;
use annals_lexicon::phrase::{Phrase, PhraseMatcher, Word};
use annals_model::{Location, Span};
use annals_text::Tokens;

const PLACES: &str = include_str!("../../../data/places.txt");

#[derive(Clone, Debug)]
struct Place {
    name: String,
    country: String,
    lat: f64,
    lon: f64,
}

/// Place names compiled into a phrase matcher.
pub struct Gazetteer {
    matcher: PhraseMatcher<Place>,
}

impl Gazetteer {
    /// The gazetteer that ships with annals; lines that do not parse are passed over (the
    /// tests check there are none).
    pub fn builtin() -> Gazetteer {
        Gazetteer::parse(PLACES).0
    }

    /// Reads `names | COUNTRY | lat | lon` lines; returns the gazetteer and the numbers of
    /// lines that did not parse.
    pub fn parse(text: &str) -> (Gazetteer, Vec<usize>) {
        let mut matcher = PhraseMatcher::new();
        let mut bad = Vec::new();
        let mut toks = Tokens::new();
        for (i, line) in text.lines().enumerate() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = l.split('|').map(str::trim).collect();
            let parsed = (f.len() == 4).then(|| (f[2].parse::<f64>().ok(), f[3].parse::<f64>().ok()));
            let Some((Some(lat), Some(lon))) = parsed else {
                bad.push(i + 1);
                continue;
            };
            let names: Vec<&str> = f[0].split(',').map(str::trim).filter(|n| !n.is_empty()).collect();
            for n in &names {
                toks.tokenize(n, Span::new(0, n.len()));
                let words: Vec<Word> = (0..toks.len())
                    .map(|k| {
                        let mut w = Word::literal(toks.norm(k));
                        w.cap = toks.get(k).is_some_and(|t| t.cap);
                        w
                    })
                    .collect();
                matcher.add(Phrase { words, value: Place { name: names[0].to_string(), country: f[1].to_string(), lat, lon } });
            }
        }
        (Gazetteer { matcher }, bad)
    }

    /// Whether tokens `[start, end)` (after a "the") are exactly a place's name.
    pub fn names_place(&self, text: &str, toks: &Tokens, start: usize, end: usize) -> bool {
        let at = crate::grammar::past_the(toks, start);
        at < end && self.matcher.longest_at(text, toks, at).is_some_and(|m| m.end() == end)
    }

    /// The first place the sentence puts something "in", "at" or "near".
    pub fn locate(&self, text: &str, toks: &Tokens, _mentions: &[Mention]) -> Option<Location> {
        for k in 1..toks.len() {
            if !matches!(toks.norm(k - 1), "in" | "at" | "near" | "outside") {
                continue;
            }
            let at = if toks.norm(k) == "the" { k + 1 } else { k };
            if at >= toks.len() {
                continue;
            }
            if let Some(m) = self.matcher.longest_at(text, toks, at) {
                let p = &self.matcher.get(m.phrase).value;
                return Some(Location { name: p.name.clone(), country: Some(p.country.clone()), lat: Some(p.lat), lon: Some(p.lon) });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_places_parse_and_are_found() {
        let (g, bad) = Gazetteer::parse(PLACES);
        assert!(bad.is_empty(), "bad lines {bad:?}");
        let s = "Negotiators met in New York City to discuss fishing.";
        let mut t = Tokens::new();
        t.tokenize(s, Span::new(0, s.len()));
        let loc = g.locate(s, &t, &[]).unwrap();
        assert_eq!((loc.name.as_str(), loc.country.as_deref()), ("New York City", Some("USA")));
    }
}
