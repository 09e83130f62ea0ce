//! Event triggers in a sentence: the longest event pattern at each place, with its voice, and
//! the verb of intent, threat or refusal that governs it through "to".

use crate::grammar::*;
use annals_lexicon::{EventPattern, Lexicon, Modality};
use annals_text::Tokens;

#[derive(Clone, Debug)]
pub struct Trigger<'a> {
    /// Token range of the whole pattern.
    pub start: usize,
    pub end: usize,
    /// Token of the head word (the verb, or the head noun).
    pub head: usize,
    /// Tokens of the pattern's words.
    pub positions: Vec<usize>,
    pub pattern: &'a EventPattern,
    /// A verb in the passive ("was invaded").
    pub passive: bool,
    /// A verb used as a noun ("the attack"): coded as a noun.
    pub nominal: bool,
    /// The verb of intent, threat or refusal governing it, with its first token.
    pub modality: Option<(Modality, usize)>,
    /// A denial between the governing verb and "to": "promised not to invade".
    pub modality_denied: bool,
    /// A denial before it ("did not", "never").
    pub negated: bool,
}

const ADVERB_LIKE: &[&str] = &[
    "not",
    "n't",
    "also",
    "then",
    "soon",
    "later",
    "quickly",
    "finally",
    "never",
    "already",
    "still",
    "further",
    "again",
    "subsequently",
    "eventually",
    "immediately",
    "secretly",
    "formally",
    "publicly",
    "officially",
    "reportedly",
    "jointly",
];

fn adverb(n: &str) -> bool {
    ADVERB_LIKE.contains(&n) || (n.len() > 4 && n.ends_with("ly"))
}

