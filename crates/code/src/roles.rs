//! Source and target: who did it to whom, from the sentence's structure. Active verbs take
//! their subject from the left and their object from the right; passives take the source
//! from "by"; nouns from a modifier ("the Soviet invasion"), a possessive, "by" or the clause's
//! subject; reciprocal patterns with coordinated actors ("X and Y met", "talks between X and
//! Y") are events both ways.

use crate::grammar::*;
use crate::mentions::{ActorVal, Discourse, Kind, Mention};
use crate::triggers::{apply_modality, Trigger};
use annals_lexicon::{Lexicon, Modality};
use annals_model::Span;
use annals_text::{TokenKind, Tokens};

/// An event the sentence states, before it is dated and printed.
#[derive(Clone, Debug)]
pub struct CodedEvent {
    /// Where the event's words begin: its trigger, or the verb of intent, threat or refusal
    /// it hangs on ("announced that he would visit").
    pub trigger_start: usize,
    pub trigger_end: usize,
    pub cameo: String,
    pub source: ActorVal,
    pub source_words: Span,
    pub target: ActorVal,
    pub target_words: Span,
    pub negated: bool,
    /// An event both ways between named parties.
    pub reciprocal: bool,
    /// An intent, threat or refusal: a time after its act ("would visit China the
    /// following year") is the act's, not the event's.
    pub looks_ahead: bool,
}

/// What one sentence leaves to the next: the subject of its last event.
#[derive(Clone, Debug, Default)]
pub struct Carry {
    pub subject: Vec<(ActorVal, Span)>,
    /// The events told so far (trigger word, code, source and target), for "the invasion
    /// began".
    pub told: Vec<(String, String, (ActorVal, ActorVal))>,
}

/// Triggers whose act is a request to another ("urged the Soviets to withdraw"): the verb
/// after "to" is theirs, not an event of its own.
fn object_control(code: &str) -> bool {
    matches!(&code[..2], "02" | "10" | "17") || matches!(code, "086" | "130" | "139")
}

fn is_boundary(toks: &Tokens, k: usize) -> bool {
    CLAUSE_PUNCT.contains(&toks.norm(k))
}

type Party = Vec<(ActorVal, Span)>;

fn party(m: &Mention) -> Party {
    m.actors.iter().map(|a| (a.clone(), m.span)).collect()
}

/// Index of the mention covering token `k` (compounds such as "CIA-planned" are no actors
/// of the clause).
fn mention_at(ments: &[Mention], k: usize) -> Option<usize> {
    ments.iter().position(|m| m.start <= k && k < m.end && !m.compound)
}

/// The mention and those coordinated with it before ("X and Y" when Y was found; "The
/// United States and its European allies", past the possessive).
fn with_coordinated_before(ments: &[Mention], idx: usize) -> Party {
    let mut out = party(&ments[idx]);
    let mut k = idx;
    loop {
        let possessive_before = k > 1 && ments[k - 1].kind == Kind::Anaphor && ments[k - 1].modifier && ments[k - 1].end == ments[k].start;
        let j = if possessive_before { k - 1 } else { k };
        if j == 0 || !ments[j - 1].coord_next {
            break;
        }
        k = j - 1;
        out.extend(party(&ments[k]));
    }
    out
}

/// The mention and those coordinated with it on either side.
fn with_coordinated(ments: &[Mention], idx: usize) -> Party {
    let mut out = with_coordinated_before(ments, idx);
    out.extend(with_coordinated_after(ments, idx).into_iter().skip(ments[idx].actors.len()));
    out
}

/// The mention and those coordinated with it after.
fn with_coordinated_after(ments: &[Mention], idx: usize) -> Party {
    let mut out = party(&ments[idx]);
    let mut k = idx;
    while ments[k].coord_next && k + 1 < ments.len() {
        k += 1;
        if !ments[k].modifies_noun {
            out.extend(party(&ments[k]));
        }
    }
    out
}

/// The subject of a verb starting at `at`: the nearest mention to the left that is not
/// governed by a preposition, not a possessive modifier, and not an object of an earlier
/// event, within the clause.
fn subject(toks: &Tokens, ments: &[Mention], at: usize, used_as_object: &[usize]) -> Option<usize> {
    // "in retaliation for London's decision to expel Russian envoys": the one whose decision
    // it is acts
    if at >= 4 && toks.norm(at - 1) == "to" && PLAN_NOUNS.contains(&toks.norm(at - 2)) && toks.norm(at - 3) == "'s" {
        if let Some(mi) = ments.iter().position(|m| m.end == at - 3 && m.modifier && !m.actors.is_empty()) {
            return Some(mi);
        }
    }
    // "persuaded the Russians to evacuate", "convinced the French to recognize": the one
    // persuaded does what follows (and did it)
    if at >= 3 && toks.norm(at - 1) == "to" {
        if let Some(mi) = ments.iter().position(|m| m.end == at - 1 && !m.actors.is_empty()) {
            let before = toks.norm_at(past_back_determiners(toks, ments[mi].start));
            if ["persuad", "convinc", "compel", "forced", "induc"].iter().any(|v| before.starts_with(v)) {
                return Some(mi);
            }
        }
    }
    let mut k = parenthetical_start(toks, at).unwrap_or(at);
    // past ", and" the clause before is another clause, whose subject goes on ("Israeli
    // forces took the Gaza Strip, and on 7 June paratroopers captured the Old City")
    let mut crossed_and = false;
    while k > 0 {
        k -= 1;
        // "the Central Intelligence Agency (CIA) to develop": step over a bracketed aside
        if toks.norm(k) == ")" {
            if let Some(open) = (0..k).rev().find(|&j| toks.norm(j) == "(") {
                k = open;
                continue;
            }
        }
        if is_boundary(toks, k) {
            return None;
        }
        let n = toks.norm(k);
        if n == "," {
            if let Some(open) = parenthetical_start(toks, k + 1) {
                k = open;
                continue;
            }
        }
        if matches!(n, "who" | "which") {
            // the antecedent of a relative pronoun
            let mut j = k;
            while j > 0 {
                j -= 1;
                if toks.norm(j) == "," {
                    continue;
                }
                if let Some(m) = mention_at(ments, j) {
                    return Some(m).filter(|&m| !ments[m].actors.is_empty());
                }
                // "the Security Council passed Resolution 502, which demanded …": what a
                // document says, its author says
                let document = (j.saturating_sub(2)..=j).find(|&d| AUTHORED.contains(&toks.norm(d)));
                // (from before the document's name: "issued the Berlin Decree, which")
                let name_start = |d: usize| {
                    let mut b = d;
                    while b > 0 && (toks.get(b - 1).is_some_and(|t| t.cap || t.kind == TokenKind::Number) || matches!(toks.norm(b - 1), "the" | "a" | "'s")) {
                        b -= 1;
                    }
                    b
                };
                return document.and_then(|d| subject(toks, ments, name_start(d), used_as_object));
            }
            return None;
        }
        if let Some(mi) = mention_at(ments, k) {
            let m = &ments[mi];
            let possessive = m.modifier && m.kind == Kind::Anaphor;
            // "attempts by the U.S. to invade Cuba": the agent of an infinitive
            let infinitive_agent = m.prep.as_deref() == Some("by") && at > 0 && toks.norm(at - 1) == "to";
            // "until the Soviets agreed": a conjunction, not a preposition, before a clause
            let aux = |j: usize| auxiliary(toks.norm(j));
            // (and one joined to an agent: "as US and allied forces withdrew")
            let joined_agent =
                ments.iter().find(|n| n.start > m.end && n.kind == Kind::Agent && n.actors.is_empty() && (n.end..at).all(aux)).is_some_and(|n| {
                    toks.norm_at(m.end) == "and"
                        && (m.end + 1..n.start).all(|j| toks.get(j).is_some_and(|t| !t.cap && t.kind == TokenKind::Word) && !is_preposition(toks.norm(j)))
                });
            let conjunction =
                matches!(m.prep.as_deref(), Some("until" | "till" | "before" | "after" | "since" | "as" | "because")) && ((m.end..at).all(aux) || joined_agent);
            let usable = (m.prep.is_none() || infinitive_agent || conjunction) && !possessive && !used_as_object.contains(&mi) && !m.actors.is_empty();
            if unknown_subject(toks, m, at) && !used_as_object.contains(&mi) {
                return None;
            }
            if usable {
                return Some(if crossed_and { opening_subject(toks, ments, mi, used_as_object) } else { mi });
            }
            k = m.start;
        }
        if n == "and" && k > 0 && toks.norm(k - 1) == "," {
            // ("…, and the first International Brigades arrived": a clause with a subject
            // of its own, unnamed, is no clause of the subject before)
            if own_unnamed_subject(toks, k + 1, at) {
                return None;
            }
            crossed_and = true;
        }
    }
    None
}

/// Whether mention `m` is the subject of the verb at `at` though of no known country: "…,
/// and on 4 October the Sultan declared war" (no other clause's subject stands in for it).
fn unknown_subject(toks: &Tokens, m: &Mention, at: usize) -> bool {
    // (back past its adjectives to an article: not "the Cuban foreign ministry", whose
    // country is named before it)
    let mut b = m.start;
    while b > 0 && is_determiner(toks.norm(b - 1)) && !matches!(toks.norm(b - 1), "the" | "a" | "an") && toks.get(b - 1).is_some_and(|t| !t.cap) {
        b -= 1;
    }
    // ("Finance Minister Michael Sarris flew": a title and a name the dictionary does not
    // know)
    let titled_name = m.kind == Kind::Agent
        && m.actors.is_empty()
        && m.prep.is_none()
        && toks.get(m.end - 1).is_some_and(|t| t.cap)
        && at > m.end
        && at <= m.end + 3
        && (m.end..at).all(|j| toks.get(j).is_some_and(|t| t.cap && t.kind == TokenKind::Word));
    if titled_name {
        return true;
    }
    // ("and in January of 1861, Liberal forces captured Mexico City": a named group the
    // dictionary does not know, its own clause's subject)
    let named_group = m.kind == Kind::Agent
        && m.actors.is_empty()
        && m.prep.is_none()
        && b >= 2
        && toks.get(b - 1).is_some_and(|t| t.cap && t.kind == TokenKind::Word)
        && matches!(toks.norm(b - 2), "," | "and" | "but" | "while" | "when" | "as")
        && (m.end..at).all(|j| auxiliary(toks.norm(j)));
    if named_group {
        return true;
    }
    m.kind == Kind::Agent
        && m.actors.is_empty()
        && m.prep.is_none()
        && b > 0
        && matches!(toks.norm(b - 1), "the" | "a" | "an" | "which" | "that" | "whom")
        && (m.end..at).all(|j| auxiliary(toks.norm(j)))
}

/// Whether a noun phrase of its own opens the clause between `from` and its verb at `at`
/// ("the first International Brigades"; not a time, "on the night of 24 July", "the next
/// day").
fn own_unnamed_subject(toks: &Tokens, from: usize, at: usize) -> bool {
    // (up to the first verb: not "…, and also provided an emergency advance")
    let verb = |j: usize| {
        let w = toks.norm(j);
        toks.get(j).is_some_and(|t| !t.cap) && ((w.len() > 3 && w.ends_with("ed")) || matches!(w, "was" | "were" | "had" | "has" | "have" | "would" | "will"))
    };
    (from..at).take_while(|&j| !verb(j)).any(|j| {
        let after_prep = j > from && (is_preposition(toks.norm(j - 1)) || toks.norm(j - 1) == "of");
        matches!(toks.norm(j), "the" | "a" | "an")
            && !after_prep
            && !matches!(
                toks.norm_at(j + 1),
                "next" | "following" | "same" | "previous" | "day" | "night" | "morning" | "evening" | "afternoon" | "week" | "month" | "year" | "end"
            )
    })
}

