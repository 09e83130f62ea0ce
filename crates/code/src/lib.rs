//! The event coder: from a document to coded, dated events.
//!
//! For each sentence, in reading order: time expressions are found and anchored
//! (`annals-time`), actors are found and resolved on the sentence's date ([`mentions`]),
//! event patterns are matched ([`triggers`]), and each trigger gets its source and target
//! from the sentence's structure ([`roles`]), its negation and its date ([`dates`]). A
//! [`Coder`] is built once and codes many documents in parallel.

pub mod dates;
pub mod grammar;
pub mod mentions;
pub mod places;
pub mod roles;
pub mod tone;
pub mod triggers;

use annals_lexicon::{DictError, Lexicon};
use annals_model::{event_id, Actor, Doc, Event};
use annals_text::Tokens;
use annals_time::{Context, Found, TimeTagger};
use mentions::Discourse;

/// What coding a document gives.
#[derive(Debug, Default)]
pub struct Coded {
    pub events: Vec<Event>,
    pub sentences: Vec<annals_model::Sentence>,
}

/// The compiled coder: dictionaries, time grammar, gazetteer, tone words.
pub struct Coder {
    pub lexicon: Lexicon,
    pub time: TimeTagger,
    places: places::Gazetteer,
    tone: tone::ToneWords,
    /// Print each sentence's mentions, triggers and events to standard error
    /// (`ANNALS_DEBUG=1`), for people writing dictionaries.
    pub debug: bool,
}

/// Reusable buffers for one thread.
#[derive(Default)]
pub struct Scratch {
    toks: Tokens,
    found: Vec<Found>,
}

impl Coder {
    /// The coder with the dictionaries that ship with annals.
    pub fn builtin() -> Result<Coder, DictError> {
        Ok(Coder::new(Lexicon::builtin()?, TimeTagger::new()))
    }

    pub fn new(lexicon: Lexicon, time: TimeTagger) -> Coder {
        let debug = std::env::var_os("ANNALS_DEBUG").is_some_and(|v| v != "0");
        Coder { lexicon, time, places: places::Gazetteer::builtin(), tone: tone::ToneWords::builtin(), debug }
    }

    /// Codes one document.
    pub fn code(&self, doc: &Doc) -> Coded {
        self.code_with(doc, &mut Scratch::default())
    }

