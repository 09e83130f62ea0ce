//! Tokens with byte offsets into the document. One reusable buffer ([`Tokens`]) holds a
//! sentence's tokens and their normalized forms, so the hot loop does not allocate per token.
//!
//! Normal forms: lower case; curly quotes and apostrophes straightened; hyphens and en
//! dashes become `-`, em dashes `--`. "U.S.", "U.S.S.R.", "p.m.", "Oct.", "Col.", "Jr." and
//! initials keep their full stops; "wasn't" is `was` + `n't`, "Carter's" is `carter` + `'s`;
//! "100,000", "3.5", "1970s", "'60s" and "19th" are single numbers.

use annals_model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the document.
    pub span: Span,
    pub kind: TokenKind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Directly follows the previous token, with no space between.
    pub glued: bool,
    norm: (u32, u32),
}

/// Words that keep a following full stop as part of the token.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen", "rep", "reps", "rev", "st", "mt", "ft",
    "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co",
    "dept", "univ", "pres", "ave", "approx", "est", "fig", "vol", "pp", "messrs", "mme", "mlle", "hon", "brig", "cdr", "supt", "insp", "ret", "govt", "intl",
    "assn", "bros", "ca", "cf", "al", "ed", "eds", "op", "cit", "ibid", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

pub fn is_abbreviation(word_lower: &str) -> bool {
    ABBREVIATIONS.contains(&word_lower)
}

/// A sentence's tokens and their normal forms; reuse one per thread.
#[derive(Default, Debug, Clone)]
pub struct Tokens {
    toks: Vec<Token>,
    norms: String,
}