/// Adjectives that describe people, which "to" before a noun may govern: "aid to leftist
/// rebels", "to Marxist guerrillas" (not "to assist", "to unite").
fn is_people_adjective(w: &str) -> bool {
    ["ist", "ian", "ern", "ese", "ary", "ite"].iter().any(|e| w.ends_with(e))
        && !matches!(
            w,
            "assist" | "resist" | "insist" | "exist" | "persist" | "enlist" | "unite" | "invite" | "ignite" | "write" | "excite" | "cite" | "recite" | "vary"
        )
}

/// Nouns of a plan or resolve that an infinitive completes: "London's decision to expel".
const PLAN_NOUNS: &[&str] = &[
    "decision",
    "plan",
    "plans",
    "move",
    "attempt",
    "attempts",
    "bid",
    "effort",
    "efforts",
    "threat",
    "promise",
    "pledge",
    "refusal",
    "offer",
    "order",
    "proposal",
    "intention",
    "readiness",
    "willingness",
];

/// Documents whose words are their author's.
const AUTHORED: &[&str] = &[
    "resolution",
    "statement",
    "declaration",
    "communique",
    "communiqué",
    "letter",
    "note",
    "message",
    "decree",
    "ultimatum",
    "speech",
    "memorandum",
    "proclamation",
    "law",
    "bill",
    "order",
    "edict",
];

/// The first mention of the clause mention `mi` stands in (back to a comma) that could be
/// its subject (one not governed by a preposition, nor the object of an earlier event);
/// `mi` when none.
fn opening_subject(toks: &Tokens, ments: &[Mention], mi: usize, used_as_object: &[usize]) -> usize {
    let mut best = mi;
    for c in (0..mi).rev() {
        let m = &ments[c];
        let apart = (m.end..ments[best].start).any(|j| is_boundary(toks, j) || toks.norm(j) == ",");
        if apart {
            break;
        }
        if m.prep.is_none() && !m.modifier && !m.compound && !used_as_object.contains(&c) && !m.actors.is_empty() {
            best = c;
        }
    }
    best
}

/// The object of a trigger ending at `from`: the first mention to the right, directly or
/// after an allowed preposition, within the clause.
#[allow(clippy::too_many_arguments)]
fn object(
    toks: &Tokens,
    ments: &[Mention],
    from: usize,
    preps: &[&str],
    limit: usize,
    own: Option<&str>,
    cross_that: bool,
    inside: (usize, &[usize]),
) -> Option<usize> {
    let mut k = from;
    let mut fallback = None;
    let stop = (from + limit).min(toks.len());
    while k < stop {
        let n = toks.norm(k);
        let crossing = cross_that && n == "that" && k == from;
        if is_boundary(toks, k) || (CLAUSE_OPENERS.contains(&n) && !crossing) {
            return fallback;
        }
        // "to" before a verb opens a clause of its own ("to deter any invasion"; not the
        // pattern's own "to": "went to war against France")
        // (nor one inside the pattern's stretch: "threatened almost daily since March to
        // attack")
        if n == "to"
            && !inside.1.contains(&k)
            && k >= inside.0
            && toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !is_determiner(toks.norm(k + 1)) && !is_people_adjective(toks.norm(k + 1)))
        {
            return fallback;
        }
        // "Argentina surrendered and the islands returned to British control": an actor
        // before its own verb after "and" opens a clause
        let opens =
            || mention_at(ments, k + 1).is_some_and(|mi| ments[mi].start == k + 1 && crate::mentions::begins_a_clause_after_object(toks, ments[mi].end));
        if n == "and" && opens() {
            return fallback;
        }
        if matches!(n, "and" | "but" | "or") && fallback.is_some() {
            // "freed some prisoners and Carter eased …": the object ended
            return fallback;
        }
        if n == "," && matches!(toks.norm_at(k + 1), "known" | "called" | "named" | "dubbed" | "codenamed") {
            // ", known as Operation Rosario,": a name, not the end of the object
            if let Some(close) = (k + 1..stop).find(|&j| toks.norm(j) == ",") {
                k = close + 1;
                continue;
            }
        }
        // ("agreed to mediate, and after months of talks the two governments signed": a
        // verb with no object before ", and")
        // (not "to restrict, but not completely prohibit, Chinese immigration": verbs sharing
        // their object)
        let clause_next = is_preposition(toks.norm_at(k + 2)) || is_determiner(toks.norm_at(k + 2)) || toks.get(k + 2).is_some_and(|x| x.cap);
        if n == "," && k == from && matches!(toks.norm_at(k + 1), "and" | "but") && clause_next {
            return fallback;
        }
        if n == "," && k > from {
            // a comma ends the object unless a list of actors goes on (not "declared war, he
            // returned": a pronoun opens a clause)
            // (nor the source a report names after a comma: ", South Korea's military said")
            let attribution = |mi: usize| {
                let mut e = ments[mi].end;
                while let Some(next) = mention_at(ments, e).filter(|&x| ments[x].start == e) {
                    e = ments[next].end;
                }
                // (", South Korea's Defense Ministry said": a body the dictionary does not
                // know, after a possessive)
                if toks.norm_at(e) == "'s" {
                    e += 1;
                    while e < toks.len() && e < ments[mi].end + 5 && toks.get(e).is_some_and(|t| t.cap && t.kind == TokenKind::Word) {
                        e += 1;
                    }
                }
                matches!(toks.norm_at(e), "said" | "says" | "reported" | "announced" | "added" | "claimed" | "stated")
            };
            let next_is_mention = mention_at(ments, k + 1).is_some_and(|mi| {
                let pronoun = ments[mi].kind == Kind::Anaphor && ments[mi].end == ments[mi].start + 1;
                !pronoun && !attribution(mi)
            });
            if !next_is_mention {
                return fallback;
            }
        }
        if let Some(mi) = mention_at(ments, k) {
            let m = &ments[mi];
            // within the pattern, only a mention that holds one of its words: "freed some
            // political prisoners", not "issued a public statement"
            if m.start < inside.0 && m.actors.is_empty() && !inside.1.iter().any(|&p| m.start <= p && p < m.end) {
                k = m.end;
                continue;
            }
            let ok = match &m.prep {
                None => true,
                Some(p) => preps.contains(&p.as_str()),
            };
            let possessive = m.modifier && m.kind == Kind::Anaphor;
            // ("signed two treaties at the headquarters of the Organization of American
            // States": the seat of a body is where, not whom)
            let of_at = if toks.norm_at(m.start.wrapping_sub(1)) == "the" { m.start.wrapping_sub(2) } else { m.start.wrapping_sub(1) };
            let seat =
                toks.norm_at(of_at) == "of" && of_at >= 1 && matches!(toks.norm(of_at - 1), "headquarters" | "seat" | "offices" | "building" | "premises");
            if seat {
                k = m.end;
                continue;
            }
            // the actor's own country ("placed Soviet missiles in Cuba") only if no other follows
            let own_country = !m.actors.is_empty() && own.is_some_and(|c| m.actors.iter().all(|a| a.country == c));
            if ok && !m.actors.is_empty() && !possessive && !own_country {
                return Some(mi);
            }
            if ok && own_country && !possessive && !m.modifies_noun && fallback.is_none() {
                fallback = Some(mi);
            }
            let patient = m.role.is_some_and(|r| !matches!(r.as_str(), "GOV" | "MIL" | "SPY" | "COP"));
            if m.kind == Kind::Agent && m.actors.is_empty() && m.prep.is_none() && fallback.is_none() && patient {
                // an object without a country ("freed political prisoners"), unless an
                // actor follows ("removed the missiles from Cuba")
                fallback = Some(mi);
            }
            k = m.end;
            continue;
        }
        k += 1;
    }
    fallback
}

const TARGET_PREPS: &[&str] = &["with", "to", "against", "on", "into", "toward", "towards", "from", "over", "upon", "at", "for", "about"];
const TARGET_PREPS_IN: &[&str] =
    &["with", "to", "against", "on", "into", "toward", "towards", "from", "over", "upon", "at", "for", "about", "in", "of", "inside", "across", "throughout"];

/// Whether a word may stand between a subject and its verb: an adverb in -ly, an auxiliary,
/// "not", "also", "then".
fn auxiliary(w: &str) -> bool {
    w.ends_with("ly") || matches!(w, "not" | "n't" | "also" | "then" | "had" | "have" | "has" | "would" | "will" | "did")
}

/// The index of the word before the determiners that open a phrase at `start` ("persuaded
/// the Russians": the verb's).
fn past_back_determiners(toks: &Tokens, start: usize) -> usize {
    let mut k = start;
    while k > 0 && is_determiner(toks.norm(k - 1)) {
        k -= 1;
    }
    k.saturating_sub(1)
}

/// Whether an actor is its state's rebels, a party apart from the state they fight.
fn is_rebel(a: &ActorVal) -> bool {
    a.code.ends_with("REB")
}

/// The country whose own mentions an object search passes over (the source's; rebels' own
/// state is no part of them: "Biafra surrendered to the Nigerian government").
fn own_country(source: &Party) -> Option<String> {
    source.first().filter(|s| !is_rebel(&s.0)).map(|s| s.0.country.clone())
}

/// Nouns of places that forces take: "captured the fort of Campo Vía".
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "town",
    "towns",
    "city",
    "cities",
    "port",
    "ports",
    "fort",
    "forts",
    "citadel",
    "fortress",
    "village",
    "villages",
    "capital",
    "airport",
    "airfield",
    "base",
    "bases",
    "island",
    "islands",
    "outpost",
    "outposts",
    "garrison",
    "stronghold",
    "strongholds",
    "province",
    "region",
    "territory",
    "hill",
    "hills",
    "ridge",
    "bridge",
    "bridgehead",
    "harbor",
    "harbour",
    "peninsula",
    "positions",
    "trenches",
    "enclave",
    "pass",
    "valley",
    "oilfields",
];

/// Whether the capture trigger `t` takes a place: a place noun after it ("captured the oil
/// port of Bonny") or a name it is the relative clause of ("Boquerón, which Paraguay
/// captured").
fn takes_a_place(toks: &Tokens, ments: &[Mention], t: &Trigger) -> bool {
    // ("recaptured Narvik": a name the dictionary does not know, right after the verb)
    let covered = |k: usize| ments.iter().any(|m| m.start <= k && k < m.end);
    if toks.get(t.end).is_some_and(|x| x.cap && x.kind == TokenKind::Word) && !covered(t.end) && toks.norm_at(t.end + 1) != "'s" {
        return true;
    }
    let mut k = t.end;
    let mut words = 0;
    // (past a possessive: "took Oslo's airport")
    while words < 4
        && (is_determiner(toks.norm_at(k))
            || toks.norm_at(k) == "'s"
            || toks
                .get(k)
                .is_some_and(|x| x.kind == TokenKind::Word && (!x.cap || toks.norm_at(k + 1) == "'s" || !covered(k)) && !PLACE_NOUNS.contains(&toks.norm(k))))
    {
        if is_preposition(toks.norm_at(k)) || toks.norm_at(k) == "and" {
            break;
        }
        k += 1;
        words += 1;
    }
    if PLACE_NOUNS.contains(&toks.norm_at(k)) {
        return true;
    }
    // ("crossed into the Ogaden."): a name the dictionary does not know ending the phrase
    if k > t.end
        && toks.get(k - 1).is_some_and(|x| x.cap && x.kind == TokenKind::Word)
        && !covered(k - 1)
        && (k >= toks.len() || is_boundary(toks, k) || toks.norm(k) == ",")
    {
        return true;
    }
    // ", which Paraguay captured": the subject mention, "which" and a comma after a name
    let Some(subject) = ments.iter().rev().find(|m| m.end == t.start) else {
        return false;
    };
    let at = subject.start;
    at >= 3
        && matches!(toks.norm(at - 1), "which" | "that")
        && toks.norm(at - 2) == ","
        && toks.get(at - 3).is_some_and(|x| x.cap && x.kind == TokenKind::Word)
        && !ments.iter().any(|m| m.end == at - 2)
}

