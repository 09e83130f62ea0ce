//! The time stage: finds time expressions in sentences and gives them TIMEX3 values.
//!
//! Two layers, as in the rest of the pipeline: a declarative rule table
//! (`data/time/rules.txt`) compiled once into a [`TimeTagger`], which finds expressions and
//! reads what they say ([`Spec`]); and a [`Context`] that resolves what they mean, anchoring
//! deictic expressions ("today", "last week") on the document's date and narrative ones ("the
//! next year", "that same day", "Oct. 14") on the reference time the text has set.

mod resolve;
mod rules;
mod words;

pub use resolve::{Context, Reference};
pub use rules::RuleError;
pub use words::Unit;

use annals_model::{Doc, Span, Timex, TimexMod};
use annals_text::Tokens;
use rules::{ActionKind, Matcher, TokInfo, Val};
use words::Lexicon;

/// The rule table that ships with annals.
pub const RULES: &str = include_str!("../../../data/time/rules.txt");

/// Where a relative expression is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnchorKind {
    /// On the reference time the narrative has set ("the next day").
    Narrative,
    /// On the document's date ("yesterday").
    Document,
}

/// The parts of a date an expression states. Missing parts come from context.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Fields {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// 197 for the 1970s; negative (-7) for "the '70s" whose century is unstated.
    pub decade: Option<i64>,
    /// 20 for the 20th century.
    pub century: Option<i64>,
    /// 0 spring … 3 winter.
    pub season: Option<usize>,
    pub quarter: Option<u32>,
    pub weekday: Option<u32>,
    pub modifier: Option<TimexMod>,
    /// 0 morning … 3 night.
    pub tod: Option<usize>,
    /// "last November" (-1), "this September" (0), "next May" (1): the year counted from
    /// the document's date.
    pub direction: Option<i64>,
}

/// What a time expression says, before it is anchored.
#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    /// A date, or a range of two.
    Date {
        from: Fields,
        to: Option<Box<Fields>>,
    },
    /// `n` units from the anchor (n unknown for "several years later").
    Relative {
        unit: Unit,
        n: Option<i64>,
        anchor: AnchorKind,
        tod: Option<usize>,
        modifier: Option<TimexMod>,
    },
    /// The period that follows the anchor ("in the following months").
    After {
        unit: Unit,
        anchor: AnchorKind,
    },
    Duration {
        unit: Unit,
        n: Option<i64>,
    },
    Set {
        unit: Unit,
        n: Option<i64>,
    },
    /// A time named only by its relation to the present: PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
}

/// A time expression found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub span: Span,
    /// Token indices `[first, end)` in the sentence's tokens.
    pub tokens: (usize, usize),
    pub spec: Spec,
}

/// The compiled time grammar. Build once, share across threads.
pub struct TimeTagger {
    lexicon: Lexicon,
    matcher: Matcher,
}

/// Words before a lone "May", "March" or "August" that make it a month.
const MONTH_CUES: &[&str] = &[
    "in",
    "on",
    "by",
    "since",
    "until",
    "from",
    "during",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "through",
    "before",
    "after",
    "that",
    "each",
    "every",
    "-",
    "and",
    "or",
    "between",
    "till",
    "throughout",
    "to",
];

/// Words before a number that make it something other than a year.
const NOT_YEAR_BEFORE: &[&str] = &[
    "brigade",
    "no.",
    "number",
    "#",
    "flight",
    "route",
    "room",
    "page",
    "pp.",
    "p.",
    "resolution",
    "article",
    "unit",
    "squadron",
    "division",
    "regiment",
    "$",
];

impl TimeTagger {
    /// The tagger with the built-in rules.
    pub fn new() -> TimeTagger {
        TimeTagger::with_rules("data/time/rules.txt", RULES).expect("built-in time rules are checked by the tests")
    }

    /// A tagger with another rule table (same format as `data/time/rules.txt`).
    pub fn with_rules(file: &str, text: &str) -> Result<TimeTagger, RuleError> {
        let rules = rules::parse_rules(file, text)?;
        Ok(TimeTagger { lexicon: Lexicon::new(), matcher: Matcher::new(rules) })
    }

