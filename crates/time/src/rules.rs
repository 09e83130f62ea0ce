//! The rule table (`data/time/rules.txt`): its reader, and the matcher that runs the
//! compiled rules over a sentence's tokens.

use crate::words::{self, WordInfo};
use annals_model::fxhash::FxHashMap;
use std::fmt;

/// One element of a pattern.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Elem {
    /// Any of these literal normal forms…
    pub lits: Vec<String>,
    /// …by their ids in the matcher's vocabulary (filled in by [`Matcher::new`]).
    lit_ids: Vec<u32>,
    /// …or a token of any of these classes.
    pub mask: u32,
    pub optional: bool,
}

/// A field value in an action: a constant, or the value of a pattern element.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Val {
    Const(String),
    Elem { index: usize, negate: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ActionKind {
    Date,
    Rel,
    After,
    Dur,
    Set,
    Ref,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Action {
    pub kind: ActionKind,
    /// For a date range, two sides; otherwise one.
    pub sides: Vec<Vec<(String, Val)>>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Rule {
    pub line: usize,
    pub elems: Vec<Elem>,
    /// Tokens that must follow the match without being part of it (`>ended|ending`).
    pub after: Vec<Elem>,
    pub action: Action,
}

/// A malformed line in a rule table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for RuleError {}

const FIELDS: &[&str] = &[
    "y", "m", "d", "dec", "cen", "season", "q", "wd", "mod", "unit", "n", "anchor", "tod", "dir", "value", "clock", "ampm", "cal", "sameday", "dy", "half",
    "nth", "we", "ea", "oday", "lm", "hy", "bc", "ad", "bce", "ymd", "wk", "nar", "off", "min", "dow",
];

/// Reads a rule table.
pub(crate) fn parse_rules(file: &str, text: &str) -> Result<Vec<Rule>, RuleError> {
    let mut rules = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let err = |message: String| RuleError { file: file.to_string(), line, message };
        let content = raw.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let Some((pat, act)) = content.split_once("=>") else {
            return Err(err("expected `PATTERN => ACTION`".into()));
        };
        let mut elems = Vec::new();
        let mut after = Vec::new();
        for tok in pat.split_whitespace() {
            // `>x`: a token that must follow, outside the expression
            if let Some(body) = tok.strip_prefix('>') {
                after.push(parse_elem(body, false).map_err(|m| err(format!("{m} in {tok:?}")))?);
                continue;
            }
            if !after.is_empty() {
                return Err(err(format!("{tok:?} after a `>` element: what must follow comes last")));
            }
            let (optional, body) = match tok.strip_prefix('[') {
                Some(rest) => match rest.strip_suffix(']') {
                    Some(b) => (true, b),
                    None => return Err(err(format!("unclosed `[` in {tok:?}"))),
                },
                None => (false, tok),
            };
            elems.push(parse_elem(body, optional).map_err(|m| err(format!("{m} in {tok:?}")))?);
        }
        if elems.is_empty() || elems.iter().all(|e| e.optional) {
            return Err(err("a pattern needs at least one required element".into()));
        }
        let mut parts = act.split_whitespace();
        let kind = match parts.next() {
            Some("date") => ActionKind::Date,
            Some("rel") => ActionKind::Rel,
            Some("after") => ActionKind::After,
            Some("dur") => ActionKind::Dur,
            Some("set") => ActionKind::Set,
            Some("ref") => ActionKind::Ref,
            other => return Err(err(format!("unknown action {:?}", other.unwrap_or("")))),
        };
        let mut sides = vec![Vec::new()];
        for f in parts {
            if f == "/" {
                if kind != ActionKind::Date || sides.len() == 2 {
                    return Err(err("only a date action may have two sides".into()));
                }
                sides.push(Vec::new());
                continue;
            }
            let Some((k, v)) = f.split_once('=') else {
                return Err(err(format!("expected key=value, found {f:?}")));
            };
            if !FIELDS.contains(&k) {
                return Err(err(format!("unknown field {k:?}")));
            }
            let val = if let Some(n) = v.strip_prefix("-$").or_else(|| v.strip_prefix('$')) {
                let index: usize = n.parse().map_err(|_| err(format!("bad element reference {v:?}")))?;
                if index == 0 || index > elems.len() {
                    return Err(err(format!("{v} refers past the pattern's {} elements", elems.len())));
                }
                let want = match k {
                    "y" => words::YEAR | words::NUM,
                    "bc" | "ad" => words::NUM,
                    "m" => words::MONTH | words::NUM,
                    "ymd" => words::NUMDATE,
                    "d" => words::DAY | words::ORD,
                    "dec" => words::DECADE,
                    "cen" => words::CENT,
                    "season" => words::SEASON,
                    "q" => words::QORD,
                    "wd" => words::WEEKDAY,
                    "mod" => words::PART,
                    "tod" => words::TOD,
                    "n" => words::NUM,
                    "clock" => words::CLOCK | words::NUM,
                    "ampm" => words::AMPM,
                    _ => 0,
                };
                let e = &elems[index - 1];
                let literal_ok = k == "unit" || (k == "n" && e.lits.iter().all(|l| l == "a" || l == "an"));
                let literal_stands_in = literal_ok && !e.lits.is_empty();
                if want != 0 && e.mask & want == 0 && !literal_stands_in {
                    return Err(err(format!("{k}={v} refers to an element that is not of the class {k} needs")));
                }
                Val::Elem { index: index - 1, negate: v.starts_with('-') }
            } else {
                Val::Const(v.to_string())
            };
            sides.last_mut().expect("one side at least").push((k.to_string(), val));
        }
        rules.push(Rule { line, elems, after, action: Action { kind, sides } });
    }
    Ok(rules)
}

/// One pattern element: alternatives joined by `|`, each a literal or a CLASS.
fn parse_elem(body: &str, optional: bool) -> Result<Elem, String> {
    let mut e = Elem { lits: Vec::new(), lit_ids: Vec::new(), mask: 0, optional };
    for alt in body.split('|') {
        if alt.is_empty() {
            return Err("empty alternative".into());
        }
        if alt.chars().all(|c| c.is_ascii_uppercase()) {
            match words::CLASS_NAMES.iter().find(|(n, _)| *n == alt) {
                Some((_, m)) => e.mask |= m,
                None => return Err(format!("unknown class {alt:?}")),
            }
        } else {
            e.lits.push(alt.to_string());
        }
    }
    Ok(e)
}

/// A token as the matcher sees it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokInfo<'a> {
    pub norm: &'a str,
    pub info: WordInfo,
    pub cap: bool,
    /// Directly follows the token before, with no space ("year-earlier").
    pub glued: bool,
    /// The id of its normal form among the rules' literals (0: none).
    pub lit: u32,
}

/// A rule matched at a place: the tokens each element took (None for a skipped optional).
#[derive(Clone, Debug)]
pub(crate) struct Match {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub taken: Vec<Option<usize>>,
}

/// Compiled rules with a quick filter for the tokens that can start a match.
pub(crate) struct Matcher {
    pub rules: Vec<Rule>,
    /// The rules' literals, numbered from 1: one lookup per token, then integers.
    literals: FxHashMap<String, u32>,
    /// Rules by the id of a literal their first element accepts.
    by_literal: Vec<Bucket>,
    /// Rules by each class bit their first element accepts.
    by_class: Vec<(u32, Bucket)>,
    entry_mask: u32,
}

impl Matcher {
    pub fn new(mut rules: Vec<Rule>) -> Matcher {
        let mut literals: FxHashMap<String, u32> = FxHashMap::default();
        for e in rules.iter_mut().flat_map(|r| r.elems.iter_mut().chain(r.after.iter_mut())) {
            e.lit_ids = e
                .lits
                .iter()
                .map(|l| {
                    let next = literals.len() as u32 + 1;
                    *literals.entry(l.clone()).or_insert(next)
                })
                .collect();
        }
        let mut by_literal: Vec<Bucket> = vec![Bucket::default(); literals.len() + 1];
        let mut by_class: Vec<(u32, Bucket)> = words::CLASS_NAMES.iter().map(|&(_, bit)| (bit, Bucket::default())).collect();
        let mut entry_mask = 0;
        for (ri, r) in rules.iter().enumerate() {
            for e in &r.elems {
                for &l in &e.lit_ids {
                    by_literal[l as usize].add(ri, &r.elems);
                }
                for (bit, bucket) in by_class.iter_mut() {
                    if e.mask & *bit != 0 {
                        bucket.add(ri, &r.elems);
                    }
                }
                entry_mask |= e.mask;
                if !e.optional {
                    break;
                }
            }
        }
        Matcher { rules, literals, by_literal, by_class, entry_mask }
    }

    /// The rules' literals and their ids.
    pub fn literals(&self) -> impl Iterator<Item = (&str, u32)> {
        self.literals.iter().map(|(l, &id)| (l.as_str(), id))
    }

    /// Whether the token can begin some rule.
    pub fn can_start(&self, t: &TokInfo) -> bool {
        t.info.mask & self.entry_mask != 0 || !self.by_literal[t.lit as usize].is_empty()
    }

    /// The longest match starting at `start` (the earliest rule among equals).
    pub fn longest_at(&self, toks: &[TokInfo], start: usize) -> Option<Match> {
        let t = &toks[start];
        let next = toks.get(start + 1);
        let lits = std::iter::once(&self.by_literal[t.lit as usize]);
        let classes = self.by_class.iter().filter(|(bit, _)| t.info.mask & bit != 0).map(|(_, b)| b);
        let candidates = lits.chain(classes).flat_map(|b| b.admitting(next));
        // the earliest rule wins among equals, so remember which rules were tried and compare
        // by (end, earlier index)
        let mut best: Option<Match> = None;
        let mut taken = Vec::new();
        let mut tried = [0u64; 8];
        for ri in candidates {
            if ri < 512 {
                if tried[ri / 64] & (1 << (ri % 64)) != 0 {
                    continue;
                }
                tried[ri / 64] |= 1 << (ri % 64);
            }
            let rule = &self.rules[ri];
            taken.clear();
            let matched = match_elems(&rule.elems, toks, start, &mut taken);
            let followed = |end: usize| rule.after.iter().enumerate().all(|(k, e)| toks.get(end + k).is_some_and(|t| elem_matches(e, t)));
            if let Some(end) = matched.filter(|&end| followed(end)) {
                let better = match &best {
                    None => true,
                    Some(b) => end > b.end || (end == b.end && ri < b.rule),
                };
                if better {
                    best = Some(Match { rule: ri, start, end, taken: taken.clone() });
                }
            }
        }
        best
    }
}

/// The rules that a token can begin, filed by what their second element accepts, so that
/// the rules tried at a token are those its next token can continue.
#[derive(Clone, Debug, Default)]
struct Bucket {
    /// Rules that may end after their first element or take any token next.
    any: Vec<usize>,
    /// Rules whose next element can be this literal (by id)…
    by_literal: FxHashMap<u32, Vec<usize>>,
    /// …or a token of this class (one bit each).
    by_class: Vec<(u32, Vec<usize>)>,
}

impl Bucket {
    fn add(&mut self, ri: usize, elems: &[Elem]) {
        // the token after the first is taken by one of the optional elements that follow it
        // or by the first required one ("the [first|last] NUM UNIT": first, last or a NUM)
        let next_required = elems.iter().skip(1).position(|e| !e.optional);
        let (Some(first), Some(k)) = (elems.first(), next_required) else {
            self.any.push(ri);
            return;
        };
        if first.optional {
            self.any.push(ri);
            return;
        }
        for e in &elems[1..=k + 1] {
            for &l in &e.lit_ids {
                push_once(self.by_literal.entry(l).or_default(), ri);
            }
            for bit in (0..32).map(|b| 1u32 << b).filter(|bit| e.mask & bit != 0) {
                match self.by_class.iter_mut().find(|(b, _)| *b == bit) {
                    Some((_, list)) => push_once(list, ri),
                    None => self.by_class.push((bit, vec![ri])),
                }
            }
        }
    }

    fn is_empty(&self) -> bool {
        self.any.is_empty() && self.by_literal.is_empty() && self.by_class.is_empty()
    }

    /// The rules whose second element admits `next` (a rule may come more than once).
    fn admitting<'a>(&'a self, next: Option<&'a TokInfo>) -> impl Iterator<Item = usize> + 'a {
        let by_literal = next.filter(|t| t.lit != 0).and_then(|t| self.by_literal.get(&t.lit)).into_iter().flatten();
        let mask = next.map_or(0, |t| t.info.mask);
        let by_class = self.by_class.iter().filter(move |(bit, _)| mask & bit != 0).flat_map(|(_, list)| list);
        self.any.iter().chain(by_literal).chain(by_class).copied()
    }
}

fn push_once(list: &mut Vec<usize>, ri: usize) {
    if list.last() != Some(&ri) {
        list.push(ri);
    }
}

fn elem_matches(e: &Elem, t: &TokInfo) -> bool {
    t.info.mask & e.mask != 0 || (t.lit != 0 && e.lit_ids.contains(&t.lit))
}

/// Matches elements greedily with backtracking over optional ones; returns the end token.
fn match_elems(elems: &[Elem], toks: &[TokInfo], at: usize, taken: &mut Vec<Option<usize>>) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else {
        return Some(at);
    };
    if let Some(t) = toks.get(at) {
        if elem_matches(first, t) {
            taken.push(Some(at));
            if let Some(end) = match_elems(rest, toks, at + 1, taken) {
                return Some(end);
            }
            taken.pop();
        }
    }
    if first.optional {
        taken.push(None);
        if let Some(end) = match_elems(rest, toks, at, taken) {
            return Some(end);
        }
        taken.pop();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_parse() {
        let rules = parse_rules("rules.txt", crate::RULES).unwrap();
        assert!(rules.len() > 80);
    }

    #[test]
    fn what_must_follow_is_checked_but_not_taken() {
        let rules = parse_rules("t.txt", "the year >ended|ending => dur n=1 unit=year\n").unwrap();
        let matcher = Matcher::new(rules);
        let lexicon = words::Lexicon::new();
        let id = |w: &str| matcher.literals().find(|(l, _)| *l == w).map_or(0, |(_, id)| id);
        let infos = |ws: &[&'static str]| -> Vec<TokInfo<'static>> {
            ws.iter().map(|&w| TokInfo { norm: w, info: lexicon.classify(w, false).0, cap: false, glued: false, lit: id(w) }).collect()
        };
        let m = matcher.longest_at(&infos(&["the", "year", "ended", "june"]), 0).expect("matches");
        assert_eq!((m.start, m.end), (0, 2));
        assert!(matcher.longest_at(&infos(&["the", "year", "was", "good"]), 0).is_none());
        assert!(matcher.longest_at(&infos(&["the", "year"]), 0).is_none());
    }

    #[test]
    fn malformed_rules_name_their_line() {
        for (text, needle) in [
            ("MONTH DAY\n", "expected `PATTERN"),
            ("\nMONTHS => date m=$1\n", "unknown class"),
            ("MONTH => date m=$2\n", "refers past"),
            ("MONTH => when m=$1\n", "unknown action"),
            ("MONTH => date zz=$1\n", "unknown field"),
            ("[MONTH => date m=$1\n", "unclosed"),
            ("[MONTH] => date m=$1\n", "at least one required"),
            ("MONTH => rel unit=day / n=1\n", "two sides"),
            ("MONTH DAY => date m=$2\n", "not of the class"),
            ("MONTH >DAY YEAR => date m=$1\n", "comes last"),
            ("MONTH >DAYS => date m=$1\n", "unknown class"),
        ] {
            let e = parse_rules("t.txt", text).unwrap_err();
            assert!(e.to_string().contains(needle), "{text:?}: {e}");
            assert!(e.to_string().starts_with("t.txt:"), "{e}");
        }
    }
}
