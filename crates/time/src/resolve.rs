//! Anchoring: turns what an expression says ([`Spec`]) into a TIMEX3 value with the first
//! and last day it covers, using the document's date and the narrative's reference time.

use crate::words::{Unit, SEASONS, TODS};
use crate::{AnchorKind, Fields, Found, Spec, Tense};
use annals_model::{days_in_month, Date, Granularity, Timex, TimexMod, TimexType};

/// The time a narrative is at: the period its last stated date covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    pub from: Date,
    pub to: Date,
    pub granularity: Granularity,
}

impl Reference {
    pub fn day(d: Date) -> Reference {
        Reference { from: d, to: d, granularity: Granularity::Day }
    }

    /// The whole years, months or days a stretch is written in: years when it runs from a
    /// first of January to a last of December, months when from a first to a month's end.
    fn unit_of_stretch(&self) -> Granularity {
        let whole_months = self.from.day() == 1 && self.to.day() == days_in_month(self.to.year(), self.to.month());
        match (whole_months, self.from.month() == 1 && self.to.month() == 12) {
            (true, true) => Granularity::Year,
            (true, false) => Granularity::Month,
            _ => Granularity::Day,
        }
    }

    /// The last year, month or day of a stretch (see `unit_of_stretch`).
    fn end(&self) -> Reference {
        let to = self.to;
        match self.unit_of_stretch() {
            Granularity::Year => Reference { from: Date::year_start(to.year()).unwrap_or(to), to, granularity: Granularity::Year },
            Granularity::Month => Reference { from: Date::month_start(to.year(), to.month()).unwrap_or(to), to, granularity: Granularity::Month },
            _ => Reference::day(to),
        }
    }

    /// The first year, month or day of a stretch.
    fn start(&self) -> Reference {
        let from = self.from;
        match self.unit_of_stretch() {
            Granularity::Year => Reference { from, to: Date::year_end(from.year()).unwrap_or(from), granularity: Granularity::Year },
            Granularity::Month => Reference { from, to: Date::month_end(from.year(), from.month()).unwrap_or(from), granularity: Granularity::Month },
            _ => Reference::day(from),
        }
    }
    fn year(&self) -> i32 {
        self.from.year()
    }
    /// Whether the reference is known to the month (a day or a month, or a range within one).
    fn month(&self) -> Option<(i32, u32)> {
        let same = self.from.year() == self.to.year() && self.from.month() == self.to.month();
        same.then(|| (self.from.year(), self.from.month()))
    }
    fn single_day(&self) -> Option<Date> {
        (self.from == self.to).then_some(self.from)
    }
}

/// What a document gives to anchor its time expressions on.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub document: Option<Date>,
    pub reference: Option<Reference>,
    /// Sentences read since the reference time was last set.
    pub reference_age: usize,
    /// Whether the reference was set by a date counted from the document's ("41 years
    /// ago"), which says nothing of the year a narrative is in.
    pub reference_deictic: bool,
    /// Whether the text has spoken of a time near its document's date (within about a
    /// year). Until it does, and once it has set its narrative far from that date on a day
    /// or month, or twice on years, it is a history: its narrative keeps its year however
    /// many sentences pass without a date, and its weekdays count from its own days.
    pub near_document: bool,
    /// How often the narrative was set more than a year from the document's date (a day
    /// or month counts twice).
    pub far_settings: usize,
    /// The months (with their years) named in the sentence that last set the reference: in
    /// "the war began in September 1980 and ended in August 1988. Iraq invaded on 22
    /// September", the September is 1980's.
    pub stated_months: Vec<(i32, u32)>,
    /// The year (negative: -218 for 218 BC) of a narrative set before the common era, whose
    /// days the calendar does not count: "In 218 BC Hannibal crossed the Alps … the next
    /// year" is 217 BC.
    pub era_year: Option<i32>,
    /// The first day that "on the nth day" last counted from, and that n: "on the second
    /// day … on the third day" count from one start.
    pub ordinal_start: Option<(Date, i64)>,
    /// The clock time (minutes after midnight) of the day the narrative is at, when the
    /// text named one: "at 4:45 a.m. … two hours later" is 06:45.
    pub clock: Option<(Date, i64)>,
    /// The day whose night the narrative is at ("on the night of 5–6 June … at 06:30" is
    /// the morning after).
    pub night_of: Option<Date>,
    /// The first closed quarter a report named, usually in its lead ("the fiscal first
    /// quarter", 1989-Q1): "the quarter", "the latest period" and "the 1988 period" after it
    /// are that quarter (not "a flat second quarter" mentioned on the way).
    pub reported_quarter: Option<Reference>,
    /// Whether the reference was set by a date the story itself anchored ("By Wednesday the
    /// mills were idle" after "Monday, 3 March 1913"), not one stated in full.
    pub story_set: bool,
    /// The decade the text named since the reference was last set, which the narrative
    /// does not move to but "the next decade" counts from ("During the 1920s he served …
    /// For most of the next decade he was out of office").
    pub told_decade: Option<Reference>,
    /// The sentence opened with the year the reference is at ("In 2013, a shutdown in
    /// October …"), which its months without a year are in.
    pub opening_year: bool,
}

struct Resolved {
    value: String,
    from: Option<Date>,
    to: Option<Date>,
    granularity: Granularity,
    anchored: bool,
}

impl Context {
    pub fn new(document: Option<Date>) -> Context {
        Context {
            document,
            reference: None,
            reference_age: 0,
            reference_deictic: false,
            near_document: false,
            far_settings: 0,
            stated_months: Vec::new(),
            era_year: None,
            ordinal_start: None,
            clock: None,
            night_of: None,
            reported_quarter: None,
            story_set: false,
            told_decade: None,
            opening_year: false,
        }
    }

    fn anchor(&self, kind: AnchorKind) -> Option<Reference> {
        let doc = self.document.map(Reference::day);
        match kind {
            AnchorKind::Narrative => self.reference.or(doc),
            AnchorKind::Document => doc,
            AnchorKind::Telling => self.anchor(self.telling()),
        }
    }

    /// What the time of telling is: the document's date in news, the narrative's time in a
    /// history or a text without a date.
    /// (News that has just told of a time far from its date, "In 1812 Napoleon marched on
    /// Moscow. He would return in a year", tells from there.)
    fn telling(&self) -> AnchorKind {
        let told_far = match (self.document, self.reference) {
            (Some(d), Some(r)) => (r.from.year() - d.year()).abs() > 1 && self.reference_age <= 1 && !self.reference_deictic,
            _ => false,
        };
        if self.document.is_some() && !self.history() && !told_far {
            AnchorKind::Document
        } else {
            AnchorKind::Narrative
        }
    }

    /// Moves the narrative's reference time to what a resolved date covers; whether it did.
    pub fn observe(&mut self, t: &Timex) -> bool {
        // (a duration covers days only when it is a stretch after the reference)
        if t.kind == TimexType::Set {
            return false;
        }
        if matches!(t.granularity, Granularity::Decade | Granularity::Century) {
            if let (Granularity::Decade, Some(from), Some(to)) = (t.granularity, t.from, t.to) {
                self.told_decade = Some(Reference { from, to, granularity: Granularity::Decade });
            }
            return false;
        }
        // nor does a span of more than a decade ("The Influence of Sea Power upon History,
        // 1660–1783": a period a text is about, not a time it is at)
        if let (Granularity::Range, Some(from), Some(to)) = (t.granularity, t.from, t.to) {
            if to.year() - from.year() > 10 {
                return false;
            }
        }
        let (Some(from), Some(to)) = (t.from, t.to) else {
            return self.observe_before_common_era(t);
        };
        self.era_year = None;
        self.told_decade = None;
        // (a reference already set in this sentence keeps the months it named)
        if self.reference_age != 0 || self.reference.is_none() {
            self.stated_months.clear();
        }
        if from.year() == to.year() && from.month() == to.month() {
            self.stated_months.push((from.year(), from.month()));
        }
        self.reference = Some(Reference { from, to, granularity: t.granularity });
        self.story_set = false;
        self.clock = clock_of(&t.value).filter(|_| from == to).map(|m| (from, m));
        self.night_of = (t.value.ends_with("TNI") && from == to).then_some(from);
        self.reference_age = 0;
        self.reference_deictic = false;
        // (a day or month named far from the document's date is a story's; a year may be
        // an aside in the news)
        if self.document.is_some_and(|d| (from.year() - d.year()).abs() > 1) {
            self.far_settings += if matches!(t.granularity, Granularity::Day | Granularity::Time | Granularity::Month) { 2 } else { 1 };
        }
        true
    }

