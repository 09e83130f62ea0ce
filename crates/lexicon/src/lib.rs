//! Dictionaries: actors with dated roles (states, organizations, people, agents) and event
//! patterns (CAMEO verbs and nouns, and the verbs of intent and refusal that govern them).
//! The source files are readable text under `data/`; [`Lexicon::builtin`] compiles them
//! once into phrase matchers. Every reader reports a malformed line as a [`DictError`]
//! naming the file and line.

pub mod inflect;
pub mod phrase;

use annals_model::{CameoTable, Date, Span};
use annals_text::Tokens;
use inflect::{noun_forms, parse_irregulars, verb_forms, Irregulars};
use phrase::{Phrase, PhraseMatcher, Word};
use std::collections::HashMap;
use std::fmt;

/// A malformed dictionary line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DictError {
    pub file: String,
    pub line: usize,
    pub kind: DictErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DictErrorKind {
    /// The line is not of the file's form.
    Syntax(String),
    /// A date that is not YYYY, YYYY-MM or YYYY-MM-DD, or a range that ends before it starts.
    Date(String),
    /// A CAMEO event code, actor code or role the dictionaries do not know.
    UnknownCode(String),
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match &self.kind {
            DictErrorKind::Syntax(m) => m.clone(),
            DictErrorKind::Date(m) => format!("bad date: {m}"),
            DictErrorKind::UnknownCode(m) => format!("unknown code: {m}"),
        };
        write!(f, "{}:{}: {}", self.file, self.line, what)
    }
}

impl std::error::Error for DictError {}

/// A three-letter CAMEO role (GOV, MIL, REB…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Role([u8; 3]);

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        let b = s.as_bytes();
        (b.len() == 3 && b.iter().all(u8::is_ascii_uppercase)).then(|| Role([b[0], b[1], b[2]]))
    }
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

/// A state or international organization, with the days it existed.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub code: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub organization: bool,
}

impl State {
    pub fn exists_on(&self, d: Date) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t)
    }

    /// Whether it existed on some day from `from` to `to`.
    pub fn overlaps(&self, from: Date, to: Date) -> bool {
        self.from.is_none_or(|f| f <= to) && self.to.is_none_or(|t| from <= t)
    }
}

/// A term in a role.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub role: Role,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

/// A person who acts for a state.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub name: String,
    pub country: String,
    pub terms: Vec<Term>,
}

impl Person {
    /// The role held on a day; ELI outside every term. With no date, the government role if
    /// the person ever held one, else the first.
    pub fn role_on(&self, d: Option<Date>) -> Role {
        let eli = Role::parse("ELI").expect("valid role");
        match d {
            Some(d) => self.terms.iter().find(|t| t.from.is_none_or(|f| f <= d) && t.to.is_none_or(|e| d <= e)).map_or(eli, |t| t.role),
            None => self.terms.iter().find(|t| t.role.as_str() == "GOV").or(self.terms.first()).map_or(eli, |t| t.role),
        }
    }
    /// Whether the person held an office (a role other than ELI) on a day.
    pub fn in_office(&self, d: Date) -> bool {
        self.terms.iter().any(|t| t.role.as_str() != "ELI" && t.from.is_none_or(|f| f <= d) && t.to.is_none_or(|e| d <= e))
    }
}

/// What a dictionary phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorRef {
    /// A state or organization (index into `Lexicon::states`).
    State(u32),
    /// An agency of a state with its role ("Pentagon": USA, MIL).
    Institution(u32, Role),
    /// A person (index into `Lexicon::people`).
    Person(u32),
    /// A generic agent ("troops", "government") with its role.
    Agent(Role),
}

/// What an event pattern codes.
#[derive(Clone, Debug, PartialEq)]
pub struct EventPattern {
    pub code: String,
    /// "X and Y met": an event both ways.
    pub reciprocal: bool,
    /// In the passive without "by", the object of "from" is the source.
    pub source_from: bool,
    /// A noun phrase ("the invasion of").
    pub noun: bool,
    /// Index of the verb among the phrase's words (None for a noun phrase).
    pub verb: Option<usize>,
    /// Index of the head word (the verb, or the head noun).
    pub head: usize,
    /// The verb follows its subject noun in the pattern ("relations ^deteriorate").
    pub noun_subject: bool,
    /// The pattern as written, for messages and tests.
    pub source_text: String,
}

/// Verbs that govern another verb through "to".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modality {
    Intent,
    Threat,
    Refusal,
    Attempt,
    Failure,
    /// "were able to", "managed to": the act happened.
    Success,
}

