use super::*;

fn lex() -> Lexicon {
    Lexicon::builtin().unwrap()
}

fn actor_refs(lex: &Lexicon, text: &str) -> Vec<(String, Vec<ActorRef>)> {
    let mut toks = Tokens::new();
    toks.tokenize(text, Span::new(0, text.len()));
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match lex.actors.longest_at(text, &toks, i) {
            Some(m) => {
                let sp = toks.get(m.start()).unwrap().span.cover(toks.get(m.end() - 1).unwrap().span);
                out.push((text[sp.start..sp.end].to_string(), lex.actors.get(m.phrase).value.clone()));
                i = m.end();
            }
            None => i += 1,
        }
    }
    out
}

#[test]
fn builtin_dictionaries_compile() {
    let l = lex();
    assert!(l.states.len() > 200);
    assert!(l.people.len() > 400);
    assert!(l.events.len() > 500);
}

#[test]
fn states_people_and_agents_are_found() {
    let l = lex();
    let found = actor_refs(&l, "President John F. Kennedy told the U.S. and the Soviet Union that US troops would stay, but not us.");
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["President", "John F. Kennedy", "U.S.", "Soviet Union", "US", "troops"]);
}

#[test]
fn shared_forms_are_told_apart_by_date() {
    let l = lex();
    let refs = &actor_refs(&l, "Moscow")[0].1;
    let ids: Vec<u32> = refs.iter().filter_map(|r| if let ActorRef::State(i) = r { Some(*i) } else { None }).collect();
    let d = |s| Some(Date::parse(s).unwrap());
    assert_eq!(l.states[l.pick_state(&ids, d("1962-10-22")).unwrap() as usize].code, "SUN");
    assert_eq!(l.states[l.pick_state(&ids, d("2014-03-01")).unwrap() as usize].code, "RUS");
    // (a period whose middle no such state existed on takes one that existed during it)
    let berlin = &actor_refs(&l, "Berlin")[0].1;
    let ids: Vec<u32> = berlin.iter().filter_map(|r| if let ActorRef::State(i) = r { Some(*i) } else { None }).collect();
    // (divided Berlin is neither state's: "West Berlin" and "East Berlin" are)
    assert_eq!(l.pick_state(&ids, d("1949-07-02")), None);
    let (from, to) = (Date::parse("1949-01-01").unwrap(), Date::parse("1949-12-31").unwrap());
    assert_eq!(l.states[l.pick_state_during(&ids, from, to).unwrap() as usize].code, "DEU");
    assert_eq!(l.pick_state_during(&ids, Date::parse("1960-01-01").unwrap(), Date::parse("1960-12-31").unwrap()), None);
    // (occupied Germany is Germany)
    assert_eq!(l.states[l.pick_state(&ids, d("1948-06-24")).unwrap() as usize].code, "DEU");
    let castro = &actor_refs(&l, "Castro")[0].1;
    let ids: Vec<u32> = castro.iter().filter_map(|r| if let ActorRef::Person(i) = r { Some(*i) } else { None }).collect();
    assert_eq!(l.people[l.pick_person(&ids, d("1977-03-24")).unwrap() as usize].name, "Fidel Castro");
    assert_eq!(l.people[l.pick_person(&ids, d("2012-01-01")).unwrap() as usize].name, "Raúl Castro");
    let carter = &l.people[l.pick_person(&ids, None).unwrap() as usize];
    assert_eq!(carter.role_on(d("1980-01-01")).as_str(), "GOV");
}

#[test]
fn lower_case_words_are_not_capitalized_names() {
    let l = lex();
    assert!(actor_refs(&l, "we will carve the turkey and buy china").is_empty());
}

#[test]
fn event_patterns_match_inflections_and_gaps() {
    let l = lex();
    for (text, code) in [
        ("Kennedy severed diplomatic relations with Castro", "161"),
        ("negotiators met to discuss fishing rights", "040"),
        ("Carter eased travel restrictions to Cuba", "081"),
        ("the Soviet Union invaded Afghanistan", "192"),
        ("they reached an agreement", "057"),
        ("relations between the countries deteriorated rapidly", "160"),
        ("he would re-open communication with Cuba", "030"),
    ] {
        let mut toks = Tokens::new();
        toks.tokenize(text, Span::new(0, text.len()));
        let found: Vec<String> =
            (0..toks.len()).filter_map(|i| l.events.longest_at(text, &toks, i)).map(|m| l.events.get(m.phrase).value.code.clone()).collect();
        assert!(found.contains(&code.to_string()), "{text}: {found:?}");
    }
}

