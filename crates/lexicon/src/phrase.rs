//! A matcher for multi-word phrases over a sentence's tokens: each phrase is a sequence of
//! words, each word a set of accepted normal forms (all inflections of a verb, singular and
//! plural of a noun), optionally case-exact, optionally allowing a few words before it.

use annals_model::fxhash::{fingerprint, FxHashMap, WordFilter};
use annals_text::{TokenKind, Tokens};

/// One word of a phrase.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// Accepted normal forms.
    pub forms: Vec<String>,
    /// The text must read exactly this (case-sensitive), as for "US".
    pub exact: Option<String>,
    /// The token must start with a capital letter.
    pub cap: bool,
    /// Up to this many tokens may stand between the previous word and this one.
    pub gap: u8,
    /// An adverb in -ly may stand before it though it must otherwise follow directly: a
    /// verb's particle ("traveled secretly to Beijing").
    pub adverb: bool,
}

impl Word {
    pub fn literal(form: &str) -> Word {
        Word { forms: vec![form.to_string()], exact: None, cap: false, gap: 0, adverb: false }
    }
}

/// A phrase and what it stands for.
#[derive(Clone, Debug)]
pub struct Phrase<T> {
    pub words: Vec<Word>,
    pub value: T,
}

/// Phrases indexed by every form of their first word.
#[derive(Clone, Debug)]
pub struct PhraseMatcher<T> {
    index: FxHashMap<String, Vec<u32>>,
    /// The first-word forms: most tokens begin no phrase, and the filter says so without
    /// hashing them.
    filter: WordFilter,
    phrases: Vec<Phrase<T>>,
    /// For each phrase, a 64-bit filter of the forms its second word may take when that word
    /// must follow the first directly (all ones otherwise): most candidates are passed over
    /// by one look at the next token.
    seconds: Vec<u64>,
}

/// The bit of a form in a phrase's 64-bit filter of second words.
#[inline]
fn second_bit(form: &str) -> u64 {
    1 << (fingerprint(form) >> 58)
}

/// A phrase found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    pub phrase: u32,
    /// Token index of each of the phrase's words.
    pub positions: Vec<usize>,
}

impl PhraseMatch {
    pub fn start(&self) -> usize {
        self.positions[0]
    }
    /// One past the last token.
    pub fn end(&self) -> usize {
        self.positions.last().map_or(0, |p| p + 1)
    }
}

impl<T> Default for PhraseMatcher<T> {
    fn default() -> Self {
        PhraseMatcher { index: FxHashMap::default(), filter: WordFilter::new(16), phrases: Vec::new(), seconds: Vec::new() }
    }
}

/// Tokens a gap may not cross: clause punctuation and clause-joining words.
fn gap_blocker(norm: &str, kind: TokenKind) -> bool {
    if kind == TokenKind::Punct {
        return !matches!(norm, "-" | "\"" | "'" | "$");
    }
    matches!(norm, "and" | "but" | "or" | "which" | "who" | "that" | "while" | "when" | "because" | "although" | "if" | "whom" | "where" | "whose")
}

impl<T> PhraseMatcher<T> {
    pub fn new() -> PhraseMatcher<T> {
        PhraseMatcher::default()
    }

