//! Closed word classes of English the coder reads sentences with: prepositions,
//! determiners, the words that end a clause, anaphors. Grammar, not dictionary.

pub const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "of",
    "with",
    "to",
    "from",
    "by",
    "for",
    "against",
    "into",
    "over",
    "toward",
    "towards",
    "between",
    "among",
    "under",
    "during",
    "after",
    "before",
    "since",
    "until",
    "through",
    "across",
    "about",
    "upon",
    "within",
    "without",
    "behind",
    "beyond",
    "near",
    "via",
    "despite",
    "like",
    "including",
    "amid",
    "around",
    "throughout",
    "onto",
    "inside",
    "outside",
    "along",
    "beside",
    "following",
    "regarding",
    "concerning",
    "than",
    "as",
    "except",
    "per",
    "unlike",
    "above",
    "below",
    "beneath",
    "alongside",
    "amongst",
    "pending",
];

/// Words that may stand between a preposition and its noun.
pub const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "any",
    "all",
    "some",
    "no",
    "each",
    "every",
    "another",
    "other",
    "own",
    "new",
    "old",
    "former",
    "future",
    "entire",
    "whole",
    "first",
    "last",
    "next",
    "few",
    "many",
    "several",
    "such",
    "more",
    "most",
    "top",
    "high",
    "senior",
    "chief",
    "main",
    "major",
    "key",
    "secret",
    "covert",
    "direct",
    "nuclear",
    "military",
    "political",
    "economic",
    "foreign",
    "naval",
    "air",
    "armed",
    "early",
    "late",
    "'s",
    "-",
    "\"",
    "'",
    "both",
    "two",
    "three",
    "four",
    "very",
    "much",
    "fellow",
    "then",
    "eventual",
    "certain",
    "respective",
    "neighboring",
    "neighbouring",
    "powerful",
    "ruling",
    "current",
    "sitting",
    "incoming",
    "outgoing",
    "recently",
];

/// Adjective endings, to step over "nuclear-armed", "strategic", "dangerous" before a noun.
pub const ADJECTIVE_ENDINGS: &[&str] = &["al", "ic", "ive", "ous", "ful", "less", "ary", "ant", "ent", "ish", "ian", "ese", "ed", "ile", "ist", "ble", "ern"];

/// Words that open a new clause: a subject search stops at them, a target search too.
pub const CLAUSE_OPENERS: &[&str] =
    &["that", "which", "who", "whom", "whose", "because", "while", "whereas", "although", "though", "if", "unless", "when", "whether", "where", "so"];

/// Punctuation that ends a clause for both searches.
pub const CLAUSE_PUNCT: &[&str] = &[";", ":", "--", "(", ")", ".", "?", "!"];

/// Forms of "be" and "get" that make a passive.
pub const PASSIVE_AUX: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "'s", "'re"];

/// Words that deny the verb after them.
pub const NEGATORS: &[&str] = &["not", "n't", "never", "neither", "nor", "no"];

/// Words after "not" that make it no denial ("not until 2015", "not only").
pub const NOT_NEGATING_AFTER: &[&str] = &["until", "till", "only", "just", "merely", "even", "least", "before", "since", "long"];

/// Phrases that refer to the two parties the text is about.
pub const PAIR_ANAPHORS: &[&[&str]] = &[
    &["the", "two", "countries"],
    &["the", "two", "nations"],
    &["the", "two", "sides"],
    &["the", "two", "powers"],
    &["the", "two", "superpowers"],
    &["the", "two", "governments"],
    &["the", "two", "states"],
    &["the", "two", "leaders"],
    &["the", "two", "nuclear", "powers"],
    &["both", "countries"],
    &["both", "nations"],
    &["both", "sides"],
    &["both", "governments"],
    &["both", "powers"],
    &["both", "states"],
    &["both", "leaders"],
    &["the", "cold", "war", "enemies"],
    &["the", "former", "enemies"],
    &["the", "two", "enemies"],
    &["the", "countries"],
    &["the", "two", "neighbors"],
    &["the", "two", "neighbours"],
    &["the", "two", "allies"],
    &["the", "two", "armies"],
    &["the", "two", "navies"],
    &["the", "two", "fleets"],
    &["both", "armies"],
    &["both", "forces"],
    &["the", "two", "forces"],
    &["both", "factions"],
    &["the", "two", "factions"],
    &["the", "warring", "sides"],
    &["the", "warring", "parties"],
    &["the", "warring", "factions"],
    &["the", "three", "leaders"],
    &["the", "three", "countries"],
    &["the", "three", "nations"],
    &["the", "three", "governments"],
    &["the", "three", "powers"],
    &["each", "other"],
    &["one", "another"],
];