/// Finds the triggers of a tokenized sentence.
pub fn find<'a>(lex: &'a Lexicon, text: &str, toks: &Tokens, times: &[(usize, usize)], names: &[(usize, usize)]) -> Vec<Trigger<'a>> {
    let mut out: Vec<Trigger> = Vec::new();
    // a modality verb followed by "to": (kind, its start, the index of "to")
    let mut pending: Option<(Modality, usize, usize)> = None;
    // the modality of the last infinitive it governed, for one joined to it by "and"
    let mut last_modality: Option<(Modality, usize)> = None;
    let mut i = 0;
    while i < toks.len() {
        // a word of a time expression ("March 24") is no trigger
        if let Some(&(_, e)) = times.iter().find(|&&(s, e)| s <= i && i < e) {
            i = e;
            continue;
        }
        if names.iter().any(|&(s, e)| s < i && i < e) {
            i += 1;
            continue;
        }
        // patterns begin with words: punctuation and numbers start none
        if toks.get(i).is_some_and(|t| t.kind != annals_text::TokenKind::Word) {
            i += 1;
            continue;
        }
        // ("the battles of Mars-la-Tour and Gravelotte": a capital in a hyphenated name)
        let capital = |k: usize| toks.get(k).is_some_and(|t| t.cap && t.kind == annals_text::TokenKind::Word);
        let hyphenated_name = capital(i)
            && ((i >= 2 && toks.norm(i - 1) == "-" && toks.get(i - 2).is_some_and(|t| t.kind == annals_text::TokenKind::Word))
                || (toks.norm_at(i + 1) == "-" && i >= 1 && capital(i + 2)));
        // ("Finance Minister Michael Sarris": a word of a title)
        let title_word = capital(i)
            && matches!(
                toks.norm_at(i + 1),
                "minister" | "ministry" | "secretary" | "department" | "office" | "committee" | "council" | "commission" | "agency" | "director" | "chief"
            )
            && capital(i + 1);
        if hyphenated_name || title_word {
            i += 1;
            continue;
        }
        let ev = lex.events.longest_at(text, toks, i);
        let md = lex.modality.longest_at(text, toks, i);
        if let Some(m) = &md {
            let to_at = {
                // ("agreed the same day to suspend air strikes": a time told between)
                let mut k = m.end();
                loop {
                    while k < toks.len() && adverb(toks.norm(k)) {
                        k += 1;
                    }
                    match times.iter().find(|&&(s, _)| s == k || (s == k + 1 && matches!(toks.norm(k), "on" | "in" | "at"))) {
                        Some(&(_, e)) if e > k => k = e,
                        _ => break,
                    }
                }
                k
            };
            let kind = lex.modality.get(m.phrase).value;
            // "tried normalizing relations": an attempt with a gerund
            let gerund = kind == Modality::Attempt && toks.norm_at(to_at).ends_with("ing") && ev.is_none();
            if gerund {
                pending = Some((kind, m.start(), to_at - 1));
                i = to_at;
                continue;
            }
            let governs = toks.norm_at(to_at) == "to";
            let ev_shorter = ev.as_ref().is_none_or(|e| e.end() <= to_at + 1);
            if governs && ev_shorter {
                pending = Some((lex.modality.get(m.phrase).value, m.start(), to_at));
                i = to_at + 1;
                continue;
            }
        }
        let Some(e) = ev else {
            i += 1;
            continue;
        };
        let p = &lex.events.get(e.phrase).value;
        let head = e.positions[p.head];
        let start = e.start();
        let end = e.end();
        // "took Pyongyang": taking is a trigger only before a name ("took office" is none)
        // ("took the Old City of Jerusalem", "took the town": a place after "the")
        let place_after_the =
            toks.norm_at(end) == "the" && (toks.get(end + 1).is_some_and(|t| t.cap) || crate::roles::PLACE_NOUNS.contains(&toks.norm_at(end + 1)));
        if p.source_text == "take" && !toks.get(end).is_some_and(|t| t.cap) && !place_after_the {
            i = end;
            continue;
        }
        // voice
        let passive = p.verb.is_some() && {
            let n = toks.norm(head);
            let participle = !n.ends_with("ing")
                && (n.ends_with("ed") || n.ends_with("en") || n.ends_with("wn") || !p.source_text.split_whitespace().any(|w| w.trim_start_matches('^') == n));
            let mut k = head;
            let mut aux = false;
            for _ in 0..3 {
                if k == 0 {
                    break;
                }
                k -= 1;
                let w = toks.norm(k);
                if PASSIVE_AUX.contains(&w) {
                    aux = true;
                    break;
                }
                if !adverb(w) {
                    break;
                }
            }
            // ("talks mediated by Saudi Arabia", "a truce brokered by the UN": a participle
            // after its noun, with its agent)
            let reduced = toks.norm_at(end) == "by"
                && head > 0
                && head + 1 == end
                && toks.get(head - 1).is_some_and(|t| t.kind == annals_text::TokenKind::Word && !t.cap)
                && !matches!(toks.norm(head - 1), "had" | "has" | "have" | "having" | "who" | "which" | "that" | "they" | "he" | "she" | "it" | "we");
            participle && (aux || reduced) && !p.noun_subject
        };
        // a verb form after a determiner is a noun: "the attack", "a freeze"
        // (the end of a name is no word of grammar: "Moon Jae-in met")
        let prev = if start > 0 && !names.iter().any(|&(s, e)| s < start && start == e) { toks.norm(start - 1) } else { "" };
        let verb_form = !p.noun && !p.noun_subject;
        // a verb form right after a preposition names no act: "by exiles", "of supplies"
        if verb_form && prev != "to" && is_preposition(prev) && toks.norm(head).ends_with('s') {
            i = end;
            continue;
        }
        // nor a participle opening a sentence before its noun: "Ousted lawmakers formed …"
        if verb_form
            && start == 0
            && end == start + 1
            && toks.norm(head).ends_with("ed")
            && toks.get(end).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word)
            && !is_preposition(toks.norm_at(end))
            && !is_determiner(toks.norm_at(end))
            && !matches!(toks.norm_at(end), "and" | "or" | "by" | "to" | "that" | "its" | "their" | "his" | "her")
        {
            i = end;
            continue;
        }
        // nor one in -s after an infinitive: "began to inspect trains", "to buy arms"
        let after_infinitive = start >= 2
            && toks.norm(start - 2) == "to"
            && toks.get(start - 1).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word)
            && !is_determiner(prev)
            && !matches!(prev, "be" | "have" | "not" | "also" | "further");
        if verb_form && end == start + 1 && after_infinitive && toks.norm(head).ends_with('s') && !toks.norm(head).ends_with("ss") {
            i = end;
            continue;
        }
        // nor one in -s between a lowercase modifier and a preposition: "Middle Eastern oil
        // supplies from" (but "the company supplies arms to")
        // (after "the president", a subject: "the president travels to Moscow")
        let subject_before = start >= 2 && is_determiner(toks.norm(start - 2)) && prev != "and";
        let modifier_before =
            start > 0 && toks.get(start - 1).is_some_and(|t| !t.cap && t.kind == annals_text::TokenKind::Word) && !prev.ends_with("ly") && !subject_before;
        let preposition_after = is_preposition(toks.norm_at(end)) || matches!(toks.norm_at(end), "," | "." | ";" | "and" | "or");
        // "official talks between Israel and Jordan", "In 1991 talks between …": a
        // reciprocal act in -s before "between" is its noun
        let noun_between = verb_form && p.reciprocal && end == start + 1 && toks.norm(head).ends_with('s') && toks.norm_at(end) == "between";
        if verb_form
            && !noun_between
            && end == start + 1
            && toks.norm(head).ends_with('s')
            && modifier_before
            && preposition_after
            && !matches!(prev, "it" | "he" | "she" | "who" | "which" | "that" | "also" | "now" | "still" | "then")
        {
            i = end;
            continue;
        }
        // "Nicaraguan aid to leftist rebels", "Soviet support": a base form after a state's
        // adjective is a noun (not "would Japan attack")
        let after_adjective = start >= 1
            && toks.get(start - 1).is_some_and(|t| t.cap)
            && prev.len() > 3
            && crate::mentions::is_adjectival(prev)
            && !toks.norm(head).ends_with("ed")
            && !toks.norm(head).ends_with('s')
            && !matches!(
                start.checked_sub(2).map_or("", |k| toks.norm(k)),
                "would" | "will" | "did" | "could" | "should" | "to" | "might" | "can" | "may" | "does" | "do"
            );
        let nominal = p.noun
            || noun_between
            || (verb_form
                && (after_adjective
                    || matches!(
                        prev,
                        "the" | "a" | "an" | "its" | "his" | "their" | "this" | "these" | "those" | "any" | "no" | "such" | "'s" | "her" | "our"
                    )
                    || (prev != "to" && is_preposition(prev) && !toks.norm(head).ends_with("ing"))
                    || base_form_after_modifier(toks, p, head, start)));
        // ("agreed to unfreeze Iranian assets and not to intervene": a second infinitive
        // joined by "and" hangs on the same verb)
        let joined_infinitive = start >= 2
            && toks.norm(start - 1) == "to"
            && (toks.norm(start - 2) == "and" || (start >= 3 && toks.norm(start - 2) == "not" && toks.norm(start - 3) == "and"));
        let modality = pending
            .filter(|&(_, _, to_at)| start == to_at + 1 || (start == to_at + 2 && adverb(toks.norm(to_at + 1))))
            .map(|(k, s, _)| (k, s))
            .or_else(|| last_modality.filter(|_| joined_infinitive))
            // ("agreed to formally end the war and to hold regular talks": the first
            // infinitive named no act of ours, the second is agreed to all the same)
            .or_else(|| pending.filter(|&(_, _, to_at)| joined_infinitive && start > to_at && start <= to_at + 12).map(|(k, s, _)| (k, s)))
            .or_else(|| announced_intent(toks, start));
        let modality_denied = modality.is_some_and(|(_, s)| (s..start).any(|k| matches!(toks.norm(k), "not" | "never")));
        // "relations were not restored until February 1990": restored then
        let until_date = (end..(end + 6).min(toks.len()))
            .take_while(|&k| !matches!(toks.norm(k), "," | ";" | "." | "but" | "and"))
            .any(|k| toks.norm(k) == "until" && times.iter().any(|&(a, _)| a == k + 1));
        let negated = denied(toks, modality.map_or(start, |(_, s)| s)) && !until_date;
        out.push(Trigger { start, end, head, positions: e.positions.clone(), pattern: p, passive, nominal, modality, modality_denied, negated });
        if modality.is_some() {
            pending = None;
            last_modality = modality;
        }
        i = end;
    }
    out
}

