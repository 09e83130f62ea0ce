//! Event dates: the most precise date a sentence gives the event's own clause, else the
//! narrative's reference time, else the document's date. Dates that only frame the event
//! ("for the first time since 1961", "After the failed invasion in 1961, …") do not date it
//! and do not move the narrative.

use annals_model::{Date, DateBasis, EventDate, Granularity, Timex, TimexType};
use annals_text::Tokens;
use annals_time::{Context, Found, Reference};

/// Sentence openers that make the clause up to the first comma a frame.
const FRAME_OPENERS: &[&str] = &["after", "before", "following", "since", "until", "unlike", "despite", "prior"];

struct Placed {
    start: usize,
    end: usize,
    timex: Timex,
    /// The subordinate clause it stands in ("since Washington broke off relations in 1961").
    sub: Option<usize>,
    /// Frames the event rather than dating it.
    framing: bool,
    /// Lies in an opening frame clause (up to its comma).
    in_frame_clause: bool,
    /// Names a thing of its year ("renounced the 1974 treaty"), not when anything happened.
    thing: bool,
}

/// The resolved time expressions of one sentence.
pub struct SentenceTimes {
    placed: Vec<Placed>,
    /// Token index where an opening frame clause ends (its comma), if the sentence has one.
    frame_end: Option<usize>,
    /// Comma positions, to find the chunk a token is in.
    commas: Vec<usize>,
    /// Semicolons and dashes: a date does not cross them.
    semicolons: Vec<usize>,
    /// The dashes among them (which may only set off an aside).
    dashes: Vec<usize>,
    /// Subordinate clauses (token ranges): their dates date only their own events.
    subs: Vec<(usize, usize)>,
    /// "since 1833, when a naval force expelled the garrison": where each "when" that a
    /// date opens stands, with that date's index in `placed`.
    whens: Vec<(usize, usize)>,
    /// Dates that open a clause after ", and" or ", but": they date what follows them.
    coordinations: Vec<usize>,
    /// The narrative's reference time before this sentence moved it.
    prior: Option<Reference>,
    /// The subordinate clauses (indices into `subs`) that "after" opens.
    after_subs: Vec<usize>,
}