/// "between the United Kingdom, France and Norway on one side and Germany on the other":
/// the two sides, each of several parties.
fn sides(toks: &Tokens, ments: &[Mention], lo: usize, hi: usize) -> Option<(Party, Party)> {
    let k = (lo..(hi + 8).min(toks.len())).find(|&k| toks.norm(k) == "between")?;
    let first = ments.iter().position(|m| m.start > k && m.start <= k + 4)?;
    let mut last = first;
    while ments[last].coord_next && last + 1 < ments.len() {
        last += 1;
    }
    let e = ments[last].end;
    let one_side = toks.norm_at(e) == "on" && toks.norm_at(e + 1) == "one" && toks.norm_at(e + 2) == "side" && toks.norm_at(e + 3) == "and";
    if !one_side {
        return None;
    }
    let second = ments.iter().position(|m| m.start > e + 3 && m.start <= e + 6)?;
    let a: Party = (first..=last).filter(|&i| !ments[i].modifies_noun).flat_map(|i| party(&ments[i])).collect();
    let b = with_coordinated_after(ments, second);
    (!a.is_empty() && !b.is_empty()).then_some((a, b))
}

/// "between X and Y" after a noun or before a verb: the two parties.
fn between(toks: &Tokens, ments: &[Mention], lo: usize, hi: usize) -> Option<Party> {
    // (the window stretches over a date: "was fought from 5 to 10 June 1967 between …")
    let mut hi = hi.min(toks.len());
    let mut found = (lo..hi).find(|&k| toks.norm(k) == "between");
    while found.is_none() && hi < toks.len() && hi > lo && is_date_word(toks, hi - 1) {
        found = (toks.norm(hi) == "between").then_some(hi);
        hi += 1;
    }
    found.and_then(|k| {
        let mi = ments.iter().position(|m| m.start > k && m.start <= k + 4)?;
        let mut p = with_coordinated_after(ments, mi);
        // "between the government of Nigeria and the secessionist state of Biafra": a
        // body of a state, then "and" and the other side's
        if p.len() == 1 {
            let first = match ments.get(mi + 1) {
                Some(n) if n.prep.as_deref() == Some("of") && n.start <= ments[mi].end + 2 => mi + 1,
                _ => mi,
            };
            // (past an aside on the first: "the MPLA (…), led by Jose Eduardo dos Santos, and")
            let mut after = ments[first].end;
            if toks.norm_at(after) == "(" {
                after = (after..toks.len().min(after + 12)).find(|&j| toks.norm(j) == ")").map_or(after, |j| j + 1);
            }
            if toks.norm_at(after) == "," && matches!(toks.norm_at(after + 1), "led" | "headed" | "commanded" | "backed") {
                after = (after + 1..toks.len().min(after + 12)).find(|&j| toks.norm(j) == ",").unwrap_or(after);
            }
            let and = (after..(after + 2).min(toks.len())).find(|&j| toks.norm(j) == "and");
            let second = and.and_then(|a| {
                (first + 1..ments.len()).find(|&i| {
                    let m = &ments[i];
                    m.start > a && m.start <= a + 5 && (a + 1..m.start).all(|j| !is_boundary(toks, j) && toks.norm(j) != "between")
                })
            });
            if let Some(i) = second {
                p.extend(with_coordinated_after(ments, i));
            }
        }
        (p.len() >= 2).then_some(p)
    })
}

/// Whether token `k` may be part of a date told in words and figures ("from 5 to 10 June
/// 1967", "on 24 March").
fn is_date_word(toks: &Tokens, k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.kind == TokenKind::Number)
        || annals_text::dateline::MONTHS.contains(&toks.norm(k))
        || matches!(toks.norm(k), "from" | "to" | "on" | "in" | "until" | "through" | "," | "-" | "--" | "(" | ")")
}