/// The compiled dictionaries. Build once; share across threads.
pub struct Lexicon {
    pub states: Vec<State>,
    pub people: Vec<Person>,
    pub actors: PhraseMatcher<Vec<ActorRef>>,
    pub events: PhraseMatcher<EventPattern>,
    pub modality: PhraseMatcher<Modality>,
    pub cameo: CameoTable,
}

/// The dictionary texts, each with the name to report errors under.
pub struct Sources<'a> {
    pub countries: (&'a str, &'a str),
    pub organizations: (&'a str, &'a str),
    pub regions: (&'a str, &'a str),
    pub agents: (&'a str, &'a str),
    pub people: (&'a str, &'a str),
    pub verbs: (&'a str, &'a str),
    pub modality: (&'a str, &'a str),
    pub irregular: (&'a str, &'a str),
}

impl Sources<'static> {
    /// The dictionaries that ship with annals.
    pub fn builtin() -> Sources<'static> {
        Sources {
            countries: ("data/actors/countries.txt", include_str!("../../../data/actors/countries.txt")),
            organizations: ("data/actors/organizations.txt", include_str!("../../../data/actors/organizations.txt")),
            regions: ("data/actors/regions.txt", include_str!("../../../data/actors/regions.txt")),
            agents: ("data/actors/agents.txt", include_str!("../../../data/actors/agents.txt")),
            people: ("data/actors/people.txt", include_str!("../../../data/actors/people.txt")),
            verbs: ("data/events/verbs.txt", include_str!("../../../data/events/verbs.txt")),
            modality: ("data/events/modality.txt", include_str!("../../../data/events/modality.txt")),
            irregular: ("data/events/irregular.txt", include_str!("../../../data/events/irregular.txt")),
        }
    }
}

/// Words after which no gap is allowed in a pattern: they must follow directly.
const FUNCTION_WORDS: &[&str] = &[
    "to", "with", "on", "off", "in", "into", "at", "for", "from", "of", "by", "up", "down", "out", "away", "back", "over", "upon", "against", "about",
    "toward", "towards", "the", "a", "an", "its", "own", "each", "other", "between", "behind", "through", "en", "as",
];

fn err(file: &str, line: usize, kind: DictErrorKind) -> DictError {
    DictError { file: file.to_string(), line, kind }
}

/// Lines that carry content: (1-based number, text), comments and blanks left out.
fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first (or last) day it covers.
pub fn parse_period(s: &str, end: bool) -> Option<Date> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| -> Option<u32> { (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten() };
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)? as i32;
            if end {
                Date::year_end(y)
            } else {
                Date::year_start(y)
            }
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (y, m) = (num(y)? as i32, num(m)?);
            if end {
                Date::month_end(y, m)
            } else {
                Date::month_start(y, m)
            }
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => Date::new(num(y)? as i32, num(m)?, num(d)?).ok(),
        _ => None,
    }
}

/// `FROM..TO` with either end open.
fn parse_range(file: &str, line: usize, s: &str) -> Result<(Option<Date>, Option<Date>), DictError> {
    let Some((a, b)) = s.split_once("..") else {
        return Err(err(file, line, DictErrorKind::Date(format!("expected FROM..TO, found {s:?}"))));
    };
    let end = |v: &str, is_end: bool| -> Result<Option<Date>, DictError> {
        if v.is_empty() {
            return Ok(None);
        }
        parse_period(v, is_end).map(Some).ok_or_else(|| err(file, line, DictErrorKind::Date(format!("{v:?} is not YYYY, YYYY-MM or YYYY-MM-DD"))))
    };
    let (from, to) = (end(a.trim(), false)?, end(b.trim(), true)?);
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(err(file, line, DictErrorKind::Date(format!("{s} ends before it starts"))));
        }
    }
    Ok((from, to))
}

/// Tokenizes a dictionary form into words. `=` before the form makes it case-exact; a
/// token written with a capital must be capitalized in the text.
fn form_words(form: &str, toks: &mut Tokens) -> Vec<Word> {
    let (exact, body) = match form.strip_prefix('=') {
        Some(b) => (true, b),
        None => (false, form),
    };
    toks.tokenize(body, Span::new(0, body.len()));
    (0..toks.len())
        .map(|i| {
            let t = toks.get(i).expect("in range");
            let raw = &body[t.span.start..t.span.end];
            let mut w = Word::literal(toks.norm(i));
            // `=` asks for the exact spelling; a capital in the dictionary for a capital in
            // the text.
            if exact {
                w.exact = Some(raw.to_string());
            }
            w.cap = t.cap;
            w
        })
        .collect()
}