    /// A year before the common era ("218 BC", "BC0218-08") sets the narrative's year.
    fn observe_before_common_era(&mut self, t: &Timex) -> bool {
        if !matches!(t.granularity, Granularity::Year | Granularity::Season | Granularity::Month | Granularity::Day) {
            return false;
        }
        let Some(y) = t.value.strip_prefix("BC").and_then(|v| v.get(..4)).and_then(|v| v.parse::<i32>().ok()).filter(|&y| y > 0) else {
            return false;
        };
        self.era_year = Some(-y);
        // (a story far from its document's date, as in `observe`)
        if self.document.is_some() {
            self.far_settings += if matches!(t.granularity, Granularity::Day | Granularity::Month) { 2 } else { 1 };
        }
        self.stated_months.clear();
        self.reference_age = 0;
        true
    }

    /// The year before the common era a narrative is at; in news ("the temple, built in 300
    /// BC, was damaged in March") only once the text reads as a history.
    fn era(&self) -> Option<i32> {
        self.era_year.filter(|_| self.document.is_none() || self.history())
    }

    /// Whether the text has nothing to anchor on yet: no date of its own and no time told
    /// ("Détente began after Nixon took office in January 1969": the clause's date is all
    /// there is).
    pub fn has_no_anchor(&self) -> bool {
        self.reference.is_none() && self.document.is_none()
    }

    /// Whether the text tells of the past on its own terms: it has no date, or reads as a
    /// history.
    pub fn tells_the_past(&self) -> bool {
        self.document.is_none() || self.history()
    }

    /// Whether the text is news (it has spoken of its own time) and `r` lies in other years
    /// than its date's.
    fn in_news_far_from(&self, r: Reference) -> bool {
        self.document.is_some_and(|d| self.near_document && !self.history() && (r.to.year() < d.year() || r.from.year() > d.year()))
    }

    /// Whether the text so far reads as a history (see `near_document`).
    fn history(&self) -> bool {
        !self.near_document && self.far_settings >= 2
    }

    /// Moves the reference time to what expression `f`, resolved as `t`, covers.
    pub fn observe_found(&mut self, f: &Found, t: &Timex) {
        // ("had a loss a year ago. Sales were … compared with … a year earlier": a year-back
        // comparison in news names the period compared with, not a time the story moves to)
        if let (Spec::Relative { unit: Unit::Year, n: Some(-1), calendar: false, modifier: None, .. }, true) =
            (&f.spec, self.document.is_some() && !self.history())
        {
            return;
        }
        let deictic = match f.spec {
            Spec::Relative { anchor: AnchorKind::Telling, .. } => self.telling() == AnchorKind::Document,
            Spec::Relative { anchor, .. } => anchor == AnchorKind::Document,
            _ => false,
        };
        if let (Spec::Date { from: Fields { quarter: Some(1..=4), .. }, to: None }, Granularity::Quarter, Some(from), Some(to), Some(d)) =
            (&f.spec, t.granularity, t.from, t.to, self.document)
        {
            // (one under way told in the past is a fiscal quarter that has closed: "net income
            // rose in the fiscal fourth quarter, which ended Sept. 27")
            let closed = to < d || (from <= d && f.tense.past());
            if closed && self.reported_quarter.is_none() {
                self.reported_quarter = Some(Reference { from, to, granularity: Granularity::Quarter });
            }
        }
        let far_settings = self.far_settings;
        let observed = self.observe(t);
        if observed && t.anchored && !deictic {
            self.story_set = true;
        }
        if observed && deictic {
            self.reference_deictic = true;
            // (a time counted from the document's date, "25 years ago tonight", is news
            // looking back, not a history setting its story)
            self.far_settings = far_settings;
        }
        // ("Last year, …", "In 2013, …": a year that opens the sentence)
        if observed && matches!(t.kind, TimexType::Date | TimexType::Time) {
            self.opening_year = f.tokens.0 <= 1 && t.granularity == Granularity::Year;
        }
        if let (Spec::Date { from: Fields { ordinal_day: Some(n), .. }, .. }, Some(day)) = (&f.spec, t.from.filter(|_| t.granularity == Granularity::Day)) {
            self.ordinal_start = day.add_days(1 - i64::from(*n)).map(|start| (start, i64::from(*n)));
        }
    }

    /// The news has spoken of its own time ("now", "the past six quarters"): a narrative
    /// set far from the document's date no longer lends its year to the months that follow.
    /// A history keeps its narrative (its "past six years" are its own).
    pub fn back_to_the_present(&mut self) {
        if self.far_in_news() {
            self.reference_deictic = true;
        }
    }

    /// Whether news (not a history) has its narrative more than a year from its date, with
    /// months still to lend: what `back_to_the_present` undoes.
    pub fn far_in_news(&self) -> bool {
        let far = matches!((self.document, self.reference), (Some(d), Some(r)) if (r.from.year() - d.year()).abs() > 1);
        far && !self.reference_deictic && !self.history()
    }

    /// A range told in two parts ("from 1939 to 1945"): a reference at the first part
    /// (`a`) stretches to the end of the second (`b`).
    pub fn stretch_reference(&mut self, a: &Timex, b: &Timex) {
        let Some(r) = self.reference.as_mut() else { return };
        if let (Some(from), Some(to), Some(end)) = (a.from, a.to, b.to) {
            if r.from == from && r.to == to && end > to {
                r.to = end;
                r.granularity = Granularity::Range;
            }
        }
    }

    /// Marks the start of the next sentence (the reference ages).
    pub fn next_sentence(&mut self) {
        self.reference_age += 1;
        self.opening_year = false;
    }

    /// Sets the reference time directly.
    pub fn set_reference(&mut self, r: Reference) {
        self.reference = Some(r);
    }

    /// The TIMEX3 reading of an expression at `span`, or None when it cannot be given a
    /// value that exists (an impossible day, a range that runs backwards).
    pub fn resolve(&mut self, found: &Found) -> Option<Timex> {
        let t = self.read(found)?;
        // (not "now" nor "the 21st century", which a history may say of the present too:
        // "what is now Liberia")
        let datable = t.value != "PRESENT_REF" && !matches!(t.granularity, Granularity::Decade | Granularity::Century);
        if let (Some(d), Some(from), Some(to), true) = (self.document, t.from, t.to, t.anchored && datable) {
            if from.days_since(d) <= 400 && d.days_since(to) <= 400 {
                self.near_document = true;
            }
        }
        Some(t)
    }

    /// What an expression means in this context.
    fn read(&self, found: &Found) -> Option<Timex> {
        let (span, tense) = (found.span, found.tense);
        let (kind, modifier, r) = match &found.spec {
            Spec::Date { from, to } => {
                let tod = from.tod.is_some() || from.clock.is_some();
                let modifier = from.modifier.or(to.as_ref().and_then(|t| t.modifier));
                let r = match to {
                    None => self.date(from, tense)?,
                    Some(to) => self.range(from, to, tense)?,
                };
                (if tod { TimexType::Time } else { TimexType::Date }, modifier, r)
            }
            // "25 years ago tonight": that night, 25 years before the document's date
            Spec::Relative { unit, n: Some(n), anchor: AnchorKind::Document, tod, same_day: true, .. } => {
                let d = self.document?;
                let day = match unit {
                    Unit::Year => d.add_months(i32::try_from(n.checked_mul(12)?).ok()?)?,
                    Unit::Month => d.add_months(i32::try_from(*n).ok()?)?,
                    Unit::Week => d.add_days(n.checked_mul(7)?)?,
                    _ => d.add_days(*n)?,
                };
                let (kind, value, granularity) = day_at(day, *tod);
                (kind, None, Resolved { value, from: Some(day), to: Some(day), granularity, anchored: true })
            }
            Spec::Relative { unit, n, anchor, tod, modifier, calendar, .. } => {
                let anchor = match *anchor {
                    AnchorKind::Telling => self.telling(),
                    a => a,
                };
                let mut r = self.relative(*unit, *n, anchor, *tod, *modifier, *calendar)?;
                // ("Nearly half a century later, the treaty was signed", with no time told
                // before: later than something untold, not than the document's date)
                if let (AnchorKind::Narrative, None, Some(d), Some(from)) = (anchor, self.reference, self.document, r.from) {
                    if n.is_some_and(|n| n > 0) && matches!(unit, Unit::Year | Unit::Decade | Unit::Century) && tense.past() && from > d {
                        r = unknown(*unit, true)?;
                    }
                }
                // news that speaks of what will be ("he will retire at the end of the year")
                // is not at a past year the text named before ("in fiscal 1996 it earned"),
                // and what it says was is not at a day still to come that it named ("must say
                // by April 12 … The pound was down at midday")
                if let (AnchorKind::Narrative, Some(from), Some(to)) = (anchor, r.from, r.to) {
                    if self.across_the_document(from, to, tense) && n.is_some_and(|n| n >= 0) {
                        r = self.relative(*unit, *n, AnchorKind::Document, *tod, *modifier, *calendar)?;
                    }
                }
                let time = tod.is_some() || r.granularity == Granularity::Time;
                (if time { TimexType::Time } else { TimexType::Date }, *modifier, r)
            }
            // a stretch of unknown length after the reference ("the following weeks"): PXW,
            // as TIMEX3 writes "the coming weeks", though the days it covers are known
            Spec::After { unit, anchor } => (TimexType::Duration, None, self.after(*unit, *anchor)?),
            Spec::Duration { unit, n, half: false } => (TimexType::Duration, None, duration(*unit, *n, "P")),
            Spec::Duration { unit, n, half: true } => (TimexType::Duration, None, and_a_half(*unit, n.unwrap_or(0))),
            Spec::Set { unit, n } => (TimexType::Set, None, duration(*unit, Some(n.unwrap_or(1)), "P")),
            Spec::Recurring(value) => {
                (TimexType::Set, None, Resolved { value: value.clone(), from: None, to: None, granularity: Granularity::Range, anchored: false })
            }
            Spec::Vague { unit, dir, anchor } => (TimexType::Date, None, self.vague(*unit, *dir, *anchor)),
            Spec::Ref(value) => {
                let day = if *value == "PRESENT_REF" { self.document } else { None };
                (TimexType::Date, None, Resolved { value: value.to_string(), from: day, to: day, granularity: Granularity::Day, anchored: true })
            }
        };
        if let (Some(f), Some(t)) = (r.from, r.to) {
            if f > t {
                return None;
            }
        }
        let modifier = modifier.or(found.qualifier);
        Some(Timex { span, kind, value: r.value, modifier, from: r.from, to: r.to, granularity: r.granularity, anchored: r.anchored })
    }

