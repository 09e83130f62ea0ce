//! Actors in a sentence: dictionary phrases grouped into noun phrases ("Soviet Premier Nikita
//! Khrushchev", "the government of Panama", "Carter's administration"), resolved to CAMEO
//! codes on the sentence's date, with pronouns and phrases like "the two countries" resolved
//! to the actors the text named before.

use crate::grammar::*;
use annals_lexicon::{ActorRef, Lexicon, Role};
use annals_model::{Date, Span};
use annals_text::{TokenKind, Tokens};

/// One actor a mention names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorVal {
    /// Full CAMEO actor code: USA, USAGOV, SUNMIL.
    pub code: String,
    /// The country (or organization) part.
    pub country: String,
}

impl ActorVal {
    /// The state (or organization) itself: USA for USAGOV.
    pub fn state(&self) -> ActorVal {
        ActorVal { code: self.country.clone(), country: self.country.clone() }
    }

    /// The side of a conflict the actor is on: its state, or its state's rebels.
    pub fn side(&self) -> ActorVal {
        if self.code.ends_with("REB") {
            self.clone()
        } else {
            self.state()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    State,
    Person,
    /// A generic agent ("troops") whose country the sentence does not say.
    Agent,
    /// A pronoun or a phrase like "the two countries".
    Anaphor,
}

/// A noun phrase that names one or more actors.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Token range.
    pub start: usize,
    pub end: usize,
    pub span: Span,
    pub actors: Vec<ActorVal>,
    pub kind: Kind,
    /// The role of an agent without a country.
    pub role: Option<Role>,
    /// The preposition governing the phrase, if any.
    pub prep: Option<String>,
    /// Coordinated with the next mention ("the United States and Cuba").
    pub coord_next: bool,
    /// Stands before another noun it modifies ("Soviet" in "Soviet missiles").
    pub modifier: bool,
    /// Names a person.
    pub person: bool,
    /// The title a person was named with ("president" in "President Kennedy").
    pub title: Option<String>,
    /// Glued to a participle ("CIA-planned"): only the source of the event noun it qualifies.
    pub compound: bool,
    /// Directly followed by a noun it modifies ("the U.S. Response", "Soviet power").
    pub modifies_noun: bool,
}

impl Mention {
    /// A mention with no actors resolved yet.
    fn new(start: usize, end: usize, span: Span, kind: Kind, prep: Option<String>) -> Mention {
        Mention {
            start,
            end,
            span,
            actors: Vec::new(),
            kind,
            role: None,
            prep,
            coord_next: false,
            modifier: false,
            person: false,
            title: None,
            modifies_noun: false,
            compound: false,
        }
    }
}

/// What the text has named so far, for anaphora.
#[derive(Clone, Debug, Default)]
pub struct Discourse {
    pub last_person: Option<ActorVal>,
    pub last_state: Option<ActorVal>,
    pub last_pair: Option<(ActorVal, ActorVal)>,
    /// State-level actors in order of mention, most recent last (bounded), with the
    /// sentence each was last named in.
    pub recent: Vec<(ActorVal, usize)>,
    /// The same, states only (no organizations or regions): the candidates for "the two
    /// countries".
    pub recent_states: Vec<(ActorVal, usize)>,
    /// The sentence index of the last pair, and where in it the pair was named.
    pub pair_sentence: usize,
    pub pair_token: usize,
    /// The pair as it stood before the current sentence.
    pub pair_before: Option<(ActorVal, ActorVal)>,
    /// The two states of the last conflict told (an accusation, a threat, an attack): the
    /// "both sides" a third party appeals to.
    pub last_conflict: Option<(ActorVal, ActorVal)>,
    /// The sides of the last fighting told (force, not sanctions or threats): whom forces
    /// that take a place or launch an offensive fight.
    pub last_fight: Option<(ActorVal, ActorVal)>,
    /// Each pair of states in conflict, with how many hostile events told it (in the
    /// order first told), for the war a peace without named parties ends.
    pub conflicts: Vec<((ActorVal, ActorVal), usize)>,
    /// The state of the last event's source, for "the administration".
    pub last_subject: Option<ActorVal>,
    /// How often each state has been named.
    pub counts: annals_model::fxhash::FxHashMap<String, usize>,
    /// The person last named with each title, for "the President".
    pub titles: std::collections::HashMap<String, ActorVal>,
    /// The actor last named with each agent noun and a country, for "the students" after
    /// "Iranian students".
    pub agents: std::collections::HashMap<String, ActorVal>,
    /// A people last named as a subject ("the Japanese landed", "the Soviets"), with the
    /// sentence: the "they" that follows.
    pub people: Option<(ActorVal, usize)>,
    /// The last person named as a subject, with the sentence.
    pub last_subject_person: Option<(ActorVal, usize)>,
}

impl Discourse {
    fn note(&mut self, a: &ActorVal, person: bool, sentence: usize, subject_like: bool, place: bool) {
        if person && (subject_like || self.last_person.is_none()) {
            self.last_person = Some(a.clone());
        }
        // (a state that acts, named as a subject, is more what the text is about than one
        // named after a preposition)
        if !a.country.is_empty() {
            let weight = if subject_like && !place { 2 } else { 1 };
            match self.counts.get_mut(&a.country) {
                Some(n) => *n += weight,
                None => {
                    self.counts.insert(a.country.clone(), weight);
                }
            }
        }
        // "met with Khrushchev in Vienna": a place, not a party
        if !place && !a.country.is_empty() {
            // (rebels and the opposition stay themselves: "it" after "Ousted lawmakers formed a
            // National Unity Government" is that opposition, not the state it opposes)
            self.last_state = Some(if a.code.ends_with("REB") || a.code.ends_with("OPP") { a.clone() } else { a.state() });
            self.recent.retain(|r| r.0.country != a.country);
            self.recent.push((a.clone(), sentence));
            if !NON_STATE_CODES.contains(&a.country.as_str()) {
                self.recent_states.retain(|r| r.0.country != a.country);
                self.recent_states.push((a.clone(), sentence));
                if self.recent_states.len() > 12 {
                    self.recent_states.remove(0);
                }
            }
            if self.recent.len() > 12 {
                self.recent.remove(0);
            }
        }
    }

    /// The last two distinct countries named.
    pub fn last_two(&self) -> Option<(ActorVal, ActorVal)> {
        let states = &self.recent_states;
        let n = states.len();
        (n >= 2).then(|| (states[n - 2].0.state(), states[n - 1].0.state()))
    }

    /// The last two distinct countries named, leaving out some.
    pub fn last_two_except(&self, except: &[String]) -> Option<(ActorVal, ActorVal)> {
        let states: Vec<&(ActorVal, usize)> = self.recent_states.iter().filter(|s| !except.contains(&s.0.country)).collect();
        let n = states.len();
        (n >= 2).then(|| (states[n - 2].0.state(), states[n - 1].0.state()))
    }

    /// The state named most often so far, leaving out some.
    pub fn salient(&self, except: &[String]) -> Option<ActorVal> {
        // ties go to the state named last, then (for states no longer recent) to the code that
        // sorts first, so that the answer does not hang on the map's order
        let best = self
            .counts
            .iter()
            .filter(|(c, _)| !except.contains(c))
            .max_by_key(|(c, n)| (**n, self.recent.iter().position(|r| &r.0.country == *c), std::cmp::Reverse(*c)))?;
        Some(ActorVal { code: best.0.clone(), country: best.0.clone() })
    }

    /// The two parties "the two countries" refers to: the pair the text last joined, unless
    /// two other countries have been named since.
    pub fn pair(&self) -> Option<(ActorVal, ActorVal)> {
        let states = &self.recent_states;
        let n = states.len();
        let two_since = n >= 2 && states[n - 2].1 > self.pair_sentence;
        match &self.last_pair {
            Some(p) if !two_since => Some(p.clone()),
            _ => self.last_two().or(self.last_pair.clone()),
        }
    }

    /// The state the text is about (other than `other`'s) and `other`'s state: the parties
    /// of "relations with China" when no one else is named.
    pub fn about_and(&self, other: &ActorVal) -> Option<(ActorVal, ActorVal)> {
        let other = other.state();
        self.salient(std::slice::from_ref(&other.country)).map(|s| (s, other))
    }

    /// The other side from `who`'s of the last fighting told, else of the last conflict (in
    /// a civil war, a state's and its rebels': "the RSF captured Wad Madani" from the army
    /// it fights).
    pub fn enemy_of(&self, who: &ActorVal) -> Option<ActorVal> {
        self.last_fight.as_ref().and_then(|(a, b)| other_side(a, b, who)).or_else(|| self.last_conflict.as_ref().and_then(|(a, b)| other_side(a, b, who)))
    }