/// Words after which a verb's base form is a verb: "would meet", "did not attack", "they offer".
const VERB_BEFORE: &[&str] = &[
    "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "do", "does", "not", "n't", "they", "we", "you", "i", "and", "or",
    "also", "never", "jointly", "then", "who", "that", "which", "let", "help", "cannot", "'ll", "'d", "to", "rather", "than",
];

/// A bare verb after a modifier is a noun: the U.S. “blockade”, this back-channel offer.
fn base_form_after_modifier(toks: &Tokens, p: &EventPattern, head: usize, start: usize) -> bool {
    if start == 0 || head != start {
        return false;
    }
    let lemma = p.source_text.split_whitespace().next().unwrap_or("").trim_start_matches('^');
    if toks.norm(head) != lemma {
        return false;
    }
    let prev = toks.get(start - 1).expect("in range");
    let n = toks.norm(start - 1);
    if matches!(n, "\"" | "'") {
        return true;
    }
    if VERB_BEFORE.contains(&n) || n.ends_with('s') || prev.kind != annals_text::TokenKind::Word {
        return false;
    }
    // ("James Baker and Tariq Aziz meet in Geneva": two named subjects' present)
    let pair_before =
        prev.cap && p.reciprocal && (start.saturating_sub(4)..start - 1).any(|k| toks.norm(k) == "and" && k > 0 && toks.get(k - 1).is_some_and(|t| t.cap));
    if pair_before {
        return false;
    }
    // a capitalized word inside the sentence ("U.S. blockade") or a lower-case noun or adjective
    !prev.cap || start >= 2
}

