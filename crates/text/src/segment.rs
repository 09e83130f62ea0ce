//! Sentences: blank lines and headings end a sentence; within a paragraph a sentence ends
//! at `.`, `!` or `?` (with closing quotes) before a capital, a digit or an opening quote,
//! unless the full stop belongs to a title ("Col."), an initial ("John F. Kennedy"), a month
//! before its day ("Oct. 14") or a dotted abbreviation followed by a name ("the U.S. Senate").

use crate::clean::boilerplate;
use crate::token::is_abbreviation;
use annals_model::{Sentence, Span};

/// Titles and honorifics: a name always follows.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen", "rep", "rev", "st", "mt", "ft", "pres",
    "messrs", "mme", "hon", "brig", "cdr", "supt", "insp", "no", "nos", "vs", "fig", "vol", "pp", "dept", "univ",
];

const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Words that commonly open a sentence: after "U.S." or "Jr." they mark a new sentence.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "however",
    "after",
    "before",
    "when",
    "while",
    "although",
    "though",
    "as",
    "since",
    "during",
    "by",
    "for",
    "with",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "both",
    "some",
    "many",
    "most",
    "one",
    "two",
    "if",
    "yet",
    "still",
    "meanwhile",
    "instead",
    "then",
    "later",
    "finally",
    "nevertheless",
    "despite",
    "following",
    "under",
    "from",
    "to",
    "until",
    "once",
    "no",
    "not",
    "all",
    "each",
    "what",
    "who",
    "why",
    "how",
];

/// The sentences of `text`, in order, leaving out boilerplate lines.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let noise = boilerplate(text);
    let mut out = Vec::new();
    for (block, para_start) in blocks(text, &noise) {
        split_block(text, block, para_start, &mut out);
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.index = i;
    }
    out
}

/// Paragraph-like blocks: runs of lines with no blank line or boilerplate line between
/// them. A line break also ends a block after a heading-like line (short, no final
/// punctuation) or before a line that starts with a bullet.
fn blocks(text: &str, noise: &[Span]) -> Vec<(Span, bool)> {
    let mut out: Vec<(Span, bool)> = Vec::new();
    let mut cur: Option<Span> = None;
    // the block's last line, to know whether it ends a heading
    let mut prev_line = Span::new(0, 0);
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos <= bytes.len() {
        // jump to the end of the line
        pos += memchr::memchr(b'\n', &bytes[pos..]).unwrap_or(bytes.len() - pos);
        let line = Span::new(start, pos);
        let is_noise = noise.binary_search_by_key(&line.start, |n| n.start).is_ok();
        let content = text[line.start..line.end].trim();
        if content.is_empty() || is_noise {
            if let Some(c) = cur.take() {
                out.push((c, true));
            }
        } else {
            let l = trim_span(text, line);
            match cur {
                Some(c) => {
                    let prev = &text[prev_line.start..prev_line.end];
                    let bullet = content.starts_with(['•', '*', '-', '–']);
                    let lower_next = content.starts_with(char::is_lowercase);
                    if (heading_like(prev) && !lower_next) || bullet {
                        out.push((c, true));
                        cur = Some(l);
                    } else {
                        cur = Some(c.cover(l));
                    }
                }
                None => cur = Some(l),
            }
            prev_line = l;
        }
        start = pos + 1;
        pos += 1;
    }
    if let Some(c) = cur {
        out.push((c, true));
    }
    out
}

