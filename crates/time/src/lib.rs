//! The time stage: finds time expressions in sentences and gives them TIMEX3 values.
//!
//! Two layers, as in the rest of the pipeline: a declarative rule table
//! (`data/time/rules.txt`) compiled once into a [`TimeTagger`], which finds expressions and
//! reads what they say ([`Spec`]); and a [`Context`] that resolves what they mean, anchoring
//! deictic expressions ("today", "last week") on the document's date and narrative ones ("the
//! next year", "that same day", "Oct. 14") on the reference time the text has set.

mod numbers;
mod prefilter;
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
    /// On the time of telling: the document's date in news, the narrative's time in a
    /// history ("they will decide in two weeks", "he would return in two years").
    Telling,
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
    /// the document's date; with a clock time only, 0 is the document's day ("6:45 tonight").
    pub direction: Option<i64>,
    /// A clock time as hhmm ("10:35" is 1035; "5 p.m." is 500 with `ampm` 12).
    pub clock: Option<u32>,
    /// 0 for a.m., 12 for p.m.
    pub ampm: Option<u32>,
    /// The year counted from the document's date: "June last year" (-1).
    pub year_offset: Option<i64>,
    /// With a month and weekday: the nth such weekday of the month, -1 the last
    /// (Thanksgiving is the fourth Thursday of November).
    pub nth: Option<i64>,
    /// With Saturday as its weekday: the weekend that Saturday begins (`1990-W32-WE`).
    pub weekend: bool,
    /// 1 or 2: the first or second half of the year (`1989-H2`).
    pub half_year: Option<u32>,
    /// The week the day falls in ("the week of March 6": `2000-W10`).
    pub week_of: bool,
    /// A weekday counted from the narrative's day, not the document's ("the following
    /// Monday").
    pub narrative: bool,
    /// Days from the day named: "the day before last Tuesday" is -1.
    pub day_offset: Option<i64>,
    /// Easter Sunday of the year (with `day_offset`, the feasts counted from it: Good
    /// Friday is -2).
    pub easter: bool,
    /// The nth day of what the narrative tells ("on the second day" of a battle begun on the
    /// narrative's day).
    pub ordinal_day: Option<u8>,
    /// A day of the document's month (0, "the 14th instant"), the month before (-1,
    /// "ultimo") or after (1, "proximo"), as letters wrote.
    pub letter_month: Option<i8>,
    /// The weekday a month and day were named with ("Tuesday, Nov. 4"), which picks their
    /// year when the text gives none.
    pub named_weekday: Option<u32>,
}

/// What a time expression says, before it is anchored.
#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    /// A date, or a range of two.
    Date {
        from: Fields,
        to: Option<Box<Fields>>,
    },
    /// `n` units from the anchor ("three days later"; a count not told is [`Spec::Vague`]).
    Relative {
        unit: Unit,
        n: Option<i64>,
        anchor: AnchorKind,
        tod: Option<usize>,
        modifier: Option<TimexMod>,
        /// The calendar's unit itself ("last year", "this month"), not a span back from a
        /// period the text is about ("a year ago", "a year earlier").
        calendar: bool,
        /// The same day that many units away ("25 years ago today", "50 years ago tonight").
        same_day: bool,
    },
    /// The period that follows the anchor ("in the following months").
    After {
        unit: Unit,
        anchor: AnchorKind,
    },
    Duration {
        unit: Unit,
        n: Option<i64>,
        /// And a half: "2 1/2 years", "a minute and a half".
        half: bool,
    },
    Set {
        unit: Unit,
        n: Option<i64>,
    },
    /// A time named only by its relation to the present: PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    /// Some units from the anchor, their count not told: "a few days later" (FUTURE_REF),
    /// "several years ago" (PAST_REF), covering the days a reader would take it to.
    Vague {
        unit: Unit,
        /// -1 before the anchor, 1 after it.
        dir: i64,
        anchor: AnchorKind,
    },
    /// Every such month, weekday or part of a weekday: "each July" (XXXX-07), "Tuesday
    /// nights" (XXXX-WXX-2TNI).
    Recurring(String),
}

/// A time expression found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub span: Span,
    /// Token indices `[first, end)` in the sentence's tokens.
    pub tokens: (usize, usize),
    pub spec: Spec,
    pub tense: Tense,
    /// What a qualifier before it says: "about" (APPROX), "more than" (AFTER), "less than"
    /// (BEFORE).
    pub qualifier: Option<TimexMod>,
}

/// Qualifiers of a count that belong to the expression: "nearly two years", "more than four
/// hours", "at least 72 hours" (longest first). Not "about" and "over", mostly prepositions
/// there ("talked about two years", "over three years").
const QUALIFIERS: &[(&[&str], TimexMod)] = &[
    (&["no", "more", "than"], TimexMod::Before),
    (&["more", "than"], TimexMod::After),
    (&["less", "than"], TimexMod::Before),
    (&["fewer", "than"], TimexMod::Before),
    (&["at", "least"], TimexMod::After),
    (&["at", "most"], TimexMod::Before),
    (&["up", "to"], TimexMod::Before),
    (&["nearly"], TimexMod::Approx),
    (&["almost"], TimexMod::Approx),
    (&["around"], TimexMod::Approx),
    (&["approximately"], TimexMod::Approx),
    (&["roughly"], TimexMod::Approx),
    (&["some"], TimexMod::Approx),
    (&["circa"], TimexMod::Approx),
    (&["ca."], TimexMod::Approx),
    (&["c."], TimexMod::Approx),
    (&["under"], TimexMod::Before),
];

/// The qualifier that ends just before token `start`, with its first token.
fn qualifier_before(infos: &[TokInfo], start: usize) -> Option<(usize, TimexMod)> {
    QUALIFIERS.iter().find_map(|(words, m)| {
        let first = start.checked_sub(words.len())?;
        words.iter().enumerate().all(|(k, w)| infos[first + k].norm == *w).then_some((first, *m))
    })
}

/// The two ends of a range, each lent what the other states and it lacks: "October 16 – 28,
/// 1962" is October 16, 1962 to October 28, 1962.
pub(crate) fn lend(a: &Fields, b: &Fields) -> (Fields, Fields) {
    let (mut a, mut b) = (*a, *b);
    // "1941–45", "the winter of 1941–42": the second year's century is the first's
    if let (Some(ya), Some(yb)) = (a.year, b.year) {
        if (0..100).contains(&yb) && ya >= 100 {
            let y = ya - ya.rem_euclid(100) + yb;
            b.year = Some(if y < ya { y + 100 } else { y });
        }
    }
    // "from 28 December to 3 January 2014": a range that turns the year starts in the year
    // before the one named at its end, and ends in the year after one named at its start
    let turns = matches!((a.month, b.month), (Some(ma), Some(mb)) if ma > mb);
    if a.year.is_none() {
        a.year = b.year.map(|y| if turns { y - 1 } else { y });
    }
    // "12–28 October 1962": the first day takes the month of the second
    if a.month.is_none() && a.day.is_some() {
        a.month = b.month;
    }
    if b.year.is_none() {
        b.year = a.year.map(|y| if turns { y + 1 } else { y });
    }
    if b.month.is_none() && b.day.is_some() {
        b.month = a.month;
    }
    (a, b)
}

/// "between 1994 and 1997", "from March to May 1977", "May and June 1940": two expressions
/// joined by words, each a time of its own (as TimeML tags them), with what one lacks lent
/// by the other. A range written as one ("1958–1961", "October 16 – 28, 1962") stays one.
pub fn split_range(f: &Found, toks: &Tokens) -> Option<[Found; 2]> {
    let Spec::Date { from, to: Some(to) } = &f.spec else { return None };
    let (start, end) = f.tokens;
    let a_start = match toks.norm(start) {
        "between" | "from" => (start..end).find(|&k| !matches!(toks.norm(k), "between" | "from" | "the" | "years" | "year" | "of"))?,
        _ => start,
    };
    let joint = (a_start + 1..end).find(|&k| matches!(toks.norm(k), "and" | "to" | "until" | "till" | "through"))?;
    if joint + 1 >= end {
        return None;
    }
    let (a, b) = lend(from, to);
    let part = |first: usize, last: usize, fields: Fields| Found {
        span: toks.get(first).expect("in range").span.cover(toks.get(last - 1).expect("in range").span),
        tokens: (first, last),
        spec: Spec::Date { from: fields, to: None },
        tense: f.tense,
        qualifier: None,
    };
    Some([part(a_start, joint, a), part(joint + 1, end, b)])
}

/// The compiled time grammar. Build once, share across threads.
pub struct TimeTagger {
    lexicon: Lexicon,
    matcher: Matcher,
    /// Words without which a sentence holds no time expression (None: read every sentence).
    anchors: Option<prefilter::Anchors>,
}

/// Function words that may follow "the 25th" when it is a day, not an ordinal before a noun.
const WORDS_AFTER_A_DAY: &[&str] = &[
    "of", "and", "the", "a", "an", "he", "she", "it", "they", "we", "his", "her", "their", "its", "when", "as", "after", "before", "at", "in", "on", "with",
    "by", "was", "were", "had", "but", "or", "until", "till", "from",
];

/// Words after "the future" that leave it a time ("in the future if he does not stop",
/// "the future that awaits him").
const FUTURE_FOLLOWERS: &[&str] = &["if", "that", "and", "or", "is", "was", "will", "as", "when", "but", "than", "to", "for", "in", "with", "without"];

/// Nouns that make "today's" the present age rather than the day.
const GENERIC_NOW: &[&str] = &[
    "world",
    "youth",
    "society",
    "generation",
    "generations",
    "children",
    "kids",
    "young",
    "teenagers",
    "students",
    "parents",
    "families",
    "standards",
    "economy",
    "technology",
    "culture",
    "politics",
    "computers",
    "age",
    "era",
    "times",
    "america",
    "americans",
    "military",
    "medicine",
    "science",
    "workers",
    "workplace",
    "consumers",
    "women",
    "men",
    "people",
];

/// Words after a month that make it no noun's modifier ("the March on Washington").
const PREPOSITIONS: &[&str] = &["on", "of", "to", "for", "from", "in", "into", "through", "toward", "towards", "against", "across", "and", "or"];

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
    "into",
    "to",
];

/// Words in "-s" before "a week" that are not the plural noun of a rate ("seats a week").
const RATE_EXCEPTIONS: &[&str] = &[
    "lasts",
    "takes",
    "spends",
    "needs",
    "gives",
    "goes",
    "comes",
    "does",
    "this",
    "thus",
    "perhaps",
    "always",
    "sometimes",
    "towards",
    "afterwards",
    "across",
    "less",
    "plus",
    "was",
    "has",
    "his",
    "its",
    "ours",
    "yours",
    "theirs",
    "hers",
];