/// Whether a denial stands just before a verb at `at`: "did not", "never", "wasn't" —
/// but not "not until" or "not only".
pub fn denied(toks: &Tokens, at: usize) -> bool {
    // "shelled the islands without consulting Moscow": an act left undone
    if at > 0 && toks.norm(at - 1) == "without" && toks.norm(at).ends_with("ing") {
        return true;
    }
    let from = at.saturating_sub(4);
    (from..at).any(|k| {
        let n = toks.norm(k);
        if !NEGATORS.contains(&n) {
            return false;
        }
        // ("no longer meets", "had no plans to invade", "there was no attack")
        if n == "no" && !matches!(toks.norm_at(k + 1), "longer") && k + 1 != at {
            return false;
        }
        let next = toks.norm_at(k + 1);
        let after_even = next == "even" && NOT_NEGATING_AFTER.contains(&toks.norm_at(k + 2));
        !NOT_NEGATING_AFTER.contains(&next) && !after_even
    })
}

/// The CAMEO code an act takes under a governing verb.
/// "Nixon announced that he would visit China", "said it will withdraw its troops": an act
/// a speaker says will be done is an intent, from the saying verb on.
fn announced_intent(toks: &Tokens, start: usize) -> Option<(Modality, usize)> {
    let mut k = start;
    while k > 0 && (adverb(toks.norm(k - 1)) || matches!(toks.norm(k - 1), "not" | "soon" | "then")) {
        k -= 1;
    }
    if k == 0 || !matches!(toks.norm(k - 1), "would" | "will") {
        return None;
    }
    // the speaker's words: "announced (that) he", "said the United States"
    let saying = (k.saturating_sub(7)..k - 1).rev().take_while(|&j| !matches!(toks.norm(j), "," | ";" | "." | "and" | "but")).find(|&j| {
        matches!(
            toks.norm(j),
            "announced"
                | "announces"
                | "said"
                | "says"
                | "declared"
                | "declares"
                | "stated"
                | "indicated"
                | "promised"
                | "pledged"
                | "vowed"
                | "assured"
                | "told"
        )
    })?;
    Some((Modality::Intent, saying))
}