    /// Whether news (not a history) speaks of `from`..`to` in a tense that cannot be: of
    /// what will be in days before its date, or of what was in days after it.
    fn across_the_document(&self, from: Date, to: Date, tense: Tense) -> bool {
        let Some(d) = self.document.filter(|_| !self.history()) else { return false };
        match tense {
            Tense::Future | Tense::FutureInPast => to < d,
            Tense::Past | Tense::PastPerfect => from > d,
            Tense::Unknown => false,
        }
    }

    fn date(&self, f: &Fields, tense: Tense) -> Option<Resolved> {
        // q=0: the quarter a report covers, the last one closed before its date
        let reported;
        let f = match f.quarter {
            Some(0) => {
                let closed = match self.reported_quarter {
                    Some(q) => q.from,
                    None => self.document?.add_days(-45)?,
                };
                reported = Fields { quarter: Some((closed.month() - 1) / 3 + 1), ..*f };
                &reported
            }
            _ => f,
        };
        // before the common era: a value only ("BC0218", "BC0044-03-15", "BC04"); the
        // calendar of days starts at year 1
        if f.year.is_some_and(|y| y < 1) || f.century.is_some_and(|c| c < 0) {
            return before_common_era(f);
        }
        let narrative = self.anchor(AnchorKind::Narrative);
        // "your dispatch of the 14th instant": a day of the letter's month (or the month
        // the narrative is at, in a letter without a date)
        if let (Some(dm), None) = (f.letter_month, f.month) {
            let at = self.document.or(narrative.map(|r| r.from))?;
            let month = Date::month_start(at.year(), at.month())?.add_months(i32::from(dm))?;
            return self.date(&Fields { year: Some(month.year()), month: Some(month.month()), letter_month: None, ..*f }, tense);
        }
        let mut anchored = false;
        let mut year = f.year;
        let needs_year = year.is_none() && (f.month.is_some() || f.season.is_some() || f.quarter.is_some() || f.half_year.is_some() || f.day.is_some());
        if let (true, Some(era)) = (needs_year && f.direction.is_none() && (f.year_offset.is_none() || f.narrative), self.era()) {
            let year = era_shift(era, f.year_offset.unwrap_or(0))?;
            if year > 0 {
                return self.date(&Fields { year: Some(year), year_offset: None, ..*f }, tense);
            }
            return before_common_era(&Fields { year: Some(year), ..*f });
        }
        if needs_year {
            year = self.year_for(f, narrative, tense);
            anchored = year.is_some();
        }
        let mut r = if let Some(n) = f.ordinal_day {
            self.ordinal_day(i64::from(n), narrative)?
        } else if let Some(c) = f.century {
            let c = c as i32 - 1;
            Resolved {
                value: format!("{c:02}"),
                from: Date::year_start((c * 100).max(1)),
                to: Date::year_end(c * 100 + 99),
                granularity: Granularity::Century,
                anchored,
            }
        } else if let Some(d) = f.decade {
            let d = if d < 0 {
                anchored = true;
                // the last such decade up to the narrative's ("the nineties" in 2000 is 199)
                let now = narrative.map_or(1999, |r| r.year());
                let decade = (now / 100) as i64 * 10 + (-d);
                if decade > (now / 10) as i64 {
                    decade - 10
                } else {
                    decade
                }
            } else {
                d
            } as i32;
            Resolved { value: format!("{d:03}"), from: Date::year_start(d * 10), to: Date::year_end(d * 10 + 9), granularity: Granularity::Decade, anchored }
        } else if f.easter {
            let Some(y) = year else {
                return Some(Resolved { value: "XXXX-XX-XX".into(), from: None, to: None, granularity: Granularity::Day, anchored: false });
            };
            let day = easter_sunday(y)?;
            Resolved { value: day.to_string(), from: Some(day), to: Some(day), granularity: Granularity::Day, anchored }
        } else if let (Some(m), Some(wd), Some(nth)) = (f.month, f.weekday, f.nth) {
            // "Thanksgiving": the nth such weekday of the month
            let Some(y) = year else {
                return Some(Resolved { value: "XXXX-XX-XX".into(), from: None, to: None, granularity: Granularity::Day, anchored: false });
            };
            let day = nth_weekday(y, m, wd, nth)?;
            Resolved { value: day.to_string(), from: Some(day), to: Some(day), granularity: Granularity::Day, anchored }
        } else if let Some(wd) = f.weekday {
            'weekday: {
                // a weekday in a history (a text without a date, or dated long after what it
                // tells) is counted from the narrative's day, in news from the document's
                // (a history's day set in an earlier sentence: "John Smith, born on March 3, 1950,
                // died Tuesday" is news)
                // (but "By Wednesday the mills were idle, and on Friday …" is the story's)
                let history = self.history() && (self.reference_age >= 1 || self.story_set);
                let in_story = f.narrative || self.document.is_none() || history;
                let on_narrative = if in_story { narrative.and_then(|r| r.single_day()) } else { None };
                let document = if history { None } else { self.anchor(AnchorKind::Document) };
                let Some(base) = on_narrative.or(document.or(narrative).and_then(|r| r.single_day())) else {
                    // (a weekday not known keeps its time of day: "Wednesday night" is XXXX-WXX-3TNI)
                    let value = if f.weekend { "XXXX-WXX-WE".to_string() } else { format!("XXXX-WXX-{wd}") };
                    break 'weekday Resolved { value, from: None, to: None, granularity: Granularity::Day, anchored: false };
                };
                // News reports the past: the last such weekday on or before the anchor; a sentence
                // about the future means the next one. "last Monday" and "next Monday" are never
                // the anchor's own day. A story moves on: its next weekday is ahead of its day.
                let forward = match f.direction {
                    Some(d) => d >= 0,
                    None if on_narrative.is_some() && !f.narrative => true,
                    // ("The following Tuesday, talks opened; they broke down that Thursday":
                    // the Thursday of the narrative's week, the nearer one)
                    None if f.narrative => (wd + 7 - base.weekday()) % 7 <= (base.weekday() + 7 - wd) % 7,
                    None if tense == Tense::Unknown => (wd + 7 - base.weekday()) % 7 < (base.weekday() + 7 - wd) % 7,
                    None => tense.ahead(),
                };
                let strict = matches!(f.direction, Some(-1) | Some(1));
                let mut gap = if forward { (wd + 7 - base.weekday()) % 7 } else { (base.weekday() + 7 - wd) % 7 } as i64;
                if strict && gap == 0 {
                    gap = 7;
                }
                let d = base.add_days(if forward { gap } else { -gap })?;
                if f.weekend {
                    let (wy, w) = iso_week(d);
                    return Some(Resolved {
                        value: format!("{wy:04}-W{w:02}-WE"),
                        from: Some(d),
                        to: d.add_days(1),
                        granularity: Granularity::Week,
                        anchored: true,
                    });
                }
                Resolved { value: d.to_string(), from: Some(d), to: Some(d), granularity: Granularity::Day, anchored: true }
            }
        } else if let (Some(m), None) = (f.month, f.day) {
            month_value(year, m, anchored)?
        } else if let (Some(m), Some(d)) = (f.month, f.day) {
            match year {
                Some(y) => {
                    let day = Date::new(y, m, d).ok()?;
                    Resolved { value: day.to_string(), from: Some(day), to: Some(day), granularity: Granularity::Day, anchored }
                }
                None => {
                    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(2000, m) {
                        return None;
                    }
                    Resolved { value: format!("XXXX-{m:02}-{d:02}"), from: None, to: None, granularity: Granularity::Day, anchored: false }
                }
            }
        } else if let Some(d) = f.day {
            // "on the 25th": the reference's month.
            let (y, m) = narrative.and_then(|r| r.month())?;
            let day = Date::new(y, m, d).ok()?;
            Resolved { value: day.to_string(), from: Some(day), to: Some(day), granularity: Granularity::Day, anchored: true }
        } else if let Some(s) = f.season {
            match year {
                Some(y) => {
                    let (from, to) = season_bounds(y, s)?;
                    Resolved { value: format!("{y:04}-{}", SEASONS[s]), from: Some(from), to: Some(to), granularity: Granularity::Season, anchored }
                }
                None => Resolved { value: format!("XXXX-{}", SEASONS[s]), from: None, to: None, granularity: Granularity::Season, anchored: false },
            }
        } else if let Some(q) = f.quarter {
            part_of_year(year?, q, 3, anchored)?
        } else if let Some(h) = f.half_year {
            part_of_year(year?, h, 6, anchored)?
        } else if let Some(y) = year {
            Resolved { value: format!("{y:04}"), from: Date::year_start(y), to: Date::year_end(y), granularity: Granularity::Year, anchored }
        } else if f.clock.is_some() {
            // "at 10:35 a.m.": on the day the narrative is at, else the document's (and in
            // news, the document's when the tense puts the narrative's on the wrong side);
            // "6:45 tonight", "10 a.m. today" (dir=0): the document's
            let narrative = narrative.filter(|_| f.direction != Some(0) || self.document.is_none());
            let day = narrative.and_then(|r| r.single_day()).filter(|&n| !self.across_the_document(n, n, tense));
            // ("on the night of 5–6 June … at 06:30": a morning hour after a night is the
            // next day's)
            let morning = f.clock.is_some_and(|c| c / 100 < 12 && f.ampm != Some(12)) && f.ampm.is_none_or(|a| a == 0);
            let day = match (day, self.night_of) {
                (Some(d), Some(n)) if d == n && morning => d.add_days(1),
                _ => day,
            };
            match day.or(self.document) {
                Some(d) => Resolved { value: d.to_string(), from: Some(d), to: Some(d), granularity: Granularity::Day, anchored: true },
                None => Resolved { value: "XXXX-XX-XX".into(), from: None, to: None, granularity: Granularity::Day, anchored: false },
            }
        } else {
            return None;
        };
        // "the day before last Tuesday": a day counted from the day named
        if let (Some(off), Some(day)) = (f.day_offset, r.from.filter(|_| r.granularity == Granularity::Day)) {
            let d = day.add_days(off)?;
            r = Resolved { value: d.to_string(), from: Some(d), to: Some(d), granularity: Granularity::Day, anchored: r.anchored };
        }
        // "the weekend of Sept. 8": the weekend of the week the day falls in
        if let (true, None, Some(day)) = (f.weekend, f.weekday, r.from.filter(|_| r.granularity == Granularity::Day)) {
            let saturday = day.add_days(6 - i64::from(day.weekday()))?;
            let (wy, w) = iso_week(saturday);
            r = Resolved {
                value: format!("{wy:04}-W{w:02}-WE"),
                from: Some(saturday),
                to: saturday.add_days(1),
                granularity: Granularity::Week,
                anchored: r.anchored,
            };
        }
        if let (true, Some(day)) = (f.week_of, r.from.filter(|_| r.granularity == Granularity::Day)) {
            r = shift(Reference::day(day), Unit::Week, 0)?;
            r.anchored = anchored;
        }
        if let Some(m) = f.modifier {
            narrow(&mut r, m);
        }
        if let Some(c) = f.clock {
            let (mut h, m) = (c / 100, c % 100);
            // ("midnight that night": midnight is no hour of a half day)
            let ampm = f.ampm.filter(|_| c != 2400);
            match ampm {
                Some(12) if h < 12 => h += 12,
                Some(0) if h == 12 => h = 0,
                _ => {}
            }
            if h > 24 || m > 59 || (ampm.is_some() && !(1..=12).contains(&(c / 100))) {
                return None;
            }
            r.value = format!("{}T{h:02}:{m:02}", r.value);
            r.granularity = Granularity::Time;
        } else if let Some(t) = f.tod {
            r.value = format!("{}T{}", r.value, TODS[t]);
            r.granularity = Granularity::Time;
        }
        Some(r)
    }

    /// The year of a date that names none. "last November" counts from the document's date.
    /// News (a narrative within a year of its document's date) takes the year that puts the
    /// date nearest the document's date; a history takes the narrative's year.
    /// "The battle began on 1 July. On the second day …": the nth day counted from the
    /// narrative's day, or from the first day the last such count began on while the
    /// narrative is still at its day; in news that has told no other day, "it is the eighth
    /// day of the blockade" is today.
    fn ordinal_day(&self, n: i64, narrative: Option<Reference>) -> Option<Resolved> {
        if let (Some(d), false) = (self.document, self.history()) {
            if self.reference.is_none() || self.reference_deictic || self.reference.and_then(|r| r.single_day()) == Some(d) {
                return shift(Reference::day(d), Unit::Day, 0);
            }
        }
        let Some(r) = narrative else { return unknown(Unit::Day, true) };
        // ("The first week of April was calm. The first day of the talks …": a day of that week)
        let within_week = r.from.add_days(6).is_some_and(|end| r.to <= end);
        let Some(day) = r.single_day() else {
            return if within_week && n <= 7 { shift(Reference::day(r.from), Unit::Day, n - 1) } else { shift(r, Unit::Day, 0) };
        };
        let start = match self.ordinal_start {
            Some((start, k)) if start.add_days(k - 1) == Some(day) => start,
            _ => day,
        };
        shift(Reference::day(start), Unit::Day, n - 1)
    }

    fn year_for(&self, f: &Fields, narrative: Option<Reference>, tense: Tense) -> Option<i32> {
        let doc = self.document;
        // ("April of the next year": with `nar`, the year counted from the narrative's)
        if let Some(dy) = f.year_offset {
            let base = match (f.narrative, doc) {
                (false, Some(d)) => d.year(),
                _ => narrative?.year(),
            };
            return Some(base + i32::try_from(dy).ok()?);
        }
        // (a winter is named by the year it begins in: 1941-WI is December 1941 to February)
        let month = f.month.or(f.quarter.map(|q| q * 3 - 1)).or(f.half_year.map(|h| h * 6 - 3)).or(f.season.map(|s| [4, 7, 10, 12][s.min(3)]));
        // "the following spring", "the previous winter": the next or last one from the
        // narrative's time
        if let (Some(dir @ (-1 | 1)), true, Some(r)) = (f.direction, f.narrative, narrative) {
            let bounds = |y: i32| match (f.season, f.month) {
                (Some(s), _) => season_bounds(y, s),
                (None, Some(m)) => Some((Date::month_start(y, m)?, Date::month_end(y, m)?)),
                _ => None,
            };
            let years = (r.from.year() - 1..=r.to.year() + 1).filter_map(|y| Some((y, bounds(y)?)));
            return if dir > 0 {
                years.filter(|(_, (from, _))| *from > r.to).map(|(y, _)| y).min()
            } else {
                years.filter(|(_, (_, to))| *to < r.from).map(|(y, _)| y).max()
            };
        }
        // "next spring" in late March is next year's, "last summer" in August last year's:
        // the first season that starts after the document's date, the last that ended before
        // ("this winter" in January is the winter that began in December)
        if let (Some(dir @ -1..=1), Some(d), Some(s)) = (f.direction, doc, f.season) {
            let mut years = (d.year() - 2..=d.year() + 1).filter_map(|y| Some((y, season_bounds(y, s)?)));
            return match dir {
                1 => years.filter(|(_, (from, _))| *from > d).map(|(y, _)| y).min(),
                -1 => years.filter(|(_, (_, to))| *to < d).map(|(y, _)| y).max(),
                _ => Some(years.find(|(_, (from, to))| *from <= d && d <= *to).map_or(d.year(), |(y, _)| y)),
            };
        }
        if let (Some(dir), Some(d), Some(m)) = (f.direction, doc, month) {
            let y = d.year();
            return Some(match dir {
                -1 if m >= d.month() => y - 1,
                1 if m <= d.month() => y + 1,
                _ => y,
            });
        }
        // a narrative far from the document's date that the text has just set ("in October
        // 1962 … On Oct. 14") keeps its year; otherwise the document's date decides
        // (a history is of the past: a narrative ahead of the document's date, "his term ends
        // in 2016", is no history for a date spoken of in the past)
        // (news that has spoken of its own time and then named only a far year or quarter,
        // "the previous government agreed in 2012 to cut pensions", has not moved its months
        // there: "The new government, elected on Jan. 25" in the next sentence is the news's
        // own January, as "third-quarter net" after "stopped paying a dividend in the third
        // quarter of 1984" is this year's; but "The Korean War (1950–1953) … In June" opens a
        // story)
        let far_year_only = |r: Reference| {
            self.near_document && matches!(r.granularity, Granularity::Year | Granularity::Quarter | Granularity::Range) && self.reference_age >= 1
        };
        // "In 2013, a shutdown in October cost …", "Last year, a shutdown in October …": a
        // month or season the sentence names after it has set a year is of that year, near
        // the document's date or not
        if let (Some(r), true, true) = (narrative, f.month.is_some() || f.season.is_some(), self.opening_year && f.quarter.is_none() && f.half_year.is_none()) {
            // (but "Sales fell last year; the company expects a recovery in March" looks ahead)
            if r.granularity == Granularity::Year && doc.is_some() && !tense.ahead() {
                return Some(r.from.year());
            }
        }
        // ("the one held in December 1978 launched the reform. Growth slowed in the second
        // quarter": news that has spoken of its own time reports its own quarters)
        let own_quarter = (f.quarter.is_some() || f.half_year.is_some()) && self.near_document && self.reference_age >= 1;
        let recent_history = match (doc, self.reference) {
            (Some(d), Some(r)) => {
                !own_quarter
                    && (r.from.year() - d.year()).abs() > 1
                    && ((self.reference_age <= 1 && !far_year_only(r)) || self.history())
                    && !self.reference_deictic
                    && (r.from < d || !tense.past())
            }
            _ => false,
        };
        let future = tense == Tense::Future;
        // (a history's future is still its own past: "Lee decided he would attack on July 3")
        match (doc, month, recent_history && (!future || self.history())) {
            (Some(d), Some(m), false) => {
                // news: a date of the year around the document's date; the last one up to a
                // month after it when the clause speaks of the past, the next one from a week
                // before it when of the future, else the nearest
                let week = |n: i64| d.add_days(n).unwrap_or(d);
                // each candidate year with the first, middle and last day the date may be
                // ("Tuesday, Nov. 4": the year in which Nov. 4 is a Tuesday, if one is near)
                let on_weekday = |y: i32| match (f.named_weekday, f.day) {
                    (Some(wd), Some(day)) => Date::new(y, m, day).is_ok_and(|x| x.weekday() == wd),
                    _ => true,
                };
                let candidates = |weekday: bool| {
                    [d.year() - 1, d.year(), d.year() + 1].into_iter().filter(move |&y| !weekday || on_weekday(y)).filter_map(move |y| {
                        let day = |fallback: u32| Date::new(y, m, f.day.unwrap_or(fallback).min(days_in_month(y, m))).ok();
                        Some((y, day(1)?, day(15)?, day(31)?))
                    })
                };
                // (a quarter a report names is the last one it can report on; one spoken of
                // as still to come is the next one not yet reported, which a report may do up
                // to about six weeks after its end: "will complete the sale by the end of the
                // first quarter" in October is next year's)
                let quarter = f.quarter.is_some();
                let tense = if quarter && !tense.ahead() { Tense::Past } else { tense };
                let pick = |weekday: bool| {
                    let candidates = candidates(weekday);
                    match tense {
                        Tense::Past | Tense::PastPerfect => candidates.filter(|c| c.1 <= week(31)).max_by_key(|c| c.1),
                        // (c.3 is then the end of the quarter's middle month)
                        Tense::Future | Tense::FutureInPast if quarter => candidates.filter(|c| c.3 >= week(-75)).min_by_key(|c| c.1),
                        Tense::Future => candidates.filter(|c| c.3 >= week(-7)).min_by_key(|c| c.1),
                        // ("In March the government promised to hold elections in June": the
                        // next June from the March the sentence, or the one before, is at)
                        Tense::FutureInPast => {
                            let from = match self.reference {
                                Some(r) if self.reference_age <= 1 && r.to < d && !self.reference_deictic => r.from.add_days(-7).unwrap_or(r.from),
                                _ => week(-7),
                            };
                            candidates.filter(|c| c.3 >= from).min_by_key(|c| c.1)
                        }
                        Tense::Unknown => candidates.min_by_key(|c| c.2.days_since(d).abs()),
                    }
                    .map(|c| c.0)
                };
                // (a weekday that no year the tense allows falls on is a slip: the tense decides)
                pick(true).or_else(|| pick(false))
            }
            // a month the sentence that set the narrative named with its year
            _ => {
                let stated = f.month.and_then(|m| self.stated_months.iter().rev().find(|s| s.1 == m)).map(|s| s.0);
                let month = month.filter(|_| f.season.is_none());
                stated.or(narrative.map(|r| {
                    let y = narrative_year(r, month, f.season);
                    // "In November the Council set a deadline of 15 January": what the
                    // narrative looks ahead to comes after it
                    match (tense, month, r.month()) {
                        (Tense::Future | Tense::FutureInPast, Some(m), Some((ry, rm))) if ry == y && m < rm => y + 1,
                        // a story told forward goes on into the next year: "The offensive
                        // stalled in December 1941. In January, the Soviets counterattacked"
                        // (but "He had lost New York in September" looks back, and "In
                        // December … It had left Moscow in October" is near behind)
                        (Tense::Past | Tense::Unknown, Some(m), Some((ry, rm))) if ry == y && rm >= m + 7 => y + 1,
                        // ("fell on 2 January 1905, after the Japanese had captured the hill in
                        // early December": behind the narrative, the December before)
                        (Tense::PastPerfect, Some(m), Some((ry, rm))) if ry == y && m > rm + 6 => y - 1,
                        _ => y,
                    }
                }))
            }
        }
    }

    fn range(&self, a: &Fields, b: &Fields, tense: Tense) -> Option<Resolved> {
        let (a, b) = crate::lend(a, b);
        let ra = self.date(&a, tense)?;
        let rb = self.date(&b, tense)?;
        // "from 431 to 404 BC": years before the common era cover no days we count in
        let before_era = |r: &Resolved| r.value.starts_with("BC") && r.from.is_none();
        if before_era(&ra) && before_era(&rb) {
            let value = format!("{}/{}", ra.value, rb.value);
            return Some(Resolved { value, from: None, to: None, granularity: Granularity::Range, anchored: false });
        }
        let (from, to) = (ra.from?, rb.to?);
        if from > to {
            return None;
        }
        Some(Resolved {
            value: format!("{}/{}", ra.value, rb.value),
            from: Some(from),
            to: Some(to),
            granularity: Granularity::Range,
            anchored: ra.anchored || rb.anchored,
        })
    }

    fn relative(&self, unit: Unit, n: Option<i64>, anchor: AnchorKind, tod: Option<usize>, modifier: Option<TimexMod>, calendar: bool) -> Option<Resolved> {
        let unknown_day =
            |t: usize| Resolved { value: format!("XXXX-XX-XXT{}", TODS[t]), from: None, to: None, granularity: Granularity::Time, anchored: false };
        // "the next year", "three years later" than 218 BC
        if let (Unit::Year, AnchorKind::Narrative, Some(era), Some(n), None) = (unit, anchor, self.era(), n, tod) {
            let y = era_shift(era, n)?;
            return match y > 0 {
                true => Some(Resolved {
                    value: format!("{y:04}"),
                    from: Date::year_start(y),
                    to: Date::year_end(y),
                    granularity: Granularity::Year,
                    anchored: true,
                }),
                false => before_common_era(&Fields { year: Some(y), ..Fields::default() }),
            };
        }
        if let (Unit::Decade, AnchorKind::Narrative, Some(n), Some(d)) = (unit, anchor, n, self.told_decade) {
            return shift(d, Unit::Decade, n);
        }
        // "at 4:45 a.m. … two hours later": a clock time counted on from the one told
        if let (Unit::Hour | Unit::Minute, AnchorKind::Narrative, Some(n), None, Some((day, at))) = (unit, anchor, n, tod, self.clock) {
            if self.reference.and_then(|r| r.single_day()) == Some(day) {
                let minutes = at.checked_add(n.checked_mul(if unit == Unit::Hour { 60 } else { 1 })?)?;
                let d = day.add_days(minutes.div_euclid(1440))?;
                let m = minutes.rem_euclid(1440);
                let value = format!("{d}T{:02}:{:02}", m / 60, m % 60);
                return Some(Resolved { value, from: Some(d), to: Some(d), granularity: Granularity::Time, anchored: true });
            }
        }
        // "Earlier this year it bought bonds. At the start of the month …": a narrative the
        // document's date set, at a year, still has the document's month (but "that day"
        // after "earlier this month" is some day of it, not today)
        let calendar_unit = matches!(unit, Unit::Month | Unit::Quarter);
        let anchor = match (anchor, self.reference) {
            (AnchorKind::Narrative, Some(r)) if calendar_unit && self.reference_deictic && self.document.is_some() && coarser(r.granularity, unit) => {
                AnchorKind::Document
            }
            // ("took bribes between 2009 and 2013. Earlier in the week, the judge had barred
            // testimony": news that named far years is still in its own week; but "that same
            // day" after "last October" is a day of that October)
            (AnchorKind::Narrative, Some(r))
                if unit == Unit::Week
                    && n == Some(0)
                    && self.in_news_far_from(r)
                    && matches!(r.granularity, Granularity::Year | Granularity::Range | Granularity::Decade) =>
            {
                AnchorKind::Document
            }
            // ("The house was last elected in December 2012. … coming just weeks before the
            // end of the year": news told of a far year in an earlier sentence, and is back
            // in its own calendar's year; but "the end of that year" is the one told of)
            (AnchorKind::Narrative, Some(r)) if unit == Unit::Year && n == Some(0) && calendar && self.reference_age >= 1 && self.in_news_far_from(r) => {
                AnchorKind::Document
            }
            _ => anchor,
        };
        let Some(base) = self.anchor(anchor) else {
            // "that afternoon" with no day to be at: a day not known
            if let (Some(t), Some(0)) = (tod, n) {
                return Some(unknown_day(t));
            }
            let value = match (unit, n) {
                (_, Some(0)) if anchor == AnchorKind::Document => "PRESENT_REF".to_string(),
                // "that day" in a text that has named none
                (_, Some(0)) => return unknown(unit, true),
                (_, Some(k)) if k < 0 => "PAST_REF".to_string(),
                (_, Some(_)) => "FUTURE_REF".to_string(),
                _ => return None,
            };
            return Some(Resolved { value, from: None, to: None, granularity: Granularity::Day, anchored: false });
        };
        let n = n?;
        // "the quarter" a report speaks of is the last one closed; "a year earlier" than a
        // quarter is that quarter a year before (but "last year" is the calendar year)
        // "exports rose in the first six months of the year from the same period last year":
        // the half-year the sentence named, a year before
        if let (Unit::Quarter, AnchorKind::Document, false, -4, Some(r)) = (unit, anchor, calendar, n, self.reference) {
            let half = |from: Date, to: Date| {
                (from.year() == to.year() && from.day() == 1 && matches!((from.month(), to.month()), (1, 6) | (7, 12))).then(|| from.month() / 6 + 1)
            };
            if let (Some(h), 0) = (half(r.from, r.to).filter(|_| r.granularity == Granularity::Range), self.reference_age) {
                return part_of_year(r.from.year() - 1, h, 6, true);
            }
        }
        let base = match (unit, anchor) {
            (Unit::Quarter, AnchorKind::Document) if !calendar => match self.reported_quarter {
                Some(q) => Reference::day(q.from),
                None => Reference::day(base.from.add_days(-45).unwrap_or(base.from)),
            },
            (Unit::Year, _) if n == -1 && !calendar && self.reference.is_some_and(|r| r.granularity == Granularity::Quarter) => {
                // "a year ago" counts from the report's own quarter, "a year earlier" from
                // the quarter the text is at
                let r = match (anchor, self.document) {
                    (AnchorKind::Document, Some(d)) => Reference::day(d.add_days(-45).unwrap_or(d)),
                    _ => self.reference.expect("checked"),
                };
                return shift(r, Unit::Quarter, -4);
            }
            _ => base,
        };
        // "The war lasted 1939–1945. Two years later": later than a stretch is counted from
        // its end, earlier from its start ("that same year" of years is the one told last,
        // but "that month" of years, or "that very night" of days that followed, is none of
        // them in particular)
        let same_unit = matches!((base.unit_of_stretch(), unit), (Granularity::Year, Unit::Year) | (Granularity::Month, Unit::Month));
        let base = match (base.granularity, n) {
            (Granularity::Range, 1..) => base.end(),
            (Granularity::Range, 0) if same_unit => base.end(),
            (Granularity::Range, ..0) => base.start(),
            _ => base,
        };
        // ("that summer … Three months later": counted from the season's first month)
        // (but "the same month" of a season is some month of it, not known)
        let base = match (base.granularity, unit) {
            (Granularity::Season, Unit::Month) if n != 0 => {
                let (y, m) = (base.from.year(), base.from.month());
                Reference { from: Date::month_start(y, m)?, to: Date::month_end(y, m)?, granularity: Granularity::Month }
            }
            _ => base,
        };
        let mut r = match (shift(base, unit, n), tod) {
            (Some(r), _) => r,
            // "the next morning" of a narrative at a year: a day not known
            (None, Some(t)) => return Some(unknown_day(t)),
            // "the next month" of a narrative at a year: a month, not known
            (None, None) => return unknown(unit, false),
        };
        r.anchored = true;
        if let Some(m) = modifier {
            narrow(&mut r, m);
        }
        if let Some(t) = tod {
            // "that evening" of a narrative that is at a month or a year: an evening of it,
            // on a day not known (2005-XX-XXTEV, covering the year); of a week, a day not
            // known at all
            let day = matches!(r.granularity, Granularity::Day | Granularity::Time);
            if !day && !r.value.ends_with("-XX") {
                return Some(unknown_day(t));
            }
            r.value = format!("{}T{}", r.value, TODS[t]);
            if day {
                r.granularity = Granularity::Time;
            }
        }
        Some(r)
    }

    /// Some `unit`s before (`dir` -1) or after (1) the anchor, a count not told: PAST_REF or
    /// FUTURE_REF, covering from two to about nine of them ("a few days later" than 18 June
    /// is 20 to 27 June; "a few hours later", that day; of a coarser time, that time).
    fn vague(&self, unit: Unit, dir: i64, anchor: AnchorKind) -> Resolved {
        let value = if dir < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string();
        let days = |base: Reference| -> Option<(Date, Date, Granularity)> {
            // ("several weeks later" than 1812: some time in that year, as far as is known)
            if coarser(base.granularity, unit) {
                return Some((base.from, base.to, base.granularity));
            }
            let (near, far) = match unit {
                Unit::Minute | Unit::Hour => {
                    let d = base.single_day()?;
                    return Some((d, d, Granularity::Day));
                }
                Unit::Day => (Stretch::Days(2), Stretch::Days(9)),
                Unit::Week => (Stretch::Days(14), Stretch::Days(63)),
                Unit::Month => (Stretch::Months(2), Stretch::Months(9)),
                Unit::Quarter => (Stretch::Months(6), Stretch::Months(27)),
                Unit::Year => (Stretch::Months(24), Stretch::Months(108)),
                Unit::Decade | Unit::Century => return None,
            };
            let (from, to) = if dir > 0 { (near.after(base.to)?, far.after(base.to)?) } else { (far.before(base.from)?, near.before(base.from)?) };
            Some((from, to, Granularity::Range))
        };
        match self.anchor(anchor).and_then(days) {
            Some((from, to, granularity)) => Resolved { value, from: Some(from), to: Some(to), granularity, anchored: true },
            None => Resolved { value, from: None, to: None, granularity: Granularity::Day, anchored: false },
        }
    }

    /// The stretch after the reference ("the following weeks", "the years that followed"):
    /// PXW, with the days a reader would take it to cover.
    fn after(&self, unit: Unit, anchor: AnchorKind) -> Option<Resolved> {
        let base = self.anchor(anchor)?;
        // ("In 1904 they went to war. Over the following months …": the months that follow
        // within a year told whole, not those after its end)
        let within = base.to.days_since(base.from) > 300 && matches!(unit, Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month);
        if within {
            let from = match unit {
                Unit::Month => base.from.add_months(1)?,
                _ => base.from.add_days(1)?,
            };
            return Some(Resolved {
                value: duration(unit, None, "P").value,
                from: Some(from),
                to: Some(base.to),
                granularity: Granularity::Range,
                anchored: true,
            });
        }
        let from = base.to.add_days(1)?;
        let to = match unit {
            Unit::Minute | Unit::Hour | Unit::Day => base.to.add_days(14)?,
            Unit::Week => base.to.add_days(56)?,
            Unit::Month | Unit::Quarter => base.to.add_months(6)?,
            Unit::Year => base.to.add_months(36)?,
            Unit::Decade | Unit::Century => base.to.add_months(240)?,
        };
        Some(Resolved { value: duration(unit, None, "P").value, from: Some(from), to: Some(to), granularity: Granularity::Range, anchored: true })
    }
}