/// Words before a number that make it something other than a year.
/// Words after which a year standing before a noun is still a year ("the 1990 elections",
/// "its 1989 budget", "since 1990 prices rose").
const YEAR_BEFORE_NOUN: &[&str] = &[
    "the", "a", "an", "in", "of", "since", "by", "until", "till", "from", "to", "and", "or", "its", "his", "her", "their", "our", "my", "your", "'s", "fiscal",
    "during", "before", "after", "for", "at", "on", "between", "through", "early", "late", "mid", "-", "year", "this", "that", "(",
];
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
        let matcher = Matcher::new(rules);
        let mut lexicon = Lexicon::new();
        lexicon.add_literals(matcher.literals());
        let anchors = prefilter::Anchors::new(&matcher.rules, &lexicon);
        Ok(TimeTagger { lexicon, matcher, anchors })
    }

    /// Whether `sentence` (raw text) may hold a time expression: false means that no rule can
    /// match it, so it need not be tokenized.
    pub fn may_hold_time(&self, sentence: &str) -> bool {
        self.anchors.as_ref().is_none_or(|a| a.admit(sentence))
    }

    /// Finds the time expressions of one tokenized sentence of `text`.
    pub fn find(&self, text: &str, toks: &Tokens, out: &mut Vec<Found>) {
        out.clear();
        let mut infos: Vec<TokInfo> = (0..toks.len())
            .map(|i| {
                let t = toks.get(i).expect("index in range");
                let norm = toks.norm(i);
                let (info, lit) = self.lexicon.classify(norm, t.cap);
                TokInfo { norm, info, cap: t.cap, glued: t.glued, lit }
            })
            .collect();
        military_clock_times(&mut infos);
        let _ = text;
        // "twenty-four", "nineteen ninety-four": one token each; `tok` maps back to `toks`
        let joined = numbers::join_numbers(&infos);
        let (infos, map) = match &joined {
            Some((v, m)) => (v.as_slice(), Some(m.as_slice())),
            None => (infos.as_slice(), None),
        };
        let tok = |k: usize| map.map_or(k, |m| m[k]);
        let mut i = 0;
        while i < infos.len() {
            if !self.matcher.can_start(&infos[i]) {
                i += 1;
                continue;
            }
            match self.matcher.longest_at(infos, i) {
                Some(m) if self.plausible(infos, &m) => {
                    let rule = &self.matcher.rules[m.rule];
                    if let Some(spec) = build_spec(rule, &m, infos) {
                        // a count ("two years", "a week ago", "7:15 p.m.") takes its qualifier
                        let counted = infos[m.start].info.mask & (words::NUM | words::CLOCK) != 0 || matches!(infos[m.start].norm, "a" | "an");
                        // "a few weeks earlier", "a couple of days", "almost a hundred years"
                        let first = if m.start > 0
                            && matches!(infos[m.start].norm, "few" | "couple" | "hundred" | "thousand" | "dozen")
                            && infos[m.start - 1].norm == "a"
                        {
                            m.start - 1
                        } else {
                            m.start
                        };
                        let qualifier = if counted { qualifier_before(infos, first) } else { None };
                        let (start, mut end) = (tok(qualifier.map_or(first, |q| q.0)), tok(m.end));
                        // an optional comma whose year did not follow ends no expression
                        while end > start + 1 && toks.norm(end - 1) == "," {
                            end -= 1;
                        }
                        // "he hopes one day to return", "One day, he left": some time, not 24 hours
                        // (a hope looks ahead whatever its tense: "expressed the hope he one day …")
                        let spec = match someday(infos, &m) {
                            true => {
                                let hoped = infos[m.start.saturating_sub(4)..m.start].iter().any(|t| HOPES.contains(&t.norm));
                                Spec::Ref(if !hoped && tense_at(toks, start, end).past() { "PAST_REF" } else { "FUTURE_REF" })
                            }
                            false => spec,
                        };
                        let spec = match spec {
                            Spec::Duration { unit, n: Some(n), half: false } if qualifier.is_none() && in_so_long(infos, m.start, toks, start, end) => {
                                Spec::Relative { unit, n: Some(n), anchor: AnchorKind::Telling, tod: None, modifier: None, calendar: false, same_day: false }
                            }
                            // "a year earlier than the end of the term", "two weeks later than
                            // planned": a span measured from a time not told, not a date
                            Spec::Relative { unit, n: Some(n), anchor: AnchorKind::Narrative, tod: None, calendar: false, same_day: false, .. }
                                if n != 0 && toks.norm_at(end) == "than" =>
                            {
                                Spec::Duration { unit, n: Some(n.abs()), half: false }
                            }
                            spec => spec,
                        };
                        let tense = if needs_tense(&spec) { tense_at(toks, start, end) } else { Tense::Unknown };
                        let first = toks.get(start).expect("in range").span;
                        let last = toks.get(end - 1).expect("in range").span;
                        out.push(Found { span: first.cover(last), tokens: (start, end), spec, tense, qualifier: qualifier.map(|q| q.1) });
                        i = m.end;
                        continue;
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        lend_years(toks, out);
    }

    /// Guards against readings the patterns alone cannot exclude.
    fn plausible(&self, infos: &[TokInfo], m: &rules::Match) -> bool {
        let len = m.end - m.start;
        let first = &infos[m.start];
        let prev = if m.start > 0 { infos[m.start - 1].norm } else { "" };
        if len == 1 && first.info.mask & words::MONTH != 0 && matches!(first.norm, "may" | "march" | "august") {
            // "the March accession": a month named before its noun
            let next = infos.get(m.end);
            let attributive = prev == "the"
                && first.cap
                && next.is_some_and(|t| !t.cap && t.info.mask == 0 && t.norm.chars().all(|c| c.is_ascii_lowercase()) && !PREPOSITIONS.contains(&t.norm));
            // "in April, May, June and mid-July": one of a list of months (not "In April,
            // May said")
            let month_at = |k: usize| infos.get(k).is_some_and(|t| t.cap && t.info.mask & words::MONTH != 0);
            let joins = |w: &str| matches!(w, "," | "and" | "or" | "to" | "through");
            let listed = (m.start >= 2 && joins(prev) && month_at(m.start - 2) && next.is_some_and(|t| joins(t.norm) || matches!(t.norm, "." | ";" | ")")))
                || (next.is_some_and(|t| joins(t.norm)) && month_at(m.end + 1));
            // ("slated for March"; not "support for May", the name)
            let for_month = prev == "for" && first.cap && first.norm != "may";
            return MONTH_CUES.contains(&prev) || attributive || (first.cap && listed) || for_month;
        }
        // "between a quarter and a third of the population", "a quarter of the votes": a
        // share, not three months (but "a quarter of a century" is time)
        if len == 2 && matches!(first.norm, "a" | "one") && infos[m.start + 1].norm == "quarter" {
            let next = infos.get(m.end).map_or("", |t| t.norm);
            let after = infos.get(m.end + 1).map_or("", |t| t.norm);
            let after2 = infos.get(m.end + 2).map_or("", |t| t.norm);
            let of_a_time = next == "of" && (matches!(after, "a" | "an") && matches!(after2, "century" | "year" | "hour" | "day" | "month" | "millennium"));
            let share = (next == "of" && !of_a_time) || (prev == "between" && next == "and") || (next == "and" && matches!(after2, "third" | "half" | "fifth"));
            if share {
                return false;
            }
        }
        // "at dawn", "by nightfall" (not "the dawn of an era", not Dawn the name)
        if len == 1 && first.info.mask & words::TOD != 0 {
            return matches!(first.norm, "dawn" | "daybreak" | "sunrise" | "dusk" | "sunset" | "nightfall")
                && !first.cap
                && matches!(prev, "at" | "by" | "before" | "until" | "till" | "after" | "from" | "since" | "around" | "toward" | "towards");
        }
        // "in the afternoon", "during the night": a part of the day the narrative is at (not
        // "the night the plane fell", not "the morning show")
        if len == 2 && first.norm == "the" && infos[m.start + 1].info.mask & words::TOD != 0 {
            // (a clause may follow: punctuation, a conjunction, a subject)
            let clause_next = infos.get(m.end).is_none_or(|t| {
                t.cap
                    || matches!(
                        t.norm,
                        "," | "."
                            | ";"
                            | ":"
                            | "--"
                            | "and"
                            | "but"
                            | "to"
                            | "when"
                            | "as"
                            | "the"
                            | "a"
                            | "an"
                            | "he"
                            | "she"
                            | "they"
                            | "it"
                            | "we"
                            | "i"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                    )
            });
            return matches!(prev, "in" | "during" | "through" | "throughout" | "by" | "until") && clause_next;
        }
        // "in his 30s", "her late forties": an age, not a decade
        if infos[m.start..m.end].iter().any(|t| t.info.mask & words::DECADE != 0 && t.info.value < 0) {
            let owner = infos[..m.start].iter().rev().find(|t| t.info.mask & words::PART == 0 && t.norm != "-");
            if owner.is_some_and(|t| matches!(t.norm, "his" | "her" | "their" | "my" | "your" | "our" | "its")) {
                return false;
            }
        }
        // "In 1999, 2000 troops were sent", "about 1500 people": a count before its noun (but
        // "the 1990 elections", "in 1994 troops came", "its 1989 budget" are years)
        if len == 1 && first.info.mask & words::YEAR != 0 && !first.norm.ends_with('s') {
            let noun_next = infos.get(m.end).is_some_and(|t| {
                !t.cap
                    && t.info.mask == 0
                    && t.norm.len() > 2
                    && t.norm.bytes().all(|b| b.is_ascii_lowercase())
                    && !WORDS_AFTER_A_DAY.contains(&t.norm)
                    && !PREPOSITIONS.contains(&t.norm)
            });
            // (an adjective may stand between: "an unratified 1880 treaty")
            let prev2 = if m.start > 1 { infos[m.start - 2].norm } else { "" };
            if noun_next && !YEAR_BEFORE_NOUN.contains(&prev) && !YEAR_BEFORE_NOUN.contains(&prev2) {
                return false;
            }
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
            // ("in July Kissinger traveled": a whole month's name after a cue is the month)
            && !(matches!(first.norm, "june" | "july") && matches!(prev, "in" | "by" | "since" | "until" | "during" | "before" | "after" | "through" | "that" | "this" | "last" | "next" | "early" | "late" | "mid" | "-"))
        {
            return false;
        }
        // "the Winter War", "the Spring Offensive", "the Summer Palace": a season in a name
        let last = &infos[m.end - 1];
        if last.info.mask & words::SEASON != 0
            && last.cap
            && infos.get(m.end).is_some_and(|t| t.cap && t.info.mask == 0 && t.norm.chars().all(|c| c.is_alphabetic()))
        {
            return false;
        }
        // "with 6:41 left", "2:30 remaining": a game's clock, not a time of day
        if len == 1 && first.info.mask & words::CLOCK != 0 && (matches!(next, "left" | "remaining") || (next == "to" && matches!(after, "go" | "play"))) {
            return false;
        }
        // "two missiles in the morning and one in the afternoon": a number in words before
        // "in the afternoon" with no cue of a time ("at one in the afternoon") counts things
        let spelled = matches!(first.norm, "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve");
        if spelled
            && infos.get(m.start + 1).is_some_and(|t| t.norm == "in")
            && !matches!(prev, "at" | "by" | "until" | "till" | "before" | "after" | "around" | "about" | "from" | "to" | "past" | "since")
        {
            return false;
        }
        // "At the end of the day, households are still being squeezed": an idiom
        if first.norm == "the"
            && infos[m.start..m.end].iter().map(|t| t.norm).eq(["the", "end", "of", "the", "day"])
            && prev == "at"
            && next == ","
            && (m.start < 2 || matches!(infos[m.start - 2].norm, "\"" | "``" | "“" | "." | "'"))
        {
            return false;
        }
        // "five years to the day after the assassination": "to the day" is exact, no date
        let unit_before = |k: usize| k > 0 && infos[k - 1].info.mask & words::UNIT != 0;
        if first.norm == "the" && infos.get(m.start + 1).is_some_and(|t| t.norm == "day") && prev == "to" && unit_before(m.start - 1) {
            return false;
        }
        // "$500 million a year", "20% annually": a rate, not a time
        let rate_before = matches!(prev, "million" | "billion" | "trillion" | "%" | "percent" | "thousand" | "dollars" | "cents")
            || infos.get(m.start.wrapping_sub(1)).is_some_and(|t| t.info.num.is_some());
        let rate_like = rule.action.kind == ActionKind::Set || (rule.action.kind == ActionKind::Dur && matches!(first.norm, "a" | "an"));
        if rate_before && rate_like {
            return false;
        }
        // "today's youth", "today's personal computers": a generic present (but "today's
        // editions" is the day's)
        if len == 1 && first.norm == "today" && next == "'s" && infos[m.end + 1..].iter().take(3).any(|t| GENERIC_NOW.contains(&t.norm)) {
            return false;
        }
        // "for weeks": a bare plural unit is a duration only after "for", "over", "within",
        // a verb of taking or spending time ("could take months"), before "of" ("after
        // months of negotiations"), or counted over ("the first time in years")
        if rule.action.kind == ActionKind::Dur && len == 1 {
            let taking = matches!(
                prev,
                "for" | "over" | "within" | "take" | "takes" | "took" | "taken" | "taking" | "spend" | "spends" | "spent" | "lasted" | "last" | "lasts"
            );
            let of_something = next == "of"
                && m.start > 0
                && !matches!(
                    prev,
                    "the"
                        | "those"
                        | "these"
                        | "their"
                        | "its"
                        | "his"
                        | "her"
                        | "our"
                        | "my"
                        | "your"
                        | "of"
                        | "in"
                        | "on"
                        | "at"
                        | "first"
                        | "last"
                        | "early"
                        | "final"
                        | "later"
                        | "late"
                        | "closing"
                        | "opening"
                        | "initial"
                        | "remaining"
                        | "same"
                        | "following"
                        | "previous"
                );
            let compared = prev == "in" && infos[m.start.saturating_sub(6)..m.start].iter().any(|t| FIRST_IN.contains(&t.norm) || t.norm.ends_with("est"));
            if !(taking || of_something || compared) {
                return false;
            }
        }
        // "the weeks before the shooting": a vague stretch before an event, not a week
        // counted from the reference
        let plural_unit = infos[m.start..m.end].iter().any(|t| t.info.mask & words::UNIT != 0 && t.norm.ends_with('s') && t.info.num.is_none());
        let counted = infos[m.start..m.end].iter().any(|t| t.info.num.is_some());
        if rule.action.kind == ActionKind::Rel && first.norm == "the" && plural_unit && !counted {
            return false;
        }
        // "the future of the city", "the future Secretary of State", "the future states":
        // a noun's future or a title, not a time
        if len == 2 && first.norm == "the" && infos[m.start + 1].norm == "future" {
            let noun_after = infos.get(m.end).is_some_and(|t| t.norm.chars().next().is_some_and(char::is_alphabetic) && !FUTURE_FOLLOWERS.contains(&t.norm));
            if noun_after {
                return false;
            }
        }
        // "a year-earlier quarter", "a two-year-old": part of a compound word (not "for the
        // last three years - until this month", a dash between spaces)
        if rule.action.kind == ActionKind::Dur && next == "-" && infos.get(m.end).is_some_and(|t| t.glued) {
            return false;
        }
        // "the Seven Years' War", "the Six-Day War", "the Seven Days Battles": the name of a war
        let war = |k: usize| infos.get(k).is_some_and(|t| matches!(t.norm, "war" | "battles" | "campaign" | "offensive") && t.cap);
        if rule.action.kind == ActionKind::Dur && (war(m.end) || (matches!(next, "'" | "'s" | "’") && war(m.end + 1))) {
            return false;
        }
        // "a 6-year-old boy": an age, not a duration
        if rule.action.kind == ActionKind::Dur && (next == "old" || (next == "-" && after == "old")) {
            return false;
        }
        // "three-quarters of its food", "a quarter of the vote": a share, not a time (but
        // "several quarters of losses" is)
        let fraction = first.norm == "a" || first.info.num.is_some_and(|n| (1..=3).contains(&n));
        if rule.action.kind == ActionKind::Dur && next == "of" && infos[m.end - 1].norm.starts_with("quarter") && fraction {
            return false;
        }
        // "sales fell by a quarter": a share
        if rule.action.kind == ActionKind::Dur && len == 2 && first.norm == "a" && infos[m.start + 1].norm == "quarter" && prev == "by" {
            return false;
        }
        // "700 seats a week", "24 hours a day": a rate
        let plural_noun = prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss") && !RATE_EXCEPTIONS.contains(&prev);
        let counted_before = infos.get(m.start.wrapping_sub(1)).is_some_and(|t| t.info.mask & (words::NUM | words::UNIT) != 0);
        if rule.action.kind == ActionKind::Dur && matches!(first.norm, "a" | "an") && len == 2 && (plural_noun || counted_before) {
            return false;
        }
        // "500 ad pages": era abbreviations are written in capitals
        if infos[m.start..m.end].iter().any(|t| matches!(t.norm, "ad" | "ce" | "bc" | "bce") && !t.cap) {
            return false;
        }
        // "''60 Minutes'': a quotation, not the year '60
        if first.norm.starts_with('\'') && first.info.mask & words::YEAR != 0 && matches!(prev, "'" | "''" | "`" | "``" | "\"") {
            return false;
        }
        // "as recently as 2011": the year is the time, "recently" its degree
        if len == 1 && first.norm == "recently" && prev == "as" && next == "as" {
            return false;
        }
        // "High Noon": a title, not a time
        if first.norm == "noon" && prev == "high" {
            return false;
        }
        // "The Sunday Times", "the Sunday Telegraph": a newspaper named after its day
        let paper = |t: &TokInfo| {
            t.cap && matches!(t.norm, "times" | "telegraph" | "express" | "mirror" | "herald" | "post" | "mail" | "tribune" | "observer" | "independent")
        };
        if len == 1 && first.info.mask & words::WEEKDAY != 0 && infos.get(m.end).is_some_and(paper) {
            return false;
        }
        // "the daily said": a newspaper, not a recurring time (but "a daily public rally",
        // "the daily tally" are daily)
        let paper_next = infos.get(m.end).is_none_or(|t| {
            t.cap
                || !t.norm.chars().all(char::is_alphabetic)
                || matches!(
                    t.norm,
                    "said" | "says" | "reported" | "reports" | "wrote" | "writes" | "quoted" | "quotes" | "published" | "cited" | "added" | "carried"
                )
        });
        if rule.action.kind == ActionKind::Set && len == 1 && matches!(prev, "the" | "a" | "an") && paper_next {
            return false;
        }
        // "the Communist Party daily Granma": a newspaper named after it
        if rule.action.kind == ActionKind::Set
            && len == 1
            && infos.get(m.end).is_some_and(|t| t.cap && t.info.mask == 0)
            && infos[m.start.saturating_sub(1)].cap
        {
            return false;
        }
        // "in the new year" is the year to come (not "the New Year holiday", "the new year's
        // budget")
        if len == 3 && first.norm == "the" && infos[m.start + 1].norm == "new" {
            let next_is_word = infos.get(m.end).is_some_and(|t| t.norm.chars().all(|c| c.is_alphabetic()) || t.norm == "'s");
            return matches!(prev, "in" | "into") && !infos[m.start + 1].cap && !next_is_word;
        }
        // "the October Revolution", "the March Accords": a month in a name
        if len == 1
            && first.info.mask & words::MONTH != 0
            && prev == "the"
            && first.cap
            && infos.get(m.end).is_some_and(|t| t.cap && t.info.mask == 0 && t.norm.chars().all(|c| c.is_alphabetic()))
        {
            return false;
        }
        // "Election Day" in the United States (not "election day" anywhere)
        if first.norm == "election" && !(first.cap && infos.get(m.start + 1).is_some_and(|t| t.cap)) {
            return false;
        }
        // "born c. 1150" (not "c. 50 dollars", "circa 1,000 men")
        if len == 2
            && matches!(first.norm, "circa" | "ca." | "c.")
            && infos.get(m.end).is_some_and(|t| t.norm.chars().all(|c| c.is_alphabetic()) && !WORDS_AFTER_A_DAY.contains(&t.norm))
        {
            return false;
        }
        // "at Easter the troops …" (not "Easter eggs", "Easter Island", "the Easter Rising")
        if len == 1
            && first.norm == "easter"
            && infos.get(m.end).is_some_and(|t| t.norm.chars().all(|c| c.is_alphabetic()) && !WORDS_AFTER_A_DAY.contains(&t.norm))
        {
            return false;
        }
        // "for the year, volume was flat", "the week's most active session": the week or
        // year the report is at (not "the year he was born")
        if len == 2 && first.norm == "the" && matches!(infos[m.start + 1].norm, "week" | "month" | "year") && rule.action.kind == ActionKind::Rel {
            return (prev == "for" && next != "that") || next == "'s";
        }
        // "that October, the world came to the brink" (not "said that March 3 would be", "clear
        // that October was lost": a conjunction before a date)
        if first.norm == "that" && infos.get(m.start + 1).is_some_and(|t| t.info.mask & words::MONTH != 0) {
            let number_next = infos.get(m.end).is_some_and(|t| t.info.num.is_some() || t.info.mask & (words::DAY | words::YEAR) != 0);
            return !number_next && matches!(prev, "" | "," | ";" | ":" | "--" | "(" | "and" | "but" | "in" | "by" | "until" | "of" | "during");
        }
        // "the company entered its second century": an age, not a century of the era
        if first.info.mask & words::CENT != 0
            && infos.get(m.start + 1).is_some_and(|t| t.norm == "century")
            && first.norm.bytes().all(|b| b.is_ascii_alphabetic())
            && matches!(prev, "its" | "their" | "his" | "her" | "our" | "my" | "a" | "another" | "every")
        {
            return false;
        }
        // "the 11th Circuit", "the 25th anniversary": an ordinal before a noun (but "On the
        // 25th the siege ended" is a day)
        if len == 2
            && first.norm == "the"
            && infos[m.start + 1].info.mask & words::ORD != 0
            && next.chars().next().is_some_and(|c| c.is_alphabetic())
            && !WORDS_AFTER_A_DAY.contains(&next)
            && !on_a_day_of_a_month_named(infos, m.start)
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
        let mut out: Vec<Timex> = Vec::new();
        for s in annals_text::sentences(&doc.text) {
            ctx.next_sentence();
            if !self.may_hold_time(&doc.text[s.span.start..s.span.end]) {
                continue;
            }
            toks.tokenize(&doc.text, s.span);
            self.find(&doc.text, &toks, &mut found);
            // "Relations with Netanyahu, who was re-elected in January, have been strained
            // since": news in the present perfect is at its own time
            if !found.is_empty() && ctx.far_in_news() && in_present_perfect(&toks) {
                ctx.back_to_the_present();
            }
            let mut last: Option<(Found, Timex)> = None;
            // the context as it was before a subordinate clause set its own time, and where
            // that clause ends
            let mut outside: Option<(usize, Context)> = None;
            // (and the tense of the clause's date, which a full date needs not to resolve)
            let mut clause_tense = Tense::Unknown;
            let mut looked_back = LookBack::default();
            let first = out.len();
            for whole in &found {
                let parts = split_range(whole, &toks);
                let told = out.len();
                for f in parts.as_ref().map_or(std::slice::from_ref(whole), |p| p.as_slice()) {
                    if outside.as_ref().is_some_and(|(end, _)| f.tokens.0 >= *end) {
                        ctx = outside.take().expect("checked").1;
                    }
                    let Some(mut t) = ctx.resolve(f) else { continue };
                    // "from June 23 to July 6" of next year: the second end is not before
                    // the first
                    if let (Some(_), Some(first)) = (&parts, out.get(told).filter(|_| out.len() == told + 1)) {
                        if let Some(later) = not_before(&mut ctx, f, &t, first) {
                            t = later;
                        }
                    }
                    if let Some((prev, day)) = &last {
                        if in_apposition(&toks, prev.tokens.1, day, f) {
                            t = Timex { span: t.span, ..day.clone() };
                        } else if let Some(named) = weekday_in_apposition(&toks, prev.tokens.1, day, f) {
                            t = Timex { span: t.span, ..named };
                        } else if let Some(next) = weekday_after(&toks, prev.tokens.1, day, f, &t) {
                            t = next;
                        } else if let Some(period) = named_in_apposition(&toks, prev, f, &t) {
                            let named = out.last_mut().expect("the previous expression was kept");
                            *named = Timex { span: named.span, ..period };
                        } else if ordinal_day_named(&toks, prev, f, &t) {
                            let named = out.last_mut().expect("the previous expression was kept");
                            *named = Timex { span: named.span, ..t.clone() };
                        }
                    }
                    // "and its economy has shrunk in each of the past six quarters": the
                    // news is back at its own time, whatever far date it told of before
                    if speaks_of_now(f, &toks) {
                        ctx.back_to_the_present();
                    }
                    // a date in a subordinate clause ("since Washington broke off
                    // relations in 1961") keeps its time to itself: it is the reference
                    // only until the clause ends (", who fled on Feb. 21 and resurfaced six
                    // days later")
                    // (a look back anchors what follows in its sentence, "the unrest that had
                    // broken out in January 1905 … the revolution twelve years later", and
                    // the narrative returns after it)
                    let moves = sets_reference(f, &toks);
                    looked_back.note(moves, f, &t, &ctx, &toks);
                    if moves || ends_a_wait(&toks, f.tokens.0, &ctx) {
                        // (but in a text without a date that has told no time yet, "Détente
                        // began after Nixon took office in January 1969. … in November of
                        // that year", the clause's date is all there is to go on)
                        if let Some(end) = subordinate_clause_end(&toks, f.tokens.0).filter(|_| !ctx.has_no_anchor()) {
                            if outside.is_none() {
                                outside = Some((end, ctx.clone()));
                            }
                            clause_tense = tense_at(&toks, f.tokens.0, f.tokens.1);
                        }
                        ctx.observe_found(f, &t);
                    }
                    last = Some((f.clone(), t.clone()));
                    out.push(t);
                }
                // "from 1939 to 1945": a narrative at the first end is at the whole stretch
                if let (Some(_), [a, b]) = (&parts, &out[told..]) {
                    ctx.stretch_reference(a, b);
                }
            }
            looked_back.restore(&mut ctx);
            if let Some((_, before)) = outside {
                if !goes_on_from_clause(&ctx, &before, clause_tense) {
                    ctx = before;
                }
            }
            join_compound_durations(&doc.text, &mut out, first);
        }
        out
    }
}

/// "from mid-May to early June 1940", "late May until 10 June 1940": the first end of a
/// range, named without its year, takes the year of the second (when it comes before it
/// in that year).
fn lend_years(toks: &Tokens, found: &mut [Found]) {
    for k in 1..found.len() {
        let (a, b) = (&found[k - 1], &found[k]);
        let joined = b.tokens.0 == a.tokens.1 + 1 && matches!(toks.norm(a.tokens.1), "to" | "until" | "till" | "through" | "-" | "--");
        let (Spec::Date { from: fa, to: None }, Spec::Date { from: fb, to: None }) = (&a.spec, &b.spec) else { continue };
        let months = matches!((fa.month, fb.month), (Some(ma), Some(mb)) if ma <= mb);
        if joined && months && fa.year.is_none() && fa.direction.is_none() && fb.year.is_some() {
            let year = fb.year;
            if let Spec::Date { from, .. } = &mut found[k - 1].spec {
                from.year = year;
            }
        }
    }
}

/// The second end `t` of a range told in two parts (`f`), read again in the year of the
/// first end, or the year after, when it came out before the first and names no year.
fn not_before(ctx: &mut Context, f: &Found, t: &Timex, first: &Timex) -> Option<Timex> {
    let (Some(start), Some(end)) = (first.from, t.to) else { return None };
    let Spec::Date { from: fields, to: None } = &f.spec else { return None };
    if end >= start || fields.year.is_some() || fields.year_offset.is_some() {
        return None;
    }
    (start.year()..=start.year() + 1).find_map(|y| {
        let again = Found { spec: Spec::Date { from: Fields { year: Some(y), ..*fields }, to: None }, ..f.clone() };
        ctx.resolve(&again).filter(|r| r.to.is_some_and(|e| e >= start))
    })
}

/// "two years and three months", "10 years, 4 months and 12 days", "2 hours 40 minutes":
/// durations of ever smaller units one after the other are one duration (P2Y3M), as TIMEX3
/// writes it. Joins those of `out` from index `first` on (one sentence's).
fn join_compound_durations(text: &str, out: &mut Vec<Timex>, first: usize) {
    use annals_model::TimexType::Duration;
    let mut k = out.len();
    while k > first + 1 {
        k -= 1;
        let (a, b) = (&out[k - 1], &out[k]);
        if a.kind != Duration || b.kind != Duration || a.span.end > b.span.start {
            continue;
        }
        let gap = text[a.span.end..b.span.start].trim();
        let joined = matches!(gap, "" | "," | "and" | ", and").then(|| join_durations(&a.value, &b.value)).flatten();
        let Some(value) = joined else { continue };
        let span = a.span.cover(b.span);
        out[k - 1] = Timex { span, value, ..out[k - 1].clone() };
        out.remove(k);
    }
}

/// The parts of a duration value (years, months, weeks, days, hours, minutes), when it
/// has only whole numbers of them.
fn duration_parts(v: &str) -> Option<[u32; 6]> {
    let mut parts = [0u32; 6];
    let mut time = false;
    let mut n = String::new();
    for c in v.strip_prefix('P')?.chars() {
        match c {
            'T' if n.is_empty() => time = true,
            '0'..='9' => n.push(c),
            _ => {
                let slot = match (c, time) {
                    ('Y', false) => 0,
                    ('M', false) => 1,
                    ('W', false) => 2,
                    ('D', false) => 3,
                    ('H', true) => 4,
                    ('M', true) => 5,
                    _ => return None,
                };
                parts[slot] = n.parse().ok()?;
                n.clear();
            }
        }
    }
    n.is_empty().then_some(parts)
}

/// "P2Y" and "P3M" make "P2Y3M"; None unless every unit of `b` is smaller than every one
/// of `a`.
fn join_durations(a: &str, b: &str) -> Option<String> {
    let (pa, pb) = (duration_parts(a)?, duration_parts(b)?);
    let last_a = pa.iter().rposition(|&x| x > 0)?;
    let first_b = pb.iter().position(|&x| x > 0)?;
    if last_a >= first_b {
        return None;
    }
    let mut p: [u32; 6] = std::array::from_fn(|i| pa[i] + pb[i]);
    // (ISO writes no weeks beside other date units: "P1W3D" is P10D)
    if p[2] > 0 && (p[0] > 0 || p[1] > 0 || p[3] > 0) {
        p[3] = p[3].saturating_add(p[2].saturating_mul(7));
        p[2] = 0;
    }
    let mut v = String::from("P");
    for (x, u) in p[..4].iter().zip(["Y", "M", "W", "D"]) {
        if *x > 0 {
            v += &format!("{x}{u}");
        }
    }
    if p[4] > 0 || p[5] > 0 {
        v.push('T');
        for (x, u) in p[4..].iter().zip(["H", "M"]) {
            if *x > 0 {
                v += &format!("{x}{u}");
            }
        }
    }
    Some(v)
}

/// Whether `f` stands in apposition to the day `prev` that ends at token `prev_end`: "Oct.
/// 12, the day before the plunge" is Oct. 12 itself, not the 11th.
/// So is a year or month: "in 1086, the year before his death".
pub fn in_apposition(toks: &Tokens, prev_end: usize, prev: &Timex, f: &Found) -> bool {
    use annals_model::Granularity as G;
    let Spec::Relative { unit, anchor: AnchorKind::Narrative, n: Some(_), tod: None, .. } = f.spec else { return false };
    let same = match unit {
        Unit::Day => prev.granularity == G::Day,
        Unit::Month => prev.granularity == G::Month,
        Unit::Year => prev.granularity == G::Year,
        _ => false,
    };
    same && prev_end + 1 == f.tokens.0 && toks.norm_at(prev_end) == ","
}

/// The day `prev` when weekday `f` stands just after it and names it: "Two days later, on
/// Sunday night" is that Sunday's night, not the one before the document's date.
pub fn weekday_in_apposition(toks: &Tokens, prev_end: usize, prev: &Timex, f: &Found) -> Option<Timex> {
    let (wd, tod) = bare_weekday(f)?;
    let day = prev.from.filter(|d| prev.granularity == annals_model::Granularity::Day && Some(*d) == prev.to && d.weekday() == wd)?;
    let gap = f.tokens.0.saturating_sub(prev_end);
    let apposed = toks.norm_at(prev_end) == "," && (gap == 1 || (gap == 2 && toks.norm_at(prev_end + 1) == "on"));
    if !apposed {
        return None;
    }
    let (kind, value, granularity) = resolve::day_at(day, tod);
    Some(Timex { value, granularity, kind, ..prev.clone() })
}

/// The weekday (and part of the day) of `f` when it says nothing else: "Sunday", "Sunday
/// night".
fn bare_weekday(f: &Found) -> Option<(u32, Option<usize>)> {
    let Spec::Date { from: fields, to: None } = &f.spec else { return None };
    let bare = Fields { weekday: None, tod: None, ..*fields } == Fields::default();
    Some((fields.weekday?, fields.tod)).filter(|_| bare)
}

/// What a weekday `f` (read as `t`) joined to a day `prev` just before it is: the first such
/// weekday after that day, when it is the nearer one. "Schools were closed Friday and
/// Saturday" on a Friday are closed tomorrow too, though the verb is past (but "statements
/// made Friday and Thursday" go back a day). None when `f` is no such weekday.
pub fn weekday_after(toks: &Tokens, prev_end: usize, prev: &Timex, f: &Found, t: &Timex) -> Option<Timex> {
    let (wd, tod) = bare_weekday(f)?;
    let single = matches!(prev.granularity, annals_model::Granularity::Day | annals_model::Granularity::Time);
    let day = prev.from.filter(|d| single && Some(*d) == prev.to)?;
    let joined = match f.tokens.0.checked_sub(prev_end) {
        Some(1) => matches!(toks.norm(prev_end), "and" | "or" | "through" | "to"),
        Some(2) => toks.norm(prev_end) == "," && matches!(toks.norm(prev_end + 1), "and" | "or"),
        _ => false,
    };
    if !joined {
        return None;
    }
    let next = (1..=3).filter_map(|n| day.add_days(n)).find(|d| d.weekday() == wd)?;
    let (kind, value, granularity) = resolve::day_at(next, tod);
    Some(Timex { value, granularity, kind, from: Some(next), to: Some(next), ..t.clone() })
}

/// "At 1900 hours the guns stopped": four figures before "hours" after "at" (or "by",
/// "until", "from", "before", "after", "around") are a clock time, not 1,900 hours; so are
/// four figures before a time zone ("by 1400 GMT"), not the year 1400.
fn military_clock_times(infos: &mut [TokInfo]) {
    for k in 1..infos.len().saturating_sub(1) {
        let (t, prev, next) = (&infos[k], infos[k - 1].norm, infos[k + 1].norm);
        let hhmm = t.norm.len() == 4 && t.norm.bytes().all(|b| b.is_ascii_digit());
        let Some(n) = t.info.num.filter(|n| hhmm && n / 100 < 24 && n % 100 < 60) else { continue };
        let zone = infos[k + 1].info.mask & words::TZ != 0;
        if zone || matches!(next, "hours" | "hrs") && matches!(prev, "at" | "by" | "until" | "till" | "from" | "before" | "after" | "around") {
            infos[k].info = words::WordInfo { mask: words::CLOCK, value: n, num: None };
        }
    }
}

/// What the narrative's time `prev` is when the date `t`, found as `f`, stands just after it
/// and names it: "the next day, July 4", "on that day, 2 May 1945", "two years later, on 1
/// January 1959" (1959: the year the day is in). None when `f` is no such apposition.
pub fn named_in_apposition(toks: &Tokens, prev: &Found, f: &Found, t: &Timex) -> Option<Timex> {
    use annals_model::Granularity as G;
    let Spec::Relative { unit, anchor: AnchorKind::Narrative, n: Some(_), tod: None, .. } = prev.spec else { return None };
    let fine_enough = match unit {
        Unit::Day | Unit::Week => t.granularity == G::Day,
        Unit::Month => matches!(t.granularity, G::Day | G::Month),
        Unit::Year => matches!(t.granularity, G::Day | G::Month | G::Season | G::Year),
        _ => false,
    };
    // (", on 1 January 1959", ", in 1947": a preposition may stand between)
    let gap = f.tokens.0.saturating_sub(prev.tokens.1);
    let apposed = toks.norm_at(prev.tokens.1) == ","
        && (gap == 1 || (gap == 2 && matches!(toks.norm_at(prev.tokens.1 + 1), "on" | "in")))
        && matches!(f.spec, Spec::Date { to: None, .. });
    if !fine_enough || !apposed || t.from.is_none() {
        return None;
    }
    match unit {
        Unit::Day => Some(t.clone()),
        _ => resolve::period_of(t, unit),
    }
}

/// "On the first day of the Somme, 1 July 1916": an ordinal day of something the text
/// names, followed by the day itself (a few words of "of …" between).
fn ordinal_day_named(toks: &Tokens, prev: &Found, f: &Found, t: &Timex) -> bool {
    let Spec::Date { from: Fields { ordinal_day: Some(_), .. }, to: None } = &prev.spec else { return false };
    let (end, start) = (prev.tokens.1, f.tokens.0);
    let between = start.saturating_sub(end);
    t.granularity == annals_model::Granularity::Day
        && t.from.is_some()
        && matches!(f.spec, Spec::Date { to: None, .. })
        && (3..=6).contains(&between)
        && toks.norm_at(end) == "of"
        && toks.norm_at(start - 1) == ","
        && (end + 1..start - 1).all(|k| toks.norm_at(k).chars().all(char::is_alphanumeric))
}

/// "On 1 October troops crossed, and on the 19th Pyongyang fell": "on the 19th" after a
/// month named in the clauses just before is a day of it, whatever word follows.
fn on_a_day_of_a_month_named(infos: &[TokInfo], start: usize) -> bool {
    let before = &infos[start.saturating_sub(16)..start];
    start > 0 && matches!(infos[start - 1].norm, "on" | "by" | "until" | "till") && before.iter().any(|t| t.info.mask & words::MONTH != 0 && t.cap)
}

/// Whether the count at `first` (tokens `[start, end)`) says when something will be: "the
/// bonds will be redeemed in five years", "they will decide in two weeks" (a date, as TIMEX3
/// has it); not "the first such visit in ten years", nor what took two weeks.
fn in_so_long(infos: &[TokInfo], first: usize, toks: &Tokens, start: usize, end: usize) -> bool {
    // (a count and its unit only: not "in the past year", "in a quarter that lost money")
    let counted = (infos[first].info.mask & words::NUM != 0 || matches!(infos[first].norm, "a" | "an"))
        && infos.get(first + 1).is_some_and(|t| t.info.mask & words::UNIT != 0)
        && !infos.get(first + 2).is_some_and(|t| matches!(t.norm, "that" | "which" | "when" | "where" | "of" | "ending" | "ended" | "in"));
    let compared = infos[first.saturating_sub(6)..first].iter().any(|t| FIRST_IN.contains(&t.norm) || t.norm.ends_with("est"));
    first > 0 && infos[first - 1].norm == "in" && counted && !compared && tense_at(toks, start, end).ahead()
}

/// Words that make "in ten years" the stretch a comparison looks over: "the first visit in
/// ten years", "the biggest drop in a decade".
const FIRST_IN: &[&str] = &["first", "last", "only", "most", "least", "more", "less", "time", "times", "once", "twice"];

/// Whether "one day" at `m` is an adverb of some unnamed time ("he hopes one day to return",
/// "One day, the king left") rather than a day's length ("for one day", "one day later").
fn someday(infos: &[TokInfo], m: &rules::Match) -> bool {
    if m.end - m.start != 2 || infos[m.start].norm != "one" || infos[m.start + 1].norm != "day" {
        return false;
    }
    let prev = if m.start > 0 { infos[m.start - 1].norm } else { "" };
    let next = infos.get(m.end).map_or("", |t| t.norm);
    let adverb_place = SOMEDAY_BEFORE.contains(&prev);
    let clause_after = next == "," || (next.chars().next().is_some_and(char::is_alphabetic) && !NOT_AFTER_SOMEDAY.contains(&next));
    adverb_place && clause_after
}

/// Words before "one day" where it is an adverb: the clause's start, a subject, a modal,
/// a split "to" ("to one day become").
const SOMEDAY_BEFORE: &[&str] = &[
    "", ",", "he", "she", "they", "we", "i", "you", "it", "who", "that", "and", "but", "will", "would", "could", "might", "may", "should", "can", "must", "to",
];

/// Words of hoping, after which "one day" lies ahead.
const HOPES: &[&str] = &["hope", "hopes", "hoped", "hoping", "dream", "dreams", "dreamed", "wish", "wishes", "wished", "aspire", "aspires", "aspired"];

/// Words after "one day" that make it a length of time ("one day later", "one day of talks").
const NOT_AFTER_SOMEDAY: &[&str] = &[
    "later", "earlier", "after", "before", "ago", "of", "long", "and", "or", "to", "at", "in", "per", "a", "each", "every", "off", "only", "more", "less",
    "left", "trip", "visit", "strike", "session", "event",
];

/// Whether the way an expression points depends on its tense: a day, month or season
/// that names no year.
fn needs_tense(spec: &Spec) -> bool {
    match spec {
        Spec::Date { from, .. } => from.year.is_none() && from.decade.is_none() && from.century.is_none() && from.year_offset.is_none(),
        // ("will retire at the end of the year": see `Context::read`)
        Spec::Relative { anchor: AnchorKind::Narrative, n: Some(n), .. } => *n >= 0,
        _ => false,
    }
}

/// Words before a date that make it a frame of what is told, not its time: "since 1961",
/// "bonds due 1993".
const FRAMING: &[&str] = &["since", "until", "till", "before", "prior", "unlike", "than", "due"];

/// Whether the expression at tokens `[start, end)` frames what the sentence tells rather
/// than dating it: "since 1961", "until the 1990s", "prior to 1959", "dating back to 1994"
/// (but "not until 2015" is the event's own date).
pub fn is_frame(toks: &Tokens, start: usize) -> bool {
    let before = |k: usize| if start >= k { toks.norm(start - k) } else { "" };
    let not_until = matches!(before(1), "until" | "till") && matches!(before(2), "not" | "n't");
    (FRAMING.contains(&before(1)) && !not_until)
        || (before(1) == "to" && matches!(before(2), "prior" | "back" | "dating" | "dates"))
        || (before(1) == "the" && FRAMING.contains(&before(2)))
}

/// Whether the date at token `start`, after "until", is where a history goes on from: in a
/// history (or a text without a date), "Mafeking held out until 17 May; … the following
/// night" and "delayed the talks until October of 1777. By then" go on from where the wait
/// ended; but "the Congress continued to meet until 1781" sums up what went on meanwhile.
pub fn ends_a_wait(toks: &Tokens, start: usize, ctx: &Context) -> bool {
    ctx.tells_the_past() && start > 0 && matches!(toks.norm(start - 1), "until" | "till") && !goes_on(toks, start)
}

/// Whether the clause before token `at` tells of something going on ("continued to meet
/// until", "remained in force until").
fn goes_on(toks: &Tokens, at: usize) -> bool {
    (at.saturating_sub(8)..at).any(|k| {
        matches!(toks.norm(k), "continued" | "continue" | "continues" | "continuing" | "remained" | "remain" | "remains" | "lasted" | "stayed" | "persisted")
    })
}

/// Whether a date in the past perfect lies wholly before the narrative's reference time: a
/// look back that the story returns from ("On 15 April 2023 fighting broke out … The two men
/// had seized power in an October 2021 coup … Within days … in late April" is 2023's April).
/// Only when the sentence before has just set the narrative on a day: a history that opens
/// with its outcome ("signed the treaty on February 6, 1778. … The French had lost their
/// territory in 1763") or a heading's span goes back to tell the story from its start.
/// ("In September the British had taken New York", later than the narrative, moves it.)
fn flashback(f: &Found, t: &Timex, ctx: &Context, toks: &Tokens) -> bool {
    matches!((ctx.reference, t.to), (Some(r), Some(to)) if to < r.from && r.granularity == annals_model::Granularity::Day)
        && ctx.reference_age <= 1
        && past_perfect(toks, f.tokens.0, f.tokens.1)
}

/// Whether a history goes on from the date of a subordinate clause that ends its sentence,
/// `inside` being the context after that date and `before` the one before the clause: when
/// the clause tells, in the simple past, of a later time. "He then besieged Calais, which
/// held out for eleven months before surrendering in August 1347. The Black Death reached
/// England the following year" is 1348 (but news keeps a clause's time to itself, and "which
/// he had taken in 1346" or "who would die in 1377" look away from the story).
pub fn goes_on_from_clause(inside: &Context, before: &Context, tense: Tense) -> bool {
    let later = match (inside.reference, before.reference) {
        (Some(i), Some(b)) => i.from > b.to,
        _ => false,
    };
    inside.tells_the_past() && tense == Tense::Past && later
}

/// Words that open a subordinate clause whose time is its own.
const SUBORDINATORS: &[&str] = &["since", "until", "till", "before", "after", "because", "although", "though", "unless", "whereas"];

/// Subordinate clauses after the sentence's start: a subordinator followed by a clause (not
/// by a date: "since 1961" is a framing date, not a clause), up to the next comma.
pub fn subordinate_clauses(toks: &Tokens) -> Vec<(usize, usize)> {
    (1..toks.len()).filter(|&k| opens_clause(toks, k)).map(|k| (k, (k + 1..toks.len()).find(|&j| ends_clause(toks, j)).unwrap_or(toks.len()))).collect()
}

/// Whether token `at` lies in one of the [`subordinate_clauses`].
pub fn in_subordinate_clause(toks: &Tokens, at: usize) -> bool {
    if at >= toks.len() || ends_clause(toks, at) {
        return false;
    }
    (1..=at).rev().take_while(|&k| !ends_clause(toks, k)).any(|k| opens_clause(toks, k))
}

/// Whether `f` speaks of the time of writing without naming a date: "now", or a stretch
/// reaching up to it ("the past six quarters", "the last three years"; not "the next
/// thirteen years", which a history counts from its own time as often).
fn speaks_of_now(f: &Found, toks: &Tokens) -> bool {
    let start = f.tokens.0;
    let word = |k: usize| toks.norm_at(k);
    let first = if word(start) == "the" { start + 1 } else { start };
    match f.spec {
        Spec::Ref(value) => value == "PRESENT_REF",
        Spec::Duration { .. } => matches!(word(first), "past" | "last") && !matches!(word(f.tokens.1), "of" | "before" | "after"),
        _ => false,
    }
}

/// Whether a sentence has a verb in the present perfect ("has promised", "have been
/// strained"), not in a modal's perfect ("would have", "must have been").
fn in_present_perfect(toks: &Tokens) -> bool {
    (0..toks.len()).any(|k| {
        matches!(toks.norm(k), "has" | "have" | "'ve")
            && !(k > 0 && matches!(toks.norm(k - 1), "would" | "could" | "might" | "should" | "must" | "will" | "may" | "to"))
            && is_participle(toks.norm_at(k + 1))
            && toks.get(k + 1).is_some_and(|t| !t.cap)
    })
}

/// Where the subordinate clause that token `at` lies in ends, if it lies in one.
fn subordinate_clause_end(toks: &Tokens, at: usize) -> Option<usize> {
    in_subordinate_clause(toks, at).then(|| (at..toks.len()).find(|&j| ends_clause(toks, j)).unwrap_or(toks.len()))
}

/// Whether a subordinate clause opens at token `k` ("…, although relations had been cut",
/// ", who took office in January,").
fn opens_clause(toks: &Tokens, k: usize) -> bool {
    let relative = matches!(toks.norm(k), "who" | "which") && toks.norm(k - 1) == ",";
    if !SUBORDINATORS.contains(&toks.norm(k)) && !relative {
        return false;
    }
    // ("before the authority runs out", "since the talks began": "the" and a noun with its
    // verb; not "before the end of the year")
    let the_clause = toks.norm_at(k + 1) == "the" && (k + 3..(k + 6).min(toks.len())).take_while(|&j| !ends_clause(toks, j)).any(|j| finite_verb(toks, j));
    toks.get(k + 1).is_some_and(|t| t.kind == annals_text::TokenKind::Word)
        && (the_clause || !is_month(toks.norm_at(k + 1)))
        && !STARTS_A_TIME.contains(&toks.norm_at(k + 1))
}

/// Whether the word at `j` reads as a clause's verb: a past ("ended", "began"; not "the
/// disruptions caused by"), an auxiliary, or a present of what is scheduled ("runs out").
fn finite_verb(toks: &Tokens, j: usize) -> bool {
    let w = toks.norm(j);
    let lower = toks.get(j).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word);
    lower
        && ((w.len() > 4 && w.ends_with("ed") && !NOT_PAST_ED.contains(&w) && toks.norm_at(j + 1) != "by")
            || PAST_MARKERS.contains(&w)
            || SCHEDULED.contains(&w)
            || matches!(w, "was" | "were" | "is" | "are" | "had" | "has" | "have" | "would" | "will" | "could" | "can" | "did"))
}

/// Words that open a time, not a clause, after "before", "since", "until": "shortly before
/// dawn on Friday", "until Monday", "since last year".
const STARTS_A_TIME: &[&str] = &[
    "dawn",
    "dusk",
    "daybreak",
    "sunrise",
    "sunset",
    "nightfall",
    "noon",
    "midday",
    "midnight",
    "morning",
    "evening",
    "night",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "last",
    "next",
    "this",
    "early",
    "mid",
    "late",
];

fn ends_clause(toks: &Tokens, j: usize) -> bool {
    matches!(toks.norm(j), "," | ";" | ":" | "--" | "(" | ")")
}

/// A month's name, or a word that opens one after "before", "since": "the", "mid-", "early".
fn is_month(n: &str) -> bool {
    is_month_name(n) || matches!(n, "the" | "mid" | "early" | "late")
}

/// The narrative as it stood before a look back in the sentence being read ([`flashback`]),
/// to return to once the sentence is over.
#[derive(Default)]
pub struct LookBack(Option<Context>);

impl LookBack {
    /// Notes a date `f` (resolved to `t`) that sets the reference (`sets`): a look back
    /// keeps the narrative before it (the first one's); a date that moves it on forgets it.
    pub fn note(&mut self, sets: bool, f: &Found, t: &Timex, ctx: &Context, toks: &Tokens) {
        if sets && flashback(f, t, ctx, toks) {
            self.0.get_or_insert_with(|| ctx.clone());
        } else if sets {
            self.0 = None;
        }
    }

    /// At the sentence's end: back to the narrative before the look back, if there was one.
    pub fn restore(self, ctx: &mut Context) {
        if let Some(before) = self.0 {
            *ctx = before;
        }
    }
}

/// Whether `f` is a year alone ("1974", not "March 1974").
fn year_only(f: &Found) -> bool {
    matches!(&f.spec, Spec::Date { from, to: None } if from.year.is_some() && from.month.is_none() && from.season.is_none() && from.quarter.is_none())
}

/// Whether token `k` is a year in four figures.
fn is_year_at(toks: &Tokens, k: usize) -> bool {
    toks.norm_at(k).len() == 4 && toks.norm_at(k).parse::<u32>().is_ok_and(|y| (1000..=2100).contains(&y))
}

/// Whether a year names a thing of that year rather than the time its sentence is at:
/// "the tribute of the 1795 treaty" after another date, "Somalia renounced the 1974 treaty".
/// Such a year neither moves the narrative nor dates the act of its clause.
pub fn names_a_thing(f: &Found, toks: &Tokens) -> bool {
    let (start, end) = f.tokens;
    let before = |k: usize| if start >= k { toks.norm(start - k) } else { "" };
    let next = toks.get(end).filter(|t| !t.cap && t.kind == annals_text::TokenKind::Word).map(|_| toks.norm(end));
    // "In 1812, the Dey rejected the tribute of the 1795 treaty": a year before its noun,
    // after the sentence has named another year, names a thing of that year, not the time
    // the sentence is at
    let year_only = year_only(f);
    let is_year = |k: usize| is_year_at(toks, k);
    // (but "was defeated in the 1968 elections" tells when; "negotiated in the 1795 treaty"
    // names a document)
    let document = (end..(end + 3).min(toks.len())).any(|k| {
        matches!(
            toks.norm(k),
            "treaty" | "agreement" | "accord" | "accords" | "act" | "law" | "constitution" | "convention" | "pact" | "protocol" | "charter" | "resolution"
        )
    });
    year_only
        && end == start + 1
        && matches!(before(1), "the" | "its" | "their" | "his" | "her")
        && (!matches!(before(2), "in" | "during" | "at") || document)
        && (next.is_some_and(|w| w.len() > 2 && !matches!(w, "and" | "or" | "when" | "which" | "that" | "was" | "were" | "is" | "are" | "period"))
            // ("abrogated the 1975 Algiers Agreement": before a name)
            || toks.get(end).is_some_and(|t| t.cap && t.kind == annals_text::TokenKind::Word))
        && ((0..start.saturating_sub(1)).any(|k| (is_year(k) && toks.norm(k) != toks.norm(start)) || is_month_name(toks.norm(k)))
            // ("Somalia renounced the 1974 treaty": a document a verb acts on)
            || (document && start >= 2 && toks.get(start - 2).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word) && !PREPOSITIONS.contains(&before(2))))
}

/// Whether a date found in a sentence moves the narrative's reference time. Frames do not
/// ([`is_frame`]), nor a date that describes an event looked back to ("after the Oct. 23
/// slaying"), nor a look back ("a year earlier", "the day before"): the narrative stays
/// where it was.
pub fn sets_reference(f: &Found, toks: &Tokens) -> bool {
    let (start, end) = f.tokens;
    // "now", "currently", "recently": vague, and "what is now Liberia" is said of the present
    // in the middle of a history
    // ("before dawn on 7 June", "before noon": a part of that day, not a frame)
    let part_of_a_day =
        matches!(&f.spec, Spec::Date { from, .. } if from.tod.is_some() || from.clock.is_some()) || matches!(f.spec, Spec::Relative { tod: Some(_), .. });
    let framed = is_frame(toks, start) && !(part_of_a_day && start > 0 && toks.norm(start - 1) == "before");
    if framed || compares(toks, start) || matches!(f.spec, Spec::Ref(_) | Spec::Vague { .. }) {
        return false;
    }
    // "Détente began in 1969 and lasted until the Soviet invasion of Afghanistan in 1979": the
    // end of a stretch summed up, which the story does not move to
    let wait_end = (start.saturating_sub(7)..start)
        .rev()
        .take_while(|&k| !matches!(toks.norm(k), "," | ";" | "and" | "but"))
        .find(|&k| matches!(toks.norm(k), "until" | "till"));
    if wait_end.is_some_and(|k| k + 1 < start && goes_on(toks, k)) {
        return false;
    }
    // "Nixon announced that he would visit China the following year": a time looked ahead
    // to from the narrative's, which stays where it was
    if f.tense == Tense::FutureInPast && matches!(f.spec, Spec::Relative { .. }) {
        return false;
    }
    if let Spec::Relative { n: Some(n), anchor: AnchorKind::Narrative, .. } = f.spec {
        if n < 0 {
            return false;
        }
    }
    // "The previous December, Carter had announced …": a look back, like "a year earlier"
    if let Spec::Date { from: Fields { direction: Some(-1), narrative: true, .. }, to: None } = f.spec {
        return false;
    }
    // "third-quarter profit": the period a report is about is its topic
    if let Spec::Date { from, .. } = &f.spec {
        if from.quarter.is_some() {
            return true;
        }
    }
    let before = |k: usize| if start >= k { toks.norm(start - k) } else { "" };
    let next = toks.get(end).filter(|t| !t.cap && t.kind == annals_text::TokenKind::Word).map(|_| toks.norm(end));
    // "following the August 1988 cease-fire": a date describing an event the sentence looks
    // back to (but "The 1976 elections proved perilous" sets the time it tells of)
    let attributive = matches!(before(1), "the" | "a" | "an")
        && matches!(before(2), "after" | "following" | "since" | "before" | "until" | "despite" | "over" | "for" | "to" | "from")
        && next.is_some_and(|w| {
            !matches!(
                w,
                "of" | "in"
                    | "on"
                    | "at"
                    | "and"
                    | "or"
                    | "to"
                    | "for"
                    | "when"
                    | "after"
                    | "before"
                    | "that"
                    | "which"
                    | "with"
                    | "by"
                    | "as"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "period"
            )
        });
    // "the Dec. 21, 1988, bombing": a day named before its noun, set off by commas, names
    // an event told of, not the time the sentence is at
    let named_event = before(1) == "the"
        && toks.norm_at(end) == ","
        && matches!(&f.spec, Spec::Date { from, to: None } if from.day.is_some() && from.year.is_some())
        && toks.get(end + 1).is_some_and(|t| {
            !t.cap && t.kind == annals_text::TokenKind::Word && !matches!(toks.norm(end + 1), "and" | "or" | "when" | "which" | "that" | "who")
        });
    let year_only = year_only(f);
    let is_year = |k: usize| is_year_at(toks, k);
    let names_a_thing = names_a_thing(f, toks);
    // "by 10 October the Syrians had been driven back to the ceasefire line of 1967": a year
    // after "of" and a noun that is not of time, once the sentence has named another date,
    // names a thing of that year, as "the 1967 line" would
    let of_a_thing = year_only
        && end == start + 1
        && before(1) == "of"
        && start >= 2
        && toks.get(start - 2).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word)
        && !is_time_noun(before(2))
        && (0..start - 2).any(|k| is_year(k) || is_month_name(toks.norm(k)));
    // "Tax cuts passed in 2001 and 2003 expire at the end of the year": a date on a
    // participle after its noun, before the clause's own present verb, describes the noun
    let mut first = start;
    while first >= 2 && matches!(toks.norm(first - 1), "and" | "," | "or") && is_year(first - 2) {
        first -= 2;
    }
    let at = |k: usize| if first >= k { toks.norm(first - k) } else { "" };
    let mut after = end;
    while matches!(toks.norm_at(after), "and" | "," | "or") && is_year(after + 1) {
        after += 2;
    }
    let verb_after = {
        let w = toks.norm_at(after);
        toks.get(after).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word)
            && !is_participle(w)
            && !w.ends_with("ing")
            && !NO_VERB.contains(&w)
            && !matches!(w, "was" | "were" | "had" | "did")
    };
    let on_its_noun = year_only
        && matches!(at(1), "in" | "on")
        && is_participle(at(2))
        && first >= 3
        && toks.get(first - 3).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word)
        && !matches!(at(3), "was" | "were" | "is" | "are" | "been" | "be" | "being" | "had" | "has" | "have" | "and" | "or" | "not" | "also" | "then")
        && verb_after;
    // "the constitution, approved in a referendum in December, remained in force": a date in
    // a participle's aside between commas, before the clause's verb, describes the noun
    let aside = toks.norm_at(end) == ","
        && toks.get(end + 1).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word)
        && !NO_VERB.contains(&toks.norm_at(end + 1))
        && !matches!(toks.norm_at(end + 1), "it" | "he" | "she" | "they" | "we")
        && (start.saturating_sub(8)..start).rev().take_while(|&k| !matches!(toks.norm(k), "," | ";" | ":" | "--" | "(" | ")" | "and" | "but")).any(|k| {
            k >= 2 && toks.norm(k - 1) == "," && is_participle(toks.norm(k)) && toks.get(k - 2).is_some_and(|t| t.kind == annals_text::TokenKind::Word)
        });
    !attributive && !named_event && !names_a_thing && !of_a_thing && !on_its_noun && !aside
}