    pub fn add(&mut self, phrase: Phrase<T>) {
        let id = self.phrases.len() as u32;
        if let Some(first) = phrase.words.first() {
            for f in &first.forms {
                self.index.entry(f.clone()).or_default().push(id);
                self.filter.insert(f);
            }
        }
        let second = match phrase.words.get(1) {
            Some(w) if w.gap == 0 => w.forms.iter().fold(0, |bits, f| bits | second_bit(f)),
            _ => u64::MAX,
        };
        self.seconds.push(second);
        self.phrases.push(phrase);
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    pub fn get(&self, id: u32) -> &Phrase<T> {
        &self.phrases[id as usize]
    }

    /// Whether some phrase begins with this normal form.
    pub fn starts_with(&self, norm: &str) -> bool {
        self.filter.may_contain(norm) && self.index.contains_key(norm)
    }

    /// The longest phrase starting at token `i` (the earliest added among equals).
    pub fn longest_at(&self, text: &str, toks: &Tokens, i: usize) -> Option<PhraseMatch> {
        let norm = toks.norm(i);
        if !self.filter.may_contain(norm) {
            return None;
        }
        let ids = self.index.get(norm)?;
        let mut best: Option<PhraseMatch> = None;
        let mut positions = Vec::new();
        // (an adverb after the first word may hide the second: "traveled secretly to")
        let next = if i + 1 < toks.len() {
            if is_ly_adverb(toks, i + 1) {
                u64::MAX
            } else {
                second_bit(toks.norm(i + 1))
            }
        } else {
            0
        };
        for &id in ids {
            if self.seconds[id as usize] & next == 0 && self.seconds[id as usize] != u64::MAX {
                continue;
            }
            let p = &self.phrases[id as usize];
            positions.clear();
            if match_words(text, toks, &p.words, i, &mut positions) {
                let end = positions.last().copied().unwrap_or(i) + 1;
                // (between equals, the one that asks for capitals: "Congress" the U.S.
                // institution before "congress" any legislature)
                let caps = |id: u32| self.phrases[id as usize].words.iter().filter(|w| w.cap || w.exact.is_some()).count();
                let better = match &best {
                    None => true,
                    Some(b) => {
                        end > b.end()
                            || (end == b.end() && positions.len() > b.positions.len())
                            || (end == b.end() && positions.len() == b.positions.len() && caps(id) > caps(b.phrase))
                    }
                };
                if better {
                    best = Some(PhraseMatch { phrase: id, positions: positions.clone() });
                }
            }
        }
        best
    }
}

fn word_matches(text: &str, toks: &Tokens, w: &Word, at: usize) -> bool {
    let norm = toks.norm(at);
    w.forms.iter().any(|f| f == norm) && case_matches(text, toks, w, at)
}

fn case_matches(text: &str, toks: &Tokens, w: &Word, at: usize) -> bool {
    if w.cap && !toks.get(at).expect("in range").cap {
        return false;
    }
    match &w.exact {
        Some(exact) => {
            let sp = toks.get(at).expect("in range").span;
            &text[sp.start..sp.end] == exact
        }
        None => true,
    }
}

/// Whether token `k` is an adverb in -ly ("secretly", "quickly"; not "Italy", "only", "ally").
pub fn is_ly_adverb(toks: &Tokens, k: usize) -> bool {
    let n = toks.norm_at(k);
    n.len() > 5
        && n.ends_with("ly")
        && toks.get(k).is_some_and(|t| !t.cap && t.kind == TokenKind::Word)
        && !matches!(n, "assembly" | "monopoly" | "anomaly" | "supply" | "family")
}

fn match_words(text: &str, toks: &Tokens, words: &[Word], at: usize, positions: &mut Vec<usize>) -> bool {
    let Some((w, rest)) = words.split_first() else {
        return true;
    };
    if positions.is_empty() {
        // the first word's form was matched by the index; only its case remains to check
        if at >= toks.len() || !case_matches(text, toks, w, at) {
            return false;
        }
        positions.push(at);
        return match_words(text, toks, rest, at + 1, positions);
    }
    let adverb_before = w.adverb && w.gap == 0 && is_ly_adverb(toks, at);
    for skip in 0..=(w.gap as usize).max(usize::from(adverb_before)) {
        let j = at + skip;
        if j >= toks.len() {
            return false;
        }
        if skip > 0 && !adverb_before {
            let g = j - 1;
            // ("relations between Britain and Argentina were restored": "and" between two
            // names joins them, not two clauses)
            let names_joined =
                g > 0 && toks.norm(g) == "and" && toks.get(g - 1).is_some_and(|t| t.cap) && toks.get(g + 1).is_some_and(|t| t.cap || toks.norm(g + 1) == "the");
            // ("imposed an air and naval blockade": "and" between two words that describe
            // the pattern's next word, right before it)
            let lower =
                |k: usize| toks.get(k).is_some_and(|t| !t.cap && t.kind == TokenKind::Word && !matches!(toks.norm(k), "a" | "an" | "the" | "its" | "their"));
            let modifiers_joined =
                matches!(toks.norm(g), "and" | "or") && g > 0 && g + 2 < toks.len() && lower(g - 1) && lower(g + 1) && word_matches(text, toks, w, g + 2);
            if gap_blocker(toks.norm(g), toks.get(g).expect("in range").kind) && !names_joined && !modifiers_joined {
                return false;
            }
        }
        if word_matches(text, toks, w, j) {
            positions.push(j);
            if match_words(text, toks, rest, j + 1, positions) {
                return true;
            }
            positions.pop();
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_model::Span;

    fn toks(s: &str) -> Tokens {
        let mut t = Tokens::new();
        t.tokenize(s, Span::new(0, s.len()));
        t
    }

    #[test]
    fn longest_match_with_gaps_and_exact_case() {
        let mut m = PhraseMatcher::new();
        m.add(Phrase { words: vec![Word::literal("sever")], value: 1 });
        m.add(Phrase {
            words: vec![Word::literal("severed"), Word { forms: vec!["relations".into()], exact: None, cap: false, gap: 4, adverb: false }],
            value: 2,
        });
        m.add(Phrase { words: vec![Word { forms: vec!["us".into()], exact: Some("US".into()), cap: false, gap: 0, adverb: false }], value: 3 });
        let s = "Kennedy severed diplomatic relations with US and us.";
        let t = toks(s);
        let hit = m.longest_at(s, &t, 1).unwrap();
        assert_eq!((m.get(hit.phrase).value, hit.positions.clone()), (2, vec![1, 3]));
        assert_eq!(m.longest_at(s, &t, 5).map(|h| m.get(h.phrase).value), Some(3));
        assert!(m.longest_at(s, &t, 7).is_none());
    }

    #[test]
    fn gaps_do_not_cross_clauses() {
        let mut m = PhraseMatcher::new();
        m.add(Phrase {
            words: vec![Word::literal("reached"), Word { forms: vec!["agreement".into()], exact: None, cap: false, gap: 4, adverb: false }],
            value: 1,
        });
        let s = "They reached Geneva, and an agreement followed.";
        let t = toks(s);
        assert!(m.longest_at(s, &t, 1).is_none());
    }

    #[test]
    fn two_modifiers_joined_by_and_stand_in_a_gap() {
        let mut m = PhraseMatcher::new();
        m.add(Phrase {
            words: vec![Word::literal("imposed"), Word { forms: vec!["blockade".into()], exact: None, cap: false, gap: 4, adverb: false }],
            value: 1,
        });
        let s = "Israel imposed an air and naval blockade.";
        let t = toks(s);
        assert_eq!(m.longest_at(s, &t, 1).map(|h| h.positions), Some(vec![1, 6]));
        // (a text that ends right after "and" has no word to look at: found by fuzzing)
        for s in ["Israel imposed air and", "Israel imposed air and naval"] {
            let t = toks(s);
            assert!(m.longest_at(s, &t, 1).is_none());
        }
    }
}