/// A stretch of days or months, to count from a day.
#[derive(Clone, Copy)]
enum Stretch {
    Days(i64),
    Months(i32),
}

impl Stretch {
    fn after(self, d: Date) -> Option<Date> {
        match self {
            Stretch::Days(n) => d.add_days(n),
            Stretch::Months(n) => d.add_months(n),
        }
    }
    fn before(self, d: Date) -> Option<Date> {
        match self {
            Stretch::Days(n) => d.add_days(-n),
            Stretch::Months(n) => d.add_months(-n),
        }
    }
}

/// A unit's period when it cannot be known: "the next month" of a narrative at a year is
/// `XXXX-XX`; with `any_year`, "that year" of a text that has named none is `XXXX`.
fn unknown(unit: Unit, any_year: bool) -> Option<Resolved> {
    let (value, granularity) = match unit {
        Unit::Minute | Unit::Hour | Unit::Day => ("XXXX-XX-XX", Granularity::Day),
        Unit::Week => ("XXXX-WXX", Granularity::Week),
        Unit::Month => ("XXXX-XX", Granularity::Month),
        Unit::Quarter => ("XXXX-QX", Granularity::Quarter),
        Unit::Year if any_year => ("XXXX", Granularity::Year),
        _ => return None,
    };
    Some(Resolved { value: value.into(), from: None, to: None, granularity, anchored: false })
}