/// Words that open no verb after a date: "in 2001 and 2003", "in December, which".
const NO_VERB: &[&str] = &[
    "and", "or", "but", "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "when", "while", "as", "after", "before", "that", "which",
    "who",
];

/// Nouns whose "of YEAR" is a time in that year: "the summer of 1962", "the end of 1980".
fn is_time_noun(w: &str) -> bool {
    Unit::from_name(w.strip_suffix('s').unwrap_or(w)).is_some()
        || matches!(
            w,
            "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "end"
                | "beginning"
                | "start"
                | "middle"
                | "half"
                | "part"
                | "course"
                | "rest"
                | "remainder"
                | "close"
                | "turn"
                | "dawn"
                | "eve"
                | "time"
        )
}

fn is_month_name(n: &str) -> bool {
    matches!(n, "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october" | "november" | "december")
}

/// Whether the expression at token `start` is the base of a comparison, which the
/// narrative does not move to: "$4 million, or 24 cents a share, a year earlier", "compared
/// with 40% a year ago", "from $8.18 billion in 1988".
fn compares(toks: &Tokens, start: usize) -> bool {
    let from = start.saturating_sub(12);
    (from..start).rev().map_while(|k| (!matches!(toks.norm(k), ";" | "and" | "but" | "while" | "which")).then_some(k)).any(|k| {
        // (an amount before the date: "from 1950 onwards" is no comparison)
        let amount_after = k + 1 < start && toks.get(k + 1).is_some_and(|t| t.kind == annals_text::TokenKind::Number || toks.norm(k + 1) == "$");
        match toks.norm(k) {
            "compared" | "versus" | "vs." | "vs" => true,
            "from" => amount_after,
            _ => false,
        }
    })
}

