use super::*;
use annals_model::Span;

/// An event whose Goldstein value and QuadClass come from the CAMEO table, as the coder sets them.
fn event(id: &str, doc: &str, date: &str, s: &str, t: &str, cameo: &str) -> Event {
    let d = Date::parse(date).unwrap();
    let code = annals_model::CameoTable::builtin().get(cameo).cloned().unwrap();
    Event {
        id: id.into(),
        doc: doc.into(),
        sentence: 0,
        span: [0, 10],
        text: "The United States and Cuba held talks.".into(),
        date: Some(EventDate { value: date.into(), from: Some(d), to: Some(d), granularity: Granularity::Day, basis: DateBasis::Explicit, text: None }),
        source: Some(Actor { code: s.into(), country: Some(s[..3].into()), text: s.into() }),
        target: Some(Actor { code: t.into(), country: Some(t[..3].into()), text: t.into() }),
        cameo: cameo.into(),
        root: cameo[..2].into(),
        quad_class: code.quad_class,
        goldstein: code.goldstein,
        plover: None,
        negated: false,
        location: None,
        tone: Some(1.0),
    }
}

fn doc(id: &str, text: &str) -> Doc {
    Doc { id: id.into(), text: text.into(), ..Default::default() }
}

fn sentence() -> Vec<Sentence> {
    vec![Sentence { index: 0, span: Span::new(0, 38), para_start: true }]
}

#[test]
fn ingest_is_idempotent_and_replaces_changed_documents() {
    let mut st = Store::in_memory().unwrap();
    let d = doc("a.txt", "The United States and Cuba held talks.");
    let evs = vec![event("e1", "a.txt", "1977-03-24", "USA", "CUB", "046")];
    let s = sentence();
    assert_eq!(st.ingest(&[Coded { doc: &d, sentences: &s, events: &evs }]).unwrap(), [Outcome::Added]);
    assert_eq!(st.ingest(&[Coded { doc: &d, sentences: &s, events: &evs }]).unwrap(), [Outcome::Unchanged]);
    assert_eq!(st.counts().unwrap(), (1, 1));
    let d2 = doc("a.txt", "Cuba and the United States met again in April.");
    let evs2 = vec![event("e2", "a.txt", "1977-03-25", "USA", "CUB", "040"), event("e3", "a.txt", "1977-03-25", "CUB", "USA", "040")];
    assert_eq!(st.ingest(&[Coded { doc: &d2, sentences: &s, events: &evs2 }]).unwrap(), [Outcome::Replaced]);
    assert_eq!(st.counts().unwrap(), (1, 2));
    // the search index follows the replacement: the old sentence is gone, the new one found
    let search = |w: &str| st.events(&EventQuery { search: Some(w.into()), ..Default::default() }).unwrap().len();
    assert_eq!((search("talks"), search("again")), (0, 2));
}

#[test]
fn events_round_trip_and_filter() {
    let mut st = Store::in_memory().unwrap();
    let d = doc("a.txt", "The United States and Cuba held talks.");
    let evs = vec![event("e1", "a.txt", "1977-03-24", "USAGOV", "CUB", "046"), event("e2", "a.txt", "1961-01-03", "USA", "CUB", "161")];
    st.ingest(&[Coded { doc: &d, sentences: &sentence(), events: &evs }]).unwrap();
    let all = st.events(&EventQuery::default()).unwrap();
    assert_eq!(all.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["e2", "e1"]);
    assert_eq!(all[1], evs[0]);
    assert_eq!(st.document("a.txt").unwrap().unwrap().text, d.text);
    assert!(st.document("b.txt").unwrap().is_none());
    assert_eq!(st.events(&EventQuery { code: Some("04".into()), ..Default::default() }).unwrap().len(), 1);
    assert_eq!(st.events(&EventQuery { quad: Some(4), ..Default::default() }).unwrap()[0].id, "e2");
    assert_eq!(st.events(&EventQuery { actor: Some("usagov".into()), ..Default::default() }).unwrap().len(), 1);
    assert_eq!(st.events(&EventQuery { dyad: Some(("CUB".into(), "USA".into())), ..Default::default() }).unwrap().len(), 2);
    assert_eq!(st.events(&EventQuery { from: Some(Date::parse("1970-01-01").unwrap()), ..Default::default() }).unwrap().len(), 1);
    assert_eq!(st.events(&EventQuery { search: Some("talks".into()), ..Default::default() }).unwrap().len(), 2);
    assert_eq!(st.events(&EventQuery { search: Some("missiles".into()), ..Default::default() }).unwrap().len(), 0);
}

#[test]
fn on_this_day_merges_sources_and_dyads_sum_by_period() {
    let mut st = Store::in_memory().unwrap();
    let (a, b) = (doc("a.txt", "The United States and Cuba held talks."), doc("b.txt", "Cuba and the United States talked today."));
    let ea = vec![event("e1", "a.txt", "1977-03-24", "USA", "CUB", "046"), event("e0", "a.txt", "1961-01-03", "USA", "CUB", "161")];
    let eb = vec![event("e2", "b.txt", "1977-03-24", "CUB", "USA", "040"), event("e9", "b.txt", "1962-03-24", "USA", "SUN", "111")];
    st.ingest(&[Coded { doc: &a, sentences: &sentence(), events: &ea }, Coded { doc: &b, sentences: &sentence(), events: &eb }]).unwrap();
    let day = st.on_this_day(3, 24).unwrap();
    assert_eq!(day.len(), 2);
    assert_eq!(day[0].event.id, "e9");
    assert_eq!(day[1].sources.iter().map(|s| s.doc.as_str()).collect::<Vec<_>>(), ["a.txt", "b.txt"]);
    let rows = st.dyad("usa", "cub", Period::Year).unwrap();
    assert_eq!(rows.iter().map(|r| (r.period.as_str(), r.events, r.goldstein_sum)).collect::<Vec<_>>(), [("1961", 1, -4.0), ("1977", 2, 8.0)]);
    assert_eq!(rows[1].quad.q1, 2);
    assert_eq!(st.dyad("USA", "CUB", Period::Month).unwrap()[1].period, "1977-03");
}

#[test]
fn a_file_database_survives_reopening_and_refuses_newer_schemas() {
    let path = std::env::temp_dir().join(format!("annals-store-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&path);
    {
        let mut st = Store::open(&path).unwrap();
        let d = doc("a.txt", "x");
        st.ingest(&[Coded { doc: &d, sentences: &[], events: &[] }]).unwrap();
    }
    let st = Store::open(&path).unwrap();
    assert_eq!(st.counts().unwrap().0, 1);
    st.conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'", []).unwrap();
    drop(st);
    let e = Store::open(&path).err().unwrap();
    assert!(e.to_string().contains("newer"), "{e}");
    let _ = std::fs::remove_file(&path);
}
