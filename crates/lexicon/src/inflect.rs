//! English inflection for dictionary words: a verb's forms from its base (regular rules and
//! the irregular table), a noun's plural.

use std::collections::HashMap;

/// Irregular verbs: base → (past forms, participle forms).
pub type Irregulars = HashMap<String, (Vec<String>, Vec<String>)>;

/// Reads `base past participle` lines (a slash separates variants).
pub fn parse_irregulars(text: &str) -> Result<Irregulars, (usize, String)> {
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() != 3 {
            return Err((i + 1, format!("expected `base past participle`, found {l:?}")));
        }
        let split = |s: &str| s.split('/').map(str::to_string).collect::<Vec<_>>();
        out.insert(f[0].to_string(), (split(f[1]), split(f[2])));
    }
    Ok(out)
}

const VOWELS: &[u8] = b"aeiou";

fn is_vowel(c: u8) -> bool {
    VOWELS.contains(&c)
}

/// Vowel groups closed by a consonant: a rough count of syllables ("travel" 2, "stop" 1).
fn syllables(base: &str) -> usize {
    base.as_bytes().windows(2).filter(|w| is_vowel(w[0]) && !is_vowel(w[1])).count()
}

/// Final consonants doubled before -ed and -ing: "stop" → "stopped", "commit" → "committed".
fn doubles(base: &str) -> bool {
    let b = base.as_bytes();
    let n = b.len();
    if n < 3 {
        return false;
    }
    let (c0, v, c) = (b[n - 3], b[n - 2], b[n - 1]);
    if !(is_vowel(v) && !is_vowel(c) && !is_vowel(c0)) || matches!(c, b'w' | b'x' | b'y') {
        return false;
    }
    if syllables(base) <= 1 {
        return true;
    }
    // a prefix before a one-syllable verb: "unplug", "outrun", "upset"
    for prefix in ["un", "re", "out", "over", "under", "up"] {
        if let Some(rest) = base.strip_prefix(prefix) {
            if rest.len() >= 3 && doubles(rest) {
                return true;
            }
        }
    }
    // Two-syllable verbs stressed on the last syllable.
    ["mit", "pel", "trol", "cur", "fer", "gret", "quip", "bar", "bed", "nul", "pel"].iter().any(|e| base.ends_with(e))
        && !base.ends_with("offer")
        && !base.ends_with("suffer")
}

/// All forms of a verb: base, third person, past, participle, present participle.
pub fn verb_forms(base: &str, irregular: &Irregulars) -> Vec<String> {
    if base == "be" {
        return ["be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re"].iter().map(|s| s.to_string()).collect();
    }
    let mut out = vec![base.to_string()];
    let b = base.as_bytes();
    let last = *b.last().unwrap_or(&b' ');
    let before = if b.len() >= 2 { b[b.len() - 2] } else { b' ' };
    // third person
    out.push(
        if base.ends_with('s')
            || base.ends_with('x')
            || base.ends_with('z')
            || base.ends_with("ch")
            || base.ends_with("sh")
            || (last == b'o' && !is_vowel(before))
        {
            format!("{base}es")
        } else if last == b'y' && !is_vowel(before) {
            format!("{}ies", &base[..base.len() - 1])
        } else {
            format!("{base}s")
        },
    );
    // past and participle ("retake" is irregular as "take" is: retook, retaken)
    let prefixed = || {
        ["re", "re-", "out", "over", "under", "mis"].iter().find_map(|p| {
            let (past, part) = irregular.get(base.strip_prefix(p)?)?;
            Some((past.iter().map(|f| format!("{p}{f}")).collect::<Vec<_>>(), part.iter().map(|f| format!("{p}{f}")).collect::<Vec<_>>()))
        })
    };
    match irregular.get(base).cloned().or_else(prefixed) {
        Some((past, part)) => {
            out.extend(past);
            out.extend(part);
        }
        None => out.push(if last == b'e' {
            format!("{base}d")
        } else if last == b'y' && !is_vowel(before) {
            format!("{}ied", &base[..base.len() - 1])
        } else if doubles(base) {
            format!("{base}{}ed", last as char)
        } else {
            format!("{base}ed")
        }),
    }
    // British spelling doubles a final l after one vowel: "travelled", "cancelling"
    if last == b'l' && is_vowel(before) && b.len() >= 4 && !is_vowel(b[b.len() - 3]) && syllables(base) >= 2 && !doubles(base) && irregular.get(base).is_none()
    {
        out.push(format!("{base}led"));
        out.push(format!("{base}ling"));
    }
    // present participle
    out.push(if let Some(stem) = base.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == b'e' && !base.ends_with("ee") && !base.ends_with("ye") && !base.ends_with("oe") && base.len() > 2 {
        format!("{}ing", &base[..base.len() - 1])
    } else if doubles(base) {
        format!("{base}{}ing", last as char)
    } else {
        format!("{base}ing")
    });
    out.sort();
    out.dedup();
    out
}