/// The tense a time expression is spoken in, which decides which way an expression that
/// names no year or week points ("Monday", "Dec. 15").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tense {
    Past,
    /// A past told from a later past: "He had lost New York in September", which looks back
    /// from where a story is.
    PastPerfect,
    Future,
    /// Ahead of a past time the clause tells of: "In March the government promised to hold
    /// elections in June", "said in April the law would take effect in July".
    FutureInPast,
    /// Present, or no tense marker in the sentence.
    #[default]
    Unknown,
}

impl Tense {
    /// Whether the clause looks ahead, from now or from a past time.
    pub fn ahead(self) -> bool {
        matches!(self, Tense::Future | Tense::FutureInPast)
    }

    /// Whether the clause tells of the past, simple or perfect.
    pub fn past(self) -> bool {
        matches!(self, Tense::Past | Tense::PastPerfect)
    }
}

/// Past forms of common irregular verbs (regular ones end in "-ed"), and words that put a
/// clause in the past.
const PAST_MARKERS: &[&str] = &[
    "said",
    "told",
    "met",
    "came",
    "went",
    "took",
    "made",
    "gave",
    "began",
    "left",
    "held",
    "found",
    "saw",
    "became",
    "won",
    "lost",
    "sent",
    "fell",
    "rose",
    "spoke",
    "broke",
    "wrote",
    "ran",
    "got",
    "led",
    "struck",
    "fought",
    "knew",
    "thought",
    "brought",
    "bought",
    "sought",
    "paid",
    "sold",
    "kept",
    "flew",
    "drove",
    "stood",
    "heard",
    "felt",
    "meant",
    "built",
    "shot",
    "hit",
    "grew",
    "shrank",
    "sank",
    "spent",
    "chose",
    "drew",
    "threw",
    "swore",
    "froze",
    "stole",
    "rode",
    "rang",
    "dealt",
    "lent",
    "slid",
    "fled",
    "sped",
    "hung",
    "swung",
    "stuck",
    "shook",
    "woke",
    "withdrew",
    "overtook",
    "forbade",
    "forgave",
    "arose",
    "bore",
    "tore",
    "wore",
    "dug",
    "clung",
    "flung",
    "sprang",
    "spun",
    "taught",
    "caught",
    "laid",
    "wept",
    "slept",
    "swept",
    "crept",
    "leapt",
    "dwelt",
    // regular pasts too short for the "-ed" test
    "died",
    "lied",
    "tied",
    "eyed",
    "owed",
    "sued",
    "understood",
    "withstood",
    "was",
    "were",
    "had",
    "did",
    "been",
    "ago",
    "yesterday",
];
/// Words that put a clause in the future.
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "wo",
    "would",
    "might",
    "expected",
    "expects",
    "expect",
    "payable",
    "effective",
    "scheduled",
    "upcoming",
    "due",
    "tomorrow",
    "intends",
    "planning",
    // ("may seek a further extension in the spring")
    "may",
];
/// Words that put a clause in the future when "to" follows: "plans to", "is going to".
const FUTURE_BEFORE_TO: &[&str] = &[
    "plans",
    "plan",
    "going",
    "hopes",
    "hope",
    "intends",
    "intend",
    "aims",
    "aim",
    "wants",
    "want",
    "seeks",
    "seek",
    "promises",
    "promise",
    "vows",
    "vow",
    "pledges",
    "pledge",
    "threatens",
    "threaten",
    "prepares",
    "prepare",
    "set",
    "supposed",
];
/// Past tenses of commitment before "to", which look ahead ("agreed to buy it in February").
const COMMITTED_TO: &[&str] = &["agreed", "promised", "pledged", "vowed", "planned", "scheduled", "expected", "offered", "threatened", "proposed", "undertook"];
/// Whether a word may be a past participle ("been", "taken", "signed"), as after "would
/// have".
fn is_participle(w: &str) -> bool {
    (w.len() > 3 && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn")) && !NOT_PAST_ED.contains(&w))
        || PAST_MARKERS.contains(&w)
        || matches!(
            w,
            "done"
                | "gone"
                | "had"
                | "made"
                | "put"
                | "set"
                | "cut"
                | "let"
                | "won"
                | "run"
                | "come"
                | "become"
                | "begun"
                | "sung"
                | "drunk"
                | "swum"
                | "hung"
                | "struck"
                | "stuck"
                | "left"
                | "lost"
                | "kept"
                | "sold"
                | "told"
                | "paid"
                | "said"
                | "met"
                | "got"
                | "led"
                | "held"
        )
}

/// Linking verbs, after which a participle is a state ("remain closed", "seemed resigned").
const LINKING: &[&str] = &[
    "remain", "remains", "remained", "stay", "stays", "stayed", "become", "becomes", "became", "seem", "seems", "seemed", "appear", "appears", "appeared",
    "get", "gets", "keep", "keeps",
];
/// Participles that fix a time for what is to come, before "for".
const SET_FOR: &[&str] = &["set", "scheduled", "slated", "planned", "fixed", "penciled", "pencilled", "earmarked"];
/// Nouns of commitment before "to", which look ahead ("an agreement to acquire it in January").
const COMMITMENT_TO: &[&str] =
    &["agreement", "deal", "offer", "bid", "proposal", "pledge", "promise", "commitment", "decision", "intention", "accord", "contract"];
/// Past tenses that send someone to do something later, before the one sent and "to"
/// ("subpoenaed Elian to testify on Feb. 10").
const DIRECTED_TO: &[&str] =
    &["ordered", "asked", "told", "urged", "invited", "subpoenaed", "summoned", "instructed", "directed", "required", "authorized", "authorised", "called"];
/// Verbs that put something off to a later time ("postponed until Tuesday").
const PUT_OFF: &[&str] = &[
    "postponed",
    "delayed",
    "deferred",
    "adjourned",
    "extended",
    "rescheduled",
    "recessed",
    "pushed",
    "moved",
    "postpone",
    "postpones",
    "delay",
    "delays",
    "defer",
    "defers",
    "adjourn",
    "adjourns",
    "extend",
    "extends",
    "extending",
    "reschedule",
    "reschedules",
];
/// Nouns of figures reported for a period: "the September figures", "August retail sales"
/// count what is over, whatever the tense of their publishing.
const REPORTED: &[&str] = &[
    "figures",
    "data",
    "numbers",
    "statistics",
    "sales",
    "payrolls",
    "payroll",
    "earnings",
    "results",
    "jobs",
    "employment",
    "unemployment",
    "inflation",
    "output",
    "exports",
    "imports",
    "production",
    "retail",
    "trade",
    "factory",
    "industrial",
    "housing",
    "consumer",
    "profit",
    "profits",
    "revenue",
];
/// Words in "-ed" that are not past tenses.
const NOT_PAST_ED: &[&str] = &["need", "speed", "seed", "feed", "proceed", "succeed", "exceed", "indeed", "hundred", "red", "bed", "shed", "united", "based"];

/// Verbs whose present tells a schedule: "the trial begins Monday", "the deadline expires
/// Friday".
const SCHEDULED: &[&str] = &[
    "begins",
    "starts",
    "opens",
    "reopens",
    "resumes",
    "expires",
    "convenes",
    "reconvenes",
    "ends",
    "closes",
    "concludes",
    "finishes",
    "runs",
    "lapses",
    "departs",
    "arrives",
];

/// The tense of the clause around tokens `[start, end)`: the nearest tense marker outside
/// the expression decides ("said he will meet Monday" is future; "was found Nov. 25" past).
pub fn tense_at(toks: &Tokens, start: usize, end: usize) -> Tense {
    let marker = |k: usize| -> Option<Tense> {
        let w = toks.norm(k);
        let prev = if k > 0 { toks.norm(k - 1) } else { "" };
        let next = toks.norm_at(k + 1);
        // "had been scheduled", "was expected": a past plan
        // (but "were planning to", "was going to" look ahead from a time still to come)
        let past_plan = matches!(prev, "was" | "were" | "been" | "had") && !w.ends_with("ing");
        // "would have", "might have": a past that did not happen (but "would have $30
        // billion" is a having still to come)
        if matches!(w, "would" | "might" | "could" | "may") && next == "have" && is_participle(toks.norm_at(k + 2)) {
            return Some(Tense::Past);
        }
        // "accepted an invitation to visit Pyongyang in September": what an invitation, a
        // plan or a promise is to do lies ahead of it
        if w == "to"
            && matches!(prev, "invitation" | "plan" | "plans" | "offer" | "promise" | "pledge" | "proposal" | "commitment" | "bid" | "decision" | "deal")
            && toks.get(k + 1).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word)
            && !matches!(next, "the" | "a" | "an" | "his" | "her" | "its" | "their")
        {
            return Some(Tense::FutureInPast);
        }
        // "were planning to", "was going to": the auxiliary leaves it to the plan
        if matches!(w, "was" | "were") && (FUTURE_MARKERS.contains(&next) || FUTURE_BEFORE_TO.contains(&next)) && next.ends_with("ing") {
            return None;
        }
        // "agreed to purchase the line in February": a commitment looks ahead, whatever its
        // own tense, for a time in what it commits to (but "had been scheduled to …" is a past
        // plan, and "On Friday, the government planned to …" dates the planning)
        let plan_before = k < start && !matches!(prev, "had" | "was" | "were" | "been");
        // "Sentencing was set for Aug. 19", "the vote, planned for Thursday": a time fixed
        // for what is to come (but "had been scheduled for Friday" is a past plan)
        if k < start && SET_FOR.contains(&w) && next == "for" && !matches!(prev, "had" | "been") {
            return Some(Tense::Future);
        }
        // "set a deadline of 15 January" (but "by the Tuesday deadline", "set Friday as the
        // deadline" say when it fell)
        if k < start && w == "deadline" && matches!(next, "of" | "for") {
            return Some(Tense::Future);
        }
        if plan_before && next == "to" && COMMITTED_TO.contains(&w) {
            return Some(Tense::FutureInPast);
        }
        if plan_before && next == "to" && COMMITMENT_TO.contains(&w) {
            return Some(Tense::Future);
        }
        // "ordered the ambassador to leave by Friday": the one sent goes later
        // (but "ordered troops to Kuwait", "sent to the front": "to" a place)
        let to_verb = |j: usize| {
            toks.norm(j) == "to"
                && toks.get(j + 1).is_some_and(|t| !t.cap)
                && !matches!(
                    toks.norm_at(j + 1),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your" | "this" | "that" | "these" | "those"
                )
                && !toks.norm_at(j + 1).starts_with(|c: char| c.is_ascii_digit())
        };
        if plan_before && DIRECTED_TO.contains(&w) && (k + 1..(k + 8).min(start)).any(to_verb) {
            return Some(Tense::FutureInPast);
        }
        // "said the first rise could come in the spring": a possibility looks ahead, from the
        // time it was said (but "could not attend" in March, "Neither he nor … could be
        // located Wednesday" are pasts)
        let denied = (k.saturating_sub(8)..k).any(|j| matches!(toks.norm(j), "neither" | "nor" | "no" | "nobody" | "none"));
        if w == "could" && !denied && !matches!(next, "not" | "n't" | "never" | "only" | "see" | "hear" | "feel") {
            return Some(Tense::FutureInPast);
        }
        // (not the month: "fell in May")
        let month_may = w == "may" && toks.get(k).is_some_and(|t| t.cap);
        if (FUTURE_MARKERS.contains(&w) && !month_may) || (FUTURE_BEFORE_TO.contains(&w) && next == "to") || (w == "next" && next != "to" && prev != "the") {
            // ("was expected to leave late Saturday": a plan reported in the past that may
            // still be to come, so the nearer day; "had been due to expire Friday" is over)
            return Some(match (past_plan, prev) {
                (true, "was" | "were") if next == "to" => Tense::Unknown,
                (true, _) => Tense::Past,
                (false, _) if w == "would" => Tense::FutureInPast,
                (false, _) => Tense::Future,
            });
        }
        // "will be paid", "will be released": a passive after "be" says nothing; look further
        // (and "is heard", "are held": the present that the auxiliary says)
        if matches!(prev, "be" | "is" | "are" | "am" | "being") {
            return None;
        }
        // "will remain closed until Thursday": a participle after a linking verb is a state,
        // whose tense the linking verb tells
        if w.ends_with("ed") && LINKING.contains(&prev) {
            return None;
        }
        // "is calling", "are due": the present, which points to neither side; but "is to
        // resume" is a plan
        if matches!(w, "is" | "are" | "am") {
            return Some(if next == "to" { Tense::Future } else { Tense::Unknown });
        }
        // "approved a bill that keeps the government open through mid-December": a verb in
        // -s after a relative or a pronoun is the present of its own clause
        if matches!(prev, "that" | "which" | "who" | "it" | "he" | "she")
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !matches!(w, "was" | "has" | "does" | "this" | "thus" | "yes" | "always" | "perhaps" | "sometimes" | "nevertheless")
        {
            return Some(Tense::Unknown);
        }
        if PAST_MARKERS.contains(&w) {
            return Some(Tense::Past);
        }
        // "before the borrowing authority runs out at midnight Thursday", "the session
        // ends Friday": a present of what is scheduled looks ahead
        // ("spending cuts take effect Jan. 2", "tax cuts expire")
        // (not "had been due to expire Friday": a plan of the past)
        let base_form = (matches!(w, "take" | "takes") && next == "effect") || w == "expire";
        let scheduled = SCHEDULED.contains(&w) || (base_form && !matches!(prev, "to" | "would" | "could" | "might" | "did" | "didn't"));
        if scheduled
            && !matches!(prev, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "of" | "two" | "both" | "loose" | "home")
            && !toks.get(k).is_some_and(|t| t.cap)
        {
            return Some(Tense::Future);
        }
        // "-ed" past tenses, not "the armed forces", "a still unspecified date"
        let cap = toks.get(k).is_some_and(|t| t.cap);
        // (nor "from isolated villages", "with armed guards": after a preposition)
        let adjective = matches!(prev, "the" | "a" | "an" | "still" | "yet" | "very" | "so" | "too" | "more" | "most" | "less" | "fully" | "highly" | "well")
            || matches!(prev, "from" | "of" | "in" | "with" | "for" | "on" | "at" | "into" | "by" | "to" | "among" | "against")
            || (w.starts_with("un") && w.len() > 6);
        (w.len() > 4 && w.ends_with("ed") && !cap && !NOT_PAST_ED.contains(&w) && !adjective).then_some(Tense::Past)
    };
    // the verb usually comes before its time adverbial: a marker after the expression (often
    // a participle, "markets untouched by") counts at twice its distance
    // "as soon as Tuesday", "as early as next week": a time still to come
    // (also a few words on: "as soon as trading opens Monday")
    let as_soon_as = |k: usize| toks.norm(k) == "as" && matches!(toks.norm(k + 1), "soon" | "early") && toks.norm(k + 2) == "as";
    if (start.saturating_sub(6)..start.saturating_sub(2)).rev().take_while(|&k| !matches!(toks.norm(k + 2), "," | ";" | ".")).any(as_soon_as) {
        return Tense::Future;
    }
    // "Wednesday's ruling": a named event that has happened; "will publish September figures":
    // figures for a time that is over
    // (but a quarter whose results are still to be reported is the next to close: "will
    // report its first-quarter results in late January")
    let quarter = (start..end).any(|k| toks.norm(k).contains("quarter"));
    if toks.norm_at(end) == "'s" || (REPORTED.contains(&toks.norm_at(end)) && !quarter) {
        return Tense::Past;
    }
    // "in force since Aug. 14, will now run": what has gone on since a time began before now
    if start > 0 && toks.norm(start - 1) == "since" {
        return Tense::Past;
    }
    let before = (0..start).rev().find_map(|k| Some((start - k, marker(k)?)));
    let after = (end..toks.len()).find_map(|k| Some((2 * (k + 1 - end), marker(k)?)));
    // "has given them until 9 a.m. Tuesday": a deadline with no tense to say otherwise is
    // still to come
    // (and "file a plan no later than June 30")
    let no_later_than = start > 2 && toks.norm(start - 1) == "than" && toks.norm(start - 2) == "later" && matches!(toks.norm(start - 3), "no" | "not");
    let deadline = (start > 0 && matches!(toks.norm(start - 1), "until" | "till" | "by")) || no_later_than;
    // ("By mid-afternoon, communications with the city had been cut": a past a few words
    // on; but "by the end of June to avoid default, its minister said" reports a need)
    let reporting = |d: usize| matches!(toks.norm_at(end + d / 2 - 1), "said" | "told" | "added" | "reported" | "announced" | "stated" | "wrote");
    // (and not one of the next clause: "The extension runs until March 15, and both parties
    // said")
    let next_clause = |d: usize| (end..end + d / 2).any(|k| toks.norm(k) == ";" || (toks.norm(k) == "," && matches!(toks.norm_at(k + 1), "and" | "but")));
    // (nor an attribution after a comma: "no later than June 30, the agency said")
    let attributed = |d: usize| reporting(d) && (end..end + d / 2).any(|k| toks.norm(k) == ",");
    let past_near_after = after.is_some_and(|(d, t)| t.past() && (d <= 10 || (d <= 16 && !reporting(d))) && !next_clause(d) && !attributed(d));
    // (a past verb far back is another clause's: "Reno allowed …, rejecting an order that
    // Elian remain in Miami until March 6")
    let past_near_before = before.is_some_and(|(d, t)| t.past() && d <= 8);
    if deadline && !past_near_before && !past_near_after {
        // ("agreed to review it by the summer": a deadline of a past plan)
        return match before {
            Some((d, Tense::FutureInPast)) if d <= 8 => Tense::FutureInPast,
            _ => Tense::Future,
        };
    }
    // "postponed until Tuesday", "extended the deadline to March 6", "has extended it up to
    // $90 million in revolving loans through January": put off to a time still to come
    let put_off = start > 1
        && matches!(toks.norm(start - 1), "until" | "till" | "to" | "through")
        && (start.saturating_sub(12)..start - 1).rev().take_while(|&k| !matches!(toks.norm(k), "," | ";" | ".")).any(|k| PUT_OFF.contains(&toks.norm(k)));
    // "set early elections for May 25", "scheduled the vote for Thursday": a time fixed
    // for what is to come (but "had been scheduled for Friday" is a past plan, and "set a
    // record for March" a feat of that month)
    let set_for = start > 1
        && toks.norm(start - 1) == "for"
        && (start.saturating_sub(6)..start - 1)
            .rev()
            .take_while(|&k| !matches!(toks.norm(k), "," | ";" | "." | "record" | "records" | "high" | "low"))
            .any(|k| SET_FOR.contains(&toks.norm(k)) && !(k > 0 && matches!(toks.norm(k - 1), "had" | "been")));
    if put_off || set_for {
        return Tense::Future;
    }
    let tense = match (before, after) {
        (Some((db, tb)), Some((da, ta))) => {
            if da < db {
                ta
            } else {
                tb
            }
        }
        (Some((_, t)), None) | (None, Some((_, t))) => t,
        (None, None) => Tense::Unknown,
    };
    if tense == Tense::Past && past_perfect(toks, start, end) {
        Tense::PastPerfect
    } else {
        tense
    }
}