/// Assigns sources and targets to a sentence's triggers.
pub fn assign(lex: &Lexicon, toks: &Tokens, ments: &[Mention], trigs: &[Trigger], disc: &Discourse, carry: &mut Carry) -> Vec<CodedEvent> {
    let _ = lex;
    let mut out = Vec::new();
    let mut used_as_object: Vec<usize> = Vec::new();
    let mut last_subject: Option<Party> = None;
    let mut last_subject_at = 0;
    let mut last_target: Option<Party> = None;
    let mut suppressed_until: usize = 0;
    for (ti, t) in trigs.iter().enumerate() {
        // the act another is asked or made to do is part of the request
        if t.start < suppressed_until {
            continue;
        }
        let p = &t.pattern;
        if hypothetical(toks, t.start) {
            continue;
        }
        // "civilian rule returned to Argentina", "the envoy returned home": going back, not
        // handing something back
        let intransitive = is_preposition(toks.norm_at(t.end)) || matches!(toks.norm_at(t.end), "home" | "" | "." | "," | ";");
        if p.source_text == "return" && !t.nominal && intransitive {
            continue;
        }
        // ("a Minister, Edmond-Charles Genêt, whose violations of the neutrality policy": the
        // act of one a relative names, not of the clause's subject)
        if t.nominal && t.start > 0 && toks.norm(t.start - 1) == "whose" {
            continue;
        }
        // "in an effort to restore calm": a state of affairs restored is handed back to no one
        if p.source_text == "restore"
            && matches!(
                toks.norm_at(past_the(toks, t.end)),
                "calm" | "order" | "peace" | "stability" | "democracy" | "normalcy" | "confidence" | "security" | "quiet"
            )
        {
            continue;
        }
        // "the talks made little progress": no progress made
        if p.source_text.contains("progress") && (t.start..t.end).any(|k| matches!(toks.norm(k), "little" | "no" | "scant" | "slow")) {
            continue;
        }
        // "The war officially ended four months later, when …": a war that ends is no
        // fighting told
        // ("After fighting between the Americans and the British ended in 1783": the same)
        if p.code.starts_with("19")
            && toks.norm_at(t.end) == "between"
            && (t.end..(t.end + 12).min(toks.len())).take_while(|&j| !is_boundary(toks, j)).any(|j| matches!(toks.norm(j), "ended" | "ends" | "ceased"))
        {
            continue;
        }
        if t.nominal && p.code.starts_with("19") {
            let mut k = t.end;
            while toks.norm_at(k).ends_with("ly") {
                k += 1;
            }
            if matches!(toks.norm_at(k), "ended" | "ends" | "end") || (toks.norm_at(k) == "came" && toks.norm_at(k + 1) == "to") {
                continue;
            }
            // ("agreed to formally end the war": ending it is no fighting either)
            if (t.start.saturating_sub(3)..t.start).any(|j| matches!(toks.norm(j), "end" | "ended" | "ending" | "ends"))
                && toks.norm_at(t.start.wrapping_sub(1)) == "the"
            {
                continue;
            }
        }
        // "backed Britain", "had backed the Khmer Rouge" (not "sail them back to Africa": an
        // adverb after a verb and its object)
        if p.source_text == "back" && t.start > 0 {
            let prev = toks.norm(t.start - 1);
            let subject_before = toks.get(t.start - 1).is_some_and(|x| x.cap)
                || prev.ends_with("ly")
                || matches!(
                    prev,
                    "had"
                        | "has"
                        | "have"
                        | "will"
                        | "would"
                        | "to"
                        | "also"
                        | "who"
                        | "which"
                        | "that"
                        | "not"
                        | "and"
                        | "did"
                        | "does"
                        | "they"
                        | "it"
                        | "he"
                        | "she"
                        | "we"
                );
            if !subject_before || toks.norm_at(t.end) == "to" {
                continue;
            }
        }
        // "the Maine sank in Havana harbor": a ship that sank, not one sunk by someone
        if matches!(p.source_text.as_str(), "sink" | "torpedo") && intransitive && !(t.passive && toks.norm_at(t.end) == "by") {
            continue;
        }
        if t.nominal {
            let next = toks.norm_at(t.head + 1);
            // "the quarantine line", "a reconnaissance jet": a noun that names another
            if COMPOUND_HEADS.contains(&next) {
                continue;
            }
            // "only a U.S. attack on Cuba would remove the missiles": a supposed act
            if (t.end..(t.end + 8).min(toks.len())).take_while(|&k| !is_boundary(toks, k)).any(|k| matches!(toks.norm(k), "would" | "could" | "might")) {
                continue;
            }
        }
        let code = match t.modality {
            Some((kind, _)) => apply_modality(kind, &p.code),
            None => p.code.clone(),
        };
        // "promised not to invade" is a promise of restraint; "agreed not to meet" a denial
        let restraint = t.modality_denied && matches!(t.modality, Some((Modality::Intent, _))) && p.code[..2].parse::<u32>().unwrap_or(0) >= 9;
        // "determined not to give in": a refusal
        let refusal = t.modality_denied && !restraint && matches!(t.modality, Some((Modality::Intent | Modality::Attempt, _)));
        let code = if restraint {
            "030".to_string()
        } else if refusal {
            apply_modality(Modality::Refusal, &p.code)
        } else {
            code
        };
        // "the military intervention did not occur"
        let noun_denied = t.nominal
            && (t.end..(t.end + 4).min(toks.len())).any(|k| matches!(toks.norm(k), "not" | "n't" | "never"))
            && (t.end..(t.end + 6).min(toks.len()))
                .any(|k| matches!(toks.norm(k), "occur" | "happen" | "materialize" | "materialise" | "proceed" | "take" | "come"));
        let negated = (t.negated || noun_denied || matches!(t.modality, Some((Modality::Failure, _))) || t.modality_denied) && !restraint && !refusal;
        // "a guarantee that the United States would not attack Cuba": an assurance
        let assurance = t.negated
            && code[..2].parse::<u32>().unwrap_or(0) >= 13
            && (t.start.saturating_sub(3)..t.start).any(|k| matches!(toks.norm(k), "would" | "will" | "'ll" | "shall"));
        let (code, negated) = if assurance { ("030".to_string(), false) } else { (code, negated) };
        let first = t.modality.map_or(t.start, |(_, s)| s);
        let nominal = t.nominal;
        let noun_first = p.noun_subject;

        // a plural verb form right after a state adjective is a noun: "U.S. forces"
        let after_adjective = !nominal
            && t.start > 0
            && mention_at(ments, t.start - 1).is_some_and(|mi| ments[mi].end == t.start && ments[mi].kind == Kind::State)
            && toks.norm(t.head).ends_with('s')
            && t.end - t.start == 1
            // (not a country's present before its object: "Turkey invades the north of the
            // island", "China warns that")
            && !toks.get(t.end).is_some_and(|x| x.cap || matches!(toks.norm(t.end), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "that"));
        if after_adjective && !p.noun {
            continue;
        }

        let mut source: Party = Vec::new();
        let mut target: Party = Vec::new();
        let mut reciprocal_pair = false;

        // "fighting broke out in Khartoum between …": a noun and the verb of its coming
        // about, where the two sides may follow (as far as the clause goes)
        let outbreak = matches!(toks.norm_at(t.end), "broke" | "erupted" | "flared" | "resumed" | "raged" | "escalated" | "intensified");
        let reach = if outbreak { (t.end..t.end + 9).find(|&j| is_boundary(toks, j)).unwrap_or(t.end + 9) } else { t.end + 3 };
        // (and a gerund as a noun: "Fighting between the MPLA … and UNITA")
        let two_sided = p.reciprocal
            || nominal
            || noun_first
            || (t.passive && p.code.starts_with("19"))
            || (toks.norm_at(t.end) == "between" && p.code != "045")
            || (outbreak && toks.norm(t.head).ends_with("ing"));
        if let Some((a, b)) = sides(toks, ments, t.start.saturating_sub(1), reach).filter(|_| two_sided) {
            source = a;
            target = b;
            reciprocal_pair = true;
        } else if let Some(pair) = between(toks, ments, t.start.saturating_sub(1), reach).filter(|_| two_sided) {
            source = vec![pair[0].clone()];
            target = pair[1..].to_vec();
            reciprocal_pair = true;
        } else if noun_first {
            // "U.S.-Cuban relations deteriorated", "the relationship disintegrated"
            let lo = t.start.saturating_sub(4);
            if let Some(mi) = ments.iter().position(|m| m.end <= t.start && m.end + 1 >= t.start && m.start >= lo) {
                let party = with_coordinated_before(ments, mi);
                if party.len() >= 2 {
                    source = vec![party[0].clone()];
                    target = party[1..].to_vec();
                    reciprocal_pair = true;
                }
            }
            if source.is_empty() {
                // the pair as it stood where the trigger is: "Relations soured again, when …
                // Angola and Ethiopia" speaks of the pair named before
                let pair_here = if disc.pair_token > t.start { disc.pair_before.clone() } else { disc.pair() };
                // "Relations with China were normalized": the state the text is about, with
                // the one named
                // (or "with the United States")
                let with = ments.iter().find(|m| {
                    (m.start == t.start + 2 || (m.start == t.start + 3 && toks.norm(t.start + 2) == "the"))
                        && toks.norm(t.start + 1) == "with"
                        && m.actors.len() == 1
                        && m.kind == Kind::State
                });
                let about = with.and_then(|m| disc.about_and(&m.actors[0]));
                if let Some((a, b)) = about.or(pair_here) {
                    let sp = Span::new(0, 0);
                    source = vec![(a, sp)];
                    target = vec![(b, sp)];
                    reciprocal_pair = true;
                }
            }
        } else if nominal {
            // the noun's own modifier: "the Soviet invasion", "Moscow's move"
            let modifier = ments.iter().rposition(|m| {
                let glued_participle = if m.compound { 2 } else { 0 };
                // words between the modifier and the pattern (the pattern's own words may be
                // adjectives too: "clandestine invasion")
                m.end <= t.start
                    && t.head - m.end <= 3 + glued_participle
                    && m.start >= t.start.saturating_sub(4)
                    && !m.actors.is_empty()
                    // (a possessor heads its own phrase: "concerned about Beijing's support")
                    && (m.prep.is_none() || (m.modifier && m.end + 1 == t.start))
                    && (m.end + glued_participle..t.start).all(|k| {
                        toks.get(k).is_some_and(|x| {
                            let n = toks.norm(k);
                            let adjective = (is_adjective_like(n) && !n.ends_with("ed") && !n.ends_with("ly")) || is_determiner(n);
                            (x.kind == TokenKind::Word && !x.cap && adjective) || matches!(n, "-" | "'s" | "\"")
                        })
                    })
            });
            // ("accepted a United Nations ceasefire": an organization's truce is one it
            // brokered between others, not one it keeps)
            let brokered = |mi: usize| {
                matches!(toks.norm(t.head), "ceasefire" | "cease-fire" | "truce" | "armistice")
                    && ments[mi].actors.iter().all(|a| NON_STATE_CODES.contains(&a.country.as_str()))
            };
            // ("a combined Ethiopian and Cuban counteroffensive": each of the joined modifiers)
            // (not past a possessor: "the treatment of ethnic Chinese and Vietnam's alliance")
            if let Some(mi) = modifier.filter(|&mi| !brokered(mi)) {
                source = if ments[mi].modifier || ments[mi].prep.is_some() { party(&ments[mi]) } else { with_coordinated_before(ments, mi) };
            }
            // "the build-up of Russian forces near the border", "the withdrawal of Soviet
            // troops from Afghanistan": forces are what builds up or withdraws, not its target
            let moves_itself = matches!(&p.code[..2], "15") || p.code.starts_with("087");
            if source.is_empty() && moves_itself {
                if let Some(oi) = ments.iter().position(|m| {
                    m.start > t.end.saturating_sub(1)
                        && m.start <= t.end + 1
                        && m.prep.as_deref() == Some("of")
                        && m.actors.iter().any(|a| a.code.ends_with("MIL"))
                }) {
                    source = party(&ments[oi]);
                    used_as_object.push(oi);
                    let own = &ments[oi].actors[0].country;
                    if let Some(gi) = ments.iter().position(|m| {
                        m.start > ments[oi].end
                            && m.start <= ments[oi].end + 4
                            && m.prep.as_deref().is_some_and(|p| matches!(p, "from" | "near" | "along" | "on" | "to" | "into" | "in"))
                            && m.actors.first().is_some_and(|a| &a.country != own)
                            && same_clause(toks, t.end, m.start)
                    }) {
                        target = with_coordinated_after(ments, gi);
                        used_as_object.push(gi);
                    }
                }
            }
            // "the invasion of Cuba by X"
            if let Some(by) = ments.iter().position(|m| {
                m.start >= t.end && m.start <= t.end + 6 && m.prep.as_deref() == Some("by") && !m.actors.is_empty() && same_clause(toks, t.end, m.start)
            }) {
                // ("a truce brokered by the United Nations": the broker is no party to it)
                let broker = (t.end..ments[by].start).any(|k| matches!(toks.norm(k), "brokered" | "mediated" | "arranged"));
                if source.is_empty() && !broker {
                    source = with_coordinated_after(ments, by);
                }
                used_as_object.push(by);
            }
            // "arms shipments from the Soviet Union to Cuba"
            if source.is_empty() && !p.code.starts_with("08") {
                if let Some(from) =
                    ments.iter().position(|m| m.start >= t.end && m.start <= t.end + 3 && m.prep.as_deref() == Some("from") && !m.actors.is_empty())
                {
                    source = party(&ments[from]);
                    used_as_object.push(from);
                }
            }
            let own = own_country(&source);
            // ("peace talks opened in Paris": where talks are held is no party to them)
            // ("The two sides signed a ceasefire in Algiers": nor where a pair agreed)
            // (the pair a reciprocal noun's clause opens with, named or told as one, not
            // "they": "The two sides signed a ceasefire")
            let pair_subject = p.reciprocal.then(|| subject(toks, ments, t.start, &used_as_object)).flatten().filter(|&si| {
                let m = &ments[si];
                (m.actors.len() >= 2 || m.coord_next) && m.end > m.start + 1 && t.start <= m.end + 6 && (m.end..t.start).all(|k| !is_boundary(toks, k))
            });
            let pair_source = p.reciprocal && (source.iter().any(|x| source.first().is_some_and(|f| f.0.country != x.0.country)) || pair_subject.is_some());
            let talks = matches!(&p.code[..2], "03" | "04" | "05") || pair_source;
            // ("Beijing's support for Russia's war", "aid for Ukraine": help is for someone)
            let helps = matches!(&p.code[..2], "05" | "06" | "07");
            let noun_preps: &[&str] = match (talks, helps) {
                (true, _) => &["of", "against", "into", "with", "to", "toward", "towards", "upon", "from"],
                (false, true) => &["of", "against", "on", "into", "with", "to", "in", "over", "toward", "towards", "upon", "at", "from", "for"],
                (false, false) => &["of", "against", "on", "into", "with", "to", "in", "over", "toward", "towards", "upon", "at", "from"],
            };
            if let Some(oi) = object(toks, ments, t.end, noun_preps, 6, own.as_deref(), false, (0, &[])).filter(|&oi| !used_as_object.contains(&oi)) {
                if ments[oi].prep.is_some() && !ments[oi].actors.is_empty() && ments[oi].prep.as_deref() != Some("by") {
                    target = with_coordinated_after(ments, oi);
                    used_as_object.push(oi);
                }
            }
            // a capitalized noun is a name ("the Cold War"), not an act of the clause's subject
            let proper = t.head > 0 && toks.get(t.head).is_some_and(|x| x.cap) && toks.get(t.head - 1).is_some_and(|x| x.cap);
            if source.is_empty() && !proper {
                // "a plan for the invasion of Cuba": a planned act is the planner's
                let planned = planned_act(toks, t.start);
                let in_pp = governing_prep_of_noun(toks, t.start) && !planned;
                if !in_pp {
                    // "Bush ordered an invasion of Panama" — but not "Ford supported a treaty":
                    // the clause's subject is the noun's source only when the noun names its target
                    // (or a pair makes it together: "The two sides signed a ceasefire")
                    // (not dissent: "sought to suppress unrest in colonial Boston" is not the
                    // suppressor's unrest)
                    let foreign_dissent =
                        |si: &usize| p.code.starts_with("14") && target.first().is_some_and(|g| ments[*si].actors.iter().all(|a| a.country != g.0.country));
                    if let Some(si) =
                        subject(toks, ments, t.start, &used_as_object).filter(|si| (!target.is_empty() && !foreign_dissent(si)) || pair_subject == Some(*si))
                    {
                        source = with_coordinated_before(ments, si);
                    }
                }
            }
        } else if t.passive {
            let subj = subject(toks, ments, first, &used_as_object);
            if let Some(si) = subj {
                target = with_coordinated_before(ments, si);
            }
            let after = |preps: &[&str], within: usize| {
                ments.iter().position(|m| {
                    m.start >= t.end
                        && m.start <= t.end + within
                        && m.prep.as_deref().is_some_and(|p| preps.contains(&p))
                        && !m.actors.is_empty()
                        && same_clause(toks, t.end, m.start)
                })
            };
            let by = after(&["by"], 8);
            let from = after(&["from"], 6);
            // "U.S. Jupiter missiles were removed from Turkey", "Soviet missiles were withdrawn
            // from Cuba": what a state owns was moved, withdrawn or given by that state
            let owner_moves = subj.is_some_and(|si| ments[si].modifies_noun) && matches!(&p.code[..2], "06" | "07" | "08" | "15");
            if let Some(b) = by {
                source = with_coordinated_after(ments, b);
                used_as_object.push(b);
            } else if let (Some(f), true) = (from, p.source_from) {
                source = with_coordinated_after(ments, f);
                used_as_object.push(f);
            } else if let (Some(si), Some(o), true) = (subj, after(&["from", "to", "into", "in"], 6), owner_moves) {
                source = with_coordinated_before(ments, si);
                target = with_coordinated_after(ments, o);
                used_as_object.push(o);
            } else if subj.is_none() && p.code == "057" {
                // "An armistice was signed on 27 July 1953", "The peace treaty was signed in
                // Buenos Aires": a peace signed by no one named is between the pair the
                // sentence names with "between", else the sides of the conflict told most
                let mut k = first;
                while k > 0 && matches!(toks.norm(k - 1), "was" | "were" | "had" | "been" | "finally" | "formally" | "eventually" | "later" | "then") {
                    k -= 1;
                }
                let peace = k > 0
                    && matches!(toks.norm(k - 1), "armistice" | "ceasefire" | "cease-fire" | "truce" | "treaty" | "accord" | "accords" | "agreement")
                    && (k.saturating_sub(4)..k - 1).all(|j| mention_at(ments, j).is_none());
                let named = between(toks, ments, 0, toks.len());
                if let Some(pair) = named.filter(|_| peace) {
                    source = vec![pair[0].clone()];
                    target = pair[1..].to_vec();
                    reciprocal_pair = true;
                } else if let Some((a, b)) = disc.main_conflict().filter(|_| peace) {
                    source = vec![(a, Span::new(0, 0))];
                    target = vec![(b, Span::new(0, 0))];
                    reciprocal_pair = true;
                }
            }
        } else {
            // "criticized Cuba for sending troops": the gerund's subject is the object before
            // (not "in exchange for handing Florida over": the subject hands it)
            let exchange = first >= 3 && toks.norm(first - 1) == "for" && matches!(toks.norm(first - 2), "exchange" | "return");
            let gerund_of_object =
                first > 0 && matches!(toks.norm(first - 1), "for" | "of") && toks.norm(t.head).ends_with("ing") && last_target.is_some() && !exchange;
            // "accused the U.S. of violating the deal by imposing sanctions", "punished Iran
            // by imposing sanctions": a gerund after "by" is done by the subject of the verb
            // it tells the means of
            let means = first > 0 && toks.norm(first - 1) == "by" && toks.norm(t.head).ends_with("ing");
            // "…, and demanded that", "and successfully concluded": a verb joined to the one
            // before shares its subject
            let adverbs = (0..first).rev().take_while(|&k| toks.norm(k).len() > 4 && toks.norm(k).ends_with("ly")).count();
            let after_and = first > adverbs && toks.norm(first - adverbs - 1) == "and";
            // (but not past another subject: "Fighting resumed, when Ethiopia launched
            // Operation Sunset and recaptured Badme")
            let and_at = first.saturating_sub(adverbs + 1);
            let other_subject = ments.iter().enumerate().any(|(i, m)| {
                m.start > last_subject_at && m.end <= and_at && m.prep.is_none() && !m.actors.is_empty() && !m.modifier && !used_as_object.contains(&i)
            });
            let joined = after_and && last_subject.is_some() && !other_subject;
            let found =
                subject(toks, ments, first, &used_as_object).filter(|&si| !after_and || joined || relative_antecedent(toks, ments, si, first)).or_else(|| {
                    // "Moscow was searching to replace X, and dispatched troops": the clause's subject
                    if after_and && !joined {
                        clause_subject(toks, ments, first)
                    } else {
                        None
                    }
                });
            // ("Spain would retain Cuba in exchange for handing Florida over": the clause's
            // subject hands it, not the object before)
            let found = if exchange { clause_subject(toks, ments, first) } else { found };
            match found.filter(|_| !joined && !gerund_of_object && !means) {
                _ if gerund_of_object => source = last_target.clone().unwrap_or_default(),
                _ if means => {
                    source = match &last_subject {
                        Some(s) => s.clone(),
                        None => clause_subject(toks, ments, first).map(|si| with_coordinated_after(ments, si)).unwrap_or_default(),
                    }
                }
                // ("British and French troops landed … and attacked": the first of a
                // coordinated subject, found as the clause's, brings the rest)
                Some(si) => source = with_coordinated(ments, si),
                None => {
                    // "... and warned Castro": the subject of the verb before (not across a
                    // dash or a colon: "prohibited trade—this was a step towards severing")
                    let and_before =
                        (0..first).rev().take_while(|&j| !is_boundary(toks, j)).find(|&j| toks.norm(j) == "and" && j > 0 && toks.norm(j - 1) == ",");
                    let own_unknown = ments.iter().any(|m| m.end <= first && unknown_subject(toks, m, first))
                        || and_before.is_some_and(|a| own_unnamed_subject(toks, a + 1, first));
                    if let Some(s) = last_subject.as_ref().filter(|_| !own_unknown && same_clause(toks, last_subject_at, first)) {
                        source = s.clone();
                    } else if !own_unknown && starts_clause(toks, first) && !carry.subject.is_empty() && first <= 2 {
                        source = carry.subject.clone();
                    }
                }
            }
            let act_root: u32 = p.code[..2].parse().unwrap_or(0);
            let preps: &[&str] = match act_root {
                // "protect oil supplies from Soviet power": what one is protected from is no
                // one protected
                7 if p.code == "074" => &["with", "to", "against", "on", "into", "toward", "towards", "over", "upon", "at", "for", "in", "of", "inside"],
                6 | 7 | 9 | 18 | 19 => TARGET_PREPS_IN,
                // ("suspended air strikes in southern Lebanon", "halted the bombing of North
                // Vietnam": where the strikes fell)
                8 if p.code == "087" => TARGET_PREPS_IN,
                // a show of force has no partner "with" ("built a force with Soviet help")
                15 => &["to", "against", "on", "into", "toward", "towards", "in", "inside", "near", "along"],
                // talks "on Laos", "over Berlin", "about trade" are about a thing, not with it
                3 | 4 => &["with", "to", "against", "into", "toward", "towards", "upon", "for", "from"],
                _ => TARGET_PREPS,
            };
            // the object may lie inside the pattern: "freed some political prisoners"
            let own = own_country(&source);
            let cross_that = matches!(act_root, 1 | 2 | 10 | 13);
            // "arrived in Kabul": a preposition the pattern itself ends with governs its object
            // (but "met in London" of two parties names where they met)
            let last = toks.norm(t.end - 1);
            let with_last: Vec<&str>;
            // ("withdrew its recognition of the government in Taipei": the noun a pattern
            // ends with takes its object with "of")
            // (not a name's: "signed the Treaty of Paris")
            let named = toks.get(t.end - 1).is_some_and(|x| x.cap) || matches!(last, "treaty" | "agreement" | "accord" | "pact" | "peace");
            let preps = if t.end > t.head + 1 && RELATIONAL_NOUNS.contains(&last) && !named && !preps.contains(&"of") {
                with_last = preps.iter().copied().chain(["of"]).collect();
                &with_last[..]
            } else if t.end > t.head + 1
                && !p.reciprocal
                && !preps.contains(&last)
                && matches!(last, "in" | "at" | "to" | "into" | "with" | "on" | "for" | "from" | "through")
            {
                with_last = preps.iter().copied().chain([last]).collect();
                &with_last[..]
            } else {
                preps
            };
            // ("Russia and Ukraine exchanged 90 prisoners": a reciprocal act of two named
            // subjects is between them, whatever it handles)
            let pair_subject = p.reciprocal && source.iter().any(|s| source.first().is_some_and(|f| f.0.country != s.0.country));
            // ("Sadat and Begin signed the treaty on the White House lawn": and wherever they
            // did it)
            let direct = object(toks, ments, t.head + 1, preps, 14 + t.end - t.head, own.as_deref(), cross_that, (t.end, &t.positions))
                .filter(|&oi| !(pair_subject && matches!(ments[oi].prep.as_deref(), Some("on" | "at" | "in" | "inside" | "near"))));
            if let Some(oi) = direct {
                used_as_object.push(oi);
                let m = &ments[oi];
                if m.actors.is_empty() {
                    // an agent without country takes the source's: "freed political prisoners"
                    // (but rebels a state helps are another state's: "prompted the US to
                    // sponsor contra guerrillas" in a text about Nicaragua)
                    let rebels = m.role.is_some_and(|r| matches!(r.as_str(), "REB" | "OPP"));
                    let helps = matches!(&code[..2], "03" | "04" | "05" | "06" | "07");
                    if let Some((s, _)) = source.first().filter(|_| !pair_subject) {
                        let role = m.role.map_or(String::new(), |r| r.as_str().to_string());
                        let country = match rebels && helps {
                            true => disc.salient(std::slice::from_ref(&s.country)).map(|a| a.country),
                            false => Some(s.country.clone()),
                        };
                        if let Some(country) = country {
                            target = vec![(ActorVal { code: format!("{country}{role}"), country }, m.span)];
                        }
                    }
                } else {
                    target = with_coordinated_after(ments, oi);
                    // ("occupied Spain and Napoleon made his brother king": a conjunct before
                    // its own verb is the next clause's subject)
                    if let Some(j) = (oi + 1..ments.len())
                        .take_while(|&j| ments[j - 1].coord_next)
                        .find(|&j| toks.norm(ments[j].start.saturating_sub(1)) == "and" && crate::mentions::begins_a_clause_after_object(toks, ments[j].end))
                    {
                        target = (oi..j).filter(|&i| !ments[i].modifies_noun || i == oi).flat_map(|i| party(&ments[i])).collect();
                    }
                    // "Washington recognized the new government": an anaphor naming the
                    // subject's own state as its object means the other party
                    let own_state = source.first().is_some_and(|s| s.0.country == target[0].0.country);
                    let reflexive = toks.norm(m.end - 1).ends_with("self") || toks.norm(m.end - 1).ends_with("selves");
                    // (but rebels surrender to their own state's government)
                    let rebels_home = own_state && source.first().is_some_and(|s| is_rebel(&s.0) || s.0.code.ends_with("OPP"));
                    if m.kind == Kind::Anaphor && target.len() == 1 && (own_state || m.role.is_some()) && !m.person && !reflexive && !rebels_home {
                        let role = target[0].0.code[target[0].0.country.len()..].to_string();
                        let except: Vec<String> = source.iter().map(|s| s.0.country.clone()).collect();
                        if let Some(p) = disc.salient(&except) {
                            target = vec![(ActorVal { code: format!("{}{role}", p.country), country: p.country }, m.span)];
                        }
                    }
                }
            }
            // "agreed to sell the Philippines to the United States", "ceded Louisiana to Spain":
            // a place handed over is the thing; the one it goes to (or is bought from) is
            // the target
            let verb = p.source_text.split_whitespace().next().unwrap_or("");
            let hands_over = matches!(verb, "sell" | "cede" | "transfer" | "hand" | "give" | "turn" | "return" | "relinquish" | "lease" | "buy" | "purchase");
            if let Some(oi) = direct.filter(|&oi| hands_over && ments[oi].prep.is_none()) {
                let to = if matches!(verb, "buy" | "purchase") { "from" } else { "to" };
                let receiver = ments.iter().position(|m| {
                    m.start >= ments[oi].end
                        && m.start <= ments[oi].end + 2
                        && m.prep.as_deref() == Some(to)
                        && !m.actors.is_empty()
                        && same_clause(toks, t.end, m.start)
                });
                if let Some(gi) = receiver {
                    target = with_coordinated_after(ments, gi);
                    used_as_object.push(gi);
                }
            }
            // "China warned that it would intervene if American troops approached": what a
            // warning or demand is about is the other actor it names
            let own_target = target.first().is_some_and(|g| source.first().is_some_and(|s| s.0.country == g.0.country));
            if cross_that && toks.norm_at(t.end) == "that" && (target.is_empty() || own_target) {
                if let Some((s, _)) = source.first() {
                    let other = ments.iter().position(|m| {
                        m.start > t.end
                            && !m.actors.is_empty()
                            && !m.compound
                            && m.actors.iter().all(|a| a.country != s.country)
                            && same_clause(toks, t.end, m.start)
                    });
                    match other {
                        Some(oi) => target = party(&ments[oi]),
                        // "He warned that Russia would respond": a warning about one's own
                        // acts is to the other side of the conflict told
                        None if own_target => {
                            target = disc.enemy_of(s).map(|e| vec![(e, Span::new(0, 0))]).unwrap_or_default();
                        }
                        None => {}
                    }
                }
            }
        }

        // "traveled to Moscow to sign a treaty": a purpose clause acts on the same party
        // (not one that names its own, unknown: "entered Somalia to fight al-Shabab")
        // (a name, "al-Shabab" with its article too)
        let names_own = toks.get(t.end).is_some_and(|x| x.cap && x.kind == TokenKind::Word)
            || (matches!(toks.norm_at(t.end), "al" | "el" | "ad" | "an" | "as") && toks.norm_at(t.end + 1) == "-");
        if target.is_empty() && t.start > 0 && toks.norm(t.start - 1) == "to" && t.modality.is_none() && !names_own {
            if let Some(lt) = &last_target {
                target = lt.clone();
            }
        }
        if !target.is_empty() {
            last_target = Some(target.clone());
        }

        if !source.is_empty() && !nominal && !noun_first {
            last_subject = Some(source.clone());
            last_subject_at = t.start;
        }
        // "demanded that the Soviets dismantle … and return …": what is demanded is no event
        if matches!(&code[..2], "02" | "10") && toks.norm_at(t.end) == "that" {
            suppressed_until = (t.end..toks.len()).find(|&k| matches!(toks.norm(k), ";" | ".")).unwrap_or(toks.len());
        }
        // "accused Finland of firing on Soviet troops": what is alleged is no event told (but
        // "by imposing sanctions", the means, is)
        if code.starts_with("112") {
            if let Some(next) = trigs.get(ti + 1) {
                let alleged = next.start > t.end
                    && next.start <= t.end + 8
                    && toks.norm(next.start - 1) == "of"
                    && toks.norm(next.head).ends_with("ing")
                    && !(t.end..next.start).any(|k| is_boundary(toks, k));
                if alleged {
                    suppressed_until = next.end;
                    // (the accused is who would have done it: "by imposing sanctions")
                    if !target.is_empty() {
                        last_subject = Some(target.clone());
                        last_subject_at = next.start;
                    }
                }
            }
        }
        if object_control(&code) {
            // "urged X to withdraw": skip the verb after "to"
            if let Some(next) = trigs.get(ti + 1) {
                let to_between = (t.end..next.start).any(|k| toks.norm(k) == "to") && next.start <= t.end + 8 && next.modality.is_none();
                if to_between {
                    suppressed_until = next.end;
                    // ("called on the Houthis to cease all hostilities and to engage with the
                    // UN": an infinitive joined by "and to" is asked for too)
                    for later in trigs.iter().skip(ti + 2) {
                        let joined = later.start >= 2 && toks.norm(later.start - 1) == "to" && toks.norm(later.start - 2) == "and";
                        if !joined || later.start > suppressed_until + 8 {
                            break;
                        }
                        suppressed_until = later.end;
                    }
                    // "called on member states to help South Korea": the appeal concerns the
                    // party of the act it asks for
                    if target.is_empty() {
                        if let Some(oi) = object(
                            toks,
                            ments,
                            next.head + 1,
                            TARGET_PREPS,
                            10,
                            source.first().map(|s| s.0.country.as_str()),
                            false,
                            (next.end, &next.positions),
                        ) {
                            if !ments[oi].actors.is_empty() {
                                target = with_coordinated_after(ments, oi);
                            }
                        }
                    }
                }
            }
        }

        // "X and Y agreed to …": the agreement is between them
        let agreed = t.modality.is_some_and(|(k, s)| k == Modality::Intent && toks.norm(s).starts_with("agree"));
        if agreed && source.len() >= 2 {
            target.clear();
        }
        // "Washington demanded an explanation, which the Soviets ignored": the one who
        // ignored a demand is its addressee, and ignored whoever made it
        if target.is_empty() && !nominal {
            if let Some(other) = relative_clause_party(toks, ments, t.start, t.end)
                .filter(|&mi| source.first().is_some_and(|s| ments[mi].actors.iter().all(|a| a.country != s.0.country)))
            {
                target = party(&ments[other]);
            }
        }
        // "Algeria mediated between the United States and Iran": a mediator acts on both
        // ("shuttled between London and Buenos Aires in an attempt to mediate")
        if target.is_empty() && p.code == "045" {
            if let Some(pair) = between(toks, ments, t.end.saturating_sub(1), t.end + 3).or_else(|| between(toks, ments, 0, t.start)) {
                target = pair;
            }
        }
        let force = matches!(&code[..2], "18" | "19" | "20");
        // "launched a massive offensive that drove UN forces south": force whose target a
        // relative clause on its noun names
        if target.is_empty() && force {
            let that = (t.end..(t.end + 3).min(toks.len())).find(|&k| matches!(toks.norm(k), "that" | "which"));
            if let Some(w) = that.filter(|&w| (t.end..w).all(|k| mention_at(ments, k).is_none() && !is_boundary(toks, k))) {
                let verb = toks.get(w + 1).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && !is_determiner(toks.norm(w + 1)));
                if let Some(mi) = mention_at(ments, past_the(toks, w + 2)).filter(|&mi| verb && !ments[mi].actors.is_empty() && ments[mi].prep.is_none()) {
                    if source.first().is_some_and(|s| ments[mi].actors.iter().all(|a| a.country != s.0.country)) {
                        target = party(&ments[mi]);
                    }
                }
            }
        }
        // reciprocal: coordinated subjects are each other's counterpart
        // an intent, attempt or refusal is one side's, not both sides'
        let one_sided = t.modality.is_some_and(|(k, _)| k != Modality::Success) && !agreed;
        // ("launched a border war against Vietnam": a war made on one side is one way)
        let against = target
            .first()
            .is_some_and(|g| ments.iter().any(|m| m.span == g.1 && (m.prep.as_deref() == Some("against") || (force && m.prep.as_deref() == Some("on")))));
        let reciprocal = (p.reciprocal && !one_sided && !against) || (agreed && source.len() >= 2);
        // (rebels and their state's government are two parties: "Lebed and Maskhadov signed")
        let distinct =
            source.iter().any(|s| source.first().is_some_and(|f| f.0.country != s.0.country || (f.0.code != s.0.code && (is_rebel(&f.0) || is_rebel(&s.0)))));
        let mut all_pairs = false;
        if reciprocal && !reciprocal_pair && source.len() >= 2 && target.is_empty() && distinct {
            // "the United States, China and North Korea signed": every pair of them
            target = source.clone();
            all_pairs = true;
            reciprocal_pair = true;
        }
        // a counterpart the text is about, for acts with none stated
        // "the US embargo": a relation has another party even when unnamed
        let one_party_noun =
            matches!(toks.norm(t.head), "embargo" | "sanctions" | "blockade" | "quarantine" | "surrender" | "withdrawal" | "retreat" | "ceasefire" | "truce");
        // (a counterpart is one told before the act, not one the sentence names only after
        // it: "imposed an embargo, and ASEAN condemned the occupation")
        let named_after = || -> Vec<String> {
            ments
                .iter()
                .filter(|m| m.start >= t.end)
                .flat_map(|m| m.actors.iter().map(|a| a.country.clone()))
                .filter(|c| !ments.iter().any(|m| m.end <= t.start && m.actors.iter().any(|a| &a.country == c)))
                .collect()
        };
        // "captured the oil port of Bonny", "Boquerón, which Paraguay captured": forces that
        // take a place the dictionary does not know take it from the enemy the text told of
        // (and forces that cross into one: "the Somali National Army crossed into the Ogaden")
        let place_noun = !nominal
            && matches!(
                p.source_text.as_str(),
                "capture"
                    | "seize"
                    | "take"
                    | "recapture"
                    | "retake"
                    | "cross into"
                    | "advance into"
                    | "push into"
                    | "move into"
                    | "invade"
                    | "besiege"
                    | "encircle"
                    | "surround"
            )
            && takes_a_place(toks, ments, t);
        if target.is_empty() && place_noun {
            if let Some(enemy) = source.iter().find_map(|s| disc.enemy_of(&s.0)) {
                target = vec![(enemy, Span::new(0, 0))];
            }
        }
        if target.is_empty() && !source.is_empty() && nominal && one_party_noun {
            if let Some(partner) = disc.partner_of_except(&source[0].0.country, &named_after()) {
                target = vec![(partner, Span::new(0, 0))];
            }
        }
        // "the Soviets began their final assault", "launched an offensive": force launched
        // with no target named falls on the enemy the text told of
        // (or the pattern says so itself: "Kemal launched a counter-offensive")
        let launched = (code.starts_with("19") || code == "182")
            && ((nominal
                && (t.start.saturating_sub(4)..t.start)
                    .any(|k| matches!(toks.norm(k), "launched" | "began" | "mounted" | "started" | "opened" | "renewed" | "resumed" | "their" | "its"))
                    // ("A combined Ethiopian and Cuban counteroffensive began in February"; not
                    // "Fighting resumed", which is between the two)
                    || (matches!(toks.norm_at(t.end), "began" | "opened" | "started" | "resumed") && !toks.norm(t.head).ends_with("ing")))
                || (!nominal && ["launch ", "mount ", "begin ", "start "].iter().any(|v| p.source_text.starts_with(v))));
        // ("the armies of Egypt, Transjordan, Syria and Iraq invaded": an invasion with no
        // object falls on the enemy told, else on the state the text is about)
        let invaded = !nominal && matches!(p.source_text.as_str(), "invade") && (intransitive || is_boundary(toks, t.end));
        // ("Korea, where U.S. Marines had invaded in 1871": the place "where" stands for)
        let where_at = (t.start.saturating_sub(8)..t.start).rev().take_while(|&k| !is_boundary(toks, k)).find(|&k| toks.norm(k) == "where");
        let antecedent = where_at.and_then(|w| {
            let end = if w > 0 && toks.norm(w - 1) == "," { w - 1 } else { w };
            ments.iter().position(|m| m.end == end && !m.actors.is_empty())
        });
        if let Some(ai) = antecedent.filter(|_| target.is_empty() && invaded) {
            target = party(&ments[ai]);
        }
        if target.is_empty() && invaded {
            if let Some(s) = source.first() {
                let except: Vec<String> = source.iter().map(|s| s.0.country.clone()).collect();
                // ("The Soviet Union invaded in 1979 to support the tottering Afghan regime":
                // the state its sentence goes on to name, not an ally "by" it)
                let named_after = ments
                    .iter()
                    .find(|m| {
                        m.start >= t.end
                            && m.prep.as_deref() != Some("by")
                            && !m.actors.is_empty()
                            && m.actors.iter().all(|a| !except.contains(&a.country) && !NON_STATE_CODES.contains(&a.country.as_str()))
                            && same_clause(toks, t.end, m.start)
                    })
                    .map(|m| m.actors[0].state());
                if let Some(enemy) = named_after.or_else(|| disc.enemy_of(&s.0)).or_else(|| disc.salient(&except)) {
                    target = vec![(enemy, Span::new(0, 0))];
                }
            }
        }
        if target.is_empty() && launched {
            if let Some(enemy) = source.iter().find_map(|s| disc.enemy_of(&s.0)) {
                target = vec![(enemy, Span::new(0, 0))];
            }
        }
        if target.is_empty() && !source.is_empty() && !nominal {
            let mut relational_word = None;
            let object_relational = {
                // past determiners and a name: "ratified the Neutrality Treaty"; the noun may be
                // the pattern's own ("ended the quarantine")
                let mut k = t.head + 1;
                while k < toks.len()
                    && (is_determiner(toks.norm(k))
                        || (toks.get(k).is_some_and(|x| x.cap) && !RELATIONAL_NOUNS.contains(&toks.norm(k)) && toks.norm(k) != "treaty"))
                {
                    k += 1;
                }
                if k < toks.len() && (RELATIONAL_NOUNS.contains(&toks.norm(k)) || ACT_NOUNS.contains(&toks.norm(k))) {
                    relational_word = Some(toks.norm(k));
                }
                k >= toks.len() || is_boundary(toks, k) || matches!(toks.norm(k), "," | "and" | "that") || relational_word.is_some()
            };
            let relational_pattern =
                RELATIONAL_NOUNS.iter().any(|n| p.source_text.split_whitespace().any(|w| w == *n)) || p.source_text.starts_with("walk away") || p.code == "161";
            // only acts that presuppose a counterpart: intents, talks, cooperation, rejection, cuts
            let act_root: u32 = code[..2].parse().unwrap_or(0);
            // (but a mediator stands between two, not across from one)
            let needs_counterpart = (matches!(act_root, 3 | 4 | 5 | 8 | 10 | 12 | 13 | 16) || relational_pattern) && p.code != "045";
            // "the garrison surrendered on the evening of 14 June": yielding needs no object
            // ("Somali forces retreated back across the border": a retreat yields to the enemy)
            let yields = (matches!(p.source_text.as_str(), "surrender" | "capitulate" | "stand down" | "retreat" | "pull back" | "fall back")
                || p.source_text.starts_with("lay down"))
                && (intransitive || toks.norm_at(t.end) == "back");
            // "Japan declared war on 10 February": on the enemy the text told of
            let war_declared = p.source_text.starts_with("declare") && code.starts_with("19");
            // "ended the quarantine": the party of the quarantine told before
            // "condemned the move", "refused to support the invasion": the act told last
            let told_party = relational_word.and_then(|w| {
                let stem: String = w.chars().take(4).collect();
                let generic = matches!(w, "move" | "decision" | "action" | "step" | "measure" | "act");
                carry.told.iter().rev().find(|(tw, _, _)| generic || tw.starts_with(&stem)).map(|(_, _, (s, g))| {
                    if s.country == source[0].0.country {
                        g.clone()
                    } else {
                        s.clone()
                    }
                })
            });
            // "Truman recognized the new state. The Soviet Union granted recognition": the
            // same act again, by another, has the same counterpart
            // (treaties, talks and the like are made again with others)
            let again = (code == "054" && p.source_text.contains("recognition"))
                .then(|| carry.told.iter().rev().find(|(tw, c, _)| tw.starts_with("recogni") && *c == code).map(|(_, _, (_, g))| g.clone()))
                .flatten();
            let told_party = told_party.or(again);
            // ("extended diplomatic recognition to Texas": a name the dictionary does not
            // know is the counterpart, not one to guess)
            let unknown_named = (t.end..(t.end + 3).min(toks.len())).any(|k| {
                // (not a name's own "of": "the Treaty of Pressburg")
                matches!(toks.norm(k), "to" | "with" | "of")
                    && !toks.get(k.wrapping_sub(1)).is_some_and(|x| x.cap)
                    && toks.get(k + 1).is_some_and(|x| x.cap && x.kind == TokenKind::Word)
                    && mention_at(ments, k + 1).is_none()
            });
            // ("agreed to deploy troops to its southern border": an act on one's own ground
            // has no counterpart to guess)
            let on_own = (t.end..(t.end + 3).min(toks.len())).any(|k| matches!(toks.norm(k), "its" | "their" | "our"));
            if let Some(party) = told_party.filter(|p| p.country != source[0].0.country) {
                target = vec![(party, Span::new(0, 0))];
            } else if (object_relational || relational_pattern || agreed || yields || war_declared)
                && (needs_counterpart || war_declared)
                && !on_own
                && !unknown_named
            {
                // a yielding act answers the last conflict: "agreed to a ceasefire"
                // (a ceasefire or retreat answers the last use of force; a war declared, the
                // last hostility)
                let min_code = match code.as_str() {
                    _ if war_declared => "10",
                    c if c.starts_with("087") => "18",
                    c if c.starts_with("08") => "13",
                    _ => "00",
                };
                // (an organization's counterpart is one it dealt with before: "the Security
                // Council … calling for a ceasefire" is not addressed to the country named last)
                let country = &source[0].0.country;
                // (one yields to an enemy the text told of: "Madrid surrendered" in a civil war
                // yields to none of the states named last)
                let guessed = || match yields || war_declared {
                    true => disc.enemy_of(&source[0].0),
                    false => disc.partner_of_except(country, &named_after()).filter(|_| !NON_STATE_CODES.contains(&country.as_str())),
                };
                if let Some(partner) = told_partner(carry, country, min_code).or_else(guessed) {
                    target = vec![(partner, Span::new(0, 0))];
                }
            }
        }
        // "the invasion began": a definite event noun with no actors of its own is the
        // event of that kind the text told last
        // … as the subject of its clause ("Finally, the invasion began"), not as an object
        // looking back ("Carter unplugged the talks")
        let clause_initial = t.start >= 1 && (t.start == 1 || matches!(toks.norm(t.start - 2), "," | ";" | ":" | "--" | "and" | "but"));
        // … when its verb tells it going on ("began", "resumed"), not summed up ("The war
        // killed about 90,000 men", "lasted three years")
        let goes_on = {
            let mut k = t.end;
            while toks.norm_at(k).ends_with("ly") {
                k += 1;
            }
            // ("The invasion was met with a nominal defence": a passive still tells it)
            let passive = matches!(toks.norm_at(k), "was" | "were") && {
                let w = toks.norm_at(k + 1);
                w.ends_with("ed")
                    || w.ends_with("en")
                    || matches!(w, "met" | "held" | "fought" | "won" | "lost" | "led" | "made" | "begun" | "struck" | "launched")
            };
            passive
                || !matches!(
                    toks.norm_at(k),
                    "killed"
                        | "kills"
                        | "cost"
                        | "costs"
                        | "lasted"
                        | "lasts"
                        | "left"
                        | "leaves"
                        | "claimed"
                        | "claims"
                        | "was"
                        | "is"
                        | "were"
                        | "are"
                        | "had"
                        | "has"
                        | "became"
                        | "becomes"
                        | "proved"
                        | "proves"
                        | "devastated"
                        | "ruined"
                        | "changed"
                        | "caused"
                )
        };
        let definite = nominal && source.is_empty() && t.start > 0 && toks.norm(t.start - 1) == "the" && clause_initial && goes_on;
        if definite {
            let word = toks.norm(t.head);
            let stem: String = word.chars().take(4).collect();
            let remembered = carry.told.iter().rev().find(|(w, c, _)| *c == code && w.starts_with(&stem)).map(|(_, _, a)| a.clone());
            if let Some((s, g)) = remembered {
                if target.is_empty() {
                    target = vec![(g, Span::new(0, 0))];
                }
                source = vec![(s, Span::new(0, 0))];
            }
        }
        // "The United States blamed Iran for the attacks. Tehran denied any involvement": a
        // denial answers the accusation told last against the one who denies
        if target.is_empty() && code == "016" && source.len() == 1 {
            let accuser =
                carry.told.iter().rev().find(|(_, c, (_, g))| c.starts_with("11") && g.country == source[0].0.country).map(|(_, _, (a, _))| a.clone());
            if let Some(a) = accuser.filter(|a| a.country != source[0].0.country) {
                target = vec![(a, Span::new(0, 0))];
            }
        }
        if source.is_empty() || target.is_empty() {
            continue;
        }
        for s in source.iter().rev() {
            for g in target.iter().rev() {
                {
                    carry.told.push((toks.norm(t.head).to_string(), code.clone(), (s.0.clone(), g.0.clone())));
                }
            }
        }
        if carry.told.len() > 64 {
            let excess = carry.told.len() - 64;
            carry.told.drain(..excess);
        }
        // "switched its support from Somalia to Ethiopia": what is switched goes to the one
        // after "to"
        let switched = (t.start.saturating_sub(4)..t.start).any(|k| ["switch", "shift", "transfer"].iter().any(|v| toks.norm(k).starts_with(v)));
        if let (true, [(_, span)]) = (switched, target.as_slice()) {
            let from = ments.iter().position(|m| m.span == *span && m.prep.as_deref() == Some("from"));
            if let Some(to) = from.and_then(|fi| ments.get(fi + 1).filter(|n| n.start == ments[fi].end + 1 && n.prep.as_deref() == Some("to"))) {
                target = party(to);
            }
        }
        let both_ways = reciprocal || (reciprocal_pair && !one_sided);
        let mut emit = |s: &(ActorVal, Span), g: &(ActorVal, Span)| {
            // one phrase naming both sides, or a counterpart supplied for a country's own act
            let supplied = g.1.is_empty() || s.1 == g.1;
            // ("Egyptian aircraft struck targets in Sinai": a place of the actor's own country
            // is where it acted, not whom it acted on)
            let own_ground = s.0.country == g.0.country && ments.iter().any(|m| m.span == g.1 && matches!(m.prep.as_deref(), Some("in" | "inside" | "at")));
            // ("struck oil tankers in the Gulf": a region where force was used is no target)
            let region_ground = g.0.code == g.0.country
                && REGION_CODES.contains(&g.0.country.as_str())
                && code.starts_with(['1', '2'])
                && !matches!(toks.norm(t.head).get(..6), Some("interv" | "invade" | "invasi"))
                && ments.iter().any(|m| m.span == g.1 && matches!(m.prep.as_deref(), Some("in" | "inside" | "at" | "across" | "throughout")));
            // ("Nixon began withdrawing American troops": one's own forces withdrawn are no
            // counterpart)
            // (but rebels yield to their state: "Biafra surrendered to the federal government")
            let rebels = is_rebel(&s.0) || is_rebel(&g.0);
            let own_forces = code.starts_with("087") && s.0.country == g.0.country && !rebels;
            // ("the United States warned its citizens to avoid travel": a state's advice to its
            // own people is no conflict)
            let own_people = code.starts_with('1') && s.0.country == g.0.country && g.0.code.ends_with("CVL");
            // ("Netanyahu denounced the agreement and said Israel was not bound by it": a
            // part of a state does not act on the state itself)
            // (rebels are no part of the state they fight)
            let on_own_state = s.0.country == g.0.country && g.0.code == g.0.country && s.0.code != s.0.country && !rebels;
            if s.0.code == g.0.code
                || (supplied && s.0.country == g.0.country && !rebels)
                || own_ground
                || region_ground
                || own_forces
                || own_people
                || on_own_state
            {
                return;
            }
            // "telling reporters the deal did not grant Iran any right": one is told what is
            // named right after the verb, not what the message names
            let told = matches!(p.source_text.as_str(), "tell" | "inform" | "notify" | "brief" | "assure" | "reassure");
            if told && ments.iter().any(|m| m.span == g.1 && m.start > t.end + 2) {
                return;
            }
            // ("Truman dismissed MacArthur": a state's own officer dismissed is no rejection)
            if p.source_text == "dismiss" && s.0.country == g.0.country {
                return;
            }
            // "Japan protested the launch": a state protesting is a formal complaint (114),
            // not dissent in the street (140; "civil unrest in Argentina" still is)
            let state_acts = s.0.code.len() == 3 || s.0.code.ends_with("GOV");
            // "British and French aircraft bombed Egyptian airfields": a state's bombing is
            // aerial force (195), not a bomb planted (183)
            let state_force = s.0.code.len() == 3 || s.0.code.ends_with("MIL") || s.0.code.ends_with("GOV");
            // "German troops entered Belgium": only troops that enter a state invade it
            // ("Russian troops advanced into Georgian territory": likewise advancing)
            if matches!(p.source_text.as_str(), "enter" | "advance into" | "push into" | "move into" | "cross into") && !s.0.code.ends_with("MIL") {
                return;
            }
            // "UN forces took Pyongyang", "Iraqi troops captured Kuwait City": forces that
            // take or capture a place named right after the verb occupy it ("took part",
            // "captured British sailors" do not)
            let place_taken = ments.iter().any(|m| m.span == g.1 && m.start == t.end && !m.modifier && m.kind == Kind::State && g.0.code == g.0.country);
            if p.source_text == "take" && !((place_taken || place_noun) && s.0.code.ends_with("MIL")) {
                return;
            }
            // ("the British capture of Philadelphia": a place captured, as a noun)
            let place_of =
                nominal && ments.iter().any(|m| m.span == g.1 && m.prep.as_deref() == Some("of") && m.kind == Kind::State && g.0.code == g.0.country);
            // (rebels take places too: "the RSF captured Wad Madani")
            let seized = matches!(p.source_text.as_str(), "capture" | "seize") && (place_taken || place_noun || place_of) && (state_force || is_rebel(&s.0));
            // ("the Royal Navy destroyed the French and Spanish fleets": forces destroyed
            // are fought, not property destroyed)
            let forces_hit = g.0.code.ends_with("MIL") && state_force;
            let people_target = ments.iter().any(|m| m.span == g.1 && crate::mentions::is_people(toks, m));
            let person_target = ments.iter().any(|m| m.span == g.1 && m.person);
            // ("the two armies met again on the Shaho River": armies meet in battle)
            let armies_meet = p.source_text.starts_with("meet")
                && (t.start.saturating_sub(3)..t.start).any(|k| matches!(toks.norm(k), "armies" | "fleets" | "navies" | "forces" | "troops"));
            let cameo = match code.as_str() {
                _ if armies_meet => "190".to_string(),
                "1712" if forces_hit => "190".to_string(),
                "173" | "171" if seized => "192".to_string(),
                // ("he was seized by Soviet agents": a person seized is detained)
                "171" if person_target => "173".to_string(),
                // ("was expelled by US-led coalition forces": driven out by force)
                // (a people driven out is expelled: "Serbian forces expelled Kosovo Albanians")
                "166" if people_target => "174".to_string(),
                "166" if s.0.code.ends_with("MIL") || ments.iter().any(|m| m.span == s.1 && toks.norm(m.end - 1) == "led") => "190".to_string(),
                "140" if state_acts && !nominal => "114".to_string(),
                "183" if state_force => "195".to_string(),
                // ("coast guard vessels have repeatedly blocked Philippine supply missions": a
                // state's forces that block restrict movement, they do not protest)
                "144" if s.0.code.ends_with("MIL") || s.0.code.ends_with("COP") => "191".to_string(),
                // ("China and Russia blocked a Security Council statement": a state blocking
                // a decision rejects it)
                "144" if state_acts => "120".to_string(),
                // ("the Soviets began their final assault": a state's assault is military)
                "182" if state_force => "190".to_string(),
                _ => code.clone(),
            };
            out.push(CodedEvent {
                // (an intent, threat or refusal is dated by its own verb: "announced on July 15
                // that he would visit China the following year")
                trigger_start: t.modality.map_or(t.start, |(_, at)| at),
                looks_ahead: t.modality.is_some_and(|(k, _)| matches!(k, Modality::Intent | Modality::Threat | Modality::Refusal)),
                trigger_end: t.end,
                cameo,
                source: s.0.clone(),
                source_words: s.1,
                target: g.0.clone(),
                target_words: g.1,
                negated,
                reciprocal: both_ways,
            });
        };
        for (si, s) in source.iter().enumerate() {
            for (gi, g) in target.iter().enumerate() {
                if all_pairs && gi <= si {
                    continue;
                }
                emit(s, g);
                // both ways only when both sides are named: "Russia did not agree to a
                // ceasefire" is Russia's act
                let named = !g.1.is_empty();
                if both_ways && named {
                    emit(g, s);
                }
            }
        }
    }
    if let Some(s) = last_subject {
        carry.subject = s;
    }
    out
}