impl SentenceTimes {
    /// Resolves a sentence's expressions in order, moving the narrative's reference time
    /// with each date that is not a frame.
    pub fn resolve(found: &[Found], toks: &Tokens, ctx: &mut Context, _text: &str) -> SentenceTimes {
        let prior = ctx.reference;
        let mut commas: Vec<usize> = (0..toks.len()).filter(|&k| toks.norm(k) == ",").collect();
        // (where a date opens the clause: ", and on 5 April", ", and, in 1766,")
        let coordinations = commas
            .iter()
            .copied()
            .filter(|&k| matches!(toks.norm_at(k + 1), "and" | "but"))
            .filter_map(|k| {
                let opening = (k + 2..toks.len()).find(|&j| !(toks.norm(j) == "," || matches!(toks.norm(j), "on" | "in" | "at" | "by" | "during")))?;
                // (and a subject follows it: not ", and on October 31, 1861, signed")
                let date = found.iter().find(|f| f.tokens.0 == opening)?;
                let after = if toks.norm_at(date.tokens.1) == "," { date.tokens.1 + 1 } else { date.tokens.1 };
                let subject = toks.get(after).is_some_and(|t| t.cap) || crate::grammar::is_determiner(toks.norm_at(after));
                subject.then_some(opening)
            })
            .collect();
        // ("Seoul changed hands in January 1951 and was retaken by UN troops in March": a verb
        // joined by "and" has its own dates, as one after a comma has)
        let first_modal = (0..toks.len()).find(|&j| matches!(toks.norm(j), "will" | "would" | "shall" | "must" | "can" | "could" | "may" | "might"));
        let joins = (1..toks.len()).filter(|&k| {
            let next = toks.norm_at(k + 1);
            // (and "but": "returned in March 1815 but was defeated on 18 June")
            // (and a bare verb after a modal: "will meet Netanyahu tonight and travel to the
            // West Bank on Thursday morning")
            let after_modal = || {
                first_modal.is_some_and(|j| j < k)
                    && toks.get(k + 1).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word)
                    && !crate::grammar::is_determiner(next)
                    && !crate::grammar::is_preposition(next)
                    && !matches!(next, "he" | "she" | "it" | "they" | "we" | "i" | "you" | "not" | "that" | "which" | "who")
            };
            matches!(toks.norm(k), "and" | "but")
                && toks.norm(k - 1) != ","
                && (matches!(next, "was" | "were" | "had" | "then" | "later") || (next.len() > 4 && next.ends_with("ed")) || after_modal())
        });
        let semicolons: Vec<usize> = (0..toks.len()).filter(|&k| matches!(toks.norm(k), ";" | "--")).collect();
        let dashes: Vec<usize> = semicolons.iter().copied().filter(|&k| toks.norm(k) == "--").collect();
        let frame_end = FRAME_OPENERS.contains(&toks.norm_at(0)).then(|| commas.iter().copied().find(|&c| c > 1)).flatten();
        commas.extend(joins);
        commas.sort_unstable();
        let subs = annals_time::subordinate_clauses(toks);
        let after_subs = subs.iter().enumerate().filter(|(_, &(a, _))| toks.norm(a) == "after").map(|(i, _)| i).collect();
        let mut placed = Vec::new();
        let mut previous: Option<&Found> = None;
        // the last date of a subordinate clause, which moves nothing unless the sentence
        // ends with it and a history goes on from it
        let mut clause: Option<(&Found, Timex)> = None;
        let mut looked_back = annals_time::LookBack::default();
        for f in found {
            let Some(mut t) = ctx.resolve(f) else { continue };
            if let Some(p) = placed.last().filter(|p: &&Placed| annals_time::in_apposition(toks, p.end, &p.timex, f)) {
                t = Timex { span: t.span, ..p.timex.clone() };
            } else if let Some(named) = placed.last().and_then(|p: &Placed| annals_time::weekday_in_apposition(toks, p.end, &p.timex, f)) {
                // "Two days later, on Sunday night": that day's night
                t = Timex { span: t.span, ..named };
            } else if let Some(next) = placed.last().and_then(|p: &Placed| annals_time::weekday_after(toks, p.end, &p.timex, f, &t)) {
                // "closed Friday and Saturday": the Saturday after that Friday
                t = next;
            }
            // "the next day, July 4": the narrative's day is the date that names it
            if let (Some(prev), Some(p)) = (previous.take(), placed.last_mut()) {
                if let Some(period) = annals_time::named_in_apposition(toks, prev, f, &t) {
                    p.timex = Timex { span: p.timex.span, ..period };
                }
            }
            previous = Some(f);
            let (start, end) = f.tokens;
            let framing = annals_time::is_frame(toks, start);
            let in_frame_clause = frame_end.is_some_and(|e| start < e);
            let sub = subs.iter().position(|&(a, b)| a <= start && start < b);
            let sets = !framing && annals_time::sets_reference(f, toks);
            // (a look back anchors the rest of its sentence, and the narrative returns after it)
            looked_back.note(sets, f, &t, ctx, toks);
            let moves = sets || annals_time::ends_a_wait(toks, start, ctx);
            // (a subordinate clause's date keeps to its clause, unless a text without a date
            // has told no other time: "Détente began after Nixon took office in January 1969")
            // "After the battle of Friedland in June 1807, Alexander met Napoleon …, and in
            // July they signed": an opening frame after which the story goes on, later than
            // the narrative, moves it before the dates that follow are read
            let forward_frame = in_frame_clause
                && !framing
                && matches!(toks.norm_at(0), "after" | "following")
                && matches!((ctx.reference, t.from), (Some(r), Some(from)) if from > r.to);
            if (moves && !in_frame_clause && (sub.is_none() || ctx.has_no_anchor())) || forward_frame {
                ctx.observe_found(f, &t);
            } else if moves && !in_frame_clause && sub.is_some() {
                clause = Some((f, t.clone()));
            }
            let thing = annals_time::names_a_thing(f, toks);
            placed.push(Placed { start, end, timex: t, sub, framing, in_frame_clause, thing });
        }
        looked_back.restore(ctx);
        if let Some((f, t)) = clause.filter(|(f, _)| placed.last().is_some_and(|p: &Placed| p.start == f.tokens.0)) {
            let mut inside = ctx.clone();
            inside.observe_found(f, &t);
            if annals_time::goes_on_from_clause(&inside, ctx, annals_time::tense_at(toks, f.tokens.0, f.tokens.1)) {
                *ctx = inside;
            }
        }
        // "Following his election in November 1960, Kennedy …": an opening frame that lies
        // later than the narrative moves it (what follows happened after it)
        if !placed.iter().any(|p: &Placed| !p.framing && !p.in_frame_clause) {
            let forward = matches!(toks.norm_at(0), "after" | "following");
            if let Some(p) = placed.iter().rev().find(|p| p.in_frame_clause && !p.framing) {
                let later = match (ctx.reference, p.timex.from) {
                    (None, _) => true,
                    (Some(r), Some(f)) => forward && f > r.to,
                    _ => false,
                };
                if later {
                    ctx.observe(&p.timex);
                }
            }
        }
        let whens = placed
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let k = if toks.norm_at(p.end) == "," { p.end + 1 } else { p.end };
                (toks.norm_at(k) == "when").then_some((k, i))
            })
            .collect();
        SentenceTimes { placed, frame_end, commas, semicolons, dashes, subs, whens, coordinations, prior, after_subs }
    }

    fn chunk(&self, k: usize) -> usize {
        self.commas.iter().filter(|&&c| c < k).count()
    }

    /// The middle day of the sentence's main date, for resolving names on it ("Carter" in
    /// 1977 is the president, though he took office on 20 January).
    pub fn main_day(&self) -> Option<Date> {
        self.main_period().map(|(from, to)| from.add_days(to.days_since(from) / 2).unwrap_or(from))
    }

    /// The days the sentence's main time covers, of which [`Self::main_day`] is the middle.
    pub fn main_period(&self) -> Option<(Date, Date)> {
        self.placed
            .iter()
            .filter(|p| !p.framing && !p.in_frame_clause && matches!(p.timex.kind, TimexType::Date | TimexType::Duration))
            .find_map(|p| Some((p.timex.from?, p.timex.to?)))
    }

    /// Any day the sentence names, framing or not: a last resort for resolving names.
    pub fn any_day(&self) -> Option<Date> {
        self.placed.iter().find_map(|p| p.timex.from)
    }

    /// The date of an event whose trigger spans tokens `[start, end)`.
    /// An event that `looks_ahead` (an intent, threat or refusal) is not at a time told
    /// after its act.
    /// `told_past` says whether the act is told in the past (read only when needed).
    pub fn date_for(
        &self,
        (start, end): (usize, usize),
        looks_ahead: bool,
        told_past: impl FnOnce() -> bool,
        ctx: &Context,
        doc: Option<Date>,
        text: &str,
    ) -> Option<EventDate> {
        let in_frame = self.frame_end.is_some_and(|e| start < e);
        let clause = |k: usize| self.semicolons.iter().filter(|&&c| c < k).count();
        let own_clause = clause(start);
        let own_sub = self.subs.iter().position(|&(a, b)| a <= start && start < b);
        let usable = self.placed.iter().filter(|p| {
            p.timex.from.is_some()
                && matches!(p.timex.kind, TimexType::Date | TimexType::Time | TimexType::Duration)
                && !p.framing
                && !p.thing
                && p.in_frame_clause == in_frame
                && !matches!(p.timex.granularity, Granularity::Century)
                && clause(p.start) == own_clause
                // ("relations became tense after the Soviet Union shot down a U-2 in 1960":
                // what came after a dated act is dated by it too)
                && (p.sub == own_sub || (own_sub.is_none() && p.start >= end && p.sub.is_some_and(|i| self.after_subs.contains(&i))))
                && !(looks_ahead && p.start >= end)
        });
        let chunk = self.chunk(start);
        // "Britain had claimed the islands since 1833, when a naval force expelled the
        // garrison": what the "when" clause tells happened at the date that opens it, even
        // one that only frames the rest of the sentence (unless the clause names its own:
        // "four months later, when they signed the treaty on December 10, 1898")
        let opened = self
            .whens
            .iter()
            .rev()
            .find(|&&(w, _)| w < start && self.chunk(w) == chunk && clause(w) == own_clause)
            .filter(|&&(w, _)| !usable.clone().any(|p| p.start > w && self.chunk(p.start) == chunk))
            .map(|&(_, i)| &self.placed[i]);
        // the event's own chunk first, then the nearest date before it (an opening adverbial
        // scopes over what follows), then the nearest after
        let best = opened.filter(|p| p.timex.from.is_some()).or_else(|| {
            usable.min_by_key(|p| {
                let same_chunk = self.chunk(p.start) == chunk;
                let before = p.end <= start;
                let dist = if before { start - p.end } else { p.start.saturating_sub(end) };
                (!same_chunk, !before, dist, p.timex.granularity)
            })
        });
        // "Britain broke off relations with Argentina, and on 5 April a task force sailed":
        // a date in a clause that a comma and "and" open later dates that clause, not this
        // one, which the narrative's time before the sentence dates
        let opens_later_clause = |p: &Placed| p.start >= end && self.coordinations.contains(&p.start);
        if let (Some(r), Some(_)) = (self.prior, best.filter(|p| opens_later_clause(p))) {
            return Some(from_reference(r, DateBasis::Narrative));
        }
        if let Some(p) = best {
            return Some(EventDate {
                value: record_value(&p.timex),
                from: p.timex.from,
                to: p.timex.to,
                granularity: p.timex.granularity,
                basis: DateBasis::Explicit,
                text: Some(text[p.timex.span.start..p.timex.span.end].to_string()),
            });
        }
        // ("the Council is expected to discuss sanctions next week. Lavrov arrived in
        // Pyongyang": what news tells as past is not at a time still to come)
        // (a time counted ahead from the document's date; not "On February 27 … issued" told
        // in the past, whatever the document's date)
        let ahead = |r: &Reference| ctx.reference_deictic && doc.is_some_and(|d| r.from > d);
        // ("Khrushchev promised to defend Cuba, and in the summer of 1962 Soviet ships
        // began …": a time the sentence names only after the act, which moved the
        // narrative, is not the act's; the narrative's time before the sentence is)
        let moved_after = self.placed.iter().all(|p| p.start >= end) && self.placed.iter().any(opens_later_clause);
        if let Some(r) = self.prior.filter(|_| moved_after) {
            return Some(from_reference(r, DateBasis::Narrative));
        }
        // ("Iraq was occupied by Britain during World War I; in 1920, it was declared a
        // mandate": a date behind a semicolon is no time of the clause before it)
        let behind_semicolon = !self.placed.is_empty()
            && self.placed.iter().all(|p| p.start >= end && clause(p.start) > own_clause)
            && self.semicolons.iter().any(|&c| c >= end && self.placed.iter().all(|p| c < p.start) && !self.dashes.contains(&c));
        if behind_semicolon {
            return match self.prior {
                Some(r) => Some(from_reference(r, DateBasis::Narrative)),
                None => doc.map(|d| from_reference(Reference::day(d), DateBasis::Document)),
            };
        }
        if let Some(r) = ctx.reference.filter(|r| !(ahead(r) && told_past())) {
            return Some(from_reference(r, DateBasis::Narrative));
        }
        doc.map(|d| from_reference(Reference::day(d), DateBasis::Document))
    }
}