fn month_value(year: Option<i32>, m: u32, anchored: bool) -> Option<Resolved> {
    if !(1..=12).contains(&m) {
        return None;
    }
    Some(match year {
        Some(y) => {
            Resolved { value: format!("{y:04}-{m:02}"), from: Date::month_start(y, m), to: Date::month_end(y, m), granularity: Granularity::Month, anchored }
        }
        None => Resolved { value: format!("XXXX-{m:02}"), from: None, to: None, granularity: Granularity::Month, anchored: false },
    })
}

/// The week, month or year (`unit`) that the day `t` begins on falls in, as a date.
pub(crate) fn period_of(t: &Timex, unit: Unit) -> Option<Timex> {
    let r = shift(Reference::day(t.from?), unit, 0)?;
    Some(Timex { span: t.span, kind: TimexType::Date, value: r.value, modifier: None, from: r.from, to: r.to, granularity: r.granularity, anchored: true })
}

/// Year `y` (negative before the common era) moved by `n` years: there is no year 0, so a
/// year after 1 BC is AD 1.
fn era_shift(y: i32, n: i64) -> Option<i32> {
    let moved = y.checked_add(i32::try_from(n).ok()?)?;
    Some(match (y < 0, moved >= 0) {
        (true, true) => moved + 1,
        (false, false) => moved - 1,
        _ => moved,
    })
}