impl Lexicon {
    /// The dictionaries that ship with annals, compiled.
    pub fn builtin() -> Result<Lexicon, DictError> {
        Lexicon::compile(&Sources::builtin())
    }

    /// Compiles dictionary texts.
    pub fn compile(src: &Sources) -> Result<Lexicon, DictError> {
        let cameo = CameoTable::builtin();
        let mut toks = Tokens::new();
        let mut states = Vec::new();
        let mut forms: HashMap<String, FormEntry> = HashMap::new();
        let add_form = |forms: &mut HashMap<String, FormEntry>, words: Vec<Word>, r: ActorRef| {
            if words.is_empty() {
                return;
            }
            let key = words.iter().map(|w| format!("{}|{}|{}", w.forms[0], w.exact.as_deref().unwrap_or(""), w.cap)).collect::<Vec<_>>().join(" ");
            let e = forms.entry(key).or_insert_with(|| (words, Vec::new()));
            if !e.1.contains(&r) {
                e.1.push(r);
            }
        };
        for (file, text, org) in
            [(src.countries.0, src.countries.1, false), (src.organizations.0, src.organizations.1, true), (src.regions.0, src.regions.1, true)]
        {
            for (line, l) in content_lines(text) {
                let Some((head, list)) = l.split_once('|') else {
                    return Err(err(file, line, DictErrorKind::Syntax("expected `CODE [FROM..TO] | forms`".into())));
                };
                let mut h = head.split_whitespace();
                let code = h.next().unwrap_or("");
                if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(err(file, line, DictErrorKind::Syntax(format!("{code:?} is not a three-letter code"))));
                }
                let (from, to) = match h.next() {
                    Some(r) => parse_range(file, line, r)?,
                    None => (None, None),
                };
                if h.next().is_some() {
                    return Err(err(file, line, DictErrorKind::Syntax("unexpected words before `|`".into())));
                }
                let idx = states.len() as u32;
                states.push(State { code: code.to_string(), from, to, organization: org });
                for form in list.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                    let (form, role) = match form.rsplit_once('/') {
                        Some((f, r)) if Role::parse(r).is_some() => (f, Role::parse(r)),
                        _ => (form, None),
                    };
                    let r = match role {
                        Some(role) => ActorRef::Institution(idx, role),
                        None => ActorRef::State(idx),
                    };
                    add_form(&mut forms, form_words(form, &mut toks), r);
                }
            }
        }
        let (file, text) = src.agents;
        for (line, l) in content_lines(text) {
            let Some((role, list)) = l.split_once('|') else {
                return Err(err(file, line, DictErrorKind::Syntax("expected `ROLE | words`".into())));
            };
            let Some(role) = Role::parse(role.trim()) else {
                return Err(err(file, line, DictErrorKind::UnknownCode(format!("{:?} is not a three-letter role", role.trim()))));
            };
            for form in list.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                let words = form_words(form, &mut toks);
                let plural_ok = !form.starts_with('=');
                add_form(&mut forms, words.clone(), ActorRef::Agent(role));
                if plural_ok {
                    if let Some(last) = words.last() {
                        for p in noun_forms(&last.forms[0]).into_iter().skip(1) {
                            let mut w = words.clone();
                            *w.last_mut().expect("non-empty") = Word::literal(&p);
                            add_form(&mut forms, w, ActorRef::Agent(role));
                        }
                    }
                }
            }
        }
        let codes: HashMap<String, ()> = states.iter().map(|s| (s.code.clone(), ())).collect();
        let mut people = Vec::new();
        let (file, text) = src.people;
        for (line, l) in content_lines(text) {
            let parts: Vec<&str> = l.split('|').map(str::trim).collect();
            if parts.len() != 3 {
                return Err(err(file, line, DictErrorKind::Syntax("expected `names | COUNTRY | ROLE FROM..TO ; …`".into())));
            }
            let country = parts[1];
            if !codes.contains_key(country) {
                return Err(err(file, line, DictErrorKind::UnknownCode(format!("country {country:?} is in no states file"))));
            }
            let mut terms = Vec::new();
            for t in parts[2].split(';').map(str::trim).filter(|t| !t.is_empty()) {
                let mut f = t.split_whitespace();
                let role =
                    f.next().and_then(Role::parse).ok_or_else(|| err(file, line, DictErrorKind::UnknownCode(format!("{t:?} does not start with a role"))))?;
                let (from, to) = parse_range(file, line, f.next().unwrap_or(""))?;
                terms.push(Term { role, from, to });
            }
            let names: Vec<&str> = parts[0].split(',').map(str::trim).filter(|n| !n.is_empty()).collect();
            let Some(name) = names.first() else {
                return Err(err(file, line, DictErrorKind::Syntax("no name".into())));
            };
            let idx = people.len() as u32;
            people.push(Person { name: name.to_string(), country: country.to_string(), terms });
            for n in names {
                add_form(&mut forms, form_words(n, &mut toks), ActorRef::Person(idx));
            }
        }
        let mut actors = PhraseMatcher::new();
        let mut sorted: Vec<(String, FormEntry)> = forms.into_iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, (words, refs)) in sorted {
            actors.add(Phrase { words, value: refs });
        }

        let irregular = parse_irregulars(src.irregular.1).map_err(|(line, m)| err(src.irregular.0, line, DictErrorKind::Syntax(m)))?;
        let events = compile_events(src.verbs.0, src.verbs.1, &cameo, &irregular, &mut toks)?;
        let modality = compile_modality(src.modality.0, src.modality.1, &irregular, &mut toks)?;
        Ok(Lexicon { states, people, actors, events, modality, cameo })
    }

    /// The state or organization a set of references names on a day: the one that existed
    /// then (none if none did: "Berlin" in 1959 names no state); with no date, the one that
    /// exists now, else the first.
    pub fn pick_state(&self, candidates: &[u32], date: Option<Date>) -> Option<u32> {
        match date {
            Some(d) => candidates.iter().find(|i| self.states[**i as usize].exists_on(d)).copied(),
            None => candidates.iter().find(|i| self.states[**i as usize].to.is_none()).or(candidates.first()).copied(),
        }
    }

    /// The state a set of references names in a period whose middle no such state existed
    /// on: one that existed during part of it ("Berlin" in 1945, a year whose middle falls
    /// after the Reich's end).
    pub fn pick_state_during(&self, candidates: &[u32], from: Date, to: Date) -> Option<u32> {
        candidates.iter().find(|i| self.states[**i as usize].overlaps(from, to)).copied()
    }

    /// Among people sharing a name, the one in office on the day (else the first).
    /// ("Spanish King Charles III" in 1761 is not the British king of 2022: no one acts half
    /// a century before first holding office)
    pub fn pick_person(&self, candidates: &[u32], date: Option<Date>) -> Option<u32> {
        let in_office = |i: &&u32| date.is_some_and(|d| self.people[**i as usize].in_office(d));
        let alive = |i: &&u32| {
            let first = self.people[**i as usize].terms.iter().filter_map(|t| t.from).min();
            match (date, first) {
                (Some(d), Some(f)) => d.year() + 50 >= f.year(),
                _ => true,
            }
        };
        candidates.iter().find(in_office).or(candidates.iter().find(alive)).copied()
    }
}