/// States that are islands, for "the island".
pub const ISLAND_STATES: &[&str] = &[
    "CUB", "JPN", "IRL", "ISL", "TWN", "LKA", "CYP", "MLT", "MDG", "PHL", "IDN", "NZL", "JAM", "HTI", "DOM", "BHR", "SGP", "FLK", "SGS", "GRD", "BRB", "TTO",
    "BHS", "MUS", "SYC", "COM", "CPV", "STP", "FJI", "PNG", "TLS", "MDV", "PRI",
];

/// Words for a part of what follows "of": "most of the Egyptian air force".
pub const QUANTIFIERS: &[&str] =
    &["most", "all", "much", "part", "parts", "half", "some", "many", "remnants", "rest", "bulk", "majority", "elements", "units", "remainder"];

/// States whose one-word name is a plural: "the Philippines" is no people.
pub const PLURAL_STATE_NAMES: &[&str] =
    &["philippines", "netherlands", "bahamas", "maldives", "seychelles", "comoros", "states", "falklands", "emirates", "americas"];

/// Countries divided in a north and a south, for "the North" and "the South".
pub const DIVIDED_STATES: &[[&str; 2]] = &[["PRK", "KOR"], ["VNM", "RVN"], ["YEM", "YMD"], ["SDN", "SSD"]];

/// Singular phrases that refer to the state the text last named.
pub const STATE_ANAPHORS: &[&[&str]] = &[
    &["the", "country"],
    &["the", "island"],
    &["the", "islands"],
    &["the", "nation"],
    &["the", "republic"],
    &["the", "kingdom"],
    &["this", "nation"],
    &["the", "city"],
    &["the", "new", "state"],
    &["the", "new", "nation"],
    &["the", "new", "country"],
    &["the", "new", "republic"],
    &["the", "young", "state"],
    &["the", "young", "republic"],
];

/// CAMEO region codes (data/actors/regions.txt).
pub const REGION_CODES: &[&str] = &["AFR", "ASA", "EUR", "LAM", "MEA", "NMR", "WST", "EEU"];

/// Capitalized nouns that end a proper name in which an actor's name stands as a modifier:
/// "the Torrijos-Carter Treaties", "the Monroe Doctrine", "the Panama Canal".
pub const NAME_HEADS: &[&str] = &[
    "treaty",
    "treaties",
    "doctrine",
    "canal",
    "zone",
    "crisis",
    "war",
    "pact",
    "accord",
    "accords",
    "agreement",
    "plan",
    "act",
    "line",
    "wall",
    "airlift",
    "conference",
    "summit",
    "declaration",
    "commission",
    "corridor",
    "project",
    "operation",
    "report",
    "revolution",
    "bay",
    "strait",
    "straits",
    "sea",
    "ocean",
    "river",
    "island",
    "islands",
    "province",
    "state",
    "university",
    "street",
    "airport",
    "prize",
    "award",
    "memorial",
    "hemisphere",
    "talks",
    "protocol",
    "charter",
    "convention",
    "initiative",
    "program",
    "programme",
    "administration",
];

