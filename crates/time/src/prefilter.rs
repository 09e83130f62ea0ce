//! Which sentences can hold a time expression, read from their raw bytes before they are
//! tokenized. Most sentences of a history or a news story name no time; tokenizing and
//! classifying them is most of the tagger's work.
//!
//! The filter is computed from the compiled rules, so it stays exact as rows are added: every
//! rule has a required element that admits only words (or numbers), and a sentence that
//! contains none of those words and no digit cannot match any rule. Each rule contributes its
//! rarest such element; a rule without one turns the filter off.

use crate::rules::{Elem, Rule};
use crate::words::{Lexicon, DAY, MONTH, NUM, WEEKDAY, YEAR};
use annals_model::fxhash::FxHashMap;

/// Words too common to gate a sentence on: an element that admits one of them is used only
/// when the rule has no better one.
const VERY_COMMON: &str = "the a an of in on at to for by with and or that this from as is was it be he his had not but are were which one two";
const COMMON: &str = "after before first last next later earlier early late some few several time since until during end same more most new long so \
                      past start many between second period term full following may march fall three";

/// How costly it is to gate sentences on a word (a month or weekday name counts only with
/// a capital, which is rare enough).
fn weight(w: &[u8], capital: bool) -> usize {
    let w = std::str::from_utf8(w).unwrap_or("");
    if capital {
        1
    } else if VERY_COMMON.split(' ').any(|c| c == w) {
        10_000
    } else if w.len() == 1 || COMMON.split_whitespace().any(|c| c == w) {
        100
    } else {
        1
    }
}

/// Numbers spoken over several words are joined into one token ("nineteen ninety-four",
/// "two thousand", "twenty-one"), which may be a year or a day: the words a joined year
/// or day begins with, or contains.
const SPOKEN_YEAR: &[&str] = &["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "thousand"];
const SPOKEN_DAY: &[&str] = &["twenty", "thirty"];

/// The words (their longest run of ASCII letters, lower case) of which a sentence must contain
/// one, unless it has a digit, for some rule to match it.
pub(crate) struct Anchors {
    /// Each word, and whether it counts only with a capital (a month or weekday name:
    /// "May", not "may").
    words: FxHashMap<Box<[u8]>, bool>,
    /// A bit for each word's [`filter_bit`]: most runs of a sentence are known to be no
    /// anchor without copying or hashing them.
    filter: [u64; FILTER_WORDS],
    longest: usize,
}

const FILTER_WORDS: usize = 64;
/// The longest anchor the scan can look up.
const LONGEST: usize = 32;

/// A bit of the filter for a run of ASCII letters, in any case, from its length and its
/// first two and last two letters.
#[inline]
fn filter_bit(run: &[u8]) -> usize {
    let lower = |k: usize| (run[k] | 0x20) as u64;
    let n = run.len();
    let x = n as u64 | lower(0) << 8 | lower(n.min(2) - 1) << 16 | lower(n - 1) << 24 | lower(n.saturating_sub(2)) << 32;
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize % (FILTER_WORDS * 64)
}

impl Anchors {
    /// The anchors of `rules`; None when some rule can match without any word of a closed
    /// list (then every sentence has to be read).
    pub fn new<'a>(rules: &'a [Rule], lexicon: &Lexicon) -> Option<Anchors> {
        let mut words: FxHashMap<Box<[u8]>, bool> = FxHashMap::default();
        // elements recur from rule to rule ("MONTH", "YEAR"): read each once, with its weight
        type Read = Option<(usize, Vec<(Box<[u8]>, bool)>)>;
        let required = |r: &'a Rule| r.elems.iter().chain(&r.after).filter(|e| !e.optional);
        let mut read: FxHashMap<(u32, &[String]), Read> = FxHashMap::default();
        for e in rules.iter().flat_map(required) {
            read.entry((e.mask, e.lits.as_slice()))
                .or_insert_with(|| admitted(e, lexicon).map(|runs| (runs.iter().map(|(run, capital)| weight(run, *capital)).sum::<usize>(), runs)));
        }
        for rule in rules {
            let (_, best) = required(rule).filter_map(|e| read[&(e.mask, e.lits.as_slice())].as_ref()).min_by_key(|(w, _)| *w)?;
            for (run, capital) in best {
                let only_capital = words.entry(run.clone()).or_insert(true);
                *only_capital &= capital;
            }
        }
        let mut filter = [0u64; FILTER_WORDS];
        for w in words.keys() {
            let k = filter_bit(w);
            filter[k / 64] |= 1 << (k % 64);
        }
        let longest = words.keys().map(|w| w.len()).max().unwrap_or(0);
        if longest > LONGEST {
            return None;
        }
        Some(Anchors { words, filter, longest })
    }

    /// Whether `sentence` has a digit or one of the anchor words (false means no rule can
    /// match it; true, only that one might).
    pub fn admit(&self, sentence: &str) -> bool {
        let b = sentence.as_bytes();
        let mut buf = [0u8; LONGEST];
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            // the Kelvin sign lower-cases to an ASCII "k"
            if c.is_ascii_digit() || (c == 0xE2 && b[i..].starts_with("\u{212A}".as_bytes())) {
                return true;
            }
            if !c.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            let run = &b[start..i];
            // "wasn't" is the token "was" and "n't"
            let rest = &b[i..];
            let negated = run.len() > 1 && matches!(run[run.len() - 1], b'n' | b'N') && (rest.starts_with(b"'t") || rest.starts_with("’t".as_bytes()));
            if self.anchor(run, &mut buf) || (negated && self.anchor(&run[..run.len() - 1], &mut buf)) {
                return true;
            }
        }
        false
    }

    /// Whether a run of ASCII letters is an anchor word.
    #[inline]
    fn anchor(&self, run: &[u8], buf: &mut [u8; LONGEST]) -> bool {
        if run.len() > self.longest {
            return false;
        }
        let k = filter_bit(run);
        if self.filter[k / 64] & (1 << (k % 64)) == 0 {
            return false;
        }
        for (d, s) in buf.iter_mut().zip(run) {
            *d = s.to_ascii_lowercase();
        }
        self.words.get(&buf[..run.len()]).is_some_and(|&only_capital| !only_capital || run[0].is_ascii_uppercase())
    }
}