/// Whether the clause around tokens `start..end` is in the past perfect: "had" (not "had
/// to") before it in the clause ("He had lost New York in September") or just after it ("In
/// September the British had taken New York").
fn past_perfect(toks: &Tokens, start: usize, end: usize) -> bool {
    let bound = |k: usize| matches!(toks.norm(k), "," | ";" | "." | ":" | "and" | "but" | "when" | "after" | "before" | "while" | "then");
    let had = |k: usize| toks.norm(k) == "had" && toks.norm_at(k + 1) != "to";
    let before = (start.saturating_sub(10)..start).rev().take_while(|&k| !bound(k)).any(had);
    let after = (end..(end + 4).min(toks.len())).take_while(|&k| !bound(k) || toks.norm(k) == ",").any(had);
    // "Port Arthur fell on 2 January 1905, after the Japanese captured the hill in early
    // December": what an "after" clause tells behind a main clause that named its time
    // came before that time
    let opener = (0..start).rev().take_while(|&k| !matches!(toks.norm(k), "," | ";" | ":" | "--")).find(|&k| toks.norm(k) == "after");
    let dated_before = |a: usize| {
        a > 0
            && toks.norm(a - 1) == ","
            && (0..a).any(|k| is_month_name(toks.norm(k)) || (toks.norm(k).len() == 4 && toks.norm(k).bytes().all(|b| b.is_ascii_digit())))
    };
    let behind = opener.is_some_and(|a| opens_clause(toks, a) && dated_before(a));
    before || after || behind
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
                // "5" before "p.m." is an hour: 500
                "clock" if i.mask & words::CLOCK == 0 => i.num.map(|h| h * 100),
                // "1941–45": a year in two digits, its century lent by the other side
                // (not "1998-01", a month)
                "y" if i.mask & words::YEAR == 0 => i.num.filter(|v| (10..100).contains(v) && t.norm.len() == 2),
                "bc" | "ad" => i.num.filter(|v| (1..=9999).contains(v)),
                // "1977-03-24": a month in two figures
                "m" if i.mask & words::MONTH == 0 => i.num.filter(|v| (1..=12).contains(v) && t.norm.len() == 2),
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

/// Whether a decade value names a century's years: 170 for "the 1700s".
fn is_hundreds(decade: i64) -> bool {
    decade > 0 && decade % 10 == 0 && decade < 200
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
    // a fortnight is two of the unit it is read as (a week)
    let unit_token = side0.iter().find_map(|(k, v)| match v {
        rules::Val::Elem { index, .. } if k == "unit" => m.taken.get(*index).copied().flatten().map(|i| infos[i].norm),
        _ => None,
    });
    let per_unit: i64 = if unit_token.is_some_and(|w| w.starts_with("fortnight")) { 2 } else { 1 };
    let count = |key: &str| num(key).map(|n| n * per_unit);
    Some(match rule.action.kind {
        ActionKind::Date => {
            let fields = |side: &[(String, Val)]| -> Option<Fields> {
                let n = |k: &str| get(side, k).and_then(|s| s.parse::<i64>().ok());
                // a year the rule names but the text does not give ("1998-01") is no match
                // "3/24/1977": year, month and day in one token
                let ymd = n("ymd");
                // (an optional year left out is no year: "the week of March 6")
                let year_given = side.iter().find(|(k, _)| k == "y").is_some_and(|(_, v)| match v {
                    rules::Val::Elem { index, .. } => m.taken.get(*index).is_some_and(Option::is_some),
                    rules::Val::Const(_) => true,
                });
                let year = match year_given {
                    true => Some(n("y")? as i32),
                    // "218 BC" is year -218; "AD 9" year 9
                    false => n("bc").map(|v| -v as i32).or(n("ad").map(|v| v as i32)).or(ymd.map(|v| (v / 10000) as i32)),
                };
                Some(Fields {
                    year,
                    month: n("m").or(ymd.map(|v| v / 100 % 100)).map(|v| v as u32),
                    day: n("d").or(ymd.map(|v| v % 100)).map(|v| v as u32),
                    // "the 1700s" is the eighteenth century (but "the 2000s" a decade)
                    decade: n("dec").filter(|&d| !is_hundreds(d)),
                    century: n("cen").map(|c| if get(side, "bce").is_some() { -c } else { c }).or(n("dec").filter(|&d| is_hundreds(d)).map(|d| d / 10 + 1)),
                    season: n("season").map(|v| v as usize),
                    quarter: n("q").map(|v| v as u32),
                    weekday: n("wd").map(|v| v as u32),
                    modifier: get(side, "mod").and_then(|s| modifier_of(&s)),
                    tod: get(side, "tod").and_then(|s| tod_of(&s)),
                    direction: n("dir"),
                    // ("half past nine": minutes counted from the hour, back for "a quarter to five")
                    clock: n("clock")
                        .map(|c| match n("min") {
                            Some(min) => {
                                let t = c / 100 * 60 + c % 100 + min;
                                t / 60 * 100 + t % 60
                            }
                            None => c,
                        })
                        .and_then(|v| u32::try_from(v).ok()),
                    ampm: n("ampm").and_then(|v| u32::try_from(v).ok()),
                    year_offset: n("dy"),
                    nth: n("nth"),
                    weekend: get(side, "we").is_some(),
                    half_year: n("hy").and_then(|v| u32::try_from(v).ok()).filter(|h| (1..=2).contains(h)),
                    week_of: get(side, "wk").is_some(),
                    narrative: get(side, "nar").is_some(),
                    day_offset: n("off"),
                    easter: get(side, "ea").is_some(),
                    ordinal_day: n("oday").and_then(|d| u8::try_from(d).ok()).filter(|&d| d >= 1),
                    named_weekday: n("dow").and_then(|v| u32::try_from(v).ok()).filter(|v| (1..=7).contains(v)),
                    letter_month: n("lm").and_then(|d| i8::try_from(d).ok()),
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
                Some("telling") => AnchorKind::Telling,
                _ => AnchorKind::Narrative,
            };
            // "several" reads as -1: an unknown count. "several years ago" is some time
            // before (PAST_REF), "a few weeks later" some time after
            let several = m.taken.iter().flatten().any(|&i| infos[i].info.num == Some(-1));
            let counted = side0.iter().find(|(k, _)| k == "n").map(|(_, v)| v);
            if let (true, Some(rules::Val::Elem { negate, .. })) = (several, counted) {
                return Some(Spec::Vague { unit: unit()?, dir: if *negate { -1 } else { 1 }, anchor });
            }
            let n = if several { None } else { count("n") };
            // "a year and a half later" is eighteen months later, "two and a half days"
            // sixty hours
            let (unit, n) = match (get(side0, "half").is_some(), unit()?, n) {
                (true, u, Some(n)) => {
                    let (finer, per) = match u {
                        Unit::Century => (Unit::Year, 100),
                        Unit::Decade => (Unit::Year, 10),
                        Unit::Year => (Unit::Month, 12),
                        Unit::Quarter => (Unit::Month, 3),
                        Unit::Month => (Unit::Week, 4),
                        Unit::Week => (Unit::Day, 7),
                        Unit::Day => (Unit::Hour, 24),
                        Unit::Hour | Unit::Minute => (Unit::Minute, 60),
                    };
                    (finer, Some(n * per + n.signum() * per / 2))
                }
                (_, u, n) => (u, n),
            };
            Spec::Relative {
                unit,
                n,
                anchor,
                tod: get(side0, "tod").and_then(|s| tod_of(&s)),
                modifier: get(side0, "mod").and_then(|s| modifier_of(&s)),
                calendar: get(side0, "cal").is_some(),
                same_day: get(side0, "sameday").is_some(),
            }
        }
        ActionKind::After => Spec::After {
            unit: unit()?,
            anchor: if get(side0, "anchor").as_deref() == Some("document") { AnchorKind::Document } else { AnchorKind::Narrative },
        },
        ActionKind::Dur => Spec::Duration { unit: unit()?, n: count("n").filter(|&v| v >= 0), half: get(side0, "half").is_some() },
        ActionKind::Set => {
            let tod = get(side0, "tod").and_then(|s| tod_of(&s)).map_or(String::new(), |t| format!("T{}", words::TODS[t]));
            let season = num("season").and_then(|v| words::SEASONS.get(usize::try_from(v).ok()?));
            match (num("m"), num("wd"), season) {
                (Some(m @ 1..=12), _, _) => match num("d") {
                    // ("every 31 February" is no day)
                    Some(d) if d >= 1 && d <= i64::from(annals_model::days_in_month(2000, m as u32)) => Spec::Recurring(format!("XXXX-{m:02}-{d:02}")),
                    Some(_) => return None,
                    None => Spec::Recurring(format!("XXXX-{m:02}")),
                },
                (_, Some(wd @ 1..=7), _) => Spec::Recurring(format!("XXXX-WXX-{wd}{tod}")),
                (_, _, Some(season)) => Spec::Recurring(format!("XXXX-{season}")),
                _ => Spec::Set { unit: unit()?, n: count("n").filter(|&v| v >= 0).or((per_unit > 1).then_some(per_unit)) },
            }
        }
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