/// Nouns of intent a taken-back act hangs on: "withdrew their offer to finance".
const INTENT_NOUNS: &[&str] = &["offer", "offers", "plan", "plans", "promise", "pledge", "proposal", "decision", "threat", "commitment", "bid", "attempt"];

/// Whether a trigger stands in a conditional clause ("if the United States promised …").
fn hypothetical(toks: &Tokens, at: usize) -> bool {
    // "warned Washington against easing sanctions", "kept them from attacking": an act
    // warned against or prevented
    if at >= 1 && matches!(toks.norm(at - 1), "against" | "from") && toks.norm(at).ends_with("ing") {
        return true;
    }
    // "to deter any future attempts by the U.S. to invade Cuba": an act to be deterred
    let deterred = (at.saturating_sub(16)..at).rev().take_while(|&k| !is_boundary(toks, k) && toks.norm(k) != ",").any(|k| {
        matches!(
            toks.norm(k),
            "deter"
                | "deters"
                | "deterred"
                | "deterring"
                | "prevent"
                | "prevents"
                | "prevented"
                | "preventing"
                | "avert"
                | "averted"
                | "forestall"
                | "forestalled"
                // ("had the potential to lead to a more serious conflict", "risked war")
                | "potential"
                | "prospect"
                | "prospects"
                | "risk"
                | "risks"
                | "risked"
                | "risking"
                | "danger"
                | "avoid"
                | "avoided"
                | "avoiding"
        )
    });
    if deterred {
        return true;
    }
    // "clung to the hope that the Soviets would not invade", "the fear that China would
    // intervene": what is hoped, feared or assumed is not told as done
    let believed = (at.saturating_sub(8)..at).rev().take_while(|&k| !is_boundary(toks, k) && toks.norm(k) != ",").any(|k| {
        toks.norm(k) == "that"
            && k > 0
            && matches!(
                toks.norm(k - 1),
                "hope"
                    | "hopes"
                    | "assumption"
                    | "belief"
                    | "fear"
                    | "fears"
                    | "expectation"
                    | "expectations"
                    | "possibility"
                    | "likelihood"
                    | "risk"
                    | "danger"
                    | "rumors"
                    | "rumours"
                    | "speculation"
                    // ("Analysts remained skeptical that Moscow would occupy the country")
                    | "concern"
                    | "concerns"
                    | "worry"
                    | "worries"
                    | "worried"
                    | "feared"
                    | "skeptical"
                    | "sceptical"
                    | "doubtful"
                    | "doubted"
                    | "unlikely"
                    | "unsure"
            )
    });
    // "Eisenhower believed that protecting the freedom of West Berlin required …": a gerund
    // opening a clause is an act spoken of in general, the clause's subject
    let general = at >= 1 && toks.norm(at - 1) == "that" && toks.norm(at).ends_with("ing") && toks.norm(at).len() > 5;
    if believed || general {
        return true;
    }
    // "Castro was a Soviet client posing a threat to Latin America": a participle on what
    // someone is said to be describes, it does not tell
    if at >= 1 && toks.norm(at).ends_with("ing") && toks.get(at - 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap) && !is_preposition(toks.norm(at - 1))
    {
        let mut clause = (at.saturating_sub(8)..at).rev().take_while(|&k| !is_boundary(toks, k) && toks.norm(k) != ",");
        if clause.any(|k| matches!(toks.norm(k), "was" | "is" | "were" | "are") && matches!(toks.norm_at(k + 1), "a" | "an")) {
            return true;
        }
    }
    // "saw an opportunity to improve relations", "the chance to invade": an act that could
    // be, not one done
    if at >= 2
        && toks.norm(at - 1) == "to"
        && matches!(toks.norm(at - 2), "opportunity" | "opportunities" | "chance" | "chances" | "possibility" | "option" | "options")
    {
        return true;
    }
    // "withdrew their offer to finance the dam", "cancelled its plan to invade": an intent
    // taken back is no act
    if at >= 3 && toks.norm(at - 1) == "to" && INTENT_NOUNS.contains(&toks.norm(at - 2)) {
        let mut k = at - 3;
        while k > 0 && (is_determiner(toks.norm(k)) || is_possessive(toks.norm(k)) || matches!(toks.norm(k), "earlier" | "previous" | "original")) {
            k -= 1;
        }
        let w = toks.norm(k);
        if ["withdr", "cancel", "rescind", "revok", "retract", "abandon", "drop", "shelv", "scrap"].iter().any(|v| w.starts_with(v)) {
            return true;
        }
    }
    // "could have led to war", "a treaty must be ratified"
    if at >= 2 && matches!(toks.norm(at - 1), "have" | "be") && matches!(toks.norm(at - 2), "could" | "would" | "might" | "may" | "should" | "must") {
        return true;
    }
    // "the Soviets would remove their missiles if …": the main clause of a condition
    let modal_before = at >= 1 && matches!(toks.norm(at - 1), "would" | "could" | "might");
    if modal_before && (at..toks.len()).any(|k| matches!(toks.norm(k), "if" | "unless")) {
        return true;
    }
    let mut k = at;
    while k > 0 {
        k -= 1;
        let n = toks.norm(k);
        if matches!(n, "if" | "unless" | "whether") {
            return true;
        }
        if is_boundary(toks, k) || n == "," {
            return false;
        }
    }
    false
}

