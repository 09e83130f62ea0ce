//! Word classes of the time grammar: which tokens are months, days, years, units…, and
//! the value each carries. One table lookup per token.

use annals_model::fxhash::{FxHashMap, WordFilter};

pub const MONTH: u32 = 1 << 0;
pub const DAY: u32 = 1 << 1;
pub const ORD: u32 = 1 << 2;
pub const YEAR: u32 = 1 << 3;
pub const DECADE: u32 = 1 << 4;
pub const CENT: u32 = 1 << 5;
pub const NUM: u32 = 1 << 6;
pub const UNIT: u32 = 1 << 7;
pub const SEASON: u32 = 1 << 8;
pub const PART: u32 = 1 << 9;
pub const WEEKDAY: u32 = 1 << 10;
pub const TOD: u32 = 1 << 11;
pub const QORD: u32 = 1 << 12;
pub const DASH: u32 = 1 << 13;
/// A time of day: "10:35", "noon", "midnight" (value hhmm).
pub const CLOCK: u32 = 1 << 14;
/// "a.m." (value 0) or "p.m." (12).
pub const AMPM: u32 = 1 << 15;
/// A time zone: "EST", "GMT".
pub const TZ: u32 = 1 << 16;
/// A half: "1/2", "½".
pub const HALF: u32 = 1 << 17;
/// A date in figures, "3/24/1977" (month first; day first when the first part is over
/// 12): value yyyymmdd.
pub const NUMDATE: u32 = 1 << 18;

/// Class names as the rule file spells them.
pub const CLASS_NAMES: &[(&str, u32)] = &[
    ("MONTH", MONTH),
    ("DAY", DAY),
    ("ORD", ORD),
    ("YEAR", YEAR),
    ("DECADE", DECADE),
    ("CENT", CENT),
    ("NUM", NUM),
    ("UNIT", UNIT),
    ("SEASON", SEASON),
    ("PART", PART),
    ("WEEKDAY", WEEKDAY),
    ("TOD", TOD),
    ("QORD", QORD),
    ("DASH", DASH),
    ("CLOCK", CLOCK),
    ("AMPM", AMPM),
    ("TZ", TZ),
    ("HALF", HALF),
    ("NUMDATE", NUMDATE),
];

/// Units of time, in `Unit as i64` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    pub fn from_i64(v: i64) -> Option<Unit> {
        use Unit::*;
        [Minute, Hour, Day, Week, Month, Quarter, Year, Decade, Century].get(usize::try_from(v).ok()?).copied()
    }
    pub fn from_name(s: &str) -> Option<Unit> {
        Some(match s {
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }
    /// The letter of an ISO 8601 duration.
    pub fn duration_suffix(self) -> &'static str {
        match self {
            Unit::Minute => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Minute | Unit::Hour)
    }
}

/// Seasons as TIMEX3 spells them.
pub const SEASONS: &[&str] = &["SP", "SU", "FA", "WI"];
/// Parts of the day as TIMEX3 spells them.
pub const TODS: &[&str] = &["MO", "AF", "EV", "NI"];

/// What a word is in the time grammar: its classes and the value it carries for each.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordInfo {
    pub mask: u32,
    /// month 1-12, weekday 1-7, unit index, season index, part mod index, tod index, quarter.
    pub value: i64,
    /// a number word's value, when the word is also NUM
    pub num: Option<i64>,
}

/// Lower-case words with a class in the time grammar, and the literals of the rules (by
/// their ids), so that one lookup per token gives both.
pub struct Lexicon {
    words: FxHashMap<Box<str>, (WordInfo, u32)>,
    /// The words above: most tokens of a text are known to be nothing without hashing them.
    filter: WordFilter,
}