/// The words of a dictionary form and what they name.
type FormEntry = (Vec<Word>, Vec<ActorRef>);

/// A whitespace word of a pattern: marked `^`, marked `=`, its tokens (normal form, text).
type PatternWord = (bool, bool, Vec<(String, String)>);

/// Splits a pattern into whitespace words and tokenizes each.
fn pattern_words(p: &str, toks: &mut Tokens) -> Vec<PatternWord> {
    p.split_whitespace()
        .map(|w| {
            let (marked, w) = match w.strip_prefix('^') {
                Some(r) => (true, r),
                None => (false, w),
            };
            let (exact, w) = match w.strip_prefix('=') {
                Some(r) => (true, r),
                None => (false, w),
            };
            toks.tokenize(w, Span::new(0, w.len()));
            let t = (0..toks.len())
                .map(|i| (toks.norm(i).to_string(), w[toks.get(i).expect("in range").span.start..toks.get(i).expect("in range").span.end].to_string()))
                .collect();
            (marked, exact, t)
        })
        .collect()
}

/// Words of a pattern with the head word inflected (verb forms or noun forms).
fn inflected_words(pattern: &str, noun: bool, irregular: &Irregulars, toks: &mut Tokens) -> Option<(Vec<Word>, usize, usize)> {
    let words = pattern_words(pattern, toks);
    if words.is_empty() || words.iter().any(|w| w.2.is_empty()) {
        return None;
    }
    let head_word = words.iter().position(|w| w.0).unwrap_or(if noun { words.len() - 1 } else { 0 });
    let mut out = Vec::new();
    let mut head_index = 0;
    let mut force_gap = false;
    for (wi, (_, exact, tokens)) in words.iter().enumerate() {
        if tokens.len() == 1 && tokens[0].0 == "*" {
            force_gap = true;
            continue;
        }
        let adjacent = tokens.first().is_some_and(|t| t.0 == "+");
        let tokens: &[(String, String)] = if adjacent { &tokens[1..] } else { tokens };
        for (ti, (norm, raw)) in tokens.iter().enumerate() {
            let is_head = wi == head_word && ti == tokens.len() - 1 && !exact;
            let forms = if is_head {
                head_index = out.len();
                if noun {
                    noun_forms(norm)
                } else {
                    verb_forms(norm, irregular)
                }
            } else {
                vec![norm.clone()]
            };
            // a verb after its subject noun may stand further off: "relations between the United
            // Kingdom and Argentina were restored"
            let far = wi == head_word && head_word > 0 && !noun;
            let gap = if out.is_empty() || ti > 0 || adjacent || (FUNCTION_WORDS.contains(&norm.as_str()) && !force_gap) {
                0
            } else if far {
                8
            } else {
                5
            };
            force_gap = false;
            // a verb's particle right after it: "travel to", "pull out"
            let adverb = !noun && gap == 0 && ti == 0 && wi == head_word + 1 && FUNCTION_WORDS.contains(&norm.as_str());
            out.push(Word { forms, exact: exact.then(|| raw.clone()), cap: false, gap, adverb });
        }
    }
    Some((out, head_index, head_word))
}