/// A date before the common era, as TIMEX3 writes it: `BC0218`, `BC0044-03-15`, the fifth
/// century BC `BC04`. It covers no days of the calendar the pipeline counts in.
fn before_common_era(f: &Fields) -> Option<Resolved> {
    let unresolved = |value: String, granularity| Some(Resolved { value, from: None, to: None, granularity, anchored: false });
    if let Some(c) = f.century.filter(|&c| c < 0) {
        return unresolved(format!("BC{:02}", -c - 1), Granularity::Century);
    }
    let y = -f.year?;
    let mut value = format!("BC{y:04}");
    let mut granularity = Granularity::Year;
    if let Some(s) = f.season.and_then(|s| SEASONS.get(s)) {
        return unresolved(format!("{value}-{s}"), Granularity::Season);
    }
    if let Some(m) = f.month.filter(|m| (1..=12).contains(m)) {
        value = format!("{value}-{m:02}");
        granularity = Granularity::Month;
        if let Some(d) = f.day {
            // (the proleptic calendar has the same month lengths before year 1)
            if d == 0 || d > days_in_month(4 - (y % 4), m) {
                return None;
            }
            value = format!("{value}-{d:02}");
            granularity = Granularity::Day;
        }
    }
    unresolved(value, granularity)
}

/// The `n`th quarter (`months` 3, `1980-Q1`) or half (6, `1989-H2`) of year `y`.
fn part_of_year(y: i32, n: u32, months: u32, anchored: bool) -> Option<Resolved> {
    let (letter, granularity) = if months == 3 { ('Q', Granularity::Quarter) } else { ('H', Granularity::Range) };
    if n == 0 || n * months > 12 {
        return None;
    }
    Some(Resolved {
        value: format!("{y:04}-{letter}{n}"),
        from: Date::month_start(y, n * months - months + 1),
        to: Date::month_end(y, n * months),
        granularity,
        anchored,
    })
}