    /// The pair of states whose conflict the text has told most (the earlier on a tie).
    pub fn main_conflict(&self) -> Option<(ActorVal, ActorVal)> {
        let best = self.conflicts.iter().map(|(_, n)| *n).max()?;
        self.conflicts.iter().find(|(_, n)| *n == best).map(|(p, _)| p.clone())
    }

    /// Counts a hostile event between two states.
    pub fn note_conflict(&mut self, a: ActorVal, b: ActorVal) {
        match self.conflicts.iter_mut().find(|((x, y), _)| (x.code == a.code && y.code == b.code) || (x.code == b.code && y.code == a.code)) {
            Some((_, n)) => *n += 1,
            None => self.conflicts.push(((a, b), 1)),
        }
    }

    /// The counterpart of `country` the text is about: its partner in the last pair, else
    /// the most recent other country.
    pub fn partner_of(&self, country: &str) -> Option<ActorVal> {
        self.partner_of_except(country, &[])
    }

    /// [`Self::partner_of`], leaving out some countries (those a sentence names only after
    /// the act: "imposed an embargo, and ASEAN condemned the occupation").
    pub fn partner_of_except(&self, country: &str, except: &[String]) -> Option<ActorVal> {
        if let Some((a, b)) = &self.last_pair {
            if a.country == country {
                return Some(b.state());
            }
            if b.country == country {
                return Some(a.state());
            }
        }
        self.recent.iter().rev().find(|a| a.0.country != country && !except.contains(&a.0.country)).map(|a| a.0.state())
    }
}

struct Hit<'a> {
    start: usize,
    end: usize,
    refs: &'a [ActorRef],
}

/// Whether a word is a verb of standing between two parties.
fn mediating(w: &str) -> bool {
    ["mediat", "broker", "interced", "arbitrat", "host"].iter().any(|v| w.starts_with(v))
}

/// Whether a mention is the agent of mediation: "talks mediated by Saudi Arabia and the
/// United States" (each of the coordinated names).
fn mediated_by(toks: &Tokens, m: &Mention) -> bool {
    m.prep.as_deref() == Some("by") && (m.start.saturating_sub(8)..m.start).any(|j| mediating(toks.norm(j)) && toks.norm_at(j + 1) == "by")
}

/// Words before a surname that are no given name: "Sir Anthony" (nor a month or a weekday:
/// "on Monday Putin").
const NOT_GIVEN: &[&str] = &["mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "comrade", "pope", "saint", "st"];

/// Whether a surname the dictionary knows follows a given name that is not its person's:
/// "Soviet envoy Yakov Malik" is not Adam Malik. Only for people listed with a full name,
/// and not at the start of a sentence ("Yesterday Khrushchev said").
fn another_given_name(lex: &Lexicon, toks: &Tokens, h: &Hit, people: &[u32]) -> bool {
    if h.end != h.start + 1 || h.start < 2 {
        return false;
    }
    let given = toks.norm(h.start - 1);
    let word = toks.get(h.start - 1).is_some_and(|t| t.cap && t.kind == TokenKind::Word && t.span.len() > 1) && !given.ends_with('.');
    word && !NOT_GIVEN.contains(&given)
        && !annals_text::dateline::MONTHS.contains(&given)
        && !annals_text::dateline::WEEKDAYS.contains(&given)
        && people.iter().all(|&p| {
            let name = lex.people[p as usize].name.to_lowercase();
            name.split_whitespace().count() >= 2 && !name.split(|c: char| c.is_whitespace() || c == '-').any(|w| w.trim_end_matches('.') == given)
        })
}

fn is_prep(n: &str) -> bool {
    is_preposition(n)
}

/// The preposition governing a phrase that starts at `start`, stepping back over
/// determiners and adjectives.
pub fn governing_prep(toks: &Tokens, start: usize) -> Option<String> {
    let mut j = start;
    let mut steps = 0;
    while j > 0 && steps < 5 {
        j -= 1;
        steps += 1;
        let n = toks.norm(j);
        // "destroyed most of the Egyptian air force": a quantity of a phrase stands where
        // the phrase would
        if n == "of" && j > 0 && QUANTIFIERS.contains(&toks.norm(j - 1)) {
            j -= 1;
            continue;
        }
        if is_prep(n) {
            return Some(n.to_string());
        }
        let t = toks.get(j).expect("in range");
        // a year or decade ends the phrase before it ("In 1970 the Soviet Union",
        // "In the 1970s the Soviet Union"): the name is the subject, not the object of "in"
        let digits = n.trim_start_matches('\'').trim_end_matches('s');
        let year_like = matches!(digits.len(), 2 | 4) && digits.bytes().all(|b| b.is_ascii_digit()) && (digits.len() == 4 || n != digits);
        let skippable = is_determiner(n)
            || (t.kind == TokenKind::Number && !year_like)
            || (t.kind == TokenKind::Word && !t.cap && (is_adjective_like(n) || PLAIN_ADJECTIVES.contains(&n)));
        if !skippable {
            return None;
        }
    }
    None
}

/// Bodies of a state that a following "of"/"in" and a capital place: "the government in
/// Ankara", "the regime of Fidel Castro".
const SEATED_BODIES: &[&str] = &["government", "administration", "regime", "junta", "parliament", "cabinet"];

/// Adjectives without an adjective's ending that stand between a preposition and its
/// object ("an attack on the weaker Romanian and Hungarian armies").
const PLAIN_ADJECTIVES: &[&str] = &[
    "weaker",
    "stronger",
    "larger",
    "smaller",
    "bigger",
    "main",
    "new",
    "old",
    "remaining",
    "last",
    "first",
    "other",
    "entire",
    "whole",
    "retreating",
    "advancing",
];

fn matches_at(toks: &Tokens, i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| toks.norm_at(i + k) == *w)
}

fn state_val(lex: &Lexicon, idx: u32, role: Option<Role>) -> ActorVal {
    let code = &lex.states[idx as usize].code;
    ActorVal { code: format!("{code}{}", role.as_ref().map_or("", |r| r.as_str())), country: code.clone() }
}

/// The time a sentence's names are read at: a day (the middle of the period the sentence
/// is at), and that period, for names of states that existed during only part of it.
#[derive(Clone, Copy, Debug, Default)]
pub struct When {
    pub day: Option<Date>,
    pub period: Option<(Date, Date)>,
}