#[test]
fn malformed_dictionaries_name_file_and_line() {
    let base = Sources::builtin();
    let cases: Vec<(Sources, &str)> = vec![
        (Sources { countries: ("c.txt", "USA | America\nXX | Nowhere\n"), ..Sources::builtin() }, "c.txt:2:"),
        (Sources { countries: ("c.txt", "SUN 1991-13..1992 | Soviet\n"), ..Sources::builtin() }, "c.txt:1: bad date"),
        (Sources { countries: ("c.txt", "SUN 1992..1991 | Soviet\n"), ..Sources::builtin() }, "ends before"),
        (Sources { people: ("p.txt", "# x\nJimmy Carter | ZZZ | GOV 1977..1981\n"), ..Sources::builtin() }, "p.txt:2: unknown code"),
        (Sources { people: ("p.txt", "Jimmy Carter | USA\n"), ..Sources::builtin() }, "p.txt:1:"),
        (Sources { verbs: ("v.txt", "999 | meet\n"), ..Sources::builtin() }, "v.txt:1: unknown code"),
        (Sources { verbs: ("v.txt", "040 meet\n"), ..Sources::builtin() }, "v.txt:1:"),
        (Sources { verbs: ("v.txt", "040 | meet <x>\n"), ..Sources::builtin() }, "unknown flag"),
        (Sources { modality: ("m.txt", "wish | want\n"), ..Sources::builtin() }, "m.txt:1: unknown kind"),
        (Sources { agents: ("a.txt", "gov | officials\n"), ..Sources::builtin() }, "a.txt:1:"),
        (Sources { irregular: ("i.txt", "go went\n"), ..Sources::builtin() }, "i.txt:1:"),
    ];
    let _ = base;
    for (src, needle) in cases {
        let e = match Lexicon::compile(&src) {
            Ok(_) => panic!("{needle}: compiled"),
            Err(e) => e.to_string(),
        };
        assert!(e.contains(needle), "{e} lacks {needle}");
    }
}

#[test]
fn lexicon_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Lexicon>();
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // each case compiles the dictionaries six times: a few dozen cases suffice here, the
        // fuzz target (fuzz/fuzz_targets/dictionary.rs) goes further
        #![proptest_config(ProptestConfig::with_cases(24))]
        #[test]
        fn dictionary_readers_never_panic(line in "\\PC{0,80}", code in "[A-Z0-9]{0,4}", sep in "[|;,. ]{0,3}") {
            let text = format!("{code} {sep}{line}\n{line}\n");
            let base = Sources::builtin();
            for src in [
                Sources { countries: ("c.txt", &text), ..Sources::builtin() },
                Sources { people: ("p.txt", &text), ..Sources::builtin() },
                Sources { agents: ("a.txt", &text), ..Sources::builtin() },
                Sources { verbs: ("v.txt", &text), ..Sources::builtin() },
                Sources { modality: ("m.txt", &text), ..Sources::builtin() },
                Sources { irregular: ("i.txt", &text), ..Sources::builtin() },
            ] {
                if let Err(e) = Lexicon::compile(&src) {
                    prop_assert!(e.line >= 1 && !e.file.is_empty());
                }
            }
            let _ = base;
        }

        #[test]
        fn periods_parse_or_refuse(s in "[0-9-]{0,12}") {
            if let Some(d) = parse_period(&s, false) {
                prop_assert!(parse_period(&s, true).is_some_and(|e| d <= e));
            }
        }
    }
}

#[test]
fn leaders_of_the_g20_cuba_and_the_corpus_states_are_listed() {
    let l = lex();
    let count = |c: &str| l.people.iter().filter(|p| p.country == c).count();
    for (code, at_least) in [
        ("USA", 40),
        ("SUN", 15),
        ("RUS", 8),
        ("GBR", 30),
        ("FRA", 25),
        ("DEU", 20),
        ("CHN", 20),
        ("JPN", 35),
        ("IND", 20),
        ("ITA", 25),
        ("CAN", 15),
        ("AUS", 20),
        ("BRA", 15),
        ("MEX", 15),
        ("ARG", 20),
        ("IDN", 10),
        ("KOR", 15),
        ("SAU", 7),
        ("TUR", 15),
        ("ZAF", 15),
        ("EUR", 5),
        ("CUB", 10),
        ("AFG", 8),
        ("PAN", 5),
        ("NIC", 4),
        ("CHL", 6),
        ("ESP", 6),
        ("ISR", 10),
        ("EGY", 4),
    ] {
        assert!(count(code) >= at_least, "{code}: {} people", count(code));
    }
    // terms are ordered and dated
    for p in &l.people {
        for t in &p.terms {
            if let (Some(a), Some(b)) = (t.from, t.to) {
                assert!(a <= b, "{}", p.name);
            }
        }
    }
}
