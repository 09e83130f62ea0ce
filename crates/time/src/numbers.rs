//! Numbers written in words over several tokens: "twenty-four hours", "two hundred years",
//! "nineteen ninety-four" (a year as it is spoken), "the year two thousand". The matcher sees
//! each as one token with its value.

use crate::rules::TokInfo;
use crate::words::{WordInfo, DAY, NUM, YEAR};

/// The tokens of a sentence with each number written over several words joined into one,
/// and for each joined token the index of its first token in `infos` (plus, last, the
/// length of `infos`). None when the sentence has no such number (the common case).
pub(crate) fn join_numbers<'a>(infos: &[TokInfo<'a>]) -> Option<(Vec<TokInfo<'a>>, Vec<usize>)> {
    // most sentences have no number in words followed by another word of one
    let spoken = |t: &TokInfo| t.info.num.is_some() && t.norm.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
    let joins = infos.windows(2).any(|w| spoken(&w[0]) && (spoken(&w[1]) || matches!(w[1].norm, "-" | "hundred" | "thousand")));
    if !joins {
        return None;
    }
    let mut joined: Option<(Vec<TokInfo<'a>>, Vec<usize>)> = None;
    let mut i = 0;
    while i < infos.len() {
        let found = if cardinal(&infos[i]).is_some() && (i == 0 || cardinal(&infos[i - 1]).is_none()) { read(infos, i) } else { None };
        match found {
            Some((info, end)) if end > i + 1 => {
                let (out, map) = joined.get_or_insert_with(|| (infos[..i].to_vec(), (0..i).collect()));
                out.push(TokInfo { info, lit: 0, ..infos[i] });
                map.push(i);
                i = end;
            }
            _ => {
                if let Some((out, map)) = joined.as_mut() {
                    out.push(infos[i]);
                    map.push(i);
                }
                i += 1;
            }
        }
    }
    if let Some((_, map)) = joined.as_mut() {
        map.push(infos.len());
    }
    joined
}

/// The value of a cardinal number word ("four", "ninety", "hundred"), not of "several" or "a
/// dozen".
fn cardinal(t: &TokInfo) -> Option<i64> {
    let n = t.info.num?;
    let word = t.norm.bytes().all(|c| c.is_ascii_alphabetic());
    (word && (1..=100).contains(&n) && !matches!(t.norm, "couple" | "dozen")).then_some(n)
}

/// One number below a hundred at `i`: "four", "fourteen", "twenty", "twenty-four", "twenty
/// four"; its value and the index after it.
fn below_hundred(infos: &[TokInfo], i: usize) -> Option<(i64, usize)> {
    let n = cardinal(infos.get(i)?)?;
    if n >= 100 {
        return None;
    }
    let unit_at = |k: usize| infos.get(k).and_then(cardinal).filter(|u| (1..=9).contains(u));
    if n >= 20 && n % 10 == 0 {
        if infos.get(i + 1).is_some_and(|t| t.norm == "-") {
            if let Some(u) = unit_at(i + 2) {
                return Some((n + u, i + 3));
            }
        }
        if let Some(u) = unit_at(i + 1) {
            return Some((n + u, i + 2));
        }
    }
    Some((n, i + 1))
}

/// A number over one or more words at `i`, as the matcher should see it, and the index
/// after it.
fn read(infos: &[TokInfo], i: usize) -> Option<(WordInfo, usize)> {
    let (first, mut end) = below_hundred(infos, i)?;
    let word = |k: usize| infos.get(k).map_or("", |t| t.norm);
    // "nineteen ninety-four", "eighteen twelve": a year spoken as two numbers
    if (11..=19).contains(&first) && end == i + 1 {
        if let Some((second, after)) = below_hundred(infos, end).filter(|(v, _)| *v >= 10) {
            let year = first * 100 + second;
            return Some((WordInfo { mask: YEAR, value: year, num: None }, after));
        }
    }
    let mut value = first;
    if (1..=9).contains(&first) && word(end) == "hundred" {
        value = first * 100;
        end += 1;
        if let Some((rest, after)) = and_below_hundred(infos, end) {
            value += rest;
            end = after;
        }
    } else if (1..=99).contains(&first) && word(end) == "thousand" {
        value = first * 1000;
        end += 1;
        if let Some((rest, after)) = and_below_hundred(infos, end) {
            value += rest;
            end = after;
        }
    }
    let mut mask = NUM;
    if (1..=31).contains(&value) {
        mask |= DAY;
    }
    if (1000..=2199).contains(&value) {
        mask |= YEAR;
    }
    Some((WordInfo { mask, value, num: Some(value) }, end))
}

/// "and one", "one" after "hundred" or "thousand".
fn and_below_hundred(infos: &[TokInfo], i: usize) -> Option<(i64, usize)> {
    let at = if infos.get(i).is_some_and(|t| t.norm == "and") { i + 1 } else { i };
    below_hundred(infos, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lexicon;

    /// Each token after joining: its first word, value and classes.
    fn joined(words: &str) -> Vec<(&str, i64, u32)> {
        let lex = Lexicon::new();
        let norms: Vec<&str> = words.split(' ').collect();
        let infos: Vec<TokInfo> = norms
            .iter()
            .map(|w| {
                let (info, lit) = lex.classify(w, false);
                TokInfo { norm: w, info, cap: false, glued: false, lit }
            })
            .collect();
        let Some((out, map)) = join_numbers(&infos) else {
            return Vec::new();
        };
        assert_eq!(map.len(), out.len() + 1);
        out.iter().zip(&map).map(|(t, &k)| (norms[k], t.info.value, t.info.mask)).collect()
    }

    #[test]
    fn compound_numbers_are_one_token() {
        let j = joined("twenty - four hours");
        assert_eq!(j[0], ("twenty", 24, NUM | DAY));
        assert_eq!(j.len(), 2);
        assert_eq!(joined("for twenty four days")[1].1, 24);
        assert_eq!(joined("two hundred years")[0].1, 200);
        assert_eq!(joined("two thousand and one")[0], ("two", 2001, NUM | YEAR));
    }

    #[test]
    fn spoken_years() {
        assert_eq!(joined("in nineteen ninety - four")[1], ("nineteen", 1994, YEAR));
        assert_eq!(joined("nineteen seventy")[0].1, 1970);
        // a single number word is left as it is
        assert!(joined("four hours").is_empty());
        assert!(joined("several days").is_empty());
    }
}