    /// Codes one document with reusable buffers.
    pub fn code_with(&self, doc: &Doc, scratch: &mut Scratch) -> Coded {
        let text = doc.text.as_str();
        let sentences = annals_text::sentences(text);
        let mut ctx = Context::new(doc.date);
        let mut disc = Discourse::default();
        let mut events: Vec<Event> = Vec::new();
        let mut carry = roles::Carry::default();
        for s in &sentences {
            let toks = &mut scratch.toks;
            toks.tokenize(text, s.span);
            ctx.next_sentence();
            // most sentences name no time: the tagger can tell from their words alone
            match self.time.may_hold_time(&text[s.span.start..s.span.end]) {
                true => self.time.find(text, toks, &mut scratch.found),
                false => scratch.found.clear(),
            }
            let timing = dates::SentenceTimes::resolve(&scratch.found, toks, &mut ctx, text);
            let actor_date = timing
                .main_day()
                .or_else(|| ctx.reference.map(|r| r.from.add_days(r.to.days_since(r.from) / 2).unwrap_or(r.from)))
                .or_else(|| timing.any_day())
                .or(doc.date);
            let period = timing.main_period().or_else(|| ctx.reference.map(|r| (r.from, r.to)));
            let ments = mentions::find(&self.lexicon, text, toks, mentions::When { day: actor_date, period }, &mut disc, s.index);
            let times: Vec<(usize, usize)> = scratch.found.iter().filter(|f| !matches!(f.spec, annals_time::Spec::Duration { .. })).map(|f| f.tokens).collect();
            // (no event word begins inside a name of two words or more: "the Pakistan Air Force
            // launched strikes" is no air strike, "the Orange Free State" frees no one)
            let names: Vec<(usize, usize)> = ments
                .iter()
                .filter(|m| matches!(m.kind, mentions::Kind::State | mentions::Kind::Person) && m.end >= m.start + 2)
                .map(|m| (m.start, m.end))
                .collect();
            let trigs = triggers::find(&self.lexicon, text, toks, &times, &names);
            // a heading that names no one ("The invasion") restates what the text tells; its
            // parties would only be guessed from the sentences before it
            let heading = ments.is_empty() && !text[s.span.start..s.span.end].trim_end().ends_with(['.', '!', '?', '"', '\u{201d}', '\'', ')']);
            let coded = match heading {
                true => Vec::new(),
                false => roles::assign(&self.lexicon, toks, &ments, &trigs, &disc, &mut carry),
            };
            // the parties of a reciprocal event are the pair "they" and "the two" refer to next
            // (the last one told, in the order it was told: "Sadat and Begin met with Carter,
            // and … they signed the Accords")
            let pair_event = |c: &&roles::CodedEvent| c.reciprocal && c.source.country != c.target.country;
            let last_told = coded.iter().filter(pair_event).map(|c| c.trigger_start).max();
            if let Some(c) = coded.iter().filter(pair_event).find(|c| Some(c.trigger_start) == last_told) {
                disc.last_pair = Some((c.source.state(), c.target.state()));
                disc.pair_sentence = s.index;
            }
            // the sides of the last conflict, for "both sides" a third party speaks to
            // (between states: an organization's sanctions make it no side)
            let states = |c: &roles::CodedEvent| [&c.source.country, &c.target.country].iter().all(|x| !grammar::NON_STATE_CODES.contains(&x.as_str()));
            // (or between a state and its rebels)
            let conflict =
                |c: &&roles::CodedEvent| c.source.side() != c.target.side() && states(c) && self.lexicon.cameo.get(&c.cameo).is_some_and(|i| i.quad_class >= 3);
            if let Some(c) = coded.iter().rfind(conflict) {
                disc.last_conflict = Some((c.source.side(), c.target.side()));
            }
            for c in coded.iter().filter(conflict) {
                disc.note_conflict(c.source.side(), c.target.side());
            }
            if let Some(c) = coded.iter().filter(conflict).rfind(|c| matches!(&c.cameo[..2], "18" | "19" | "20")) {
                disc.last_fight = Some((c.source.side(), c.target.side()));
            }
            // "the administration" in the next sentence is the state that acted last
            if let Some((a, _)) = carry.subject.first() {
                disc.last_subject = Some(a.state());
            }
            if self.debug {
                eprintln!("-- sentence {}: {}", s.index, &text[s.span.start..s.span.end]);
                for m in &ments {
                    eprintln!(
                        "   mention {:?} {:?} prep={:?} coord={} mod={} kind={:?}",
                        &text[m.span.start..m.span.end],
                        m.actors.iter().map(|a| a.code.as_str()).collect::<Vec<_>>(),
                        m.prep,
                        m.coord_next,
                        m.modifier,
                        m.kind
                    );
                }
                for t in &trigs {
                    eprintln!(
                        "   trigger {:?} {} passive={} nominal={} modality={:?} neg={} pos={:?}",
                        toks.norm(t.head),
                        t.pattern.code,
                        t.passive,
                        t.nominal,
                        t.modality,
                        t.negated,
                        (t.start, t.end, &t.positions)
                    );
                }
                for c in &coded {
                    eprintln!("   event {} {} {}", c.source.code, c.cameo, c.target.code);
                }
            }
            if coded.is_empty() {
                continue;
            }
            let sentence_text = &text[s.span.start..s.span.end];
            let tone = self.tone.score(toks);
            let location = self.places.locate(text, toks, &ments);
            for mut c in coded {
                // "North Korean troops captured Seoul": a city captured is territory taken
                // (192), not a person arrested (173) or property seized (171)
                let verb = toks.norm(c.trigger_start);
                if matches!(c.cameo.as_str(), "173" | "171") && (verb.starts_with("captur") || verb.starts_with("seiz")) {
                    let place = ments.iter().find(|m| m.span == c.target_words).is_some_and(|m| self.places.names_place(text, toks, m.start, m.end));
                    if place {
                        c.cameo = "192".into();
                    }
                }
                let Some(info) = self.lexicon.cameo.get(&c.cameo) else { continue };
                let told_past = || annals_time::tense_at(toks, c.trigger_end, c.trigger_end).past();
                let date = timing.date_for((c.trigger_start, c.trigger_end), c.looks_ahead, told_past, &ctx, doc.date, text);
                let actor = |a: &mentions::ActorVal, words: annals_model::Span| Actor {
                    code: a.code.clone(),
                    country: Some(a.country.clone()),
                    text: text[words.start..words.end].to_string(),
                };
                let id = event_id(&[&doc.id, &s.index.to_string(), &c.trigger_start.to_string(), &c.source.code, &c.target.code, &c.cameo]);
                events.push(Event {
                    id,
                    doc: doc.id.clone(),
                    sentence: s.index,
                    span: [s.span.start, s.span.end],
                    text: sentence_text.to_string(),
                    date,
                    source: Some(actor(&c.source, c.source_words)),
                    target: Some(actor(&c.target, c.target_words)),
                    cameo: c.cameo.clone(),
                    root: info.root.clone(),
                    quad_class: info.quad_class,
                    goldstein: info.goldstein,
                    plover: info.plover.clone(),
                    negated: c.negated,
                    location: location.clone(),
                    tone: Some(tone),
                });
            }
        }
        let events = dedupe(events);
        Coded { events, sentences }
    }
}

/// Removes repeats within a document: the same actors, code and sentence once; an undated
/// mention of an event the document dates elsewhere (a headline restating the story).
fn dedupe(events: Vec<Event>) -> Vec<Event> {
    let key = |e: &Event| (e.source.as_ref().map(|a| a.code.clone()), e.target.as_ref().map(|a| a.code.clone()), e.cameo.clone());
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for e in events {
        if out.iter().any(|o| o.sentence == e.sentence && key(o) == key(&e)) {
            continue;
        }
        out.push(e);
    }
    let country = |a: &Option<Actor>| a.as_ref().and_then(|a| a.country.clone());
    let dated: Vec<(Option<String>, Option<String>, String)> =
        out.iter().filter(|e| e.date.is_some()).map(|e| (country(&e.source), country(&e.target), e.cameo.clone())).collect();
    out.retain(|e| e.date.is_some() || !dated.contains(&(country(&e.source), country(&e.target), e.cameo.clone())));
    out
}

#[cfg(test)]
mod tests;