fn compile_events(file: &str, text: &str, cameo: &CameoTable, irregular: &Irregulars, toks: &mut Tokens) -> Result<PhraseMatcher<EventPattern>, DictError> {
    let mut m = PhraseMatcher::new();
    for (line, l) in content_lines(text) {
        let Some((code, list)) = l.split_once('|') else {
            return Err(err(file, line, DictErrorKind::Syntax("expected `CODE | pattern ; pattern`".into())));
        };
        let code = code.trim();
        if cameo.get(code).is_none() {
            return Err(err(file, line, DictErrorKind::UnknownCode(format!("CAMEO event code {code:?}"))));
        }
        for pat in list.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let mut body = pat;
            let mut reciprocal = false;
            let mut source_from = false;
            loop {
                if let Some(b) = body.strip_suffix("<>") {
                    reciprocal = true;
                    body = b.trim_end();
                } else if let Some(b) = body.strip_suffix("<from") {
                    source_from = true;
                    body = b.trim_end();
                } else {
                    break;
                }
            }
            let (noun, body) = match body.strip_prefix("n:") {
                Some(b) => (true, b.trim()),
                None => (false, body),
            };
            if body.contains('<') || body.contains('>') {
                return Err(err(file, line, DictErrorKind::Syntax(format!("unknown flag in {pat:?}"))));
            }
            let Some((words, head, head_word)) = inflected_words(body, noun, irregular, toks) else {
                return Err(err(file, line, DictErrorKind::Syntax(format!("empty pattern {pat:?}"))));
            };
            m.add(Phrase {
                words,
                value: EventPattern {
                    code: code.to_string(),
                    reciprocal,
                    source_from,
                    noun,
                    verb: (!noun).then_some(head),
                    head,
                    noun_subject: !noun && head_word > 0,
                    source_text: pat.to_string(),
                },
            });
        }
    }
    Ok(m)
}

fn compile_modality(file: &str, text: &str, irregular: &Irregulars, toks: &mut Tokens) -> Result<PhraseMatcher<Modality>, DictError> {
    let mut m = PhraseMatcher::new();
    for (line, l) in content_lines(text) {
        let Some((kind, list)) = l.split_once('|') else {
            return Err(err(file, line, DictErrorKind::Syntax("expected `KIND | verb ; verb`".into())));
        };
        let kind = match kind.trim() {
            "intent" => Modality::Intent,
            "threat" => Modality::Threat,
            "refusal" => Modality::Refusal,
            "attempt" => Modality::Attempt,
            "failure" => Modality::Failure,
            "success" => Modality::Success,
            other => return Err(err(file, line, DictErrorKind::Syntax(format!("unknown kind {other:?}")))),
        };
        for pat in list.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((words, _, _)) = inflected_words(pat, false, irregular, toks) else {
                return Err(err(file, line, DictErrorKind::Syntax(format!("empty pattern {pat:?}"))));
            };
            m.add(Phrase { words, value: kind });
        }
    }
    Ok(m)
}

#[cfg(test)]
mod tests;