fn heading_like(line: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &["the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "with", "for", "by", "from", "that", "as"];
    let t = line.trim();
    if t.ends_with(['.', '!', '?', ':', '"', '”']) {
        return true;
    }
    let words = t.split_whitespace().count();
    let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
    words <= 12 && t.len() < 80 && !t.ends_with([',', ';', '-', '–']) && !FUNCTION_WORDS.contains(&last)
}

fn trim_span(text: &str, s: Span) -> Span {
    let slice = &text[s.start..s.end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    Span::new(s.start + lead, s.end - trail)
}

fn split_block(text: &str, block: Span, para_start: bool, out: &mut Vec<Sentence>) {
    let s = &text[block.start..block.end];
    let b = s.as_bytes();
    let mut start = 0;
    let mut first = para_start;
    let mut i = 0;
    while i < b.len() {
        // jump to the next full stop, question or exclamation mark
        let Some(k) = memchr::memchr3(b'.', b'!', b'?', &b[i..]) else { break };
        i += k;
        let c = b[i];
        // Extend over repeated marks and closing quotes or brackets.
        let mut end = i + 1;
        while end < b.len() && matches!(b[end], b'.' | b'!' | b'?' | b'"' | b'\'' | b')') {
            end += 1;
        }
        for close in ["”", "’"] {
            if s[end..].starts_with(close) {
                end += close.len();
            }
        }
        let after = &s[end..];
        let ws = after.len() - after.trim_start().len();
        if ws > 0 && boundary_here(s, i, c, after.trim_start()) {
            push(out, text, block.start + start, block.start + end, &mut first);
            start = end + ws;
            i = start;
            continue;
        }
        i = end;
    }
    if start < b.len() {
        push(out, text, block.start + start, block.end, &mut first);
    }
}

fn push(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, first: &mut bool) {
    let span = trim_span(text, Span::new(start, end));
    if span.is_empty() {
        return;
    }
    out.push(Sentence { index: 0, span, para_start: *first });
    *first = false;
}

/// Whether the mark at `i` (of `s`) ends a sentence, given the text after the spaces.
fn boundary_here(s: &str, i: usize, mark: u8, next: &str) -> bool {
    let Some(nc) = next.chars().next() else {
        return true;
    };
    let starts_sentence = nc.is_uppercase() || nc.is_ascii_digit() || matches!(nc, '"' | '“' | '‘' | '\'' | '(' | '[');
    if !starts_sentence {
        return false;
    }
    if mark != b'.' {
        return true;
    }
    // The word the full stop ends.
    let word_start =
        s[..i].rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“').map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
    let word = &s[word_start..i];
    let lower = word.to_lowercase();
    let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    if MONTHS.contains(&lower.as_str()) && nc.is_ascii_digit() {
        return false;
    }
    let letters = lower.chars().filter(|c| c.is_alphabetic()).count();
    let dotted = lower.contains('.') || letters == 1;
    if letters == 1 && word.chars().next().is_some_and(char::is_uppercase) {
        // An initial: "John F. Kennedy". A lone capital letter rarely ends a sentence.
        return OPENERS.contains(&next_word.as_str()) && next_word != "a";
    }
    if dotted || is_abbreviation(&lower) {
        // "the U.S. Senate" goes on; "to the U.S.S.R. The letter" ends.
        return OPENERS.contains(&next_word.as_str());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s.span.start..s.span.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = "On Oct. 14, a U.S. plane flew. Col. Oleg Penkovsky and John F. Kennedy Jr. met at 5 p.m. in the U.S. Senate. The U.S. agreed.";
        assert_eq!(
            split(t),
            vec!["On Oct. 14, a U.S. plane flew.", "Col. Oleg Penkovsky and John F. Kennedy Jr. met at 5 p.m. in the U.S. Senate.", "The U.S. agreed."]
        );
    }

    #[test]
    fn dotted_abbreviation_can_end_a_sentence() {
        let t = "He returned all weapons to the U.S.S.R. The letter was the first.";
        assert_eq!(split(t), vec!["He returned all weapons to the U.S.S.R.", "The letter was the first."]);
    }

    #[test]
    fn headlines_quotes_and_decimals() {
        let t = "US and Cuba finally negotiate\n\nHe said, “We are ready.” Then he left. Growth was 3.5 percent! Why? Because.\n";
        assert_eq!(split(t), vec!["US and Cuba finally negotiate", "He said, “We are ready.”", "Then he left.", "Growth was 3.5 percent!", "Why?", "Because."]);
    }

    #[test]
    fn headings_end_at_line_breaks_and_wrapped_lines_join() {
        let t = "Prelude\nThe ministers met in\nGeneva in 1959. Talks failed.\n";
        assert_eq!(split(t), vec!["Prelude", "The ministers met in\nGeneva in 1959.", "Talks failed."]);
    }

    #[test]
    fn boilerplate_lines_are_left_out() {
        let t = "Headline here\n\nJane Roe Avatar\nCaption words\n\nShare\n\nBody text.\n\nP.S. Follow me on Twitter.";
        assert_eq!(split(t), vec!["Headline here", "Body text."]);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::token::Tokens;
    use proptest::prelude::*;

    fn texty() -> impl Strategy<Value = String> {
        // words, abbreviations, punctuation, quotes, dashes, digits and line breaks
        proptest::collection::vec(
            prop_oneof![
                "[A-Za-z]{1,8}",
                Just("U.S.".to_string()),
                Just("Oct.14".to_string()),
                Just("Col.".to_string()),
                Just("3.5".to_string()),
                Just("“".to_string()),
                Just("”".to_string()),
                Just("’s".to_string()),
                Just("—".to_string()),
                Just("–".to_string()),
                "[.,;:!?()\"'-]",
                "[0-9]{1,4}",
                Just("\n".to_string()),
                Just("\n\n".to_string()),
                "\\PC{1,3}",
            ],
            0..60,
        )
        .prop_map(|parts| parts.join(" "))
    }

    proptest! {
        #[test]
        fn sentences_lie_inside_the_text_in_order(text in texty()) {
            let mut last_end = 0;
            for s in sentences(&text) {
                prop_assert!(s.span.start >= last_end && s.span.start < s.span.end && s.span.end <= text.len());
                prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
                last_end = s.span.end;
            }
        }

        #[test]
        fn tokens_lie_inside_their_sentence_in_order(text in texty()) {
            let mut toks = Tokens::new();
            for s in sentences(&text) {
                toks.tokenize(&text, s.span);
                let mut last = s.span.start;
                for t in toks.as_slice() {
                    prop_assert!(t.span.start >= last && t.span.end <= s.span.end && t.span.start < t.span.end);
                    prop_assert!(!text[t.span.start..t.span.end].trim().is_empty());
                    last = t.span.end;
                }
                for i in 0..toks.len() {
                    prop_assert!(!toks.norm(i).is_empty());
                }
            }
        }

        #[test]
        fn html_extraction_never_panics(src in "\\PC{0,200}", tags in proptest::collection::vec("<(/?)(p|div|script|nav|br|h1)( class=\"share\")?>", 0..10)) {
            let mixed = format!("{}{}", tags.join(""), src);
            let page = crate::html::extract(&mixed, false);
            prop_assert!(page.text.ends_with('\n'));
        }
    }
}