/// Head nouns whose object relation implies the counterpart the text is about ("unplugged
/// the talks", "broke off relations").
pub const RELATIONAL_NOUNS: &[&str] = &[
    "talks",
    "negotiations",
    "relations",
    "relationship",
    "ties",
    "dialogue",
    "agreement",
    "treaty",
    "embargo",
    "sanctions",
    "blockade",
    "quarantine",
    "contacts",
    "discussions",
    "ceasefire",
    "cease-fire",
    "truce",
    "armistice",
    "peace",
    "conference",
    "summit",
    "recognition",
];

/// Codes of organizations and regions: not one of "the two countries".
pub const NON_STATE_CODES: &[&str] = &[
    "UNO", "NAT", "WSP", "OAS", "EUR", "ARL", "AFU", "ASN", "OPC", "IMF", "WBK", "WTO", "ICJ", "ICC", "IAE", "OSC", "NON", "CWL", "RCR", "LON", "COM", "AFR",
    "ASA", "LAM", "MEA", "NMR", "WST", "EEU",
];

/// Nouns after an event noun that make it a modifier: "the quarantine line", "a
/// reconnaissance jet".
pub const COMPOUND_HEADS: &[&str] = &[
    "line",
    "lines",
    "zone",
    "zones",
    "area",
    "areas",
    "plan",
    "plans",
    "force",
    "forces",
    "troops",
    "ships",
    "vessel",
    "vessels",
    "operation",
    "operations",
    "program",
    "programme",
    "site",
    "sites",
    "base",
    "bases",
    "mission",
    "missions",
    "plane",
    "planes",
    "jet",
    "jets",
    "aircraft",
    "status",
    "policy",
    "process",
    "period",
    "fleet",
    "unit",
    "units",
    "group",
    "groups",
    "committee",
    "deal",
    "route",
    "routes",
    "camp",
    "camps",
    "satellite",
    "satellites",
    "flight",
    "missile",
    "missiles",
    "weapons",
    "efforts",
    "effort",
    "crisis",
    "victims",
    "record",
    "records",
];

/// Nouns that refer back to the last act told: "Britain and France condemned the move".
pub const ACT_NOUNS: &[&str] = &[
    "move",
    "decision",
    "action",
    "step",
    "measure",
    "act",
    "invasion",
    "attack",
    "occupation",
    "annexation",
    "takeover",
    "intervention",
    "landing",
    "landings",
    "incursion",
    "bombing",
    "raid",
    "raids",
    "deployment",
    "seizure",
];

/// Verbs after which "it" is no actor ("it was", "it appeared").
pub const EXPLETIVE_AFTER_IT: &[&str] = &[
    "is", "was", "'s", "appeared", "appears", "seemed", "seems", "became", "took", "takes", "had", "has", "remained", "remains", "would", "will", "may",
    "might", "could", "can", "must", "meant", "means", "proved",
];

pub fn is_adjective_like(norm: &str) -> bool {
    norm.len() > 3 && ADJECTIVE_ENDINGS.iter().any(|e| norm.ends_with(e)) || norm.ends_with("ly")
}

/// Fast membership for the word lists the coder consults at every token.
mod sets {
    use annals_model::fxhash::FxHashSet;
    use std::sync::LazyLock;

    pub static PREPOSITIONS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| super::PREPOSITIONS.iter().copied().collect());
    pub static DETERMINERS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| super::DETERMINERS.iter().copied().collect());
}

/// Whether a normal form is a preposition.
#[inline]
pub fn is_preposition(n: &str) -> bool {
    sets::PREPOSITIONS.contains(n)
}

/// Token `k`, or the one after it when `k` is "the": where a name after an optional article
/// begins.
pub fn past_the(toks: &annals_text::Tokens, k: usize) -> usize {
    if toks.norm_at(k) == "the" {
        k + 1
    } else {
        k
    }
}

/// Whether a normal form is a determiner or a word that stands like one before a noun.
#[inline]
/// A possessive pronoun: "its", "their", "his", "her", "our".
pub fn is_possessive(n: &str) -> bool {
    matches!(n, "its" | "their" | "his" | "her" | "our")
}

pub fn is_determiner(n: &str) -> bool {
    sets::DETERMINERS.contains(n)
}