    /// Finds the time expressions of one tokenized sentence of `text`.
    pub fn find(&self, text: &str, toks: &Tokens, out: &mut Vec<Found>) {
        out.clear();
        let infos: Vec<TokInfo> = (0..toks.len())
            .map(|i| {
                let t = toks.get(i).expect("index in range");
                let norm = toks.norm(i);
                TokInfo { norm, info: self.lexicon.classify(norm, t.cap), cap: t.cap }
            })
            .collect();
        let _ = text;
        let mut i = 0;
        while i < infos.len() {
            if !self.matcher.can_start(&infos[i]) {
                i += 1;
                continue;
            }
            match self.matcher.longest_at(&infos, i) {
                Some(m) if self.plausible(&infos, &m) => {
                    let rule = &self.matcher.rules[m.rule];
                    if let Some(spec) = build_spec(rule, &m, &infos) {
                        let first = toks.get(m.start).expect("in range").span;
                        let last = toks.get(m.end - 1).expect("in range").span;
                        out.push(Found { span: first.cover(last), tokens: (m.start, m.end), spec });
                        i = m.end;
                        continue;
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
    }

    /// Guards against readings the patterns alone cannot exclude.
    fn plausible(&self, infos: &[TokInfo], m: &rules::Match) -> bool {
        let len = m.end - m.start;
        let first = &infos[m.start];
        let prev = if m.start > 0 { infos[m.start - 1].norm } else { "" };
        if len == 1 && first.info.mask & words::MONTH != 0 && matches!(first.norm, "may" | "march" | "august") {
            return MONTH_CUES.contains(&prev);
        }
        if first.info.mask & words::YEAR != 0 && NOT_YEAR_BEFORE.contains(&prev) {
            return false;
        }
        let next = infos.get(m.end).map_or("", |t| t.norm);
        let after = infos.get(m.end + 1).map_or("", |t| t.norm);
        let rule = &self.matcher.rules[m.rule];
        // "Jan Kavan": a month abbreviation without its full stop before a name is a name
        if len == 1
            && first.info.mask & words::MONTH != 0
            && first.norm.len() <= 4
            && !first.norm.ends_with('.')
            && infos.get(m.end).is_some_and(|t| t.cap && t.info.mask == 0)
        {
            return false;
        }
        // "$500 million a year", "20% annually": a rate, not a time
        let rate_before = matches!(prev, "million" | "billion" | "trillion" | "%" | "percent" | "thousand" | "dollars" | "cents")
            || infos.get(m.start.wrapping_sub(1)).is_some_and(|t| t.info.num.is_some());
        if rate_before && (matches!(first.norm, "a" | "an") || rule.action.kind == ActionKind::Set) {
            return false;
        }
        // "today's youth": a generic present
        if len == 1 && first.norm == "today" && next == "'s" {
            return false;
        }
        // "for weeks": a bare plural unit is a duration only after "for", "over", "within"
        if rule.action.kind == ActionKind::Dur && len == 1 && !matches!(prev, "for" | "over" | "within") {
            return false;
        }
        // "a 6-year-old boy": an age, not a duration
        if rule.action.kind == ActionKind::Dur && (next == "old" || (next == "-" && after == "old")) {
            return false;
        }
        // "daily flights", "the party daily": an adjective or a noun, not a recurring time
        if rule.action.kind == ActionKind::Set
            && len == 1
            && (matches!(prev, "the" | "a" | "an")
                || infos.get(m.end).is_some_and(|t| {
                    t.info.mask == 0
                        && t.norm.chars().all(char::is_alphabetic)
                        && !matches!(t.norm, "and" | "or" | "since" | "until" | "for" | "in" | "on" | "at" | "by" | "to")
                }))
        {
            return false;
        }
        // "the 11th Circuit": an ordinal in a name
        if len == 2
            && first.norm == "the"
            && infos[m.start + 1].info.mask & words::ORD != 0
            && next.chars().next().is_some_and(|c| c.is_alphabetic())
            && !matches!(next, "of" | "and")
        {
            return false;
        }
        true
    }

    /// Every time expression of a document, resolved in reading order: what `annals time`
    /// prints. The reference time moves with each date the text states.
    pub fn tag(&self, doc: &Doc) -> Vec<Timex> {
        let mut ctx = Context::new(doc.date);
        let mut toks = Tokens::new();
        let mut found = Vec::new();
        let mut out = Vec::new();
        for s in annals_text::sentences(&doc.text) {
            toks.tokenize(&doc.text, s.span);
            ctx.next_sentence(speaks_of_future(&toks));
            self.find(&doc.text, &toks, &mut found);
            for f in &found {
                if let Some(t) = ctx.resolve(&f.spec, f.span) {
                    ctx.observe(&t);
                    out.push(t);
                }
            }
        }
        out
    }
}

/// Whether a sentence speaks of the future: "will", "is expected to", "plans to".
pub fn speaks_of_future(toks: &Tokens) -> bool {
    (0..toks.len())
        .any(|i| matches!(toks.norm(i), "will" | "'ll" | "shall" | "expected" | "expects" | "scheduled" | "plans" | "planned" | "upcoming" | "due" | "next"))
}

impl Default for TimeTagger {
    fn default() -> Self {
        TimeTagger::new()
    }
}

fn elem_value(v: &Val, m: &rules::Match, infos: &[TokInfo], field: &str) -> Option<String> {
    match v {
        Val::Const(c) => Some(c.clone()),
        Val::Elem { index, negate } => {
            let t = infos[(*m.taken.get(*index)?)?];
            let i = &t.info;
            let n: Option<i64> = match field {
                "n" => i.num.or_else(|| (t.norm == "a" || t.norm == "an").then_some(1)),
                "unit" => {
                    if i.mask & words::UNIT != 0 {
                        Some(i.value)
                    } else {
                        Unit::from_name(t.norm.trim_end_matches('s')).map(|u| u as i64)
                    }
                }
                _ => Some(i.value),
            };
            let n = n?;
            Some(if *negate { (-n).to_string() } else { n.to_string() })
        }
    }
}

fn modifier_of(s: &str) -> Option<TimexMod> {
    Some(match s {
        "START" | "0" => TimexMod::Start,
        "MID" | "1" => TimexMod::Mid,
        "END" | "2" => TimexMod::End,
        "APPROX" => TimexMod::Approx,
        "BEFORE" => TimexMod::Before,
        "AFTER" => TimexMod::After,
        _ => return None,
    })
}

fn tod_of(s: &str) -> Option<usize> {
    s.parse::<usize>().ok().filter(|&v| v < 4).or_else(|| words::TODS.iter().position(|t| *t == s))
}

fn build_spec(rule: &rules::Rule, m: &rules::Match, infos: &[TokInfo]) -> Option<Spec> {
    let get = |side: &[(String, Val)], key: &str| -> Option<String> { side.iter().find(|(k, _)| k == key).and_then(|(k, v)| elem_value(v, m, infos, k)) };
    let side0 = &rule.action.sides[0];
    let num = |key: &str| -> Option<i64> { get(side0, key).and_then(|s| s.parse().ok()) };
    let unit = || num("unit").and_then(Unit::from_i64).or_else(|| get(side0, "unit").and_then(|s| Unit::from_name(&s)));
    Some(match rule.action.kind {
        ActionKind::Date => {
            let fields = |side: &[(String, Val)]| -> Option<Fields> {
                let n = |k: &str| get(side, k).and_then(|s| s.parse::<i64>().ok());
                Some(Fields {
                    year: n("y").map(|v| v as i32),
                    month: n("m").map(|v| v as u32),
                    day: n("d").map(|v| v as u32),
                    decade: n("dec"),
                    century: n("cen"),
                    season: n("season").map(|v| v as usize),
                    quarter: n("q").map(|v| v as u32),
                    weekday: n("wd").map(|v| v as u32),
                    modifier: get(side, "mod").and_then(|s| modifier_of(&s)),
                    tod: get(side, "tod").and_then(|s| tod_of(&s)),
                    direction: n("dir"),
                })
            };
            let from = fields(side0)?;
            let to = match rule.action.sides.get(1) {
                Some(s) => Some(Box::new(fields(s)?)),
                None => None,
            };
            Spec::Date { from, to }
        }
        ActionKind::Rel => {
            let anchor = match get(side0, "anchor").as_deref() {
                Some("document") => AnchorKind::Document,
                _ => AnchorKind::Narrative,
            };
            // "several" reads as -1: an unknown count.
            let several = m.taken.iter().flatten().any(|&i| infos[i].info.num == Some(-1));
            let n = if several { None } else { num("n") };
            Spec::Relative {
                unit: unit()?,
                n,
                anchor,
                tod: get(side0, "tod").and_then(|s| tod_of(&s)),
                modifier: get(side0, "mod").and_then(|s| modifier_of(&s)),
            }
        }
        ActionKind::After => Spec::After {
            unit: unit()?,
            anchor: if get(side0, "anchor").as_deref() == Some("document") { AnchorKind::Document } else { AnchorKind::Narrative },
        },
        ActionKind::Dur => Spec::Duration { unit: unit()?, n: num("n").filter(|&v| v >= 0) },
        ActionKind::Set => Spec::Set { unit: unit()?, n: num("n").filter(|&v| v >= 0) },
        ActionKind::Ref => Spec::Ref(match get(side0, "value").as_deref() {
            Some("PRESENT_REF") => "PRESENT_REF",
            Some("PAST_REF") => "PAST_REF",
            Some("FUTURE_REF") => "FUTURE_REF",
            _ => return None,
        }),
    })
}

#[cfg(test)]
mod tests;
