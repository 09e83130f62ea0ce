//! The dateline of a news report ("NEW YORK, March 25, 1977 —"): where a document's
//! metadata gives no date, the date its dateline gives is the document's date, the anchor
//! for "Thursday" and "last week".

use annals_model::Date;

/// How many non-empty lines at the top of a document may hold the dateline (a headline
/// and a standfirst may come before it).
const LINES: usize = 4;

/// The months' names in lower case, January first.
pub const MONTHS: [&str; 12] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// The days of the week, lower-case.
pub const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The date of the document's dateline, if it has one.
pub fn date(text: &str) -> Option<Date> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).take(LINES).find_map(line_date)
}

/// `PLACE[ (AGENCY)], DATE —` where PLACE is written in capitals.
fn line_date(line: &str) -> Option<Date> {
    let (place, rest) = line.split_once(',')?;
    let place = match place.find('(') {
        Some(i) if place.ends_with(')') => &place[..i],
        _ => place,
    }
    .trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || place.len() > 40 || place.chars().any(|c| c.is_lowercase() || c.is_ascii_digit()) {
        return None;
    }
    let (date, after) = day_month_year(rest.trim_start())?;
    let after = after.trim_start();
    ["—", "–", "-", ":", "("].iter().any(|d| after.starts_with(d)).then_some(date)
}

/// "March 25, 1977" or "25 March 1977", with what follows it.
fn day_month_year(s: &str) -> Option<(Date, &str)> {
    let mut words = s.splitn(4, char::is_whitespace);
    let (a, b, c) = (words.next()?, words.next()?, words.next()?);
    let rest = words.next().unwrap_or("");
    let (month, day) = match (month(a), month(b)) {
        (Some(m), _) => (m, number(b.trim_end_matches(','))?),
        (None, Some(m)) => (m, number(a)?),
        _ => return None,
    };
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let (year, tail) = c.split_at(digits);
    let date = Date::new(number(year)? as i32, month, day).ok()?;
    // "1977 — …" or "1980: …"
    let tail = tail.trim_start_matches(',');
    Some((date, if tail.is_empty() { rest } else { tail }))
}

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    // the full name, or an abbreviation of three or four letters ("Aug.", "Sept.")
    MONTHS.iter().position(|m| *m == w || ((3..=4).contains(&w.len()) && m.starts_with(&w))).map(|i| i as u32 + 1)
}

fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Option<String> {
        date(text).map(|d| d.to_string())
    }

    #[test]
    fn datelines() {
        assert_eq!(d("Talks resume\n\nNEW YORK, March 25, 1977 — Negotiators met.").as_deref(), Some("1977-03-25"));
        assert_eq!(d("KUWAIT CITY (Reuters), 2 Aug. 1990 - Troops invaded.").as_deref(), Some("1990-08-02"));
        assert_eq!(d("SAN SALVADOR, Sept. 3, 1980: The archbishop spoke.").as_deref(), Some("1980-09-03"));
    }

    #[test]
    fn no_dateline() {
        assert_eq!(d("On March 24, 1977, the United States and Cuba met."), None);
        assert_eq!(d("Havana, March 25, 1977 — lower-case places are prose."), None);
        assert_eq!(d("PARIS, February 30, 1977 — an impossible day."), None);
        assert_eq!(d("A\nB\nC\nD\nPARIS, March 2, 1977 — too far down."), None);
        assert_eq!(d("PARIS, Marchy 2, 1977 — not a month."), None);
        assert_eq!(d(""), None);
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,200}", line in "[A-Z ]{1,12}, [A-Za-z.]{1,9} [0-9]{1,3},? [0-9]{1,5}[:—-]? .{0,10}") {
            let _ = date(&s);
            if let Some(d) = date(&line) {
                proptest::prop_assert!(d.year() >= 1000);
            }
        }
    }
}
