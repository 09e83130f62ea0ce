//! A sentence's tone: positive minus negative words per hundred words, from `data/tone.txt`.

use annals_text::{TokenKind, Tokens};
use std::collections::HashMap;

const TONE: &str = include_str!("../../../data/tone.txt");

pub struct ToneWords {
    words: HashMap<String, i8>,
}

impl ToneWords {
    pub fn builtin() -> ToneWords {
        ToneWords::parse(TONE)
    }

    /// Reads `+ word` / `- word` lines; other lines are passed over.
    pub fn parse(text: &str) -> ToneWords {
        let mut words = HashMap::new();
        for line in text.lines() {
            let (sign, w) = match line.trim().split_once(' ') {
                Some(("+", w)) => (1, w.trim()),
                Some(("-", w)) => (-1, w.trim()),
                _ => continue,
            };
            for form in [w.to_string(), format!("{w}s"), format!("{w}ed"), format!("{w}d"), format!("{w}ing")] {
                words.entry(form).or_insert(sign);
            }
        }
        ToneWords { words }
    }

    /// Tone of a tokenized sentence, -100..100.
    pub fn score(&self, toks: &Tokens) -> f64 {
        let mut n = 0i32;
        let mut sum = 0i32;
        for i in 0..toks.len() {
            if toks.get(i).is_some_and(|t| t.kind == TokenKind::Word) {
                n += 1;
                sum += *self.words.get(toks.norm(i)).unwrap_or(&0) as i32;
            }
        }
        if n == 0 {
            return 0.0;
        }
        let v = (sum as f64 * 100.0 / n as f64).clamp(-100.0, 100.0);
        (v * 10.0).round() / 10.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_model::Span;

    #[test]
    fn positive_and_negative_sentences() {
        let t = ToneWords::builtin();
        let mut toks = Tokens::new();
        let s = "The war brought a brutal crisis.";
        toks.tokenize(s, Span::new(0, s.len()));
        assert!(t.score(&toks) < 0.0);
        let s = "Both sides welcomed the peace agreement.";
        toks.tokenize(s, Span::new(0, s.len()));
        assert!(t.score(&toks) > 0.0);
    }
}