/// An event record writes a decade as `197X` (SPEC §1); TIMEX3, which the time tagger
/// prints, writes it `197`.
fn record_value(t: &Timex) -> String {
    match t.granularity {
        Granularity::Decade if t.value.len() == 3 => format!("{}X", t.value),
        _ => match (t.from, t.to) {
            // a day of a known month or season ("that same day" in October 1998,
            // 1998-10-XX; "that night" in 2005, 2005-XX-XXTNI) is dated by what is known
            // (and a stretch after it, "the following months", PXM, by the days it covers)
            // ("a few days later", FUTURE_REF, by the days it is taken to cover)
            (Some(from), Some(to)) if t.value.contains("-XX") || t.value.ends_with("_REF") || t.kind == TimexType::Duration => {
                from_reference(Reference { from, to, granularity: t.granularity }, DateBasis::Explicit).value
            }
            _ => t.value.clone(),
        },
    }
}

fn from_reference(r: Reference, basis: DateBasis) -> EventDate {
    // (a record writes a decade `197X`, SPEC §1)
    let value = match r.value() {
        v if r.granularity == Granularity::Decade && v.len() == 3 => format!("{v}X"),
        v => v,
    };
    let granularity = match r.granularity {
        Granularity::Time => Granularity::Day,
        g => g,
    };
    EventDate { value, from: Some(r.from), to: Some(r.to), granularity, basis, text: None }
}