const MONTHS: &[(&str, i64)] = &[
    ("january", 1),
    ("jan", 1),
    ("jan.", 1),
    ("february", 2),
    ("feb", 2),
    ("feb.", 2),
    ("march", 3),
    ("mar", 3),
    ("mar.", 3),
    ("april", 4),
    ("apr", 4),
    ("apr.", 4),
    ("may", 5),
    ("june", 6),
    ("jun.", 6),
    ("july", 7),
    ("jul.", 7),
    ("august", 8),
    ("aug", 8),
    ("aug.", 8),
    ("september", 9),
    ("sept", 9),
    ("sept.", 9),
    ("sep.", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("oct.", 10),
    ("november", 11),
    ("nov", 11),
    ("nov.", 11),
    ("december", 12),
    ("dec", 12),
    ("dec.", 12),
];

const NUMBER_WORDS: &[(&str, i64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("several", -1),
    ("few", -1),
    ("many", -1),
    ("some", -1),
    ("couple", 2),
    ("dozen", 12),
];

const UNITS: &[(&str, Unit)] = &[
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("quarter", Unit::Quarter),
    ("quarters", Unit::Quarter),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
    ("century", Unit::Century),
    ("centuries", Unit::Century),
    ("fortnight", Unit::Week),
    ("fortnights", Unit::Week),
];

const WEEKDAYS: &[(&str, i64)] = &[("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7)];

const DAY_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

impl Lexicon {
    pub fn new() -> Lexicon {
        let mut words: FxHashMap<Box<str>, (WordInfo, u32)> = FxHashMap::default();
        let mut add = |w: &'static str, mask: u32, value: i64| {
            let e = &mut words.entry(w.into()).or_default().0;
            e.mask |= mask;
            e.value = value;
        };
        for &(w, v) in MONTHS {
            add(w, MONTH, v);
        }
        for &(w, u) in UNITS {
            add(w, UNIT, u as i64);
        }
        for &(w, v) in WEEKDAYS {
            add(w, WEEKDAY, v);
        }
        for (i, ws) in [["spring", "springtime"], ["summer", "summertime"], ["autumn", "autumntime"], ["winter", "wintertime"]].iter().enumerate() {
            for w in ws {
                add(w, SEASON, i as i64);
            }
        }
        // early = START, mid = MID, late = END (indices into Mod order of crate::Mod)
        for (w, v) in [("early", 0), ("mid", 1), ("middle", 1), ("late", 2)] {
            add(w, PART, v);
        }
        for (i, w) in ["morning", "afternoon", "evening", "night"].iter().enumerate() {
            add(w, TOD, i as i64);
        }
        for (w, v) in [("dawn", 0), ("daybreak", 0), ("sunrise", 0), ("dusk", 2), ("sunset", 2), ("nightfall", 3)] {
            add(w, TOD, v);
        }
        for (w, v) in [("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("last", 4)] {
            add(w, QORD, v);
        }
        for w in ["-", "--", "to", "through", "until", "till"] {
            add(w, DASH, 0);
        }
        for (w, v) in [("noon", 1200), ("midday", 1200), ("midnight", 2400)] {
            add(w, CLOCK, v);
        }
        // ("am" and "pm" as in "3pm", "10 am": the grammar wants a number before them)
        for (w, v) in [("a.m.", 0), ("a.m", 0), ("am", 0), ("p.m.", 12), ("p.m", 12), ("pm", 12)] {
            add(w, AMPM, v);
        }
        for w in ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet"] {
            add(w, TZ, 0);
        }
        add("½", HALF, 0);
        // "the nineties": a decade of the century the narrative is in
        for (w, v) in [("twenties", 2), ("thirties", 3), ("forties", 4), ("fifties", 5), ("sixties", 6), ("seventies", 7), ("eighties", 8), ("nineties", 9)] {
            add(w, DECADE, -v);
        }
        // "the fifth century", "the twenty-first century": centuries in words
        for (i, w) in DAY_WORDS.iter().enumerate() {
            add(w, CENT, i as i64 + 1);
        }
        add("twenty-first", CENT, 21);
        // "March eighth", "the first of May": days in words (their values agree with the
        // quarter ordinals and centuries that share the words)
        for (i, w) in DAY_WORDS.iter().enumerate() {
            add(w, DAY, i as i64 + 1);
        }
        add("thirtieth", DAY, 30);
        for &(w, v) in NUMBER_WORDS {
            let e = &mut words.entry(w.into()).or_default().0;
            e.mask |= NUM;
            e.num = Some(v);
        }
        let mut filter = WordFilter::new(14);
        for w in words.keys() {
            filter.insert(w);
        }
        Lexicon { words, filter }
    }

    /// Gives the rules' literals their ids.
    pub fn add_literals<'a>(&mut self, literals: impl IntoIterator<Item = (&'a str, u32)>) {
        for (l, id) in literals {
            self.words.entry(l.into()).or_default().1 = id;
            self.filter.insert(l);
        }
    }

    /// The words that have any of the classes in `mask`.
    pub fn words_of(&self, mask: u32) -> impl Iterator<Item = (&str, u32)> {
        self.words.iter().filter(move |(_, (w, _))| w.mask & mask != 0).map(|(k, (w, _))| (&**k, w.mask))
    }

    /// The classes of a token (its normal form) and their values, and its literal id (0 for
    /// none). Numbers are read here.
    pub fn classify(&self, norm: &str, cap: bool) -> (WordInfo, u32) {
        let b = norm.as_bytes();
        let number = b.first().is_some_and(u8::is_ascii_digit) || (b.first() == Some(&b'\'') && b.get(1).is_some_and(u8::is_ascii_digit));
        if !number && !self.filter.may_contain(norm) {
            return (WordInfo::default(), 0);
        }
        match self.words.get(norm) {
            // (a number may be a rule's literal too: "Sept. 11 attacks")
            lit if number => (classify_number(norm), lit.map_or(0, |e| e.1)),
            Some(&(mut w, lit)) => {
                // Month and weekday names only when written with a capital ("may", "march").
                if !cap {
                    w.mask &= !(MONTH | WEEKDAY);
                }
                (w, lit)
            }
            None => (WordInfo::default(), 0),
        }
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

fn classify_number(norm: &str) -> WordInfo {
    let mut w = WordInfo::default();
    let (body, apostrophe) = match norm.strip_prefix('\'') {
        Some(rest) => (rest, true),
        None => (norm, false),
    };
    let digits_end = body.bytes().position(|c| !c.is_ascii_digit()).unwrap_or(body.len());
    let (digits, suffix) = body.split_at(digits_end);
    if body == "1/2" {
        w.mask |= HALF;
        return w;
    }
    // "3/24/1977", "24/3/77": a date in figures
    if !apostrophe && body.bytes().filter(|&c| c == b'/').count() == 2 {
        if let Some(v) = slashed_date(body) {
            w.mask |= NUMDATE;
            w.value = v;
        }
        return w;
    }
    // "'68": a year of the last century ("'08" of this one)
    if apostrophe && body.len() == 2 && body.bytes().all(|c| c.is_ascii_digit()) {
        if let Ok(n) = body.parse::<i64>() {
            w.mask |= YEAR;
            w.value = if n < 30 { 2000 + n } else { 1900 + n };
        }
        return w;
    }
    // "1,128 days": a count in groups of thousands (never a day or a year)
    if let Some((head, groups)) = body.split_once(',') {
        let grouped = (1..=3).contains(&head.len()) && groups.split(',').all(|g| g.len() == 3) && body.bytes().all(|c| c.is_ascii_digit() || c == b',');
        if grouped && !apostrophe {
            if let Ok(n) = body.replace(',', "").parse::<i64>() {
                w.mask |= NUM;
                w.num = Some(n);
            }
        }
        return w;
    }
    // "the night of 14/15 April": a night across two days, named by the first
    if let Some((a, b)) = body.split_once('/') {
        if let (Ok(a), Ok(b)) = (a.parse::<i64>(), b.parse::<i64>()) {
            if !apostrophe && (1..=30).contains(&a) && b == a + 1 && body.len() <= 5 {
                w.mask |= DAY;
                w.value = a;
            }
            // "the winter of 1941/42", "the 1941/1942 season": a season across two years,
            // named by the first
            let next = if b < 100 { (a + 1) % 100 } else { a + 1 };
            if !apostrophe && (1000..=2999).contains(&a) && b == next && (b < 100) == (body.len() == 7) {
                w.mask |= YEAR;
                w.value = a;
            }
        }
        return w;
    }
    // "10:35": hours and minutes
    if let Some(min) = suffix.strip_prefix(':') {
        if let (Ok(h), Ok(m)) = (digits.parse::<i64>(), min.parse::<i64>()) {
            if digits.len() <= 2 && min.len() == 2 && !apostrophe && h <= 24 && m < 60 {
                w.mask |= CLOCK;
                w.value = h * 100 + m;
            }
        }
        return w;
    }
    if digits.is_empty() || digits.len() > 9 {
        return w;
    }
    let Ok(n) = digits.parse::<i64>() else {
        return w;
    };
    match suffix {
        "" if !apostrophe => {
            w.num = Some(n);
            w.mask |= NUM;
            if (1..=31).contains(&n) && digits.len() <= 2 {
                w.mask |= DAY;
                w.value = n;
            }
            if digits.len() == 4 && (1000..=2199).contains(&n) {
                w.mask |= YEAR;
                w.value = n;
            }
            // "0400 hours": a time of day in four figures
            if digits.len() == 4 && digits.starts_with('0') && n % 100 < 60 {
                w.mask |= CLOCK;
                w.value = n;
            }
        }
        "s" => {
            // 1970s -> decade 197; '70s or 70s -> decade 70 of an unknown century (negative).
            if digits.len() == 4 && n % 10 == 0 {
                w.mask |= DECADE;
                w.value = n / 10;
            } else if digits.len() == 2 && n % 10 == 0 {
                w.mask |= DECADE;
                w.value = -(n / 10);
            } else if digits.len() == 4 && n % 100 == 0 {
                w.mask |= DECADE;
                w.value = n / 10;
            }
        }
        // ("2d", "3d", "22d": the older way of writing second and third)
        "d" if !matches!(n % 10, 2 | 3) || n % 100 / 10 == 1 => {}
        "st" | "nd" | "rd" | "th" | "d" => {
            if (1..=31).contains(&n) && !apostrophe {
                w.mask |= ORD | DAY;
                w.value = n;
            }
            if (1..=21).contains(&n) && !apostrophe {
                w.mask |= CENT;
                if !(1..=31).contains(&n) {
                    w.value = n;
                }
            }
        }
        _ => {}
    }
    w
}

/// The yyyymmdd of "3/24/1977" or "24/3/77" (a two-digit year in the last century, or
/// this one below 30), if it is a day that exists.
fn slashed_date(body: &str) -> Option<i64> {
    let mut parts = body.split('/').map(|p| if (1..=4).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()) { p.parse::<u32>().ok() } else { None });
    let (a, b, y) = (parts.next()??, parts.next()??, parts.next()??);
    let y = match body.rsplit('/').next()?.len() {
        4 => y,
        2 if y < 30 => 2000 + y,
        2 => 1900 + y,
        _ => return None,
    };
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    annals_model::Date::new(y as i32, m, d).ok()?;
    Some(i64::from(y) * 10000 + i64::from(m) * 100 + i64::from(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Lexicon {
        fn classify_info(&self, norm: &str, cap: bool) -> WordInfo {
            self.classify(norm, cap).0
        }
    }

    #[test]
    fn classes_of_words_and_numbers() {
        let l = Lexicon::new();
        assert_eq!(l.classify_info("october", true).mask, MONTH);
        assert_eq!(l.classify_info("may", false).mask, 0);
        assert_eq!(l.classify_info("1977", false).mask, NUM | YEAR);
        assert_eq!(l.classify_info("24", false).mask, NUM | DAY);
        let d = l.classify_info("1970s", false);
        assert_eq!((d.mask, d.value), (DECADE, 197));
        assert_eq!(l.classify_info("'60s", false).value, -6);
        assert_eq!(l.classify_info("14th", false).mask, ORD | DAY | CENT);
        assert_eq!(l.classify_info("3d", false).mask, ORD | DAY | CENT);
        assert_eq!(l.classify_info("22d", false).value, 22);
        assert_eq!(l.classify_info("5d", false).mask, 0);
        assert_eq!(l.classify_info("thirteen", false).num, Some(13));
        assert_eq!(l.classify_info("2506", false).mask, NUM);
        let c = l.classify_info("10:35", false);
        assert_eq!((c.mask, c.value), (CLOCK, 1035));
        assert_eq!(l.classify_info("10:75", false).mask, 0);
        assert_eq!(l.classify_info("p.m.", false).value, 12);
    }
}
