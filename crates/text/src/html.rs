//! Main text from HTML pages and TEI XML: a forgiving scanner (no tree, no panics on
//! broken markup) that drops scripts, styles, navigation, share buttons, bylines,
//! author boxes and similar page furniture, and turns block elements into paragraphs.

use annals_model::Date;

/// What a page gives: its article text and metadata.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub date: Option<Date>,
    pub url: Option<String>,
    pub text: String,
    /// Points `(text offset, source offset)` from which the text follows the source byte
    /// for byte (see `Doc::source_map`).
    pub map: Vec<(usize, usize)>,
}

/// Elements whose whole content is never article text.
const SKIP_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
    "select",
    "figcaption",
    "figure",
    "menu",
    "teiheader",
    "note",
    "fw",
    "object",
    "canvas",
    "video",
    "audio",
];

/// Words in a `class` or `id` that mark page furniture.
const FURNITURE: &[&str] = &[
    "share",
    "social",
    "byline",
    "author",
    "promo",
    "newsletter",
    "related",
    "comment",
    "sidebar",
    "advert",
    "cookie",
    "breadcrumb",
    "subscribe",
    "signup",
    "footer",
    "navbar",
    "menu",
    "popup",
    "avatar",
    "tags",
    "caption",
    "sponsor",
];

/// Elements that end a paragraph.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "hr",
    "main",
    "head",
    "list",
    "item",
    "lg",
    "l",
    "div1",
    "div2",
    "div3",
];

const VOID_ELEMENTS: &[&str] = &["br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "lb", "pb"];

/// Extracts the article text of an HTML page (or the body of a TEI document).
pub fn extract(src: &str, xml: bool) -> Page {
    let mut page = Page::default();
    let mut out = String::with_capacity(src.len() / 2);
    let mut map: Vec<(usize, usize)> = Vec::new();
    let mut skip: Vec<String> = Vec::new(); // stack of open skipped elements
    let mut in_title = false;
    let mut title = String::new();
    let mut h1: Option<String> = None;
    let mut in_h1 = false;
    let mut h1_text = String::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            // Comments, CDATA, doctype, processing instructions.
            if src[i..].starts_with("<!--") {
                i = find_from(src, i + 4, "-->").map_or(bytes.len(), |e| e + 3);
                continue;
            }
            if src[i..].starts_with("<![CDATA[") {
                let end = find_from(src, i + 9, "]]>").unwrap_or(bytes.len());
                if skip.is_empty() {
                    mark(&out, &mut map, i + 9);
                    out.push_str(&src[i + 9..end]);
                }
                i = (end + 3).min(bytes.len());
                continue;
            }
            let Some(close) = tag_end(bytes, i + 1) else {
                // A '<' that opens no tag: text.
                if skip.is_empty() {
                    mark(&out, &mut map, i);
                    out.push('<');
                }
                i += 1;
                continue;
            };
            let inner = &src[i + 1..close];
            i = close + 1;
            if inner.starts_with('!') || inner.starts_with('?') {
                continue;
            }
            let closing = inner.starts_with('/');
            let body = inner.trim_start_matches('/');
            let name_end = body.find(|c: char| c.is_whitespace() || c == '/' || c == '>').unwrap_or(body.len());
            let name = body[..name_end].to_ascii_lowercase();
            let name = name.rsplit(':').next().unwrap_or("").to_string();
            if name.is_empty() {
                continue;
            }
            let attrs = &body[name_end..];
            let self_closing = inner.ends_with('/') || VOID_ELEMENTS.contains(&name.as_str());
            if !closing {
                if name == "meta" || name == "link" {
                    read_meta(attrs, &mut page);
                }
                if name == "time" && page.date.is_none() {
                    if let Some(dt) = attr(attrs, "datetime") {
                        page.date = crate::input::parse_doc_date(&dt);
                    }
                }
            }
            if !skip.is_empty() {
                if closing {
                    if let Some(pos) = skip.iter().rposition(|n| *n == name) {
                        skip.truncate(pos);
                    }
                } else if !self_closing && skip.last().is_some_and(|n| *n == name) {
                    skip.push(name);
                }
                continue;
            }
            if !closing && !self_closing {
                let furniture = furniture_attrs(attrs);
                if SKIP_ELEMENTS.contains(&name.as_str()) || furniture {
                    skip.push(name.clone());
                    continue;
                }
            }
            match (name.as_str(), closing) {
                ("title", false) if !xml => in_title = true,
                ("title", true) if !xml => in_title = false,
                ("h1", false) => in_h1 = true,
                ("h1", true) => {
                    in_h1 = false;
                    if h1.is_none() && !h1_text.trim().is_empty() {
                        h1 = Some(collapse(&h1_text));
                    }
                }
                _ => {}
            }
            if BLOCK_ELEMENTS.contains(&name.as_str()) {
                end_paragraph(&mut out);
            }
            continue;
        }
        // Text up to the next tag.
        let next = src[i..].find('<').map_or(bytes.len(), |o| i + o);
        let chunk = &src[i..next];
        i = next;
        if in_title && !xml {
            title.push_str(chunk);
            continue;
        }
        if !skip.is_empty() {
            continue;
        }
        if in_h1 {
            h1_text.push_str(&decode_entities(chunk));
        }
        push_text(&mut out, &mut map, chunk, next - chunk.len());
    }
    page.title = page.title.or(h1).or_else(|| Some(collapse(&title)).filter(|t| !t.is_empty()));
    let lead = out.len() - out.trim_start().len();
    page.text = out.trim().to_string();
    page.text.push('\n');
    // the text's offsets shift by what the trim took from its start ("<![CDATA[  text")
    for (t, f) in map {
        let point = if t >= lead { (t - lead, f) } else { (0, f + (lead - t)) };
        match page.map.last_mut() {
            Some(last) if last.0 == point.0 => *last = point,
            _ => page.map.push(point),
        }
    }
    page
}