/// The first subject of the clause around `at`: for a verb joined by "and" to a verb the
/// coder did not code ("Moscow was searching to replace X, and dispatched troops").
fn clause_subject(toks: &Tokens, ments: &[Mention], at: usize) -> Option<usize> {
    let mut begin = at;
    while begin > 0 && !is_boundary(toks, begin - 1) {
        begin -= 1;
    }
    ments.iter().position(|m| m.start >= begin && m.end <= at && m.prep.is_none() && !m.actors.is_empty() && !(m.modifier && m.kind == Kind::Anaphor))
}

/// Words that open a parenthetical between a subject and its verb: "The junta, suspecting
/// that …, ordered".
const PARENTHETICAL_OPENERS: &[&str] =
    &["who", "which", "whose", "although", "while", "including", "having", "like", "unlike", "despite", "after", "before", "as"];

/// Where a parenthetical that ends right before `at` begins (its opening comma).
fn parenthetical_start(toks: &Tokens, at: usize) -> Option<usize> {
    let mut end = at;
    while end > 0 && (toks.norm(end - 1).ends_with("ly") || matches!(toks.norm(end - 1), "also" | "then" | "not")) {
        end -= 1;
    }
    if end == 0 || toks.norm(end - 1) != "," {
        return None;
    }
    let close = end - 1;
    let open = (0..close).rev().take_while(|&j| !is_boundary(toks, j)).find(|&j| toks.norm(j) == ",")?;
    let first = toks.norm_at(open + 1);
    let participle = first.ends_with("ing") || first.ends_with("ed");
    (participle || PARENTHETICAL_OPENERS.contains(&first)).then_some(open)
}