impl Tokens {
    pub fn new() -> Tokens {
        Tokens::default()
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    pub fn as_slice(&self) -> &[Token] {
        &self.toks
    }

    /// The normal form of token `i`.
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        let (s, e) = self.toks[i].norm;
        let bytes = &self.norms.as_bytes()[s as usize..e as usize];
        debug_assert!(std::str::from_utf8(bytes).is_ok());
        // SAFETY: every range is recorded in `push`/`push_norm` around whole strings pushed
        // onto `norms`, so it starts and ends on character boundaries of valid UTF-8.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }

    /// The normal form of token `i`, or "" past the end.
    pub fn norm_at(&self, i: usize) -> &str {
        if i < self.toks.len() {
            self.norm(i)
        } else {
            ""
        }
    }

    /// Tokenizes `text[span]`, replacing what the buffer held.
    pub fn tokenize(&mut self, text: &str, span: Span) {
        self.toks.clear();
        self.norms.clear();
        let s = &text[span.start..span.end];
        let b = s.as_bytes();
        let mut i = 0;
        let mut prev_end = usize::MAX;
        while i < b.len() {
            let c = char_at(s, i);
            let clen = c.len_utf8();
            if c.is_whitespace() {
                i += clen;
                continue;
            }
            let start = i;
            let kind;
            if c.is_alphabetic() {
                i = self.scan_word(s, i);
                kind = TokenKind::Word;
                // "wasn't" -> "was" + "n't"
                let w = &s[start..i];
                if let Some(rest) = s.get(i..) {
                    if (rest.starts_with("'t") || rest.starts_with("’t"))
                        && w.len() > 1
                        && w.ends_with(['n', 'N'])
                        && !rest[if rest.starts_with('\'') { 2 } else { 4 }..].starts_with(char::is_alphabetic)
                    {
                        let base_end = i - 1;
                        self.push(text, span.start, start, base_end, TokenKind::Word, &mut prev_end);
                        let apos = if rest.starts_with('\'') { 1 } else { 3 };
                        let end = i + apos + 1;
                        self.push_norm(span.start, base_end, end, "n't", TokenKind::Word, &mut prev_end);
                        i = end;
                        continue;
                    }
                }
            } else if c.is_ascii_digit() || ((c == '\'' || c == '’') && next_is_digit(s, i + clen)) {
                i = scan_number(s, i + if c.is_ascii_digit() { 0 } else { clen });
                kind = TokenKind::Number;
            } else if (c == '\'' || c == '’') && s[i + clen..].starts_with(['s', 'S']) && !next_is_alpha(s, i + clen + 1) && i > 0 {
                let end = i + clen + 1;
                self.push_norm(span.start, i, end, "'s", TokenKind::Word, &mut prev_end);
                i = end;
                continue;
            } else if c == '.' && s[i..].starts_with("...") {
                i += 3;
                kind = TokenKind::Punct;
            } else {
                i += clen;
                let norm = match c {
                    '-' | '‐' | '‑' | '‒' | '–' | '−' => "-",
                    '—' | '―' => "--",
                    '“' | '”' | '„' | '«' | '»' => "\"",
                    '‘' | '’' => "'",
                    _ => "",
                };
                if !norm.is_empty() {
                    self.push_norm(span.start, start, i, norm, TokenKind::Punct, &mut prev_end);
                    continue;
                }
                kind = TokenKind::Punct;
            }
            self.push(text, span.start, start, i, kind, &mut prev_end);
        }
    }

    fn scan_word(&self, s: &str, mut i: usize) -> usize {
        let b = s.as_bytes();
        let start = i;
        while i < b.len() {
            // most words are ASCII letters: take them a byte at a time
            if b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let c = char_at(s, i);
            if c.is_alphanumeric() {
                i += c.len_utf8();
            } else if (c == '\'' || c == '’') && next_is_alpha(s, i + c.len_utf8()) {
                // O'Brien stays whole; 's and n't are split by the caller.
                let after = &s[i + c.len_utf8()..];
                let word = &s[start..i];
                let tail_s = after.starts_with(['s', 'S']) && !next_is_alpha(s, i + c.len_utf8() + 1);
                let tail_t = after.starts_with('t') && word.ends_with(['n', 'N']) && !next_is_alpha(s, i + c.len_utf8() + 1);
                if tail_s || tail_t {
                    break;
                }
                i += c.len_utf8();
            } else {
                break;
            }
        }
        // Full stops that belong to the word: initials and dotted abbreviations (U.S.S.R.),
        // and listed abbreviations (Oct., Col., Jr.).
        if i < b.len() && b[i] == b'.' {
            let word = &s[start..i];
            let letters = word.chars().count();
            if letters == 1 {
                let mut j = i + 1;
                // U.S.S.R., p.m., H.W.
                loop {
                    let mut k = j;
                    let c = s[k..].chars().next();
                    match c {
                        Some(c) if c.is_alphabetic() => k += c.len_utf8(),
                        _ => break,
                    }
                    if s[k..].starts_with('.') {
                        j = k + 1;
                    } else {
                        break;
                    }
                }
                return j;
            }
            if is_abbreviation(&word.to_ascii_lowercase()) {
                return i + 1;
            }
        }
        i
    }

    fn push(&mut self, text: &str, base: usize, start: usize, end: usize, kind: TokenKind, prev_end: &mut usize) {
        let raw = &text[base + start..base + end];
        let ns = self.norms.len();
        if raw.is_ascii() {
            self.norms.push_str(raw);
            self.norms[ns..].make_ascii_lowercase();
            let ne = self.norms.len();
            self.finish(base, start, end, kind, (ns as u32, ne as u32), raw, prev_end);
            return;
        }
        for c in raw.chars() {
            match c {
                '’' | '‘' => self.norms.push('\''),
                c if c.is_ascii() => self.norms.push(c.to_ascii_lowercase()),
                c => self.norms.extend(c.to_lowercase()),
            }
        }
        let ne = self.norms.len();
        self.finish(base, start, end, kind, (ns as u32, ne as u32), raw, prev_end);
    }

    fn push_norm(&mut self, base: usize, start: usize, end: usize, norm: &str, kind: TokenKind, prev_end: &mut usize) {
        let ns = self.norms.len();
        self.norms.push_str(norm);
        let ne = self.norms.len();
        self.finish(base, start, end, kind, (ns as u32, ne as u32), "", prev_end);
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(&mut self, base: usize, start: usize, end: usize, kind: TokenKind, norm: (u32, u32), raw: &str, prev_end: &mut usize) {
        let cap = raw.chars().next().is_some_and(char::is_uppercase);
        let glued = *prev_end == start;
        *prev_end = end;
        self.toks.push(Token { span: Span::new(base + start, base + end), kind, cap, glued, norm });
    }
}

#[inline]
fn char_at(s: &str, i: usize) -> char {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => b as char,
        _ => s[i..].chars().next().unwrap_or(' '),
    }
}

fn next_is_alpha(s: &str, i: usize) -> bool {
    s.get(i..).and_then(|r| r.chars().next()).is_some_and(char::is_alphabetic)
}

fn next_is_digit(s: &str, i: usize) -> bool {
    s.get(i..).and_then(|r| r.chars().next()).is_some_and(|c| c.is_ascii_digit())
}

/// 1977, 100,000, 3.5, 1970s, 19th, 2nd.
fn scan_number(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while i < b.len() {
        let separator = (b[i] == b',' || b[i] == b'.' || b[i] == b'/') && i + 1 < b.len() && b[i + 1].is_ascii_digit();
        // "10:35", a time of day: one token
        let clock = b[i] == b':' && b.get(i + 1..i + 3).is_some_and(|m| m.iter().all(u8::is_ascii_digit)) && !b.get(i + 3).is_some_and(u8::is_ascii_digit);
        if clock {
            i += 3;
            break;
        }
        if !(b[i].is_ascii_digit() || separator) {
            break;
        }
        i += 1;
    }
    // suffixes: s, th, st, nd, rd, and d of the older "2d", "3d"
    let rest = &s[i..];
    for suf in ["s", "th", "st", "nd", "rd", "d", "TH", "ST", "ND", "RD"] {
        if rest.starts_with(suf) && !next_is_alpha(s, i + suf.len()) {
            return i + suf.len();
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<String> {
        let mut t = Tokens::new();
        t.tokenize(text, Span::new(0, text.len()));
        (0..t.len()).map(|i| t.norm(i).to_string()).collect()
    }

    #[test]
    fn abbreviations_initials_and_numbers() {
        assert_eq!(toks("U.S. and U.S.S.R. met"), ["u.s.", "and", "u.s.s.r.", "met"]);
        assert_eq!(toks("On Oct.14, Col. Oleg"), ["on", "oct.", "14", ",", "col.", "oleg"]);
        assert_eq!(toks("John F. Kennedy Jr. and George H.W. Bush"), ["john", "f.", "kennedy", "jr.", "and", "george", "h.w.", "bush"]);
        assert_eq!(toks("100,000 Cubans, 3.5 and the 1970s, '60s, 19th"), ["100,000", "cubans", ",", "3.5", "and", "the", "1970s", ",", "'60s", ",", "19th"]);
        assert_eq!(toks("at 5 p.m. today."), ["at", "5", "p.m.", "today", "."]);
        assert_eq!(toks("at 10:35 a.m. in 3:2 or 1:234"), ["at", "10:35", "a.m.", "in", "3", ":", "2", "or", "1", ":", "234"]);
        assert_eq!(toks("2 1/2 years, 9/11"), ["2", "1/2", "years", ",", "9/11"]);
        assert_eq!(toks("the 3d of March, 3dB"), ["the", "3d", "of", "march", ",", "3", "db"]);
    }

    #[test]
    fn contractions_possessives_quotes_and_dashes() {
        assert_eq!(toks("It wasn’t Carter’s “soft” plan"), ["it", "was", "n't", "carter", "'s", "\"", "soft", "\"", "plan"]);
        assert_eq!(toks("O'Brien's re-opened 1958–1961 threat—one"), ["o'brien", "'s", "re", "-", "opened", "1958", "-", "1961", "threat", "--", "one"]);
    }

    #[test]
    fn offsets_point_at_the_words() {
        let text = "Soviet Premier Nikita Khrushchev’s letter.";
        let mut t = Tokens::new();
        t.tokenize(text, Span::new(0, text.len()));
        let words: Vec<&str> = t.as_slice().iter().map(|k| &text[k.span.start..k.span.end]).collect();
        assert_eq!(words, ["Soviet", "Premier", "Nikita", "Khrushchev", "’s", "letter", "."]);
        assert!(t.get(4).unwrap().glued && !t.get(1).unwrap().glued);
        assert!(t.get(0).unwrap().cap && !t.get(5).unwrap().cap);
    }
}
