//! Boilerplate in text scraped from web pages: share buttons, bylines, author avatars,
//! promotions ("P.S. You can listen to my show…"), and the captions stranded between them.
//! Lines are marked, never removed, so byte offsets into the text stay true.

use annals_model::Span;

/// Whole lines that are page furniture.
const FURNITURE_LINES: &[&str] = &[
    "share",
    "share this",
    "share this:",
    "share this article",
    "tweet",
    "email",
    "e-mail",
    "print",
    "comments",
    "comment",
    "advertisement",
    "facebook",
    "twitter",
    "pinterest",
    "linkedin",
    "whatsapp",
    "reddit",
    "copy link",
    "read more",
    "related",
    "related articles",
    "subscribe",
    "sign up",
    "menu",
    "home",
    "log in",
    "login",
    "sponsored",
    "more",
    "next",
    "previous",
    "listen",
    "save",
    "follow",
    "follow us",
];

/// Phrases that mark a line as an author's promotion or a call to action.
const PROMO_PHRASES: &[&str] = &[
    "follow me on",
    "follow us on",
    "listen to my",
    "subscribe to",
    "sign up for",
    "click here",
    "newsletter",
    "all rights reserved",
    "share on facebook",
    "share on twitter",
    "like us on",
    "support our journalism",
    "download our app",
    "cookie",
];

/// Byte spans of the lines of `text` that are boilerplate, in order.
pub fn boilerplate(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let mut noise: Vec<bool> = lines.iter().map(|&(s, e)| is_furniture(&text[s..e])).collect();
    // A short line without final punctuation standing between two furniture lines (the
    // caption of a page's lead image, say) is furniture too.
    let content: Vec<usize> = (0..lines.len()).filter(|&i| !text[lines[i].0..lines[i].1].trim().is_empty()).collect();
    for w in content.windows(3) {
        let (a, b, c) = (w[0], w[1], w[2]);
        if noise[a] && noise[c] && !noise[b] && is_short_unterminated(&text[lines[b].0..lines[b].1]) {
            noise[b] = true;
        }
    }
    lines.iter().zip(noise).filter(|(_, n)| *n).map(|(&(s, e), _)| Span::new(s, e)).collect()
}

/// `(start, end)` of every line, without its line break.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' { i - 1 } else { i };
            out.push((start, end));
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

fn is_short_unterminated(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.split_whitespace().count() <= 6 && !t.ends_with(['.', '!', '?', ':', '"', '”'])
}

fn is_furniture(line: &str) -> bool {
    let t = line.trim();
    // furniture is short: a paragraph of article text is not read further
    if t.is_empty() || t.len() > 400 {
        return false;
    }
    let lower = t.to_lowercase();
    let bare = lower.trim_end_matches([':', '.', '!', '|', '»', '›']).trim();
    if FURNITURE_LINES.contains(&bare) {
        return true;
    }
    let words = t.split_whitespace().count();
    // "Team Mighty Avatar", "Jane Doe avatar", "By Jane Doe", "Posted by …"
    if words <= 6 && (bare.ends_with(" avatar") || bare.ends_with(" photo") || bare.ends_with(" headshot")) {
        return true;
    }
    if words <= 7 && (lower.starts_with("by ") || lower.starts_with("posted by") || lower.starts_with("written by")) && !t.ends_with('.') {
        return true;
    }
    if lower.starts_with("p.s.") || lower.starts_with("ps:") || lower.starts_with("p.s ") {
        return true;
    }
    if words <= 40 && PROMO_PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noisy(text: &str) -> Vec<&str> {
        boilerplate(text).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn marks_bylines_share_buttons_captions_and_promos() {
        let text = "Today: talks resume\n\nJane Roe Avatar\nTalks in Geneva\n\nShare\n\nOn Monday the ministers met.\n\nP.S. You can listen to my show and follow me on Twitter.\n";
        assert_eq!(noisy(text), vec!["Jane Roe Avatar", "Talks in Geneva", "Share", "P.S. You can listen to my show and follow me on Twitter."]);
    }

    #[test]
    fn keeps_headings_and_article_text() {
        let text = "The Berlin Crisis\n\nPrelude\n\nThe ministers met in Geneva. By then, talks had stalled.\n";
        assert!(noisy(text).is_empty());
    }
}