/// Notes that the next byte pushed to `out` comes from `src` in the source, when that is
/// not where the last point of the map would put it.
fn mark(out: &str, map: &mut Vec<(usize, usize)>, src: usize) {
    // a point past the text's end was left by text since trimmed
    while map.last().is_some_and(|&(t, _)| t >= out.len()) {
        map.pop();
    }
    let follows = map.last().map_or(src == out.len(), |&(t, f)| f + (out.len() - t) == src);
    if !follows {
        map.push((out.len(), src));
    }
}

fn find_from(s: &str, from: usize, pat: &str) -> Option<usize> {
    s.get(from..)?.find(pat).map(|o| from + o)
}

/// The '>' that closes a tag starting after `<`, honouring quoted attribute values.
/// `None` when the '<' does not start a tag.
fn tag_end(b: &[u8], start: usize) -> Option<usize> {
    let first = *b.get(start)?;
    if !(first.is_ascii_alphabetic() || first == b'/' || first == b'!' || first == b'?') {
        return None;
    }
    let mut quote = 0u8;
    for (k, &c) in b.iter().enumerate().skip(start) {
        match (quote, c) {
            (0, b'"') | (0, b'\'') => quote = c,
            (q, c) if q != 0 && c == q => quote = 0,
            (0, b'>') => return Some(k),
            (0, b'<') => return None,
            _ => {}
        }
    }
    None
}

fn furniture_attrs(attrs: &str) -> bool {
    let mut words = String::new();
    for key in ["class", "id", "role", "itemprop", "rel"] {
        if let Some(v) = attr(attrs, key) {
            words.push(' ');
            words.push_str(&v.to_ascii_lowercase());
        }
    }
    if words.is_empty() {
        return false;
    }
    if words.contains("navigation") || words.contains("banner") || words.contains("complementary") {
        return true;
    }
    words.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| FURNITURE.iter().any(|f| w == *f || (w.starts_with(f) && w.len() <= f.len() + 4)))
}

/// The value of an attribute in a tag's attribute text.
fn attr(attrs: &str, key: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(key) {
        let at = from + pos;
        from = at + key.len();
        let before_ok = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric() && lower.as_bytes()[at - 1] != b'-';
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let vstart = attrs.len() - rest.len() + 1;
        let v = attrs[vstart..].trim_start();
        let value = match v.chars().next() {
            Some(q @ ('"' | '\'')) => v[1..].split(q).next().unwrap_or(""),
            _ => v.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""),
        };
        return Some(decode_entities(value));
    }
    None
}

fn read_meta(attrs: &str, page: &mut Page) {
    let key = attr(attrs, "property").or_else(|| attr(attrs, "name")).or_else(|| attr(attrs, "rel"));
    let Some(key) = key.map(|k| k.to_ascii_lowercase()) else {
        return;
    };
    let value = attr(attrs, "content").or_else(|| attr(attrs, "href"));
    let Some(value) = value else { return };
    match key.as_str() {
        "article:published_time" | "date" | "pubdate" | "dc.date" | "dcterms.date" | "og:published_time" if page.date.is_none() => {
            page.date = crate::input::parse_doc_date(&value);
        }
        "og:title" if page.title.is_none() => page.title = Some(value),
        "og:url" | "canonical" if page.url.is_none() => page.url = Some(value),
        _ => {}
    }
}

fn end_paragraph(out: &mut String) {
    let trimmed = out.trim_end_matches([' ', '\t']).len();
    out.truncate(trimmed);
    if out.is_empty() || out.ends_with("\n\n") {
        return;
    }
    out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
}