/// The party across a relative clause on a trigger's object: for a trigger inside ", which
/// X ignored", the subject of the clause the object stands in; for a trigger whose object a
/// ", which X ignored" follows, X.
fn relative_clause_party(toks: &Tokens, ments: &[Mention], start: usize, end: usize) -> Option<usize> {
    let state = |mi: &usize| !ments[*mi].actors.is_empty() && ments[*mi].prep.is_none();
    // inside: ", which the Soviets ignored"
    if let Some(w) = (start.saturating_sub(5)..start).rev().find(|&k| matches!(toks.norm(k), "which" | "that")) {
        let subject_between =
            mention_at(ments, past_the(toks, w + 1)).filter(|&mi| ments[mi].end <= start && (ments[mi].end..start).all(|k| toks.norm(k).ends_with("ly")));
        if w > 0 && toks.norm(w - 1) == "," && subject_between.is_some() {
            return clause_subject(toks, ments, w - 1).filter(state);
        }
    }
    // after: "demanded an explanation, which the Soviets ignored"
    let comma = (end..(end + 6).min(toks.len())).find(|&k| toks.norm(k) == ",")?;
    if !(end..comma).all(|k| !is_boundary(toks, k) && mention_at(ments, k).is_none()) || !matches!(toks.norm_at(comma + 1), "which" | "that") {
        return None;
    }
    let mi = mention_at(ments, past_the(toks, comma + 2)).filter(state)?;
    let verb = toks.get(ments[mi].end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
    verb.then_some(mi)
}

/// The other party of the last event a country took part in.
fn told_partner(carry: &Carry, country: &str, min_code: &str) -> Option<ActorVal> {
    carry.told.iter().rev().filter(|(_, c, _)| c.as_str() >= min_code).find_map(|(_, _, (s, g))| {
        let other = if s.country == country {
            g
        } else if g.country == country {
            s
        } else {
            return None;
        };
        (other.country != country).then(|| other.state())
    })
}

/// Whether mention `si` was found as the antecedent of "which"/"who" between it and `at`.
fn relative_antecedent(toks: &Tokens, ments: &[Mention], si: usize, at: usize) -> bool {
    (ments[si].end..at).any(|k| matches!(toks.norm(k), "which" | "who"))
}

/// Whether an event noun at `start` is what a plan, preparation or consent is "for".
fn planned_act(toks: &Tokens, start: usize) -> bool {
    let mut j = start;
    while j > 0
        && (is_determiner(toks.norm(j - 1)) || is_adjective_like(toks.norm(j - 1)) || toks.get(j - 1).is_some_and(|t| t.cap || t.kind == TokenKind::Number))
    {
        j -= 1;
    }
    j >= 2
        && toks.norm(j - 1) == "for"
        && matches!(
            toks.norm(j - 2),
            "plan" | "plans" | "preparations" | "preparation" | "proposal" | "consent" | "approval" | "pretext" | "orders" | "order" | "call" | "calls"
        )
}

/// Whether no clause boundary stands between tokens `a` and `b`.
fn same_clause(toks: &Tokens, a: usize, b: usize) -> bool {
    (a.min(b)..a.max(b)).all(|k| !is_boundary(toks, k))
}

fn starts_clause(toks: &Tokens, at: usize) -> bool {
    (0..at).all(|k| matches!(toks.get(k).map(|t| t.kind), Some(TokenKind::Punct)) || toks.norm(k).ends_with("ly"))
}

/// Whether a noun starting at `start` sits in a prepositional phrase, stepping back over
/// determiners, adjectives and the words of a name ("during the Cold War").
fn governing_prep_of_noun(toks: &Tokens, start: usize) -> bool {
    let mut j = start;
    for _ in 0..6 {
        if j == 0 {
            return false;
        }
        j -= 1;
        let n = toks.norm(j);
        if is_preposition(n) {
            // ("Israel responded that afternoon with air strikes": the means of a response
            // is the responder's act)
            let response = n == "with"
                && (j.saturating_sub(4)..j).any(|k| matches!(toks.norm(k), "responded" | "retaliated" | "replied" | "reacted" | "answered" | "struck"));
            return !response;
        }
        let t = toks.get(j).expect("in range");
        let skippable = is_determiner(n) || t.cap || t.kind == TokenKind::Number || is_adjective_like(n);
        if !skippable {
            return false;
        }
    }
    false
}