/// A noun and its plural.
pub fn noun_forms(noun: &str) -> Vec<String> {
    let b = noun.as_bytes();
    let last = *b.last().unwrap_or(&b' ');
    let before = if b.len() >= 2 { b[b.len() - 2] } else { b' ' };
    let plural = if noun.ends_with('s') {
        return vec![noun.to_string()];
    } else if last == b'o' && !is_vowel(before) {
        return vec![noun.to_string(), format!("{noun}s"), format!("{noun}es")];
    } else if noun.ends_with('x') || noun.ends_with('z') || noun.ends_with("ch") || noun.ends_with("sh") {
        format!("{noun}es")
    } else if last == b'y' && !is_vowel(before) {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    };
    vec![noun.to_string(), plural]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn irr() -> Irregulars {
        parse_irregulars("meet met met\nget got got/gotten\n").unwrap()
    }

    #[test]
    fn a_prefixed_irregular_verb_is_irregular() {
        let irr = parse_irregulars("take took taken\nsell sold sold\n").unwrap();
        let forms = verb_forms("retake", &irr);
        assert!(forms.contains(&"retook".to_string()) && forms.contains(&"retaken".to_string()), "{forms:?}");
        assert!(!forms.contains(&"retaked".to_string()));
        assert!(verb_forms("outsell", &irr).contains(&"outsold".to_string()));
        // (a verb that only looks prefixed keeps its own forms)
        assert!(verb_forms("restore", &irr).contains(&"restored".to_string()));
    }

    #[test]
    fn british_doubled_l() {
        let forms = verb_forms("travel", &irr());
        for f in ["travel", "travels", "traveled", "travelled", "traveling", "travelling"] {
            assert!(forms.contains(&f.to_string()), "{f} in {forms:?}");
        }
        // (not after two vowels, nor in one syllable)
        assert!(!verb_forms("appeal", &irr()).contains(&"appealled".to_string()));
        assert!(!verb_forms("kill", &irr()).iter().any(|f| f.contains("lll")));
    }

    #[test]
    fn regular_and_irregular_verbs() {
        let i = irr();
        assert_eq!(verb_forms("meet", &i), ["meet", "meeting", "meets", "met"]);
        assert_eq!(verb_forms("sever", &i), ["sever", "severed", "severing", "severs"]);
        assert_eq!(verb_forms("free", &i), ["free", "freed", "freeing", "frees"]);
        assert_eq!(verb_forms("criticize", &i), ["criticize", "criticized", "criticizes", "criticizing"]);
        assert_eq!(verb_forms("stop", &i), ["stop", "stopped", "stopping", "stops"]);
        assert_eq!(verb_forms("commit", &i), ["commit", "commits", "committed", "committing"]);
        assert_eq!(verb_forms("visit", &i), ["visit", "visited", "visiting", "visits"]);
        assert_eq!(verb_forms("unplug", &i), ["unplug", "unplugged", "unplugging", "unplugs"]);
        assert_eq!(verb_forms("deny", &i), ["denied", "denies", "deny", "denying"]);
        assert_eq!(verb_forms("get", &i), ["get", "gets", "getting", "got", "gotten"]);
        assert!(verb_forms("be", &i).contains(&"were".to_string()));
    }

    #[test]
    fn plurals() {
        assert_eq!(noun_forms("invasion"), ["invasion", "invasions"]);
        assert_eq!(noun_forms("embargo"), ["embargo", "embargos", "embargoes"]);
        assert_eq!(noun_forms("talks"), ["talks"]);
        assert_eq!(noun_forms("atrocity"), ["atrocity", "atrocities"]);
        assert_eq!(noun_forms("crash"), ["crash", "crashes"]);
    }

    #[test]
    fn malformed_irregular_line() {
        assert_eq!(parse_irregulars("# c\nmeet met\n").unwrap_err().0, 2);
    }
}