/// What an element admits, as the raw scan finds it: the longest letter run of each word it
/// admits, and whether that counts only with a capital. None for an element that admits
/// punctuation or symbols, which the scan does not look for.
fn admitted(e: &Elem, lexicon: &Lexicon) -> Option<Vec<(Box<[u8]>, bool)>> {
    let mut ws: Vec<(&str, bool)> = e.lits.iter().map(|l| (l.as_str(), false)).collect();
    // a month or weekday name is one only with a capital, unless it is also something else
    ws.extend(lexicon.words_of(e.mask).map(|(w, mask)| (w, mask & e.mask & !(MONTH | WEEKDAY) == 0)));
    if e.mask & YEAR != 0 {
        ws.extend(SPOKEN_YEAR.iter().map(|&w| (w, false)));
    }
    if e.mask & DAY != 0 {
        ws.extend(SPOKEN_DAY.iter().map(|&w| (w, false)));
    }
    if e.mask & NUM != 0 {
        ws.extend(lexicon.words_of(NUM).map(|(w, _)| (w, false)));
    }
    if !ws.iter().all(|(w, _)| w.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)) {
        return None;
    }
    let mut runs: Vec<(Box<[u8]>, bool)> = ws.into_iter().map(|(w, capital)| (longest_run(w), capital)).collect();
    // a run admitted twice needs a capital only if it needs one both times
    runs.sort_unstable();
    runs.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 &= b.1;
        }
        same
    });
    Some(runs)
}

/// A word's longest run of ASCII letters, lower case ("o'clock": "clock"; "a.m.": "m"), which
/// the raw scan sees whole wherever the word is a token.
fn longest_run(w: &str) -> Box<[u8]> {
    let run = w.split(|c: char| !c.is_ascii_alphabetic()).max_by_key(|r| r.len()).unwrap_or("");
    run.to_ascii_lowercase().into_bytes().into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use crate::TimeTagger;
    use annals_model::Span;
    use annals_text::Tokens;
    use proptest::prelude::*;

    #[test]
    fn sentences_without_time_words_are_passed_over() {
        let t = TimeTagger::new();
        assert!(t.anchors.is_some(), "every rule has a closed list of words it needs");
        let mut toks = Tokens::new();
        let mut found = Vec::new();
        let week = "They left last WEE\u{212A}.";
        toks.tokenize(week, Span::new(0, week.len()));
        t.find(week, &toks, &mut found);
        assert_eq!(found.len(), 1, "the Kelvin sign is a k");
        for s in ["The army advanced toward the river.", "He may go if the weather holds.", "Mr. Vance met the press.", "Le café était fermé."] {
            assert!(!t.may_hold_time(s), "{s:?}");
        }
        for s in [
            "It rained on Tuesday.",
            "May he return",
            "They met in 1977.",
            "at 4 p.m.",
            "The talks lasted nineteen ninety-four",
            "the year two thousand",
            "in the past",
            "O’Brien left last fall.",
            "twenty-one hours",
            "They left last WEE\u{212A}.",
        ] {
            assert!(t.may_hold_time(s), "{s:?}");
        }
    }

    /// Every word the tagger knows (classes and the rules' literals) and some it does not, in
    /// any case, with no digits: a digit lets any sentence through.
    fn vocabulary() -> Vec<String> {
        let t = TimeTagger::new();
        let mut v: Vec<String> = t.lexicon.words_of(u32::MAX).map(|(w, _)| w.to_string()).collect();
        v.extend(t.matcher.literals().map(|(l, _)| l.to_string()));
        v.extend(
            ["river", "café", "Müller", "—", "’s", "'s", "o’clock", "½", ".", ",", "n't", "U.S.", "e.g.", "WEE\u{212A}", "WEE\u{212A}END"].map(String::from),
        );
        v.retain(|w| !w.bytes().any(|c| c.is_ascii_digit()));
        v.sort();
        v.dedup();
        v
    }

    fn sentence() -> impl Strategy<Value = String> {
        let word = (proptest::sample::select(vocabulary()), 0..3u8, proptest::sample::select(vec![" ", " ", " ", "", "-", "’", "."]));
        proptest::collection::vec(word, 1..7).prop_map(|ws| {
            ws.into_iter()
                .map(|(w, case, sep)| {
                    let w = match case {
                        0 => w,
                        1 => w.to_uppercase(),
                        _ => {
                            let mut cs = w.chars();
                            cs.next().map_or(String::new(), |c| c.to_uppercase().collect::<String>() + cs.as_str())
                        }
                    };
                    w + sep
                })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn a_sentence_passed_over_has_no_time_expression(text in sentence()) {
            let t = crate::tests::tagger();
            let mut toks = Tokens::new();
            toks.tokenize(&text, Span::new(0, text.len()));
            let mut found = Vec::new();
            t.find(&text, &toks, &mut found);
            prop_assert!(found.is_empty() || t.may_hold_time(&text), "{:?} holds {:?}", text, found.iter().map(|f| &text[f.span.start..f.span.end]).collect::<Vec<_>>());
        }
    }
}