/// The period `n` units from the reference, at the unit's granularity (never finer than
/// what the reference knows).
fn shift(base: Reference, unit: Unit, n: i64) -> Option<Resolved> {
    let day = |d: Date| Resolved { value: d.to_string(), from: Some(d), to: Some(d), granularity: Granularity::Day, anchored: true };
    let year = |y: i32| Resolved { value: format!("{y:04}"), from: Date::year_start(y), to: Date::year_end(y), granularity: Granularity::Year, anchored: true };
    let as_is = || Resolved { value: base.value(), from: Some(base.from), to: Some(base.to), granularity: base.granularity, anchored: true };
    Some(match unit {
        Unit::Minute | Unit::Hour | Unit::Day => match base.single_day() {
            // ("48 hours later" of a day is two days on; "twelve hours later", the same day)
            Some(d) => day(d.add_days(match unit {
                Unit::Day => n,
                Unit::Hour => n / 24,
                _ => n / 1440,
            })?),
            // "that same day" of a narrative at a month: a day of it, not known (1998-10-XX;
            // of a season or a year, 1998-XX-XX); so is "the next day", a few days on
            // ("forty-eight hours later", counted in hours, likewise)
            None if n == 0 || ((unit == Unit::Day && n.abs() <= 7) || (unit == Unit::Hour && n.abs() <= 7 * 24)) && base.granularity != Granularity::Week => {
                let mut r = as_is();
                r.value = match base.granularity {
                    Granularity::Month => format!("{}-XX", r.value),
                    Granularity::Week => r.value,
                    _ if base.from.year() == base.to.year() => format!("{:04}-XX-XX", base.from.year()),
                    _ => "XXXX-XX-XX".into(),
                };
                r
            }
            None => return None,
        },
        // ("two weeks later" than mid-September: counted from the middle of a period no
        // longer than a month, the nearest day the text allows)
        Unit::Week => match base
            .single_day()
            .or_else(|| (n != 0 && base.to.days_since(base.from) < 31).then(|| base.from.add_days(base.to.days_since(base.from) / 2)).flatten())
        {
            Some(d) => {
                let d = d.add_days(7 * n)?;
                let monday = d.add_days(-(d.weekday() as i64 - 1))?;
                let sunday = monday.add_days(6)?;
                let (wy, w) = iso_week(d);
                Resolved { value: format!("{wy:04}-W{w:02}"), from: Some(monday), to: Some(sunday), granularity: Granularity::Week, anchored: true }
            }
            // "that week" of a narrative at a year: a week of it, not known (1950-WXX)
            None if n == 0 => within_year(as_is(), "WXX"),
            None => return None,
        },
        // (a week that runs into the next month is in the month of its Thursday, as ISO
        // weeks are in the year of theirs)
        Unit::Month => {
            match base.month().or_else(|| (base.granularity == Granularity::Week).then(|| base.from.add_days(3)).flatten().map(|d| (d.year(), d.month()))) {
                Some((y, m)) => {
                    let d = Date::month_start(y, m)?.add_months(i32::try_from(n).ok()?)?;
                    month_value(Some(d.year()), d.month(), true)?
                }
                None if n == 0 => within_year(as_is(), "XX"),
                // ("eighteen months later" than 1809: the year that many months after its
                // middle, 1811)
                None if n.abs() >= 12 && base.granularity == Granularity::Year => {
                    let middle = base.from.add_days(base.to.days_since(base.from) / 2)?;
                    year(middle.add_months(i32::try_from(n).ok()?)?.year())
                }
                None => return None,
            }
        }
        Unit::Quarter => {
            let d = base.from.add_months(i32::try_from(n * 3).ok()?)?;
            let q = (d.month() - 1) / 3 + 1;
            Resolved {
                value: format!("{:04}-Q{q}", d.year()),
                from: Date::month_start(d.year(), q * 3 - 2),
                to: Date::month_end(d.year(), q * 3),
                granularity: Granularity::Quarter,
                anchored: true,
            }
        }
        Unit::Year => year(base.year() + i32::try_from(n).ok()?),
        Unit::Decade => {
            let d = base.year() / 10 + i32::try_from(n).ok()?;
            Resolved {
                value: format!("{d:03}"),
                from: Date::year_start(d * 10),
                to: Date::year_end(d * 10 + 9),
                granularity: Granularity::Decade,
                anchored: true,
            }
        }
        Unit::Century => {
            let c = base.year() / 100 + i32::try_from(n).ok()?;
            Resolved {
                value: format!("{c:02}"),
                from: Date::year_start((c * 100).max(1)),
                to: Date::year_end(c * 100 + 99),
                granularity: Granularity::Century,
                anchored: true,
            }
        }
    })
}

/// The year a month or season without one is in, told while the narrative is at `r`: the
/// year the month falls in when `r` spans two ("the winter of 1943–44 … on 27 January" is
/// 1944's January), and for a winter told in its January or February, the year it began
/// ("New Year's Day 1942 … That winter" is 1941-WI).
fn narrative_year(r: Reference, month: Option<u32>, season: Option<usize>) -> i32 {
    if let Some(m) = month {
        let within =
            (r.from.year()..=r.to.year()).find(|&y| Date::month_start(y, m).is_some_and(|s| s <= r.to) && Date::month_end(y, m).is_some_and(|e| e >= r.from));
        if let Some(y) = within {
            return y;
        }
    }
    if season == Some(3) && r.from.year() == r.to.year() && r.to.month() <= 2 {
        return r.year() - 1;
    }
    // "The winter that followed was terrible; thousands died before the spring": a season
    // after a winter told is of the year the winter ends in, and so is a month ("The winter
    // of 1862–63 was hard. In May Lee won")
    if (season.is_some_and(|s| s < 3) || month.is_some()) && r.granularity == Granularity::Season && r.from.year() + 1 == r.to.year() {
        return r.to.year();
    }
    r.year()
}