/// Appends the text `chunk` (at `src` in the source) with its character references
/// decoded and its runs of white space made one space, noting in `map` where each part
/// came from.
fn push_text(out: &mut String, map: &mut Vec<(usize, usize)>, chunk: &str, src: usize) {
    let mut k = 0;
    while let Some(c) = chunk[k..].chars().next() {
        let (c, len) = if c == '&' { reference_at(&chunk[k..]).unwrap_or(('&', 1)) } else { (c, c.len_utf8()) };
        if c.is_whitespace() {
            if !(out.is_empty() || out.ends_with(' ') || out.ends_with('\n')) {
                mark(out, map, src + k);
                out.push(' ');
            }
        } else {
            mark(out, map, src + k);
            out.push(c);
        }
        k += len;
    }
}

/// The character a reference at the start of `s` stands for ("&amp;", "&#8217;") and the
/// reference's length.
fn reference_at(s: &str) -> Option<(char, usize)> {
    let end = s[1..].find(|c: char| !c.is_ascii_alphanumeric() && c != '#').map(|e| e + 1)?;
    if s.as_bytes().get(end) != Some(&b';') {
        return None;
    }
    entity(&s[1..end]).map(|c| (c, end + 1))
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes character references: named ones common in news pages, decimal and hex.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        match reference_at(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "eacute" => 'é',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The source bytes the map gives for the first `word` of a page's text.
    fn source_of<'a>(src: &'a str, page: &Page, word: &str) -> &'a str {
        let doc = annals_model::Doc { text: page.text.clone(), source_map: page.map.clone(), ..Default::default() };
        let at = page.text.find(word).unwrap();
        let f = doc.file_span(annals_model::Span::new(at, at + word.len()));
        &src[f.start..f.end]
    }

    #[test]
    fn the_map_survives_a_trimmed_start() {
        let src = "<p><![CDATA[  Talks on 24 March]]></p>";
        let page = extract(src, true);
        assert_eq!(page.text, "Talks on 24 March\n");
        assert_eq!(source_of(src, &page, "24 March"), "24 March");
    }

    #[test]
    fn the_map_leads_back_from_text_to_source() {
        let src = "<div><p>  On  March&nbsp;24,\n 1977 &lt;talks&gt;</p><p>Then</p></div>";
        let page = extract(src, false);
        assert_eq!(page.text, "On March 24, 1977 <talks>\n\nThen\n");
        for word in ["On", "March", "24,", "1977", "talks", "Then"] {
            assert_eq!(source_of(src, &page, word), word, "{word}");
        }
    }

    #[test]
    fn keeps_the_article_and_drops_furniture() {
        let html = r#"<!DOCTYPE html><html><head><title>Talks | Site</title>
<meta property="article:published_time" content="2019-03-24T08:00:00Z">
<script>var x = "<p>not text</p>";</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> <a>World</a></nav>
<div class="byline">Team Mighty Avatar</div>
<ul class="share-buttons"><li>Share</li><li>Tweet</li></ul>
<article><h1>US and Cuba negotiate</h1>
<p>On March 24, 1977, the United States &amp; Cuba met.</p>
<p>They talked<br>again.</p></article>
<div class="author-promo">P.S. You can listen to my show.</div>
<footer>Copyright</footer></body></html>"#;
        let p = extract(html, false);
        assert_eq!(p.title.as_deref(), Some("US and Cuba negotiate"));
        assert_eq!(p.date.unwrap().to_string(), "2019-03-24");
        assert_eq!(p.text, "US and Cuba negotiate\n\nOn March 24, 1977, the United States & Cuba met.\n\nThey talked\n\nagain.\n");
    }

    #[test]
    fn broken_markup_does_not_panic_or_lose_text() {
        for src in ["<p>a < b and c", "<div class=\"x>unterminated", "<<<>>>", "<p>x</div></p></span>y", "&#xZZ; &#0; &", "<script>never closed"] {
            let p = extract(src, false);
            assert!(p.text.ends_with('\n'));
        }
        assert!(extract("<p>a < b and c", false).text.contains("a < b and c"));
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entities("a &amp; b &#8217; &#x2014; &bogus; &"), "a & b ’ — &bogus; &");
    }

    #[test]
    fn tei_body_with_heads() {
        let tei = r#"<?xml version="1.0"?><TEI><teiHeader><title>Meta</title></teiHeader><text><body><div><head>The Crisis</head><p>Khrushchev <note>a note</note>sent a letter.</p></div></body></text></TEI>"#;
        let p = extract(tei, true);
        assert_eq!(p.text, "The Crisis\n\nKhrushchev sent a letter.\n");
    }
}