/// Finds and resolves the mentions of a tokenized sentence; updates the discourse.
pub fn find(lex: &Lexicon, text: &str, toks: &Tokens, when: When, disc: &mut Discourse, sentence: usize) -> Vec<Mention> {
    let date = when.day;
    let pick_state =
        |candidates: &[u32]| lex.pick_state(candidates, date).or_else(|| when.period.and_then(|(from, to)| lex.pick_state_during(candidates, from, to)));
    disc.pair_before = disc.pair();
    // a pair from an earlier sentence stands before every token of this one
    disc.pair_token = 0;
    // 1. dictionary hits (after the dateline: "LONDON (Reuters) -" says where the report
    // was filed, not who acted)
    let mut hits: Vec<Hit> = Vec::new();
    let mut compounds: Vec<(usize, usize, &[ActorRef])> = Vec::new();
    let mut i = dateline_end(text, toks);
    while i < toks.len() {
        let word = toks.get(i).is_some_and(|t| t.kind == TokenKind::Word);
        if let Some(m) = lex.actors.longest_at(text, toks, i).filter(|_| word) {
            let (s, e) = (m.start(), m.end());
            // "the West Bank": not "the West" and a bank, when a longer name starts inside
            if (s + 1..e).any(|k| lex.actors.longest_at(text, toks, k).is_some_and(|n| n.end() > e)) {
                i += 1;
                continue;
            }
            let glued_modifier = {
                // "CIA-trained", "Soviet-aligned", "pro-Soviet", "anti-Castro"
                let next_glued = toks.norm_at(e) == "-" && toks.get(e).is_some_and(|t| t.glued) && toks.get(e + 1).is_some_and(|t| t.glued && !t.cap);
                let prev_pro = s >= 2 && toks.norm(s - 1) == "-" && matches!(toks.norm(s - 2), "pro" | "anti" | "non" | "post" | "pre");
                // "the Torrijos-Carter Treaties", "the Panama Canal": part of a name
                let mut k = e;
                while toks.norm_at(k) == "-" && toks.get(k + 1).is_some_and(|t| t.cap) {
                    k += 2;
                }
                let in_name = toks.get(k).is_some_and(|t| t.cap) && NAME_HEADS.contains(&toks.norm_at(k)) && toks.norm_at(k) != "administration";
                next_glued || prev_pro || in_name
            };
            let refs = &lex.actors.get(m.phrase).value;
            // "Petro Poroshenko", "the Kennedy Center": a name the dictionary knows, followed
            // by one it does not, is someone or something else (not "Napoleon III")
            let other_name = e == s + 1
                && refs.iter().all(|r| matches!(r, ActorRef::Person(_)))
                && toks.get(e).is_some_and(|t| t.cap && t.kind == TokenKind::Word)
                && lex.actors.longest_at(text, toks, e).is_none()
                && !is_suffix(text, toks, e);
            if other_name {
                i = e;
                continue;
            }
            // "the Saudi-led coalition", "US-led forces": the state that leads them acts
            // through them (not "CIA-trained exiles")
            if glued_modifier && toks.norm_at(e) == "-" && toks.norm_at(e + 1) == "led" && toks.get(e + 1).is_some_and(|t| t.glued) {
                hits.push(Hit { start: s, end: e + 2, refs });
                i = e + 2;
                continue;
            }
            if !glued_modifier {
                hits.push(Hit { start: s, end: e, refs });
            } else if toks.norm_at(e) == "-" {
                // "the CIA-planned invasion": no actor of the clause, but the source of the
                // event noun it qualifies
                compounds.push((s, e, &lex.actors.get(m.phrase).value));
            }
            i = e;
        } else {
            i += 1;
        }
    }
    // 2. group adjacent hits into noun phrases
    let mut groups: Vec<Vec<Hit>> = Vec::new();
    for h in hits {
        let join = match groups.last() {
            Some(g) => {
                let last = g.last().expect("non-empty group");
                let between = h.start - last.end;
                let has_state = |g: &Vec<Hit>| g.iter().any(|x| x.refs.iter().any(|r| matches!(r, ActorRef::State(_) | ActorRef::Institution(..))));
                let has_person = |g: &Vec<Hit>| g.iter().any(|x| x.refs.iter().any(|r| matches!(r, ActorRef::Person(_))));
                let h_state = h.refs.iter().any(|r| matches!(r, ActorRef::State(_) | ActorRef::Institution(..)));
                let h_person = h.refs.iter().any(|r| matches!(r, ActorRef::Person(_)));
                let h_agent = h.refs.iter().all(|r| matches!(r, ActorRef::Agent(_)));
                // ("the United States Marine Corps": a state's own body after its name is one)
                let states_of = |refs: &[ActorRef]| {
                    refs.iter().filter_map(|r| if let ActorRef::State(s) | ActorRef::Institution(s, _) = r { Some(*s) } else { None }).collect::<Vec<u32>>()
                };
                let own_body = h.refs.iter().all(|r| matches!(r, ActorRef::Institution(..)))
                    && g.iter().any(|x| states_of(x.refs).iter().any(|s| states_of(h.refs).contains(s)));
                let two_states = h_state && has_state(g) && !h_person && !own_body;
                let two_people = h_person && has_person(g);
                let compatible = !two_states && !two_people;
                let adjacent = between == 0 || (between == 1 && toks.norm(last.end) == "'s");
                // "Afghan Shia dissidents": a state, up to two words, an agent
                let bridged = (1..=2).contains(&between)
                    && h_agent
                    && has_state(g)
                    && (last.end..h.start).all(|k| {
                        let n = toks.norm(k);
                        let adjective = ["al", "ic", "ish", "ian", "ese", "ary"].iter().any(|e| n.ends_with(e))
                            // ("Israeli armored divisions": a participle after a state's adjective)
                            // (not a verb: "the Japanese landed troops")
                            || matches!(n, "armored" | "armoured" | "mechanized" | "mechanised" | "motorized" | "motorised" | "airborne" | "armed" | "uniformed" | "elite" | "regular");
                        toks.get(k).is_some_and(|t| t.kind == TokenKind::Word && (t.cap || adjective)) && !is_prep(n)
                    });
                compatible && (adjacent || bridged)
            }
            None => false,
        };
        if join {
            groups.last_mut().expect("checked").push(h);
        } else {
            groups.push(vec![h]);
        }
    }
    // 3. resolve each group
    let mut mentions: Vec<Mention> = Vec::new();
    for g in &groups {
        let start = g[0].start;
        let end = g.last().expect("non-empty").end;
        let mut person: Option<u32> = None;
        let mut persons: Vec<u32> = Vec::new();
        let mut states: Vec<u32> = Vec::new();
        let mut inst_role: Option<Role> = None;
        let mut agent_role: Option<Role> = None;
        for h in g {
            let ps: Vec<u32> = h.refs.iter().filter_map(|r| if let ActorRef::Person(p) = r { Some(*p) } else { None }).collect();
            if !ps.is_empty() && !g.iter().chain(groups.iter().flatten()).any(|x| x.end == h.start) && another_given_name(lex, toks, h, &ps) {
                continue;
            }
            if !ps.is_empty() {
                persons = ps;
                continue;
            }
            let ss: Vec<u32> = h
                .refs
                .iter()
                .filter_map(|r| match r {
                    ActorRef::State(s) => Some(*s),
                    ActorRef::Institution(s, _) => Some(*s),
                    _ => None,
                })
                .collect();
            if !ss.is_empty() {
                let picked = pick_state(&ss);
                if let Some(p) = picked {
                    for r in h.refs {
                        if let ActorRef::Institution(s, role) = r {
                            if *s == p {
                                inst_role = Some(*role);
                            }
                        }
                    }
                }
                states = picked.into_iter().collect();
                continue;
            }
            for r in h.refs {
                if let ActorRef::Agent(role) = r {
                    agent_role = Some(*role);
                }
            }
        }
        if !persons.is_empty() {
            person = lex.pick_person(&persons, date);
        }
        // "Admiral Togo", "General Jordan": a country's name right after a title is a
        // surname
        let last = g.last().expect("non-empty");
        let surname = g.len() >= 2
            && last.end == last.start + 1
            && last.refs.iter().all(|r| matches!(r, ActorRef::State(_)))
            && g[g.len() - 2].refs.iter().all(|r| matches!(r, ActorRef::Agent(_)))
            && toks.get(last.start - 1).is_some_and(|t| t.cap)
            && g[g.len() - 2].end == last.start;
        if surname {
            states.clear();
        }
        let span = toks.get(start).expect("in range").span.cover(toks.get(end - 1).expect("in range").span);
        let prep = governing_prep(toks, start);
        let modifier = toks.norm_at(end) == "'s";
        let mut m = Mention::new(start, end, span, Kind::State, prep);
        m.modifier = modifier;
        if let Some(p) = person {
            let pr = &lex.people[p as usize];
            let mut role = pr.role_on(date);
            if role.as_str() == "ELI" {
                if let Some(a) = agent_role.filter(|r| matches!(r.as_str(), "GOV" | "MIL")) {
                    role = a;
                }
            }
            let country = pr.country.clone();
            m.actors.push(ActorVal { code: format!("{country}{}", role.as_str()), country });
            m.kind = Kind::Person;
            m.person = true;
            // the title before the name: an agent word in the group
            m.title = g
                .iter()
                .find(|h| h.refs.iter().all(|r| matches!(r, ActorRef::Agent(_))))
                .map(|h| (h.start..h.end).map(|j| toks.norm(j)).collect::<Vec<_>>().join(" "));
        } else if let Some(&s) = states.first() {
            m.actors.push(state_val(lex, s, inst_role.or(agent_role)));
        } else {
            m.kind = Kind::Agent;
            m.role = agent_role;
            // "the government", "the President": the state the text is about.
            // "the government", "the new government"
            let det = (1..=3).any(|back| {
                start >= back
                    && matches!(toks.norm(start - back), "the" | "its" | "this")
                    && (start - back + 1..start).all(|j| toks.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.cap) && !is_prep(toks.norm(j)))
            });
            let head = toks.norm(end - 1);
            let singular_gov = matches!(
                head,
                "government"
                    | "administration"
                    | "regime"
                    | "junta"
                    | "president"
                    | "premier"
                    | "leadership"
                    | "cabinet"
                    | "prime"
                    | "minister"
                    | "chancellor"
                    | "senate"
                    | "congress"
                    | "parliament"
                    | "legislature"
            );
            // "The students demanded …" after "Iranian students seized …": the agents named
            // before with their country
            // (not "the leader of the Ottawa tribe", "the Government of France": those say whose)
            let own_complement = matches!(toks.norm_at(end), "of" | "from" | "in" | ",");
            let told = (start >= 1 && toks.norm(start - 1) == "the" && !own_complement).then(|| disc.agents.get(toks.norm(end - 1))).flatten();
            if let (Some(a), true) = (told, end == start + 1) {
                m.actors.push(a.clone());
                m.kind = Kind::Anaphor;
                mentions.push(m);
                continue;
            }
            // "called on the military to return power": the forces of the state the text is
            // about (a place this sentence names, else the state named most, leaving out the
            // speakers' own); "the army of Egypt" waits for its state
            let forces = matches!(head, "military" | "army" | "police" | "generals")
                || (head == "forces" && end >= 2 && matches!(toks.norm(end - 2), "armed" | "security"));
            let the = (1..=2).any(|back| {
                start >= back && toks.norm(start - back) == "the" && (start - back + 1..start).all(|j| matches!(toks.norm(j), "armed" | "security"))
            });
            // ("Syria's President Bashar Assad, whose forces have been fighting rebels": the
            // forces of the one the relative hangs on)
            let whose = start >= 2 && toks.norm(start - 1) == "whose";
            let owner = whose
                .then(|| mentions.iter().rev().find(|o| (o.end == start - 1 || (o.end + 2 == start && toks.norm(start - 2) == ",")) && o.actors.len() == 1))
                .flatten()
                .map(|o| o.actors[0].country.clone());
            if let (Some(c), Some(role), true) = (owner, agent_role, matches!(head, "military" | "army" | "forces" | "troops" | "soldiers" | "police")) {
                m.actors.push(ActorVal { code: format!("{c}{}", role.as_str()), country: c });
                m.kind = Kind::Anaphor;
                mentions.push(m);
                continue;
            }
            if the && forces && !matches!(toks.norm_at(end), "of" | "from") && agent_role.is_some() {
                let place = mentions.iter().rev().find(|m| m.kind == Kind::State && m.actors.len() == 1 && matches!(m.prep.as_deref(), Some("in" | "at")));
                // (rebels and the opposition are no speakers for their state: "the RSF took the
                // capital, while the army launched air strikes")
                let speakers: Vec<String> = mentions
                    .iter()
                    .filter(|m| m.prep.is_none())
                    .flat_map(|m| m.actors.iter().filter(|a| !a.code.ends_with("REB") && !a.code.ends_with("OPP")).map(|a| a.country.clone()))
                    .collect();
                let base = place.map(|m| m.actors[0].country.clone()).or_else(|| disc.salient(&speakers).map(|a| a.country));
                if let (Some(c), Some(role)) = (base, agent_role) {
                    m.actors.push(ActorVal { code: format!("{c}{}", role.as_str()), country: c });
                    m.kind = Kind::Anaphor;
                }
            }
            // ("the nationalist government in Ankara": its state follows; step 5 takes it)
            let seat_follows = matches!(toks.norm_at(end), "of" | "in")
                && SEATED_BODIES.contains(&head)
                && toks.get(if toks.norm_at(end + 1) == "the" { end + 2 } else { end + 1 }).is_some_and(|t| t.cap);
            if det && singular_gov && !seat_follows {
                let cap_title = toks.get(end - 1).is_some_and(|t| t.cap);
                let from_person = matches!(head, "president" | "premier" | "chancellor" | "minister") && cap_title;
                let titled = disc.titles.get(head).cloned();
                // "civil unrest in Argentina against the military junta": a state this
                // sentence named; else the state that acted last
                let named_here = mentions.iter().rev().find(|m: &&Mention| m.kind == Kind::State && m.actors.len() == 1).map(|m| {
                    let c = m.actors[0].country.clone();
                    ActorVal { code: c.clone(), country: c }
                });
                // ("fled to Ivory Coast, and … surrendered to the federal government": the
                // central government is of the state the text is about, not of one named by
                // the way)
                let central = head == "government" && (start.saturating_sub(2)..start).any(|j| matches!(toks.norm(j), "federal" | "central"));
                // ("The Senate approved the neutrality treaty" in a text that has named the
                // United States: its Senate, as "Congress" is its Congress)
                let us_chamber = matches!(head, "senate" | "congress") && cap_title && disc.counts.contains_key("USA");
                let base = if us_chamber {
                    Some(ActorVal { code: "USA".into(), country: "USA".into() })
                } else if from_person {
                    titled.or(disc.last_person.clone()).or(disc.last_state.clone())
                } else if central {
                    disc.salient(&[]).or(named_here).or(disc.last_subject.clone())
                } else {
                    named_here.or(disc.last_subject.clone()).or(disc.last_state.clone())
                };
                if let Some(b) = base {
                    let role = agent_role.map_or("GOV".to_string(), |r| r.as_str().to_string());
                    m.actors.push(ActorVal { code: format!("{}{}", b.country, role), country: b.country.clone() });
                    m.kind = Kind::Anaphor;
                    m.person = from_person;
                }
            }
        }
        mentions.push(m);
    }
    // 4. anaphors: pronouns and "the two countries"
    add_anaphors(toks, &mut mentions);
    // an agent inside an anaphor ("both governments") is part of it
    let anaphors: Vec<(usize, usize)> = mentions.iter().filter(|m| m.kind == Kind::Anaphor).map(|m| (m.start, m.end)).collect();
    mentions.retain(|m| m.kind == Kind::Anaphor || !anaphors.iter().any(|&(s, e)| s <= m.start && m.end <= e && (s, e) != (m.start, m.end)));
    mentions.sort_by_key(|m| m.start);
    // 5. an agent followed by "of"/"from" a state takes its country ("the government of Panama")
    let n = mentions.len();
    for k in 0..n.saturating_sub(1) {
        // "the Western powers of the United States, Great Britain and France"
        let region = mentions[k].actors.len() == 1 && REGION_CODES.contains(&mentions[k].actors[0].country.as_str());
        if (mentions[k].kind == Kind::Agent && mentions[k].actors.is_empty()) || region {
            // ("the government in Ankara": a government's seat names its state)
            let seat = toks.norm(mentions[k].end) == "in" && SEATED_BODIES.contains(&toks.norm(mentions[k].end - 1));
            let gap_ok = mentions[k + 1].start == mentions[k].end + 1 && (matches!(toks.norm(mentions[k].end), "of" | "from") || seat);
            let gap_det =
                mentions[k + 1].start == mentions[k].end + 2 && matches!(toks.norm(mentions[k].end), "of" | "from") && toks.norm(mentions[k].end + 1) == "the";
            // ("remove their IL-28 bombers from Cuba": an owner named before; "from" is then
            // where they are taken)
            let owned = toks.norm(mentions[k].end) == "from" && (mentions[k].start.saturating_sub(5)..mentions[k].start).any(|j| is_possessive(toks.norm(j)));
            if (gap_ok || gap_det) && mentions[k + 1].kind != Kind::Agent && !owned {
                let role = mentions[k].role;
                let next = mentions[k + 1].clone();
                let m = &mut mentions[k];
                m.end = next.end;
                m.span = m.span.cover(next.span);
                m.actors = next
                    .actors
                    .iter()
                    .map(|a| ActorVal { code: format!("{}{}", a.country, role.as_ref().map_or("", |r| r.as_str())), country: a.country.clone() })
                    .collect();
                m.kind = next.kind;
                m.coord_next = next.coord_next;
                mentions[k + 1].actors.clear();
                mentions[k + 1].kind = Kind::Agent;
                mentions[k + 1].start = usize::MAX;
                // "the leaders of France, Germany and the United States": the plural agent
                // is of each state the list names
                let plural = toks.norm(next.start.saturating_sub(2)).ends_with('s');
                let mut end = next.end;
                for member in mentions.iter_mut().take(n).skip(k + 2) {
                    let between: Vec<&str> = (end..member.start.min(toks.len())).map(|x| toks.norm(x)).collect();
                    let listed = matches!(between.as_slice(), [","] | ["and"] | [",", "and"] | ["and", "the"] | [",", "and", "the"] | [",", "the"]);
                    // (not an adjective before its noun: "…, and the Soviet invasion")
                    let adjective = is_adjectival(toks.norm(member.end - 1)) && toks.get(member.end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
                    let bare = member.kind == Kind::State && member.actors.len() == 1 && member.actors[0].code == member.actors[0].country && !adjective;
                    if !(plural && listed && bare) || role.is_none() {
                        break;
                    }
                    let a = &mut member.actors[0];
                    a.code = format!("{}{}", a.country, role.as_ref().map_or("", |r| r.as_str()));
                    end = member.end;
                }
            }
        }
    }
    mentions.retain(|m| m.start != usize::MAX);
    // "many nations throughout Latin America broke ties": the nations of a place are the
    // place, as the head of their phrase
    for m in mentions.iter_mut() {
        let nations = m.start >= 2
            && matches!(toks.norm(m.start - 1), "in" | "of" | "throughout" | "across")
            && matches!(toks.norm(m.start - 2), "nations" | "countries" | "states")
            // (not a name's last word: "the Organization of American States in Washington")
            && toks.get(m.start - 2).is_some_and(|t| !t.cap);
        if nations && m.kind == Kind::State {
            m.start -= 2;
            m.span = toks.get(m.start).expect("in range").span.cover(m.span);
            m.prep = governing_prep(toks, m.start);
        }
    }
    // 6. coordination: "X and Y", "X, Y and Z", "U.S.-Cuban"
    for k in 0..mentions.len().saturating_sub(1) {
        let (a, b) = (&mentions[k], &mentions[k + 1]);
        let between: Vec<&str> = (a.end..b.start).map(|j| toks.norm(j)).collect();
        let glued_dash = between == ["-"];
        let and_joined = matches!(
            between.as_slice(),
            ["and"]
                | ["and", "the"]
                | ["and", "the", "two" | "three"]
                // "between Israel and a joint Jordanian-Palestinian delegation"
                | ["and", "a" | "an" | "the", "joint"]
                // "between Israel and a coalition of Egypt, Syria and Jordan"
                | ["and", "a" | "an" | "the", "coalition" | "alliance", "of"]
                | ["and", "a" | "an" | "the", "coalition" | "alliance", "of", "the"]
                | [",", "and"]
                | [",", "and", "the"]
                | ["or"]
                | ["and", "its"]
                | ["and", "his"]
                | ["and", "their"]
                | ["and", "to"]
                | ["and", "with"]
        );
        // "Turkey, Italy and Greece": a comma joins states in a list
        // ("the United States, the Soviet Union and 33 other states")
        // ("Izetbegović, Milošević and Tuđman initialed": people likewise)
        let listed = matches!(between.as_slice(), [","] | [",", "the"])
            && matches!(a.kind, Kind::State | Kind::Person)
            && matches!(b.kind, Kind::State | Kind::Person)
            && matches!(toks.norm_at(b.end), "," | "and" | "or");
        // ("spoke with Merkel, and the two leaders agreed": a new clause about the pair)
        // ("Israel would invade the Sinai, and Britain and France would then intervene": a
        // new clause whose subject, alone or a pair, comes before its verb)
        let pair_end = |m: &Mention| match mentions.iter().find(|c| c.start == m.end + 1 || (c.start == m.end + 2 && toks.norm_at(m.end + 1) == "the")) {
            Some(c) if toks.norm_at(m.end) == "and" => c.end,
            _ => m.end,
        };
        // (after a preposition's object, an irregular past too: "in Tripoli, and Washington
        // withdrew its diplomats")
        let opens = |at: usize| if a.prep.is_some() { begins_a_clause_after_object(toks, at) } else { begins_a_clause(toks, at) };
        let new_clause = between.first() == Some(&",") && (b.kind == Kind::Anaphor || (between.get(1) == Some(&"and") && opens(pair_end(b))));
        // ("the leaders of Nicaragua and Iran, and the Soviet invasion": an adjective before
        // its noun joins no name)
        let adjective_after_name = between.last() == Some(&"the")
            && b.end == b.start + 1
            && b.kind == Kind::State
            && is_adjectival(toks.norm(b.start))
            && !toks.get(a.end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
            && toks
                .get(b.end)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !toks.norm(b.end).ends_with("ed") && !matches!(toks.norm(b.end), "and" | "or"));
        if (glued_dash || and_joined || listed) && !new_clause && !adjective_after_name {
            mentions[k].coord_next = true;
            if between.contains(&"of") {
                mentions[k + 1].prep = mentions[k].prep.clone();
            }
        }
    }
    for m in mentions.iter_mut() {
        // an adjective ("Soviet power", "the U.S. Response"), not a name before its verb
        // ("France pull their forces out")
        let adjectival = is_adjectival(toks.norm(m.end - 1));
        m.modifies_noun = m.kind == Kind::State
            && (adjectival || toks.get(m.end).is_some_and(|t| t.cap))
            && toks.get(m.end).is_some_and(|t| {
                t.kind == TokenKind::Word && !is_prep(toks.norm(m.end)) && !matches!(toks.norm(m.end), "and" | "or" | "but" | "that" | "which" | "who" | "'s")
            })
            && toks.get(m.end).is_some_and(|t| t.cap || toks.norm(m.end).len() > 2);
    }
    // "signed the Paris Peace Accords", "the Camp David Accords": a place's name (not an
    // adjective, "Soviet Premier") in the name of a document is no actor (but "boycotted
    // the Moscow Olympics" names the host)
    let starts: Vec<usize> = mentions.iter().map(|m| m.start).collect();
    mentions.retain(|m| {
        let adjectival = is_adjectival(toks.norm(m.end - 1));
        let after_the = toks.norm(m.start) == "the" || (m.start > 0 && toks.norm(m.start - 1) == "the");
        let name_part = m.kind == Kind::State
            && !m.person
            && !adjectival
            && after_the
            && toks.get(m.end).is_some_and(|t| t.cap && t.kind == TokenKind::Word)
            && !starts.contains(&m.end)
            && (m.end..(m.end + 3).min(toks.len())).take_while(|&j| toks.get(j).is_some_and(|t| t.cap)).any(|j| DOCUMENT_NAMES.contains(&toks.norm(j)));
        !name_part
    });
    // "British and French aircraft", "the French and Spanish fleets": an adjective joined
    // to one before an agent shares the agent
    // ("British, French and Israeli officials": back along the list)
    for k in (0..mentions.len().saturating_sub(1)).rev() {
        let (a, b) = (&mentions[k], &mentions[k + 1]);
        let between: Vec<&str> = (a.end..b.start).map(|j| toks.norm(j)).collect();
        let shares = a.coord_next
            && a.kind == Kind::State
            && a.end == a.start + 1
            && matches!(between.as_slice(), ["and"] | [","] | [",", "and"])
            && a.actors.len() == 1
            && a.actors[0].code == a.actors[0].country
            && is_adjectival(toks.norm(a.start))
            && is_adjectival(toks.norm(b.start))
            && b.actors.len() == 1
            && b.actors[0].code.len() > b.actors[0].country.len();
        if shares {
            let role = b.actors[0].code[b.actors[0].country.len()..].to_string();
            let a = &mut mentions[k].actors[0];
            a.code = format!("{}{role}", a.country);
        }
    }
    // 7. a conjunct after a preposition is governed by it too: "by the U.S. and its CIA",
    // "in the West Bank and Gaza" (places both)
    for k in 1..mentions.len() {
        if mentions[k - 1].coord_next && mentions[k].prep.is_none() {
            mentions[k].prep = mentions[k - 1].prep.clone();
        }
    }
    // "threatened to intervene on Egypt's behalf", "on behalf of Cuba": the one an act is
    // for, never its target
    for m in mentions.iter_mut() {
        let behalf = (toks.norm_at(m.end) == "'s" && toks.norm_at(m.end + 1) == "behalf")
            || (m.start >= 2 && toks.norm(m.start - 1) == "of" && toks.norm(m.start - 2) == "behalf");
        if behalf {
            m.prep = Some("behalf".into());
        }
    }
    // 8. resolve anaphors and update the discourse in reading order; a pair the sentence
    // names ("the U.S. and Soviet Union") is what its "each other" refers to.
    for k in 0..mentions.len() {
        if mentions[k].kind == Kind::Anaphor && mentions[k].actors.is_empty() {
            let words: Vec<&str> = (mentions[k].start..mentions[k].end).map(|j| toks.norm(j)).collect();
            let is_person = matches!(words.as_slice(), ["he"] | ["him"] | ["his"] | ["she"] | ["her"] | ["himself"] | ["herself"]);
            let opener = sentence_subject(&mentions[..k]);
            let resolved: Vec<ActorVal> = match words.as_slice() {
                // "his", "its": the subject of their own clause when it has one
                ["his"] | ["her"] | ["its"] if clause_subject_before(&mentions, toks, k, words[0] != "its").is_some() => {
                    clause_subject_before(&mentions, toks, k, words[0] != "its").into_iter().collect()
                }
                // ("Xi told Moon that …. He also urged Seoul": a subject "he" or "she" goes
                // on about the last person who was a subject, of this sentence or the one
                // before; "him" and "her" about the last person named)
                ["he"] | ["she"] if disc.last_subject_person.as_ref().is_some_and(|p| p.1 + 1 >= sentence) => {
                    disc.last_subject_person.as_ref().map(|p| p.0.clone()).into_iter().collect()
                }
                _ if is_person => disc.last_person.clone().into_iter().collect(),
                // a sentence opening with "It" goes on about the last actor that acted
                ["it"] if mentions[..k].is_empty() => disc.last_subject.clone().or(disc.last_state.clone()).into_iter().collect(),
                // "Germany attacked Denmark and Norway, and on 10 May it invaded France": a
                // subject "it" after "and" goes on about the sentence's subject
                ["it"]
                    if mentions[k].prep.is_none()
                        && begins_a_clause(toks, mentions[k].end)
                        && joined_by_and(toks, mentions[k].start).is_some_and(|and| mentions[k - 1].end <= and)
                        && opener.is_some() =>
                {
                    opener.clone().into_iter().collect()
                }
                ["it"] | ["its"] | ["itself"] => disc.last_state.clone().into_iter().collect(),
                // ("The Japanese landed in Korea. In April they crossed the Yalu": a people
                // named since the pair)
                ["they"] | ["them"] | ["their"] | ["themselves"]
                    if disc.people.as_ref().is_some_and(|p| p.1 + 2 >= sentence && (p.1 > disc.pair_sentence || disc.last_pair.is_none())) =>
                {
                    disc.people.as_ref().map(|p| p.0.clone()).into_iter().collect()
                }
                ["they"] | ["them"] | ["their"] | ["themselves"] => match (disc.pair(), disc.pair_sentence + 3 >= sentence) {
                    (Some((a, b)), true) => vec![a, b],
                    _ => Vec::new(),
                },
                // "the South" of a divided country the text has named
                ["the", half @ ("north" | "south")] => {
                    let side = usize::from(*half == "south");
                    disc.recent
                        .iter()
                        .rev()
                        .filter(|a| a.1 + 5 >= sentence)
                        .find_map(|a| DIVIDED_STATES.iter().find(|p| p.contains(&a.0.country.as_str())))
                        .map(|p| ActorVal { code: p[side].to_string(), country: p[side].to_string() })
                        .into_iter()
                        .collect()
                }
                // "the three leaders signed": the last three states named
                ["the", "three", _] => {
                    let mut three: Vec<ActorVal> = Vec::new();
                    for (a, _) in disc.recent_states.iter().rev() {
                        if three.len() < 3 && !three.iter().any(|b| b.country == a.country) {
                            three.push(a.state());
                        }
                    }
                    if three.len() == 3 {
                        three.reverse();
                        three
                    } else {
                        Vec::new()
                    }
                }
                ["the", "island"] | ["the", "islands"] => {
                    disc.recent.iter().rev().find(|a| ISLAND_STATES.contains(&a.0.country.as_str())).map(|a| a.0.state()).into_iter().collect()
                }
                // "the country's ties": the subject's own; "occupy the country": the state the
                // text is most about, other than those this sentence already named
                w if STATE_ANAPHORS.contains(&w) => {
                    let possessive = toks.norm_at(mentions[k].end) == "'s";
                    let named_here: Vec<String> = mentions[..k].iter().flat_map(|m| m.actors.iter().map(|a| a.country.clone())).collect();
                    // ("Liberia declared independence. … London was the first to extend
                    // recognition to the new republic": the state last named)
                    let new = matches!(w.get(1), Some(&("new" | "young")));
                    if possessive {
                        disc.last_state.clone().into_iter().collect()
                    } else if new {
                        disc.recent_states.iter().rev().map(|r| r.0.state()).find(|a| !named_here.contains(&a.country)).into_iter().collect()
                    } else {
                        disc.salient(&named_here).or(disc.last_state.clone()).into_iter().collect()
                    }
                }
                // "Libyan forces occupied the Aouzou Strip in northern Chad, and the two
                // countries fought a series of wars": a new clause about the two states its
                // sentence has just named (one acting on the other)
                ["the", "two", "countries" | "nations" | "states" | "sides"]
                    if mentions[k].start >= 2
                        && toks.norm(mentions[k].start - 1) == "and"
                        && toks.norm(mentions[k].start - 2) == ","
                        && two_named(&mentions[..k]).is_some()
                        && mentions[..k].iter().any(|m| m.prep.is_none() && !m.actors.is_empty()) =>
                {
                    let (a, b) = two_named(&mentions[..k]).expect("checked");
                    vec![a, b]
                }
                // "Russia and China urged both sides to agree": the object of a verb the pair
                // did is not the pair, but the one the text named before (yet "each other",
                // "talks between the two countries" and "agreed that both sides" are the
                // sentence's own pair)
                w if !w.contains(&"each")
                    && !w.contains(&"other")
                    && !w.contains(&"another")
                    && mentions[k].prep.is_none()
                    && mentions[k].start > 0
                    && !matches!(toks.norm(mentions[k].start - 1), "that" | "and" | "but" | "," | "as" | "when" | "while" | "because" | "where" | "which")
                    // ("…, and six years later the two countries went to war": the subject of
                    // a clause of their own)
                    && !begins_a_clause_after_object(toks, mentions[k].end)
                    && mentions[..k].iter().any(|m| m.prep.is_none() && m.coord_next && m.start == disc.pair_token)
                    && disc.pair_sentence == sentence =>
                {
                    match disc.pair_before.clone().filter(|p| Some(p) != disc.pair().as_ref()) {
                        Some((a, b)) => vec![a, b],
                        None => Vec::new(),
                    }
                }
                // "China called on both sides to show restraint": the sides a third party
                // speaks to are those of the last conflict told, not the last pair that met
                // ("a Saudi-led coalition began air strikes against the Houthis. … In December
                // 2018 the two sides agreed to a ceasefire": with no pair told yet, the sides are
                // those of the conflict told, not the last two states named)
                // ("in talks mediated by Saudi Arabia and the United States, the two sides
                // agreed": the mediators are the third party)
                // (factions are a state's own: "negotiated with both factions" of a civil war
                // told, else of none the text names)
                ["both" | "the", .., "factions"] if disc.last_conflict.as_ref().is_none_or(|(a, b)| a.country != b.country) => Vec::new(),
                ["both" | "the", .., "sides" | "forces" | "factions" | "parties"]
                    if disc.last_conflict.as_ref().is_some_and(|(a, b)| {
                        disc.last_pair.is_none()
                            || mentions[..k].iter().any(|m| {
                                (m.prep.is_none() || mediated_by(toks, m)) && m.actors.first().is_some_and(|x| x.country != a.country && x.country != b.country)
                            })
                    }) =>
                {
                    let (a, b) = disc.last_conflict.clone().expect("checked");
                    vec![a, b]
                }
                // "Algeria mediated between the two governments": not the subject's own
                _ => {
                    // (only for a pair a third party stands between: "…, and the two sides
                    // signed", "improving relations between the two countries" may be the
                    // subject's own pair)
                    let mediates = |j: usize| mediating(toks.norm(j));
                    let third_party = (mentions[k].start.saturating_sub(3)..mentions[k].start).any(mediates);
                    // ("Algeria agreed to mediate, and after months of talks the two
                    // governments signed": the two the text is most about, not the mediator)
                    let mediator_before = !third_party && (0..mentions[k].start).any(mediates);
                    let subjects: Vec<String> = if third_party {
                        mentions[..k].iter().filter(|m| m.prep.is_none()).flat_map(|m| m.actors.iter().map(|a| a.country.clone())).collect()
                    } else {
                        Vec::new()
                    };
                    // ("Relations with China were normalized, when the two countries' leaders
                    // met": the state the text is about and the one its relations are with)
                    let relations_with = mentions[..k].iter().find(|m| {
                        m.start >= 2 && toks.norm(m.start - 1) == "with" && matches!(toks.norm(m.start - 2), "relations" | "ties") && m.actors.len() == 1
                    });
                    let with_about = relations_with.and_then(|m| disc.about_and(&m.actors[0])).map(|(s, o)| vec![s, o]);
                    let mediated = mediator_before
                        .then(|| {
                            let mediator: Vec<String> = mentions[..k]
                                .iter()
                                .filter(|m| m.prep.is_none() || mediated_by(toks, m))
                                .flat_map(|m| m.actors.iter().map(|a| a.country.clone()))
                                .collect();
                            let a = disc.salient(&mediator)?;
                            let mut except = mediator;
                            except.push(a.country.clone());
                            Some((a, disc.salient(&except)?))
                        })
                        .flatten();
                    // ("Soviet attempts to mediate between the two governments failed": the two
                    // at war, when the mediator is neither)
                    let at_war = disc.last_conflict.clone().filter(|(a, b)| third_party && !subjects.contains(&a.country) && !subjects.contains(&b.country));
                    match disc.pair() {
                        _ if with_about.is_some() && !third_party => with_about.expect("checked"),
                        _ if at_war.is_some() => {
                            let (a, b) = at_war.expect("checked");
                            vec![a, b]
                        }
                        _ if mediated.is_some() => {
                            let (a, b) = mediated.expect("checked");
                            vec![a, b]
                        }
                        Some((a, b)) if !subjects.contains(&a.country) && !subjects.contains(&b.country) => vec![a, b],
                        // ("Turkey hosted talks between the two sides": the last pair told,
                        // when the third party is one of the two states named since)
                        _ if third_party && disc.last_pair.as_ref().is_some_and(|(a, b)| !subjects.contains(&a.country) && !subjects.contains(&b.country)) => {
                            let (a, b) = disc.last_pair.clone().expect("checked");
                            vec![a, b]
                        }
                        Some(_) => disc.last_two_except(&subjects).map_or(Vec::new(), |(a, b)| vec![a, b]),
                        None => Vec::new(),
                    }
                }
            };
            // "the two leaders", "both governments": the pair's governments; "the two
            // countries": the states themselves (not "U.S. residents" the pair was named by)
            let resolved: Vec<ActorVal> = match words.last() {
                Some(&("leaders" | "governments" | "presidents" | "ministers")) if (2..=3).contains(&resolved.len()) => {
                    resolved.into_iter().map(|a| ActorVal { code: format!("{}GOV", a.country), country: a.country }).collect()
                }
                Some(&("countries" | "nations" | "states")) if resolved.len() == 2 => {
                    resolved.into_iter().map(|a| ActorVal { code: a.country.clone(), country: a.country }).collect()
                }
                _ => resolved,
            };
            // a pair named again keeps "they" pointing at it
            if resolved.len() == 2 && !is_person {
                disc.last_pair = Some((resolved[0].clone(), resolved[1].clone()));
                disc.pair_sentence = disc.pair_sentence.max(sentence);
            }
            mentions[k].actors = resolved;
            mentions[k].person = is_person;
        }
        let m = &mentions[k];
        if m.actors.len() == 1 && m.kind != Kind::Anaphor {
            let subject_like = m.prep.is_none() || matches!(m.prep.as_deref(), Some("until" | "before" | "after" | "since" | "as" | "when"));
            let place = matches!(m.prep.as_deref(), Some("in" | "at" | "near" | "inside" | "outside")) && m.kind == Kind::State && !m.modifies_noun;
            // ("Xi told Moon that …. He also urged Seoul": a person named right after a verb is
            // its object, not the one "he" goes on about)
            let object_of_verb = m.start > 0
                && toks.get(m.start - 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
                && !matches!(
                    toks.norm(m.start - 1),
                    "and"
                        | "but"
                        | "or"
                        | "then"
                        | "that"
                        | "when"
                        | "while"
                        | "as"
                        | "because"
                        | "after"
                        | "before"
                        | "since"
                        | "if"
                        | "although"
                        | "though"
                        | "where"
                        | "which"
                        | "who"
                        | "the"
                        | "also"
                );
            if m.person && subject_like && !object_of_verb {
                disc.last_subject_person = Some((m.actors[0].clone(), sentence));
            }
            disc.note(&m.actors[0], m.person, sentence, subject_like, place);
            // ("the Japanese landed": a people before its verb, not an adjective)
            let before_verb = begins_a_clause(toks, m.end);
            if m.prep.is_none()
                && (!m.modifies_noun || before_verb)
                && !m.coord_next
                && k.checked_sub(1).is_none_or(|j| !mentions[j].coord_next)
                && is_people(toks, m)
            {
                disc.people = Some((m.actors[0].clone(), sentence));
            }
            if let Some(t) = &m.title {
                disc.titles.insert(t.clone(), m.actors[0].clone());
            }
            // ("Iranian students": the students of Iran, for "the students" later)
            let a = &m.actors[0];
            if m.kind == Kind::State && !m.person && a.code.len() > a.country.len() && m.end > m.start + 1 {
                disc.agents.insert(toks.norm(m.end - 1).to_string(), a.clone());
            }
        }
        if m.coord_next && m.actors.len() == 1 {
            if let Some(next) = mentions.get(k + 1) {
                if next.actors.len() == 1
                    && next.actors[0].country != m.actors[0].country
                    && !m.actors[0].country.is_empty()
                    && !next.actors[0].country.is_empty()
                {
                    disc.last_pair = Some((m.actors[0].clone(), next.actors[0].clone()));
                    disc.pair_sentence = sentence;
                    disc.pair_token = m.start;
                }
            }
        }
    }
    // "leftist rebels in El Salvador", "students from Iran": people of a state named after
    // them (not "the troops in Cuba", "the embassy in Moscow": a state's agents abroad)
    for k in 0..mentions.len().saturating_sub(1) {
        let (m, next) = (&mentions[k], &mentions[k + 1]);
        // (not one's own: "evacuated its citizens from Libya")
        let owned = m.start > 0 && is_possessive(toks.norm(m.start - 1));
        let people = m.kind == Kind::Agent && m.actors.is_empty() && !owned && m.role.is_some_and(|r| matches!(r.as_str(), "REB" | "OPP" | "CVL" | "REF"));
        let of_state =
            next.start == m.end + 1 && matches!(toks.norm(m.end), "in" | "from") && next.kind == Kind::State && next.actors.len() == 1 && !next.coord_next;
        if people && of_state {
            let country = next.actors[0].country.clone();
            let role = m.role.map_or(String::new(), |r| r.as_str().to_string());
            mentions[k].actors = vec![ActorVal { code: format!("{country}{role}"), country }];
        }
    }
    mentions.retain(|m| !m.actors.is_empty() || m.kind == Kind::Agent);
    for (s, e, refs) in compounds {
        let states: Vec<u32> = refs.iter().filter_map(|r| if let ActorRef::State(i) | ActorRef::Institution(i, _) = r { Some(*i) } else { None }).collect();
        if let Some(st) = pick_state(&states) {
            let span = toks.get(s).expect("in range").span.cover(toks.get(e - 1).expect("in range").span);
            let actors = vec![state_val(lex, st, None)];
            let at = mentions.partition_point(|m| m.start < s);
            let mut m = Mention::new(s, e, span, Kind::State, None);
            m.actors = actors;
            m.modifies_noun = true;
            m.compound = true;
            mentions.insert(at, m);
        }
    }
    mentions
}

/// Whether a state's mention names its people in the plural: "the Japanese", "the British",
/// "the Soviets", "Americans" (one word; not "the United States").
pub(crate) fn is_people(toks: &Tokens, m: &Mention) -> bool {
    let w = toks.norm(m.start);
    let after_the = m.start > 0 && toks.norm(m.start - 1) == "the";
    // ("the Houthis", "the Contras": an armed group named in the plural is a people too)
    m.kind == Kind::State
        && !m.person
        && m.end == m.start + 1
        && (m.actors[0].code == m.actors[0].country || m.actors[0].code.ends_with("REB"))
        && ((w.ends_with("ese") || w.ends_with("ish") || w.ends_with("ch") || w.ends_with("ans") || w.ends_with("ets") || (w.ends_with("is") && w.len() > 4))
            && (w.ends_with('s') || after_the)
            // "the Boers", "the Turks": any plural after "the" but a state's own name
            || (after_the && w.ends_with('s') && !PLURAL_STATE_NAMES.contains(&w)))
}

/// Whether token `k` ends a person's name without naming another ("III", "Jr.").
fn is_suffix(text: &str, toks: &Tokens, k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    let raw = &text[t.span.start..t.span.end];
    matches!(toks.norm(k), "jr." | "jr" | "sr." | "sr") || (!raw.is_empty() && raw.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// Where a news report's dateline ends ("LONDON (Reuters) -", "WASHINGTON (AP) _", "NEW
/// YORK, March 25, 1977 --"): just after its dash; 0 when the sentence opens with none. A
/// dateline is a place in capitals, then a state or a date after a comma, or an agency in
/// brackets ("U.S. - Cuba talks" is none).
fn dateline_end(text: &str, toks: &Tokens) -> usize {
    let mut in_brackets = false;
    let mut capitals = false;
    let mut more = false;
    for k in 0..toks.len().min(16) {
        let Some(t) = toks.get(k) else { break };
        let raw = &text[t.span.start..t.span.end];
        match toks.norm(k) {
            "(" => (in_brackets, more) = (true, true),
            ")" => in_brackets = false,
            "-" | "--" | "—" | "–" | "_" if capitals && more && !in_brackets => return k + 1,
            "," => more = true,
            _ if in_brackets => {}
            _ if raw.chars().any(char::is_alphabetic) && !raw.chars().any(char::is_lowercase) => capitals = true,
            // ("CUPERTINO, Calif.", "NEW YORK, March 25, 1977")
            _ if capitals && (t.kind == TokenKind::Number || (t.cap && raw.len() <= 9)) => {}
            _ => return 0,
        }
    }
    0
}

/// The state a sentence opens with as its subject, when it has one.
fn sentence_subject(before: &[Mention]) -> Option<ActorVal> {
    let m = before.first()?;
    (m.kind == Kind::State && m.prep.is_none() && m.actors.len() == 1 && !m.modifies_noun && !m.modifier && !m.coord_next).then(|| m.actors[0].clone())
}

/// Whether the word at `at` is the verb of a clause its subject opens ("it invaded",
/// "it had", not "placing it under").
pub(crate) fn begins_a_clause(toks: &Tokens, at: usize) -> bool {
    let w = toks.norm_at(at);
    (w.len() > 3 && w.ends_with("ed"))
        || matches!(w, "was" | "had" | "has" | "would" | "will" | "could" | "did" | "also" | "then" | "later" | "soon" | "quickly" | "immediately" | "again")
}

/// [`begins_a_clause`], or an irregular past there: "occupied Spain and Napoleon made his
/// brother king" (for an object, which a subject pair's verb cannot follow).
pub(crate) fn begins_a_clause_after_object(toks: &Tokens, at: usize) -> bool {
    begins_a_clause(toks, at)
        || matches!(
            toks.norm_at(at),
            "made"
                | "took"
                | "gave"
                | "sent"
                | "went"
                | "came"
                | "met"
                | "said"
                | "told"
                | "began"
                | "became"
                | "won"
                | "lost"
                | "held"
                | "led"
                | "left"
                | "fought"
                | "struck"
                | "broke"
                | "fell"
                | "rose"
                | "ran"
                | "saw"
                | "wrote"
                | "sought"
                | "kept"
                | "brought"
                | "drove"
                | "fled"
                | "withdrew"
                | "overran"
                | "threw"
        )
}

/// Where the "and" that joins the clause token `at` opens to the one before stands (with
/// an adverbial between: "and on 10 May it").
fn joined_by_and(toks: &Tokens, at: usize) -> Option<usize> {
    (at.saturating_sub(8)..at).rev().take_while(|&j| !CLAUSE_PUNCT.contains(&toks.norm(j))).find(|&j| toks.norm(j) == "and")
}

/// The first actor of the clause before mention `k` that stands outside a prepositional
/// phrase: a person (for "his") or any actor (for "its").
fn clause_subject_before(mentions: &[Mention], toks: &Tokens, k: usize, person: bool) -> Option<ActorVal> {
    let here = mentions[k].start;
    let begin = (0..here).rev().find(|&j| CLAUSE_PUNCT.contains(&toks.norm(j))).map_or(0, |j| j + 1);
    let first_from = |begin: usize| {
        mentions[..k]
            .iter()
            .find(|m| {
                // (a description resolved to its state, "the administration", may be the
                // subject; a pronoun is not taken again)
                let pronoun = m.kind == Kind::Anaphor
                    && (m.modifier || m.end == m.start + 1 && matches!(toks.norm(m.start), "he" | "she" | "it" | "they" | "him" | "them"));
                m.start >= begin && m.prep.is_none() && m.actors.len() == 1 && !pronoun && (!person || m.person) && !m.modifies_noun
            })
            .map(|m| m.actors[0].clone())
    };
    // ("The administration enacted sanctions, called for a boycott, and stepped up its aid":
    // a clause that opens on its verb shares the sentence's subject)
    let opens_on_verb =
        toks.norm_at(begin) == "and" && toks.get(begin + 1).is_some_and(|t| !t.cap && t.kind == TokenKind::Word && !is_determiner(toks.norm(begin + 1)));
    first_from(begin).or_else(|| if opens_on_verb { first_from(0) } else { None })
}

/// Whether a state's form is an adjective ("Soviet", "Israeli", "British"), not a name.
pub(crate) fn is_adjectival(last: &str) -> bool {
    // (cities in -i are names: "the Helsinki Final Act")
    const CITIES_IN_I: &[&str] = &[
        "helsinki", "nairobi", "tbilisi", "delhi", "dhabi", "karachi", "hanoi", "kigali", "tripoli", "apia", "funafuti", "mumbai", "chennai", "shanghai",
        "dubai",
    ];
    // (nor names that only end like adjectives: "between Egypt and Jordan began")
    const NAMES: &[&str] = &[
        "jordan",
        "iran",
        "japan",
        "sudan",
        "oman",
        "taiwan",
        "bhutan",
        "tehran",
        "amman",
        "ukraine",
        "palestine",
        "munich",
        "zurich",
        "milan",
        "wuhan",
        "yerevan",
        "isfahan",
        "abidjan",
        "kazan",
        "teheran",
        "michigan",
        "vatican",
        "yucatan",
        "sichuan",
        "hunan",
    ];
    if NAMES.contains(&last) {
        return false;
    }
    ["an", "ian", "ese", "ish", "ic", "ch", "ine", "i"].iter().any(|e| last.ends_with(e)) && !last.ends_with("stan") && !CITIES_IN_I.contains(&last)
        || matches!(last, "u.s." | "us" | "soviet" | "u.k." | "uk" | "u.n." | "un" | "greek" | "thai" | "swiss" | "czech" | "slovak" | "nato")
}

/// The words that end the name of a document a place may open ("the Paris Peace Accords").
const DOCUMENT_NAMES: &[&str] = &[
    "accords",
    "accord",
    "agreement",
    "agreements",
    "treaty",
    "act",
    "declaration",
    "protocol",
    "protocols",
    "charter",
    "convention",
    "communiqué",
    "communique",
    "pact",
    "final",
];

/// The second words of the anaphor phrases.
static ANAPHOR_SECONDS: std::sync::OnceLock<annals_model::fxhash::FxHashSet<&'static str>> = std::sync::OnceLock::new();

fn add_anaphors(toks: &Tokens, mentions: &mut Vec<Mention>) {
    let covered = |mentions: &Vec<Mention>, j: usize| mentions.iter().any(|m| m.start <= j && j < m.end);
    let mut j = 0;
    while j < toks.len() {
        let first = toks.norm(j);
        let may_start = matches!(
            first,
            "the"
                | "both"
                | "each"
                | "one"
                | "this"
                | "two"
                | "he"
                | "him"
                | "his"
                | "she"
                | "her"
                | "himself"
                | "herself"
                | "they"
                | "them"
                | "their"
                | "themselves"
                | "its"
                | "itself"
                | "it"
        );
        if !may_start || covered(mentions, j) {
            j += 1;
            continue;
        }
        let mut len = 0;
        let second = toks.norm_at(j + 1);
        // most "the …" begin no anaphor: look through the phrases only when the second word
        // is one of theirs
        let seconds = ANAPHOR_SECONDS.get_or_init(|| PAIR_ANAPHORS.iter().chain(STATE_ANAPHORS.iter()).filter_map(|p| p.get(1).copied()).collect());
        if seconds.contains(second) {
            for p in PAIR_ANAPHORS.iter().chain(STATE_ANAPHORS.iter()) {
                if p.len() > len && p[0] == first && p.get(1).is_none_or(|w| *w == second) && matches_at(toks, j, p) {
                    len = p.len();
                }
            }
        }
        let n = toks.norm(j);
        // "assist the South", "the North had pushed": the half of a divided country
        let half = first == "the"
            && matches!(second, "north" | "south")
            && toks.get(j + 1).is_some_and(|t| t.cap)
            && !toks.get(j + 2).is_some_and(|t| t.cap || t.kind == TokenKind::Number)
            && !matches!(toks.norm_at(j + 2), "-" | "of");
        if len == 0 && half {
            len = 2;
        }
        // "the Republic of Texas", "the Kingdom of Hawaii": a name, not "the republic" told
        if len >= 2 && toks.get(j + len - 1).is_some_and(|t| t.cap) && toks.norm_at(j + len) == "of" && toks.get(j + len + 1).is_some_and(|t| t.cap) {
            len = 0;
        }
        if len == 0 {
            let pronoun =
                matches!(n, "he" | "him" | "his" | "she" | "her" | "himself" | "herself" | "they" | "them" | "their" | "themselves" | "its" | "itself")
                    || (n == "it" && !EXPLETIVE_AFTER_IT.contains(&toks.norm_at(j + 1)) && !matches!(toks.norm_at(j + 1), "appeared" | "seemed"));
            if pronoun {
                len = 1;
            }
        }
        if len > 0 {
            let span = toks.get(j).expect("in range").span.cover(toks.get(j + len - 1).expect("in range").span);
            let modifier = matches!(n, "his" | "her" | "its" | "their");
            let mut m = Mention::new(j, j + len, span, Kind::Anaphor, governing_prep(toks, j));
            m.modifier = modifier;
            mentions.push(m);
            j += len;
        } else {
            j += 1;
        }
    }
}

/// The two states, and only two, that mentions name (no organization or region).
fn two_named(mentions: &[Mention]) -> Option<(ActorVal, ActorVal)> {
    let mut seen: Vec<ActorVal> = Vec::new();
    for a in mentions.iter().flat_map(|m| m.actors.iter()) {
        if NON_STATE_CODES.contains(&a.country.as_str()) {
            continue;
        }
        if !seen.iter().any(|s| s.country == a.country) {
            seen.push(a.state());
        }
    }
    match seen.as_slice() {
        [a, b] => Some((a.clone(), b.clone())),
        _ => None,
    }
}

/// The other side of a conflict between `a` and `b` from `who`'s (in a civil war, a state's
/// and its rebels').
fn other_side(a: &ActorVal, b: &ActorVal, who: &ActorVal) -> Option<ActorVal> {
    let country = who.country.as_str();
    if a.country == b.country {
        let rebel = |x: &ActorVal| x.code.ends_with("REB");
        return match (a.country == country, rebel(a) != rebel(b)) {
            (true, true) => Some(if rebel(a) == rebel(who) { b.clone() } else { a.clone() }),
            _ => None,
        };
    }
    match (a.country == country, b.country == country) {
        (true, false) => Some(b.clone()),
        (false, true) => Some(a.clone()),
        _ => None,
    }
}