/// The minutes after midnight of a value with a clock time ("1939-09-01T04:45" is 285).
fn clock_of(value: &str) -> Option<i64> {
    let (_, clock) = value.split_once('T')?;
    let (h, m) = clock.split_once(':')?;
    let (h, m) = (h.parse::<i64>().ok()?, m.get(..2)?.parse::<i64>().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Whether a reference at granularity `g` is too coarse to count `unit`s from.
fn coarser(g: Granularity, unit: Unit) -> bool {
    let rank = match g {
        Granularity::Time | Granularity::Day => 0,
        Granularity::Week => 1,
        Granularity::Month => 2,
        Granularity::Season | Granularity::Quarter => 3,
        Granularity::Year | Granularity::Range => 4,
        Granularity::Decade => 5,
        Granularity::Century => 6,
    };
    let needs = match unit {
        Unit::Minute | Unit::Hour | Unit::Day => 0,
        Unit::Week => 1,
        Unit::Month => 2,
        Unit::Quarter => 3,
        Unit::Year => 4,
        Unit::Decade => 5,
        Unit::Century => 6,
    };
    rank > needs
}

/// A week or month of a narrative that knows no finer time than a year, a season or a
/// longer stretch: "1950-WXX", "1941-XX" (of "the autumn of 1941"), "XXXX-XX" when the
/// stretch spans years; still covering the stretch's days.
fn within_year(mut r: Resolved, unknown: &str) -> Resolved {
    let coarser = match r.granularity {
        Granularity::Time | Granularity::Day | Granularity::Week => false,
        Granularity::Month => unknown == "WXX",
        _ => true,
    };
    if let (true, Some(from), Some(to)) = (coarser, r.from, r.to) {
        r.value = if from.year() == to.year() { format!("{:04}-{unknown}", from.year()) } else { format!("XXXX-{unknown}") };
    }
    r
}

/// A day, or a part of it ("that Sunday's night"): its type, TIMEX3 value and granularity.
pub(crate) fn day_at(day: Date, tod: Option<usize>) -> (TimexType, String, Granularity) {
    match tod {
        Some(t) => (TimexType::Time, format!("{day}T{}", TODS[t]), Granularity::Time),
        None => (TimexType::Date, day.to_string(), Granularity::Day),
    }
}

impl Reference {
    /// Its TIMEX3 value by its granularity: a day, week (`1950-W26`), month, season
    /// (`1973-SU`), quarter (`1980-Q1`), year, decade (`197`) or century (`19`), the one its
    /// middle day is in (so "the end of December 1979", narrowed to its last days, is still
    /// `1979-12`); a range or a stretch of days is `from/to`.
    pub fn value(&self) -> String {
        let (from, to) = (self.from, self.to);
        let mid = from.add_days(to.days_since(from) / 2).unwrap_or(from);
        let (y, m) = (mid.year(), mid.month());
        match self.granularity {
            Granularity::Week => {
                let (wy, w) = iso_week(mid);
                format!("{wy:04}-W{w:02}")
            }
            Granularity::Month => format!("{y:04}-{m:02}"),
            // (a winter is named by the year its December is in)
            Granularity::Season => match m {
                3..=5 => format!("{y:04}-SP"),
                6..=8 => format!("{y:04}-SU"),
                9..=11 => format!("{y:04}-FA"),
                12 => format!("{y:04}-WI"),
                _ => format!("{:04}-WI", y - 1),
            },
            Granularity::Quarter => format!("{y:04}-Q{}", (m - 1) / 3 + 1),
            Granularity::Year => format!("{y:04}"),
            Granularity::Decade if y >= 0 => format!("{:03}", y / 10),
            Granularity::Century if y >= 0 => format!("{:02}", y / 100),
            _ if from == to => from.to_string(),
            _ => format!("{from}/{to}"),
        }
    }
}

fn iso_week(d: Date) -> (i32, u32) {
    // The week's Thursday decides its year.
    let thursday = d.add_days(4 - d.weekday() as i64).unwrap_or(d);
    let jan1 = Date::year_start(thursday.year()).unwrap_or(thursday);
    (thursday.year(), (thursday.days_since(jan1) / 7 + 1) as u32)
}

fn season_bounds(y: i32, s: usize) -> Option<(Date, Date)> {
    Some(match s {
        0 => (Date::new(y, 3, 1).ok()?, Date::new(y, 5, 31).ok()?),
        1 => (Date::new(y, 6, 1).ok()?, Date::new(y, 8, 31).ok()?),
        2 => (Date::new(y, 9, 1).ok()?, Date::new(y, 11, 30).ok()?),
        3 => (Date::new(y, 12, 1).ok()?, Date::month_end(y + 1, 2)?),
        _ => return None,
    })
}

/// Narrows a period to its first, middle or last third for START, MID and END.
fn narrow(r: &mut Resolved, m: TimexMod) {
    let (Some(from), Some(to)) = (r.from, r.to) else {
        return;
    };
    let span = to.days_since(from);
    let third = span / 3;
    match m {
        TimexMod::Start => r.to = from.add_days(third),
        TimexMod::Mid => {
            r.from = from.add_days(third);
            r.to = from.add_days(span - third);
        }
        TimexMod::End => r.from = from.add_days(span - third),
        _ => {}
    }
}

fn duration(unit: Unit, n: Option<i64>, prefix: &str) -> Resolved {
    // decades and centuries in years, as ISO 8601 writes them ("two decades" is P20Y)
    let (unit, n) = match unit {
        Unit::Decade => (Unit::Year, n.map(|v| v * 10)),
        Unit::Century => (Unit::Year, n.map(|v| v * 100)),
        _ => (unit, n),
    };
    let count = n.map_or("X".to_string(), |v| v.to_string());
    let value = if unit.is_clock() { format!("{prefix}T{count}{}", unit.duration_suffix()) } else { format!("{prefix}{count}{}", unit.duration_suffix()) };
    Resolved { value, from: None, to: None, granularity: Granularity::Range, anchored: false }
}

/// A duration of `n` and a half units, the half in the next smaller unit ("2 1/2 years" is
/// P2Y6M, "half an hour" PT30M).
fn and_a_half(unit: Unit, n: i64) -> Resolved {
    let whole = |v: i64, suffix: &str| if v == 0 { String::new() } else { format!("{v}{suffix}") };
    let value = match unit {
        Unit::Minute => format!("PT{}30S", whole(n, "M")),
        Unit::Hour => format!("PT{}30M", whole(n, "H")),
        Unit::Day => format!("P{}T12H", whole(n, "D")),
        Unit::Week => format!("P{}DT12H", n * 7 + 3),
        Unit::Month => format!("P{}15D", whole(n, "M")),
        Unit::Quarter => format!("P{}M15D", n * 3 + 1),
        Unit::Year => format!("P{}6M", whole(n, "Y")),
        Unit::Decade => format!("P{}Y", n * 10 + 5),
        Unit::Century => format!("P{}Y", n * 100 + 50),
    };
    Resolved { value, from: None, to: None, granularity: Granularity::Range, anchored: false }
}

/// Easter Sunday of year `y`, on the calendar of days we count (the Gregorian, extended
/// back). From 1583 the Gregorian computus; before, the Julian one, whose date is moved by
/// the days the two calendars then stood apart.
fn easter_sunday(y: i32) -> Option<Date> {
    if y >= 1583 {
        let (a, b, c) = (y % 19, y / 100, y % 100);
        let (d, e) = (b / 4, b % 4);
        let g = (b - (b + 8) / 25 + 1) / 3;
        let h = (19 * a + b - d - g + 15) % 30;
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let n = h + l - 7 * m + 114;
        return Date::new(y, (n / 31) as u32, (n % 31 + 1) as u32).ok();
    }
    let d = (19 * (y % 19) + 15) % 30;
    let e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
    let n = d + e + 114;
    // (March 21 of the Julian calendar fell this many days later on the Gregorian)
    let gap = y / 100 - y / 400 - 2;
    Date::new(y, (n / 31) as u32, (n % 31 + 1) as u32).ok()?.add_days(i64::from(gap))
}

/// The `nth` weekday `wd` (1 Monday … 7 Sunday) of a month; `nth` -1 is the last.
fn nth_weekday(y: i32, m: u32, wd: u32, nth: i64) -> Option<Date> {
    if nth < 0 {
        let last = Date::month_end(y, m)?;
        let back = (last.weekday() + 7 - wd) % 7;
        return last.add_days(-(back as i64) + 7 * (nth + 1));
    }
    let first = Date::month_start(y, m)?;
    let ahead = (wd + 7 - first.weekday()) % 7;
    let d = first.add_days(ahead as i64 + 7 * (nth - 1))?;
    (d.month() == m).then_some(d)
}