pub fn apply_modality(kind: Modality, code: &str) -> String {
    let root: u32 = code.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0);
    match kind {
        Modality::Failure | Modality::Success => code.to_string(),
        // seeking to cooperate is an intent to; seeking to fight is fighting
        Modality::Attempt if root > 8 => code.to_string(),
        Modality::Intent | Modality::Attempt => match root {
            3 => code.to_string(),
            4 => "036".into(),
            6 => "031".into(),
            7 => "033".into(),
            // (what is to be yielded, when the act says: "agreed to suspend air strikes")
            8 if kind == Modality::Intent => match code {
                "081" => "0351",
                "0841" => "0353",
                "085" => "0354",
                "086" => "0355",
                c if c.starts_with("087") => "0356",
                _ => "035",
            }
            .into(),
            8 => "035".into(),
            1 | 2 | 5 => "030".into(),
            18..=20 if kind == Modality::Intent => "138".into(),
            _ if kind == Modality::Intent => "130".into(),
            _ => code.to_string(),
        },
        Modality::Threat => match root {
            18..=20 => "138".into(),
            16 => "1313".into(),
            _ => "130".into(),
        },
        Modality::Refusal => match root {
            4 => "125".into(),
            5 if code == "057" => "127".into(),
            6 => "121".into(),
            7 => "122".into(),
            8 => "124".into(),
            _ => "120".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_model::Span;

    fn trig(text: &str) -> Vec<(String, bool, Option<Modality>, bool)> {
        let lex = Lexicon::builtin().unwrap();
        let mut toks = Tokens::new();
        toks.tokenize(text, Span::new(0, text.len()));
        find(&lex, text, &toks, &[], &[]).into_iter().map(|t| (t.pattern.code.clone(), t.passive, t.modality.map(|m| m.0), t.negated)).collect()
    }

    #[test]
    fn voice_modality_and_negation() {
        assert_eq!(trig("Cuba was invaded by exiles."), [("192".into(), true, None, false)]);
        assert_eq!(trig("Khrushchev and Castro agreed to place missiles in Cuba."), [("060".into(), false, Some(Modality::Intent), false)]);
        assert_eq!(trig("The Senate refused to ratify the treaty.")[0], ("127".into(), false, None, false));
        assert_eq!(trig("Moscow refused to invade."), [("192".into(), false, Some(Modality::Refusal), false)]);
        assert_eq!(trig("He did not negotiate in good faith."), [("046".into(), false, None, true)]);
        assert_eq!(trig("It wasn't until 2015 that relations were restored."), [("050".into(), false, None, false)]);
    }

    #[test]
    fn modality_codes() {
        assert_eq!(apply_modality(Modality::Intent, "0874"), "0356");
        assert_eq!(apply_modality(Modality::Intent, "084"), "035");
        assert_eq!(apply_modality(Modality::Intent, "085"), "0354");
        assert_eq!(apply_modality(Modality::Intent, "192"), "138");
        assert_eq!(apply_modality(Modality::Refusal, "057"), "127");
        assert_eq!(apply_modality(Modality::Threat, "192"), "138");
        assert_eq!(apply_modality(Modality::Attempt, "046"), "036");
        assert_eq!(apply_modality(Modality::Attempt, "192"), "192");
    }
}
