//! Table tests: an expression in a sentence, the document date and reference time it is
//! read with, and the TIMEX3 reading expected.

use super::*;
use annals_model::{Date, TimexType};

/// One tagger for all the tests (building one reads the rule table).
pub(crate) fn tagger() -> &'static TimeTagger {
    static TAGGER: std::sync::OnceLock<TimeTagger> = std::sync::OnceLock::new();
    TAGGER.get_or_init(TimeTagger::new)
}

fn tag_with(sentence: &str, doc: Option<&str>, reference: Option<&str>) -> Vec<(String, String, String)> {
    let tagger = tagger();
    let mut toks = Tokens::new();
    toks.tokenize(sentence, Span::new(0, sentence.len()));
    let mut found = Vec::new();
    tagger.find(sentence, &toks, &mut found);
    // `tag` reads only the sentences this lets through
    assert!(found.is_empty() || tagger.may_hold_time(sentence), "{sentence:?} was passed over");
    let mut ctx = Context::new(doc.map(|d| Date::parse(d).unwrap()));
    if let Some(r) = reference {
        let d = Date::parse(r).unwrap();
        ctx.set_reference(Reference::day(d));
    }
    found
        .iter()
        .filter_map(|f| ctx.resolve(f))
        .map(|t| {
            let kind = match t.kind {
                TimexType::Date => "DATE",
                TimexType::Time => "TIME",
                TimexType::Duration => "DURATION",
                TimexType::Set => "SET",
            };
            (sentence[t.span.start..t.span.end].to_string(), kind.to_string(), t.value)
        })
        .collect()
}

/// Each expression of a sentence read with document date `doc`: its text and value.
fn spans_and_values(sentence: &str, doc: Option<&str>) -> Vec<(String, String)> {
    tag_with(sentence, doc, None).into_iter().map(|t| (t.0, t.2)).collect()
}

fn one(sentence: &str, doc: Option<&str>, reference: Option<&str>) -> (String, String) {
    let v = tag_with(sentence, doc, reference);
    assert_eq!(v.len(), 1, "{sentence:?}: {v:?}");
    (v[0].0.clone(), v[0].2.clone())
}

/// The values `annals time` gives a whole document, in reading order.
fn document_values(text: &str, date: Option<&str>) -> Vec<String> {
    let doc = Doc { id: "t".into(), text: text.into(), date: date.map(|d| Date::parse(d).unwrap()), ..Default::default() };
    tagger().tag(&doc).into_iter().map(|t| t.value).collect()
}

/// Each text's values in a document of that date ("" for none), checked in one go.
fn assert_documents(cases: &[(&str, &str, &[&str])]) {
    for (text, date, values) in cases {
        let date = Some(*date).filter(|d| !d.is_empty());
        assert_eq!(document_values(text, date), *values, "{text}");
    }
}

#[test]
fn explicit_dates() {
    let cases = [
        ("On March 24, 1977, they met.", "March 24, 1977", "1977-03-24"),
        ("On 24 March 1977 they met.", "24 March 1977", "1977-03-24"),
        ("It ended in October 1962.", "October 1962", "1962-10"),
        ("It ended in 1961.", "1961", "1961"),
        ("The Berlin Crisis, 1958–1961", "1958–1961", "1958/1961"),
        ("The invasion, April 1961–October 1962", "April 1961–October 1962", "1961-04/1962-10"),
        ("Tension rose in the 1970s.", "the 1970s", "197"),
        ("In early 1980 he left.", "early 1980", "1980"),
        ("It was tense by mid-1979.", "mid-1979", "1979"),
        ("By the end of 1980, it was over.", "the end of 1980", "1980"),
        ("In the summer of 1973, Daoud struck.", "the summer of 1973", "1973-SU"),
        ("During the first years of the 20th century.", "the 20th century", "19"),
        ("In the first quarter of 1980 sales fell.", "the first quarter of 1980", "1980-Q1"),
    ];
    for (s, span, value) in cases {
        assert_eq!(one(s, None, None), (span.to_string(), value.to_string()), "{s}");
    }
}

#[test]
fn day_ranges_beside_durations() {
    let v = tag_with("For thirteen days, October 16 – 28, 1962, they faced off.", None, None);
    assert_eq!(v[0], ("thirteen days".into(), "DURATION".into(), "P13D".into()));
    assert_eq!(v[1], ("October 16 – 28, 1962".into(), "DATE".into(), "1962-10-16/1962-10-28".into()));
    assert!(tag_with("the fall of the pro-American leaders", None, Some("1979-01-01")).is_empty());
    assert_eq!(one("in the fall of 1979", None, None).1, "1979-FA");
}

#[test]
fn narrative_expressions_follow_the_reference_time() {
    let r = Some("1962-10-26");
    assert_eq!(one("The next day, they met.", None, r).1, "1962-10-27");
    assert_eq!(one("That same day a jet was shot down.", None, r).1, "1962-10-26");
    assert_eq!(one("On Oct.14, a plane flew over.", None, r), ("Oct.14".to_string(), "1962-10-14".to_string()));
    assert_eq!(one("The next year, they talked.", None, r).1, "1963");
    assert_eq!(one("Two weeks later they met.", None, r).1, "1962-W45");
    assert_eq!(one("That afternoon, the crisis turned.", None, r), ("That afternoon".to_string(), "1962-10-26TAF".to_string()));
    assert_eq!(one("Ten years later, they met.", None, r).1, "1972");
    assert_eq!(one("It was sent on the 25th.", None, r).1, "1962-10-25");
}

#[test]
fn deictic_expressions_follow_the_document_date() {
    let d = Some("1998-08-07");
    assert_eq!(one("Officials said today that talks resume.", d, Some("1977-03-24")).1, "1998-08-07");
    assert_eq!(one("He arrived yesterday.", d, None).1, "1998-08-06");
    assert_eq!(one("Prices rose last year.", d, None).1, "1997");
    assert_eq!(one("It began two years ago.", d, None).1, "1996");
    assert_eq!(one("Talks resume this month.", d, None).1, "1998-08");
    assert_eq!(one("He spoke on Monday.", d, None).1, "1998-08-03");
}

#[test]
fn tense_points_days_and_months_without_a_year() {
    // 1989-11-02 is a Thursday
    let d = Some("1989-11-02");
    assert_eq!(one("The board will meet Monday.", d, None).1, "1989-11-06");
    assert_eq!(one("The board met Monday.", d, None).1, "1989-10-30");
    assert_eq!(one("The dividend will be paid Dec. 15 to holders.", d, None).1, "1989-12-15");
    assert_eq!(one("The company announced the plan Dec. 15.", d, None).1, "1988-12-15");
    assert_eq!(one("The rights expire Jan. 2.", d, None).1, "1990-01-02");
    assert_eq!(one("Sales rose in September.", d, None).1, "1989-09");
    assert_eq!(one("He could arrive as soon as Tuesday.", d, None).1, "1989-11-07");
    assert_eq!(one("Friends had said they would buy as soon as trading opened Monday.", d, None).1, "1989-11-06");
    assert_eq!(one("The offer had been scheduled to expire Friday.", d, None).1, "1989-10-27");
    assert_eq!(tense_at_of("They said the talks will resume Monday.", "Monday"), Tense::Future);
    // an irregular past nearer than the future that reports it
    assert_eq!(tense_at_of("Data due Wednesday are expected to show the economy grew in the fourth quarter.", "fourth"), Tense::Past);
    assert_eq!(tense_at_of("The president fled the capital in March.", "March"), Tense::Past);
    // "would have" a thing is no past that did not happen
    assert!(tense_at_of("After that date, it would have $30 billion.", "that").ahead());
    assert_eq!(tense_at_of("The talks would have ended on Friday.", "Friday"), Tense::Past);
    // a participle after a linking verb is no past
    assert_eq!(tense_at_of("The banks will remain closed until Thursday.", "Thursday"), Tense::Future);
    assert_eq!(tense_at_of("Qantas will add flights by August in markets untouched by the crisis.", "August"), Tense::Future);
    // "were planning to": the plan, not the auxiliary, says which way
    assert_eq!(one("Protesters want a march in the city on Saturday and were planning to drive to the airport.", d, None).1, "1989-11-04");
    // a deadline: a past verb in another clause does not put it behind
    assert_eq!(one("The judge allowed the extension, rejecting an order that the boy remain here until Dec. 6 to testify.", d, None).1, "1989-12-06");
    assert_eq!(one("The troops stayed until Dec. 6.", d, None).1, "1988-12-06");
    // figures reported for a month are for one that is over
    assert_eq!(one("The department will publish September figures soon.", d, None).1, "1989-09");
    assert_eq!(one("The chain will report its October sales soon.", d, None).1, "1989-10");
    assert_eq!(one("The vote will be held in September.", d, None).1, "1990-09");
    // short regular pasts
    assert_eq!(one("The woman died in hospital on Saturday.", d, None).1, "1989-10-28");
    // "since" a time: a time past
    assert_eq!(one("The curfew, in force since Dec. 14, will be extended.", d, None).1, "1988-12-14");
}

#[test]
fn the_present_and_adjectives_in_ed_are_no_past() {
    let d = Some("1989-10-30");
    // the present points to the nearest: the redemption still to come
    assert_eq!(one("Conseco said it is calling for the redemption on Dec. 7 of its shares.", d, None).1, "1989-12-07");
    assert_eq!(one("The lawyer said the case is heard in May in the appeals court.", Some("2000-03-29"), None).1, "2000-05");
    // "a still unspecified date" is no past tense
    assert_eq!(one("The split would be paid on a still unspecified date in January.", d, None).1, "1990-01");
    assert!(tense_at_of("The split would be paid on an undisclosed date in January.", "January").ahead());
}

#[test]
fn weekends_and_report_quarters() {
    // 1990-08-13 is a Monday
    assert_eq!(one("Iraq moved troops over the weekend.", Some("1990-08-13"), None).1, "1990-W32-WE");
    assert_eq!(one("They will meet over the weekend.", Some("1990-08-13"), None).1, "1990-W33-WE");
    assert_eq!(one("They met last weekend.", None, None).1, "XXXX-WXX-WE");
    let d = Some("1989-10-26");
    assert_eq!(one("Sales will rise in the current quarter.", d, None).1, "1989-Q4");
    assert_eq!(one("Net rose from the year-ago third quarter.", d, None), ("the year-ago third quarter".into(), "1988-Q3".into()));
    assert_eq!(one("Net rose from the same period last year.", d, None).1, "1988-Q3");
    assert_eq!(one("Net rose from the quarter a year earlier.", d, None).1, "1988-Q3");
    assert_eq!(one("Net fell in the 1988 period.", d, None).1, "1988-Q3");
    assert_eq!(one("Sales for the current fiscal year will rise.", d, None).1, "1989");
}

#[test]
fn numbers_and_years_in_words() {
    let d = Some("1998-02-23");
    assert_eq!(one("It snowed in the winter of nineteen ninety-four.", d, None).1, "1994-WI");
    assert_eq!(one("They left in January nineteen ninety-seven.", d, None).1, "1997-01");
    assert_eq!(one("Prices rose in the last twenty four hours.", d, None).1, "PT24H");
    assert_eq!(one("The church stood for two hundred years.", d, None).1, "P200Y");
    assert_eq!(one("Computers will fail in the year two thousand.", d, None).1, "2000");
    // a decade in words is the last such decade up to the narrative's time
    assert_eq!(one("Music changed in the nineties.", d, None).1, "199");
    assert_eq!(one("Music changed in the nineties.", Some("2003-05-01"), None).1, "199");
    assert_eq!(one("Music changed in the sixties.", Some("2003-05-01"), None).1, "196");
}

fn tense_at_of(sentence: &str, word: &str) -> Tense {
    let mut toks = Tokens::new();
    toks.tokenize(sentence, Span::new(0, sentence.len()));
    let i = (0..toks.len()).find(|&i| toks.norm(i) == word.to_lowercase()).unwrap();
    tense_at(&toks, i, i + 1)
}

#[test]
fn last_and_next_weekdays_are_never_the_documents_own_day() {
    // 1989-11-01 is a Wednesday
    assert_eq!(one("He resigned last Wednesday.", Some("1989-11-01"), None).1, "1989-10-25");
    assert_eq!(one("They vote next Wednesday.", Some("1989-11-01"), None).1, "1989-11-08");
}

#[test]
fn clock_times_and_parts_of_days() {
    let d = Some("2000-04-03");
    assert_eq!(tag_with("The deadline will be 9 a.m. EST Tuesday.", d, None)[0], ("9 a.m. EST Tuesday".into(), "TIME".into(), "2000-04-04T09:00".into()));
    assert_eq!(one("It happened at 10:35 p.m.", d, None).1, "2000-04-03T22:35");
    assert_eq!(one("The offer expired at midnight Friday.", d, None).1, "2000-03-31T24:00");
    assert_eq!(one("Talks broke down Friday night.", d, None), ("Friday night".into(), "2000-03-31TNI".into()));
    assert!(tag_with("It ended 13 p.m. or so.", d, None).is_empty());
}

#[test]
fn durations_in_years_and_vague_spans() {
    assert_eq!(one("It lasted two decades.", None, None).1, "P20Y");
    assert_eq!(one("Prices rose in recent years.", None, None).1, "PXY");
}

#[test]
fn halves_qualifiers_and_recurring_days() {
    assert_eq!(one("It took 2 1/2 years.", None, None).1, "P2Y6M");
    assert_eq!(one("It lasted a minute and a half.", None, None).1, "PT1M30S");
    assert_eq!(one("They waited half an hour.", None, None).1, "PT30M");
    assert_eq!(one("It lasted nearly two years.", None, None).0, "nearly two years");
    assert_eq!(one("They talked about two years.", None, None).0, "two years");
    assert_eq!(one("Flights leave each Thursday.", None, None).1, "XXXX-WXX-4");
    assert_eq!(one("Flights leave on Tuesday nights.", None, None).1, "XXXX-WXX-2TNI");
    assert_eq!(one("Prices rose in June last year.", Some("1998-02-19"), None).1, "1997-06");
    assert_eq!(one("Profit fell in the 1988 second quarter.", None, None).1, "1988-Q2");
    assert!(tag_with("Iraq imports about three-quarters of its food.", None, None).is_empty());
    assert!(tag_with("It adds 700 seats a week.", None, None).is_empty());
    assert_eq!(one("Sales rose $10 million from a year ago.", Some("1989-11-02"), None).1, "1988");
}

#[test]
fn holidays_and_nights() {
    let d = Some("1999-12-01");
    assert_eq!(one("He was found on Thanksgiving Day.", d, None).1, "1999-11-25");
    assert_eq!(one("The store closed on Memorial Day.", Some("1999-06-10"), None).1, "1999-05-31");
    let values = document_values(
        "Mother's Day fell in May, Father's Day in June. Columbus Day and Martin Luther King Jr. Day were quiet, unlike St. Patrick's Day.",
        Some("2014-11-20"),
    );
    assert_eq!(values, ["2014-05-11", "2014-05", "2014-06-15", "2014-06", "2014-10-13", "2014-01-20", "2014-03-17"]);
    assert_eq!(one("It rained last night.", d, None).1, "1999-11-30TNI");
    assert_eq!(one("They met yesterday afternoon.", d, None).1, "1999-11-30TAF");
}

#[test]
fn ranges_joined_by_words_are_two_expressions() {
    let tagger = tagger();
    let doc = annals_model::Doc {
        id: "d".into(),
        text: "Talks ran from March to May 1977 and between 1994 and 1997, but 1958–1961 is one.\n".into(),
        ..Default::default()
    };
    let got: Vec<(String, String)> = tagger.tag(&doc).into_iter().map(|t| (doc.text[t.span.start..t.span.end].to_string(), t.value)).collect();
    let want = [("March", "1977-03"), ("May 1977", "1977-05"), ("1994", "1994"), ("1997", "1997"), ("1958–1961", "1958/1961")];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
}

#[test]
fn frames_and_descriptions_do_not_move_the_reference() {
    let tagger = tagger();
    let values = |text: &str| -> Vec<String> {
        let doc = annals_model::Doc { id: "d".into(), text: text.into(), date: Date::parse("1999-05-06").ok(), ..Default::default() };
        tagger.tag(&doc).into_iter().map(|t| t.value).collect()
    };
    assert_eq!(values("He had been arrested since 1990. The car was found in December.\n"), ["1990", "1998-12"]);
    assert_eq!(values("They met after the August 1988 cease-fire. Iraq invaded on Aug. 2.\n"), ["1988-08", "1998-08-02"]);
    assert_eq!(values("Profit rose in 1997. A year earlier it fell; a year earlier still it rose.\n"), ["1997", "1996", "1996"]);
    assert_eq!(values("Two men were charged in the Dec. 21, 1988, bombing of a jet. Libya agreed in April to hand them over.\n"), ["1988-12-21", "1999-04"]);
    // a date that ends its sentence after "the"
    assert_eq!(values("It was the Dec. 21, 1988"), ["1988-12-21"]);
}

#[test]
fn without_context_values_stay_underspecified() {
    assert_eq!(one("They met on March 24.", None, None).1, "XXXX-03-24");
    assert_eq!(one("They met in the 50s.", None, None).1, "195");
    assert_eq!(one("He spoke on Monday.", None, None).1, "XXXX-WXX-1");
}

#[test]
fn durations_and_sets() {
    assert_eq!(one("The standoff lasted thirteen days.", None, None).1, "P13D");
    assert_eq!(one("It took ten years of insurgency.", None, None).1, "P10Y");
    assert_eq!(one("They meet every year.", None, None).1, "P1Y");
    assert_eq!(one("a 10-week war", None, None).1, "P10W");
    let set = |s: &str| tag_with(s, None, None).into_iter().map(|t| (t.0, t.1, t.2)).collect::<Vec<_>>();
    assert_eq!(set("Members meet twice a week."), [("twice a week".into(), "SET".into(), "P1W".into())]);
    assert_eq!(set("The envoys met three times a year."), [("three times a year".into(), "SET".into(), "P1Y".into())]);
    // (a rate is no time: "$5 million a year")
    assert!(set("They pay $5 million a year.").is_empty());
}

#[test]
fn impossible_dates_are_not_normalized_to_days_that_do_not_exist() {
    assert!(tag_with("It happened on February 30, 1977.", None, None).iter().all(|t| !t.2.starts_with("1977-02-30")));
}

#[test]
fn may_and_march_as_words_are_not_months() {
    assert!(tag_with("They may march on the capital.", None, None).is_empty());
    assert!(tag_with("He said May would be decisive.", None, None).is_empty());
    assert_eq!(one("It rained in May.", Some("1977-06-01"), None).1, "1977-05");
}

#[test]
fn numbers_that_are_not_years() {
    assert!(tag_with("Components of Brigade 2506 landed.", None, None).is_empty());
    assert!(tag_with("Resolution 1441 passed.", None, None).is_empty());
}

#[test]
fn tagging_a_document_moves_the_reference() {
    let values = document_values("In July 1962 they agreed. On October 22, he spoke. The next day, October 23, ships stopped.\n", None);
    assert_eq!(values, ["1962-07", "1962-10-22", "1962-10-23", "1962-10-23"]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn datey() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("March".to_string()),
                Just("October".to_string()),
                Just("Oct.".to_string()),
                Just("the".to_string()),
                Just("next".to_string()),
                Just("year".to_string()),
                Just("day".to_string()),
                Just("early".to_string()),
                Just("mid".to_string()),
                Just("-".to_string()),
                Just("–".to_string()),
                Just(",".to_string()),
                Just("1970s".to_string()),
                Just("'60s".to_string()),
                Just("summer".to_string()),
                Just("of".to_string()),
                Just("later".to_string()),
                Just("ago".to_string()),
                Just("that".to_string()),
                Just("same".to_string()),
                Just("twenty".to_string()),
                Just("BC".to_string()),
                Just("AD".to_string()),
                Just("a.m.".to_string()),
                Just("nineteen".to_string()),
                Just("four".to_string()),
                Just("thousand".to_string()),
                Just("hundred".to_string()),
                Just("weekend".to_string()),
                Just("quarter".to_string()),
                Just("hours".to_string()),
                Just("dawn".to_string()),
                Just("'s".to_string()),
                Just("his".to_string()),
                Just(".".to_string()),
                "[0-9]{1,2}/[0-9]{1,2}",
                "0[0-9]{3}",
                "[0-9]{1,4}",
                "[0-9]{1,2}(st|nd|rd|th)",
                "[a-z]{1,6}",
            ],
            0..25,
        )
        .prop_map(|p| p.join(" "))
    }

    proptest! {
        #[test]
        fn values_are_well_formed_and_ranges_ordered(text in datey(), doc in proptest::option::of(1i32..=2100), reference in proptest::option::of((1i32..=2100, 1u32..=12, 1u32..=28))) {
            let tagger = tagger();
            let mut toks = Tokens::new();
            toks.tokenize(&text, Span::new(0, text.len()));
            let mut found = Vec::new();
            tagger.find(&text, &toks, &mut found);
            let mut ctx = Context::new(doc.and_then(|y| Date::new(y, 6, 15).ok()));
            if let Some((y, m, d)) = reference {
                ctx.set_reference(Reference::day(Date::new(y, m, d).unwrap()));
            }
            for f in &found {
                prop_assert!(f.span.start < f.span.end && f.span.end <= text.len());
                if let Some(t) = ctx.resolve(f) {
                    prop_assert!(!t.value.is_empty());
                    if let (Some(a), Some(b)) = (t.from, t.to) {
                        prop_assert!(a <= b, "{} {:?} {:?}", t.value, a, b);
                    }
                }
            }
            // the same input gives the same output
            let mut again = Vec::new();
            tagger.find(&text, &toks, &mut again);
            prop_assert_eq!(found, again);
        }

        #[test]
        fn whole_documents_keep_offsets_inside_their_text(text in datey(), doc in proptest::option::of(1i32..=2100)) {
            let d = Doc { id: "p".into(), text: text.clone(), date: doc.and_then(|y| Date::new(y, 6, 15).ok()), ..Default::default() };
            for t in tagger().tag(&d) {
                prop_assert!(t.span.start < t.span.end && t.span.end <= text.len());
                if let (Some(a), Some(b)) = (t.from, t.to) {
                    prop_assert!(a <= b, "{} {:?} {:?}", t.value, a, b);
                }
            }
        }
    }
}

#[test]
fn day_ranges_and_two_digit_years() {
    assert_eq!(one("The crisis ran 16–28 October 1962.", None, None).1, "1962-10-16/1962-10-28");
    assert_eq!(one("They met on 8–9 August.", Some("1945-08-20"), None).1, "1945-08-08/1945-08-09");
    assert_eq!(one("The war of 1941–45 cost millions.", None, None).1, "1941/1945");
    assert_eq!(one("The 1999-2000 season.", None, None).1, "1999/2000");
    assert_eq!(one("In the winter of 1941–42 the offensive stalled.", None, None), ("the winter of 1941–42".into(), "1941-WI".into()));
    // "1998-01" is no range of years
    assert!(tag_with("Code 1998-01 applies.", None, None).iter().all(|t| !t.2.contains('/')));
}

#[test]
fn halves_of_years_and_vague_narrative_times() {
    assert_eq!(one("Sales rose in the last half of 1989.", None, None).1, "1989-H2");
    assert_eq!(one("Sales will rise in the first two quarters of 1990.", None, None).1, "1990-H1");
    assert_eq!(one("Profit rose in the second half of the year.", Some("1989-10-26"), None).1, "1989-H2");
    assert_eq!(one("Later in the year, the Allies landed.", None, Some("1943-07-10")).1, "1943");
    // a narrative at a week has no known evening
    let values = document_values("On June 1, 1940, the king spoke. Two weeks later Paris fell, and that evening he left.", None);
    assert_eq!(values, ["1940-06-01", "1940-W24", "XXXX-XX-XXTEV"]);
}

#[test]
fn a_comparison_does_not_move_the_reference() {
    let values = document_values("Net was $4 million in the quarter, up from $3 million in 1987. Sales rose in March.", Some("1989-10-26"));
    assert_eq!(values.last().map(String::as_str), Some("1989-03"), "{values:?}");
    assert_eq!(tense_at_of("Trading is to resume in Paris Tuesday.", "Tuesday"), Tense::Future);
}

#[test]
fn ranges_of_counts_and_compound_words() {
    assert_eq!(one("It takes two to three weeks.", None, None), ("two to three weeks".into(), "PXW".into()));
    assert_eq!(one("Prices will rise over the next 12 to 18 months.", None, None), ("the next 12 to 18 months".into(), "PXM".into()));
    // "a year-earlier quarter" is no duration of a year
    assert_eq!(one("Net rose from a year-earlier level.", Some("1989-10-26"), None).0, "year-earlier");
}

#[test]
fn a_bare_ordinal_day_and_vague_plural_spans() {
    assert_eq!(one("On the 25th the siege ended.", None, Some("1942-06-04")).1, "1942-06-25");
    assert!(tag_with("They marked the 25th anniversary.", None, Some("1942-06-04")).is_empty());
    assert_eq!(one("In the last days of the war, they fled.", None, None).1, "PXD");
}

#[test]
fn the_present_in_a_word() {
    assert_eq!(one("Under current market conditions, they wait.", Some("1989-10-26"), None), ("current".into(), "PRESENT_REF".into()));
    assert_eq!(one("These days prices are high.", Some("1989-10-26"), None), ("These days".into(), "PRESENT_REF".into()));
}

#[test]
fn lengths_written_as_adjectives() {
    assert_eq!(one("They began a year-long airlift.", None, None), ("year-long".into(), "P1Y".into()));
    assert_eq!(one("It ended a decades-long feud.", None, None), ("decades-long".into(), "PXY".into()));
    assert_eq!(one("It was a 10-year-long war.", None, None), ("10-year-long".into(), "P10Y".into()));
}

#[test]
fn a_date_in_a_subordinate_clause_keeps_its_time_to_itself() {
    let values = document_values("In 1977 the talks resumed, although relations had been cut in 1961. In March the envoys met.", None);
    assert_eq!(values, ["1977", "1961", "1977-03"]);
    // but within its clause it is the reference
    let values = document_values(
        "The vote came after the ouster of Yanukovych, who fled Kiev on Feb. 21 and resurfaced six days later. On Monday markets fell.",
        Some("2014-03-03"),
    );
    assert_eq!(values, ["2014-02-21", "2014-02-27", "2014-03-03"]);
}

#[test]
fn years_before_and_after_the_common_era() {
    assert_eq!(one("The war began in 218 BC.", None, None), ("218 BC".into(), "BC0218".into()));
    assert_eq!(one("Caesar died on 15 March 44 B.C. in Rome.", None, None).1, "BC0044-03-15");
    assert_eq!(one("Athens rose in the 5th century BC.", None, None).1, "BC04");
    assert_eq!(one("Three legions were lost in AD 9.", None, None).1, "0009");
    assert!(tag_with("He sold 500 ad pages.", None, None).is_empty());
    // a clock time before a day written day-first
    assert_eq!(one("The guns fell silent at 11 a.m. on 11 November 1918.", None, None).1, "1918-11-11T11:00");
}

#[test]
fn a_date_counted_from_the_documents_does_not_make_a_history() {
    // "41 years ago" is 1959, but a later "Nov. 25" is still the news's own November
    let values = document_values("Crowds rallied as they had when Castro took power 41 years ago. The boy was found Nov. 25 off Florida.", Some("2000-01-15"));
    assert_eq!(values, ["1959", "1999-11-25"]);
    // a deictic expression that moves nothing ("four decades ago") leaves the history as it is
    let values = document_values("In June 1962 they met, four decades ago. In March they parted.", Some("2003-05-01"));
    assert_eq!(values, ["1962-06", "196", "1962-03"]);
}

#[test]
fn names_of_wars_are_no_durations() {
    assert!(tag_with("The Seven Years’ War began in Europe.", None, None).is_empty());
    assert!(tag_with("The Six-Day War changed the map.", None, None).is_empty());
    assert!(tag_with("The Seven Days Battles drove McClellan back.", None, None).is_empty());
    assert!(tag_with("The Hundred Days Offensive began in August.", None, None).iter().all(|t| t.0 != "The Hundred Days"));
    assert_eq!(one("They fought for seven years.", None, None).1, "P7Y");
}

#[test]
fn hundreds_are_centuries_and_a_bare_period_is_no_time() {
    assert_eq!(one("Trade grew in the late 1700s.", None, None).1, "17");
    assert_eq!(one("Trade grew in the 2000s.", None, None).1, "200");
    assert!(tag_with("During the period of peace, trade grew.", None, None).is_empty());
}

#[test]
fn in_subordinate_clause_agrees_with_the_clauses() {
    for s in [
        "In 1977 the talks resumed, although relations had been cut in 1961, and in March the envoys met.",
        "Carter, who took office in January, spoke since March; because they met (in May) after 1960.",
        "Since 1961 they have not met, until the talks of 1977 began.",
    ] {
        let mut toks = Tokens::new();
        toks.tokenize(s, Span::new(0, s.len()));
        let subs = subordinate_clauses(&toks);
        for k in 0..toks.len() {
            assert_eq!(in_subordinate_clause(&toks, k), subs.iter().any(|&(a, b)| a <= k && k < b), "{s:?} at {}", toks.norm(k));
        }
    }
}

#[test]
fn schedules_seasons_and_days_ahead() {
    // 2013-03-22 is a Friday
    let d = Some("2013-03-22");
    assert_eq!(one("The trial begins on Monday.", d, None).1, "2013-03-25");
    assert_eq!(one("Protesters were planning to drive to the airport on Monday.", d, None).1, "2013-03-25");
    assert_eq!(one("The vote was expected Monday.", d, None).1, "2013-03-18");
    // a deadline is still to come, unless the clause says it has passed
    assert_eq!(one("The agency has given the family until 9 a.m. Tuesday to sign.", d, None).1, "2013-03-26T09:00");
    assert_eq!(one("Until Tuesday, they had not called him a suspect.", d, None).1, "2013-03-19");
    assert_eq!(one("Every summer, thousands visit.", d, None).1, "XXXX-SU");
    assert_eq!(one("A ruling will come in the coming days.", d, None), ("the coming days".into(), "PXD".into()));
    // a narrative set ahead of the document ("ends in 2016") does not take a past date there
    let values = document_values("His term ends in 2016. The storm hit on the morning of Oct. 29.", d);
    assert_eq!(values, ["2016", "2012-10-29TMO"]);
}

#[test]
fn spans_after_the_reference_and_grouped_counts() {
    // a stretch of unknown length, as TIMEX3 writes one, that still covers days an event
    // can be dated by (and that the narrative moves on to)
    let text = "In November 1950 they met. In the following weeks the front held. The following months were hard.";
    assert_eq!(document_values(text, None), ["1950-11", "PXW", "PXM"]);
    let doc = Doc { id: "t".into(), text: text.into(), ..Default::default() };
    let covered: Vec<_> = tagger().tag(&doc).iter().map(|t| (t.kind, t.from.map(|d| d.to_string()), t.to.map(|d| d.to_string()))).collect();
    assert_eq!(covered[1], (TimexType::Duration, Some("1950-12-01".into()), Some("1951-01-25".into())));
    assert_eq!(covered[2], (TimexType::Duration, Some("1951-01-26".into()), Some("1951-07-25".into())));
    assert_eq!(one("The war had lasted 1,128 days.", None, None).1, "P1128D");
    assert_eq!(one("On the night of 25 November 1950 the Chinese struck.", None, None), ("the night of 25 November 1950".into(), "1950-11-25TNI".into()));
}

#[test]
fn news_idioms_of_time() {
    let d = Some("2013-03-22");
    assert_eq!(tag_with("As recently as 2011, the firm was profitable.", d, None).into_iter().map(|t| t.2).collect::<Vec<_>>(), ["2011"]);
    assert_eq!(one("The index has risen for five straight months.", d, None), ("five straight months".into(), "P5M".into()));
    assert_eq!(one("Half a century ago, the region was poor.", d, None).1, "1963");
    assert_eq!(one("The accord runs through the end of next year.", d, None), ("the end of next year".into(), "2014".into()));
    assert_eq!(one("This past weekend, storms hit.", d, None).1, "2013-W11-WE");
    assert_eq!(one("This past spring the river flooded.", Some("1989-10-26"), None).1, "1989-SP");
    assert_eq!(one("He was shot last Oct. 23 at home.", Some("1999-04-19"), None), ("last Oct. 23".into(), "1998-10-23".into()));
    assert_eq!(one("Talks resume the week of March 6.", Some("2000-02-24"), None), ("the week of March 6".into(), "2000-W10".into()));
    assert_eq!(one("In the week of 12 June 1944 they landed.", None, None).1, "1944-W24");
}

#[test]
fn dates_in_figures_and_short_years() {
    assert_eq!(one("They met on 3/24/1977 in New York.", None, None).1, "1977-03-24");
    assert_eq!(one("They met on 24/3/77 in New York.", None, None).1, "1977-03-24");
    assert_eq!(one("They met on 1977-03-24 in New York.", None, None).1, "1977-03-24");
    assert!(tag_with("The ratio was 2/30/1977 at best.", None, None).is_empty());
    assert_eq!(one("He was born in the spring of '68.", None, None).1, "1968-SP");
    assert!(tag_with("He said on ''60 Minutes'' that he would stay.", None, None).is_empty());
    assert_eq!(one("In '68 Nixon won.", None, None).1, "1968");
    assert_eq!(one("On Christmas Eve 1914 the guns fell silent.", None, None).1, "1914-12-24");
}

#[test]
fn weekdays_counted_from_the_narrative() {
    // with a document date, "the following Monday" still counts from the narrative's day
    let values = document_values("On Oct. 20, 1989, the board met. The following Monday it voted. The previous Friday it had called.", Some("1989-11-30"));
    assert_eq!(values, ["1989-10-20", "1989-10-23", "1989-10-20"]);
}

#[test]
fn couples_hours_and_quarters_of_losses() {
    assert_eq!(one("Over the next couple of years prices rose.", None, None), ("the next couple of years".into(), "P2Y".into()));
    assert_eq!(one("Prices were updated hourly.", None, None).1, "PT1H");
    assert_eq!(one("It turned a profit after several quarters of losses.", None, None).1, "PXQ");
    assert!(tag_with("Three quarters of the vote went to him.", None, None).is_empty());
}

#[test]
fn days_in_words_and_no_trailing_comma() {
    let d = Some("1998-03-05");
    assert_eq!(one("The vote comes this coming Sunday, March eighth.", d, None), ("this coming Sunday, March eighth".into(), "1998-03-08".into()));
    assert_eq!(one("They will meet on the first of May.", d, None).1, "1998-05-01");
    assert_eq!(one("Talks resume the week of March 6, officials said.", Some("2000-02-24"), None).0, "the week of March 6");
}

#[test]
fn hours_of_the_morning_parts_of_days_and_working_days() {
    let d = Some("2000-04-05");
    assert_eq!(one("The father will leave at 4 in the morning.", d, None).1, "2000-04-05T04:00");
    assert_eq!(one("They left at 9 o'clock in the evening.", d, None).1, "2000-04-05T21:00");
    assert_eq!(one("Troops crossed at two o'clock in the morning on 2 August 1990.", d, None).1, "1990-08-02T02:00");
    assert_eq!(one("The meeting began at half past nine.", d, None), ("half past nine".into(), "2000-04-05T09:30".into()));
    assert_eq!(one("He left at a quarter to five in the afternoon.", d, None).1, "2000-04-05T16:45");
    assert_eq!(one("They woke at quarter past six in the morning.", d, None).1, "2000-04-05T06:15");
    assert!(tag_with("Sales fell by a quarter to 5 million units.", d, None).is_empty());
    assert_eq!(one("He left at a quarter to five.", d, None).1, "2000-04-05T04:45");
    assert_eq!(one("The polls close at 8 p.m. Eastern time on Tuesday.", d, None), ("8 p.m. Eastern time on Tuesday".into(), "2000-04-04T20:00".into()));
    assert_eq!(one("The vote was held at 8 in the evening on Tuesday.", d, None).1, "2000-04-04T20:00");
    assert_eq!(one("At 7:45 on the morning of 5 June 1967, the jets took off.", d, None).1, "1967-06-05T07:45");
    assert_eq!(one("At 8:30 on the evening of June 5, 1967, it ended.", d, None).1, "1967-06-05T20:30");
    assert_eq!(one("Rebels killed 12 on the morning of June 5, 1967.", d, None), ("the morning of June 5, 1967".into(), "1967-06-05TMO".into()));
    assert_eq!(one("By mid afternoon, sources said it was over.", d, None), ("mid afternoon".into(), "2000-04-05TAF".into()));
    assert_eq!(one("At mid-afternoon yesterday, shares fell.", d, None), ("mid-afternoon yesterday".into(), "2000-04-04TAF".into()));
    assert_eq!(one("By late afternoon it was done.", d, None).1, "2000-04-05TAF");
    assert_eq!(one("Eight trading days after the crash, it fell.", d, None), ("Eight trading days".into(), "P8D".into()));
    assert_eq!(one("The Fed may cut rates in coming weeks.", d, None), ("coming weeks".into(), "PXW".into()));
}

#[test]
fn centuries_before_nouns_ages_and_the_days_own_editions() {
    assert_eq!(one("She is a 20th century democrat.", None, None).1, "19");
    assert_eq!(one("They restored an 11th-century temple.", None, None).1, "10");
    assert!(tag_with("He married when he was in his 30s.", None, None).is_empty());
    assert!(tag_with("She moved to Paris in her late forties.", None, None).is_empty());
    assert_eq!(one("Prices rose in the 70s.", None, None).1, "197");
    let d = Some("1989-11-02");
    assert_eq!(one("The offer was advertised in today's editions.", d, None).1, "1989-11-02");
    assert!(tag_with("The case is for today's youth what the blockade was.", d, None).is_empty());
    assert!(tag_with("The chips run many of today's personal computers.", d, None).is_empty());
    assert_eq!(one("The March accession will help them.", Some("1999-02-10"), None).1, "1999-03");
    assert!(tag_with("He spoke at the March on Washington.", None, None).is_empty());
}

#[test]
fn days_of_a_month_or_year_the_narrative_is_at() {
    // (a part of a day of a known year is written with it, as "the next day" is)
    let values = document_values("In October 1998 he was shot, and that same day police came. In 1990 he moved. He was in court the next morning.", None);
    assert_eq!(values, ["1998-10", "1998-10-XX", "1990", "1990-XX-XXTMO"]);
}

#[test]
fn seasons_counted_from_the_narrative_and_dawn() {
    let values = document_values(
        "In 1941 the siege began. That autumn it tightened. The following spring it went on; the previous winter had been cruel. \
         In the spring and summer of 1944 the Allies advanced. At dawn on 22 June 1941 the offensive began. By nightfall it had stalled.",
        None,
    );
    assert_eq!(document_values("In the spring and early summer of 1916 the armies fought.", None), ["1916-SP", "1916-SU"]);
    assert_eq!(document_values("The winter of 1862–63 was hard. In May Lee won, and in June he marched north.", None), ["1862-WI", "1863-05", "1863-06"]);
    // "fall" is a season where no fall of something can be meant
    let text = "In 1944 the army advanced. In the fall, it retreated; that fall was wet. The following fall it rested. \
                The fall of Saigon came later, after the fall in prices. In late fall 1945 it ended.";
    assert_eq!(document_values(text, None), ["1944", "1944-FA", "1944-FA", "1945-FA", "1945-FA"]);
    // ("the spring and summer of 1944" is two expressions, as TimeML tags them)
    assert_eq!(
        document_values("The campaign ran from spring to autumn 1915, and between the summer and the winter of 1916 it stalled.", None),
        ["1915-SP", "1915-FA", "1916-SU", "1916-WI"]
    );
    assert_eq!(values, ["1941", "1941-FA", "1942-SP", "1941-WI", "1944-SP", "1944-SU", "1941-06-22TMO", "1941-06-22TNI"]);
    // a winter is named by the year it begins in
    let d = Some("1998-03-01");
    assert_eq!(one("Prices fell last winter.", d, None).1, "1997-WI");
    assert_eq!(one("Prices will fall next winter.", d, None).1, "1998-WI");
    let d = Some("2015-01-28");
    assert_eq!(
        document_values("It spent $30 million this winter and $150 million last winter. This summer it buys plows.", d),
        ["2014-WI", "2013-WI", "2015-SU"]
    );
    assert!(tag_with("It was the dawn of a new era, Dawn said.", d, None).is_empty());
}

#[test]
fn year_end_and_vague_future_and_past() {
    let d = Some("1989-10-30");
    assert_eq!(one("The deal should close by year end.", d, None), ("year end".into(), "1989".into()));
    assert_eq!(
        document_values("In October 1789 a crowd marched to Versailles. By year's end the Assembly had seized church lands.", None),
        ["1789-10", "1789"]
    );
    assert_eq!(one("Rules should be in place by year's end.", d, None).1, "1989");
    assert_eq!(document_values("On 3 May 1789 the king spoke. He would leave Paris in three weeks' time.", None), ["1789-05-03", "1789-W21"]);
    assert_eq!(one("The bonds mature in three weeks' time.", Some("2014-03-10"), None).1, "2014-W14");
    assert_eq!(one("The credits will cut taxes in future quarters.", d, None).1, "FUTURE_REF");
    assert_eq!(one("The company, which just months ago was bleeding cash, recovered.", d, None).1, "PAST_REF");
}

#[test]
fn weeks_and_days_of_a_month_and_parts_of_narrative_units() {
    let values = document_values(
        "In the first week of June 1944 the weather was poor. In the last week of May the troops had embarked. \
         In the first days of July the breakout stalled. In the spring of that year the Soviets attacked. Early the next year it resumed. \
         In 1950 the army moved. Late that night the order came.",
        None,
    );
    assert_eq!(values, ["1944-W22", "1944-W21", "1944-07", "1944-SP", "1945", "1950", "1950-XX-XXTNI"]);
}

#[test]
fn a_history_keeps_its_year_when_its_document_is_dated_long_after() {
    let text = "Germany invaded Poland on 1 September 1939. Two days later, Britain declared war. Warsaw, now the capital, held out. \
                The government fled. The army fought on. In the first days of October the last units surrendered.";
    assert_eq!(document_values(text, Some("2009-05-01")), ["1939-09-01", "1939-09-03", "PRESENT_REF", "1939-10"]);
    // news that looks back once still reads a month without a year by its own date
    let news = "Profits fell in 1985. The company grew. Sales rose. For the six months ended Aug. 12, it earned more.";
    assert_eq!(document_values(news, Some("1989-10-26")), ["1985", "P6M", "1989-08-12"]);
}

#[test]
fn a_weekday_without_a_tense_is_the_nearest() {
    // 1998-05-01 is a Friday: with no tense to say which way, the nearest Monday is ahead
    assert_eq!(one("He and Arafat meet separately Monday with Albright.", Some("1998-05-01"), None).1, "1998-05-04");
    assert_eq!(one("Arafat, Monday with Albright.", Some("1998-04-28"), None).1, "1998-04-27");
    // put off to a later day: ahead, though the verb is past
    assert_eq!(one("Officials postponed until Tuesday morning any action on the case.", Some("2000-03-30"), None).1, "2000-04-04TMO");
    // a term extended through a month ends ahead, though the loans are named in between
    let lenders = "Lenders have extended the company up to $90 million in revolving loans through January.";
    assert_eq!(one(lenders, Some("1989-10-30"), None).1, "1990-01");
    // (a plan to put off is one too)
    assert_eq!(one("The Senate voted to extend the debt limit through March.", Some("2013-10-15"), None).1, "2014-03");
    // a deadline's tense is its own clause's, not the next one's
    assert_eq!(one("The extension runs until March 15, and both parties said they would talk.", Some("2013-10-15"), None).1, "2014-03-15");
    // (but a count made through a day is over)
    assert_eq!(one("The company had purchased 481,000 shares through Sept. 29.", Some("1989-10-30"), None).1, "1989-09-29");
}

#[test]
fn military_hours_nights_across_two_days_and_holidays_with_years() {
    assert_eq!(one("The attack began at 0400 hours on 1 July 1916.", None, None), ("0400 hours on 1 July 1916".into(), "1916-07-01T04:00".into()));
    assert_eq!(one("The ship sank on the night of 14/15 April 1912.", None, None).1, "1912-04-14TNI");
    assert_eq!(one("On New Year's Day 1915 the guns were quiet.", None, None).1, "1915-01-01");
    // a count of hours is still a duration
    assert_eq!(one("The flight took 1600 hours of training.", None, None).1, "PT1600H");
    let values = document_values("In the summer of 1918 the fighting grew. On the same day, the navy sailed.", None);
    assert_eq!(values, ["1918-SU", "1918-XX-XX"]);
}

#[test]
fn a_day_in_apposition_is_that_day() {
    let values = document_values(
        "Eight trading days after Oct. 12, the day before the plunge, the index fell. Oct. 12 and the day before were calm.",
        Some("1989-10-30"),
    );
    assert_eq!(values, ["P8D", "1989-10-12", "1989-10-12", "1989-10-12", "1989-10-11"]);
}

#[test]
fn a_fiscal_year_ended_on_a_day_is_twelve_months() {
    let d = Some("1989-11-01");
    let v = tag_with("Revenue was $76 million for the year ended March 31.", d, None);
    assert_eq!(v.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect::<Vec<_>>(), [("the year", "P1Y"), ("March 31", "1989-03-31")]);
    assert_eq!(tag_with("In the fiscal year ending June 30, it lost money.", d, None)[0].0, "the fiscal year");
    assert!(tag_with("The year was a good one for the firm.", d, None).is_empty());
}

#[test]
fn counts_or_so() {
    let d = Some("1991-02-25");
    assert_eq!(one("Troops arrived a week or so ago.", d, None), ("a week or so ago".into(), "1991-W08".into()));
    assert_eq!(one("They talked for an hour or so.", d, None), ("an hour or so".into(), "PT1H".into()));
    assert_eq!(one("It ended 10 days or so ago.", d, None).1, "1991-02-15");
}

#[test]
fn the_future_of_a_noun_is_no_time() {
    assert_eq!(one("Strikes will continue well into the future if he does not stop.", None, None).1, "FUTURE_REF");
    assert_eq!(one("They worried about the future.", None, None).1, "FUTURE_REF");
    assert!(tag_with("It matters to the future of our peoples.", None, None).is_empty());
    assert!(tag_with("The future Secretary of State resigned.", None, None).is_empty());
    assert!(tag_with("The purchase secured the future growth of the nation.", None, None).is_empty());
}

#[test]
fn one_day_as_some_time_and_as_a_length() {
    let d = Some("1998-04-18");
    assert_eq!(one("Farkas expressed the hope he one day follow them.", d, None).1, "FUTURE_REF");
    assert_eq!(one("One day, the king left the city.", d, None).1, "PAST_REF");
    assert_eq!(one("They want to one day become a nation.", d, None).1, "FUTURE_REF");
    assert_eq!(one("He stayed for one day.", d, None).1, "P1D");
    assert_eq!(one("The strike lasted one day.", d, None).1, "P1D");
    assert_eq!(one("One day later, he left.", d, None).1, "1998-04-19");
}

#[test]
fn units_after_a_coarser_narrative_and_plural_stretches() {
    let values = document_values("In 1951 they met. The following month, the army attacked. The next week it withdrew.", None);
    assert_eq!(values, ["1951", "XXXX-XX", "XXXX-WXX"]);
    // "the weeks before the shooting" is a stretch before an event, not a week
    assert!(tag_with("Police searched in the weeks before the shooting.", Some("1999-05-06"), None).is_empty());
    assert_eq!(one("Two weeks earlier, police had searched.", Some("1999-05-06"), None).1, "1999-W16");
}

#[test]
fn counts_ending_their_clause_with_before_or_after() {
    let values = document_values("On 5 May 1945 the city fell. Two weeks before, the army had fled. Three days after, the war ended.", None);
    assert_eq!(values, ["1945-05-05", "1945-W16", "1945-05-08"]);
    assert_eq!(one("He spent two weeks before the vote in Paris.", None, None).1, "P2W");
}

#[test]
fn pairs_of_days_months_and_centuries_and_parts_of_centuries() {
    assert_eq!(one("Trade grew in the 17th and 18th centuries.", None, None).1, "16/17");
    assert_eq!(one("In May and June 1940, France fell.", None, None).1, "1940-05/1940-06");
    assert_eq!(one("The talks took place on 6 and 7 June 1944.", None, None).1, "1944-06-06/1944-06-07");
    assert_eq!(one("They met on March 3 and 4, 1945.", None, None).1, "1945-03-03/1945-03-04");
    assert_eq!(one("During the first half of the 20th century wars raged.", None, None).1, "19");
    assert_eq!(one("At the turn of the 19th century, the city grew.", None, None).0, "the turn of the 19th century");
    assert_eq!(one("The war ended in the first months of 1945.", None, None), ("the first months of 1945".into(), "1945".into()));
    // `annals time` tags each side of "and" as its own expression, each with the year
    assert_eq!(
        document_values("In May and June 1940, France fell. On 6 and 7 June 1944 they landed.", None),
        ["1940-05", "1940-06", "1944-06-06", "1944-06-07"]
    );
}

#[test]
fn narrative_units_of_a_year_circa_and_coordinated_parts_of_centuries() {
    let values = document_values("From 1950 onwards the population rose. Later that month, it fell. That week it rained. The following year it rose.", None);
    assert_eq!(values, ["1950", "1950-XX", "1950-WXX", "1951"]);
    assert_eq!(one("The temple was built c. 1200.", None, None).0, "c. 1200");
    assert_eq!(one("The palace dates from circa 1850.", None, None).0, "circa 1850");
    assert_eq!(one("In the late 19th and early 20th centuries, migration rose.", None, None).1, "18/19");
    assert_eq!(one("For centuries the town was poor.", None, None).1, "PXY");
    assert_eq!(one("In recent decades, tourism has grown.", None, None).1, "PXY");
    assert_eq!(one("On the same date, the king died.", None, Some("1936-01-20")).1, "1936-01-20");
}

#[test]
fn counted_from_now_and_parts_of_named_years() {
    let d = Some("2013-03-13");
    assert_eq!(one("The vote was the day before yesterday.", d, None).1, "2013-03-11");
    assert_eq!(one("The result comes the day after tomorrow.", d, None).1, "2013-03-15");
    assert_eq!(one("The plant opens two weeks from now.", d, None).1, "2013-W13");
    assert_eq!(one("Talks resume in two weeks' time.", d, None), ("two weeks' time".into(), "2013-W13".into()));
    assert_eq!(one("This time last year the mood was different.", d, None).1, "2012");
    assert_eq!(one("Growth slowed in Q3 2012.", d, None).1, "2012-Q3");
    assert_eq!(one("Sales in H1 2013 rose.", d, None).1, "2013-H1");
    assert_eq!(one("Profits should rise in the first quarter of next year.", d, None).1, "2014-Q1");
    assert_eq!(one("The law takes effect in the first half of next year.", d, None).1, "2014-H1");
    assert!(tag_with("He drives an Audi Q3 to work.", d, None).is_empty());
    assert_eq!(one("It happened the week before last.", d, None).1, "2013-W09");
    assert_eq!(one("The year before last was worse.", d, None).1, "2011");
    assert_eq!(one("Talks resume in the middle of next week.", d, None).1, "2013-W12");
    assert_eq!(one("It rose at the start of last year.", d, None).1, "2012");
}

#[test]
fn a_day_counted_from_a_day_named() {
    // 2000-02-24 is a Thursday
    let d = Some("2000-02-24");
    assert_eq!(one("The day before last Tuesday's hearing, he went to the house.", d, None), ("The day before last Tuesday".into(), "2000-02-21".into()));
    assert_eq!(one("The day after Christmas they left.", d, None).1, "1999-12-26");
    assert_eq!(one("Last Thanksgiving the family met.", d, None).1, "1999-11-25");
    assert_eq!(one("Next Christmas they will travel.", d, None).1, "2000-12-25");
    assert_eq!(one("On the day before March 3, 1945, the bridge fell.", d, None).1, "1945-03-02");
    assert_eq!(one("They came almost a hundred years ago.", d, None), ("almost a hundred years ago".into(), "1900".into()));
}

#[test]
fn fiscal_quarters_latest_counts_and_halves_of_decades() {
    let d = Some("1989-10-26");
    assert_eq!(one("Net rose in the fiscal first quarter.", d, None), ("the fiscal first quarter".into(), "1989-Q1".into()));
    assert_eq!(tag_with("Net rose in the fiscal-first quarter ended Sept. 30.", d, None)[0].0, "the fiscal-first quarter");
    assert_eq!(one("Sales fell in the latest nine months.", d, None), ("the latest nine months".into(), "P9M".into()));
    assert_eq!(one("The trend marked the last half of the '80s.", d, None), ("the last half of the '80s".into(), "198".into()));
}

#[test]
fn the_nth_weekday_of_a_month() {
    assert_eq!(one("The vote is on the second Sunday in May 1999.", None, None).1, "1999-05-09");
    assert_eq!(one("The festival ended on the last Friday of June 1999.", None, None).1, "1999-06-25");
    assert_eq!(one("The festival ends on the third Monday of June.", Some("1999-02-10"), None).1, "1999-06-21");
}

#[test]
fn a_storys_weekdays_count_on_from_its_days() {
    let text = "Germany invaded Poland on Friday, 1 September 1939. On Sunday, Britain and France declared war.";
    assert_eq!(document_values(text, None), ["1939-09-01", "1939-09-03"]);
    // a history dated long after keeps counting from its own days
    assert_eq!(document_values(text, Some("2009-05-01")), ["1939-09-01", "1939-09-03"]);
    // news counts from its date: said on a Monday, "Sunday" is the day before
    assert_eq!(document_values("Police said on Sunday that the bomb was found.", Some("1998-03-23")), ["1998-03-22"]);
    assert_eq!(document_values("John Smith, born on March 3, 1950, died Tuesday at home.", Some("2013-03-14")), ["1950-03-03", "2013-03-12"]);
}

#[test]
fn parts_of_the_day_the_narrative_is_at() {
    let values = document_values(
        "On 6 June 1944 the landings began. In the afternoon, the Germans counterattacked. During the night the bridge fell. \
         The night the plane fell was cold. He hosts the morning show.",
        None,
    );
    assert_eq!(values, ["1944-06-06", "1944-06-06TAF", "1944-06-06TNI"]);
    // no day to be at: a day not known
    assert_eq!(document_values("In the evening, they met.", None), ["XXXX-XX-XXTEV"]);
}

#[test]
fn to_the_day_is_no_date() {
    let text = "The treaty was signed on 28 June 1919, five years to the day after the assassination.";
    assert_eq!(document_values(text, None), ["1919-06-28", "P5Y"]);
    // the day after a day the narrative has set is still that day's next
    assert_eq!(document_values("They landed on 6 June 1944. The day after, the storm broke.", None), ["1944-06-06", "1944-06-07"]);
}

#[test]
fn half_a_century_or_a_year_away() {
    let values = document_values("The war ended in 1865. Half a century later veterans still met.", None);
    assert_eq!(values, ["1865", "1915"]);
    assert_eq!(document_values("Lee surrendered in April 1865. Half a year earlier, Atlanta had fallen.", None), ["1865-04", "1864-10"]);
    assert_eq!(one("Half a year ago, the plant closed.", Some("2013-03-22"), None), ("Half a year ago".into(), "2012-09".into()));
}

#[test]
fn two_seasons_of_the_narratives_year() {
    let values = document_values("By 1864 Grant commanded all Union armies. Through the spring and summer he pressed Lee back.", None);
    assert_eq!(values, ["1864", "1864-SP", "1864-SU"]);
}

#[test]
fn ranges_of_centuries_and_of_years_before_the_common_era() {
    let values = |text: &str| spans_and_values(text, None);
    assert_eq!(values("The war lasted from 431 to 404 BC."), [("from 431 to 404 BC".to_string(), "BC0431/BC0404".to_string())]);
    assert_eq!(values("They ruled from the 13th to the 15th century."), [("from the 13th to the 15th century".to_string(), "12/14".to_string())]);
    let doc = "The war lasted from 431 to 404 BC. They ruled from the 13th to the 15th century.";
    assert_eq!(document_values(doc, None), ["BC0431", "BC0404", "12", "14"]);
}

#[test]
fn a_narrative_day_named_in_apposition() {
    let values = document_values("The armies met on July 1, 1863. The next day, July 4, Vicksburg fell.", None);
    assert_eq!(values, ["1863-07-01", "1863-07-04", "1863-07-04"]);
    assert_eq!(document_values("On that day, 2 May 1945, the city surrendered.", None), ["1945-05-02", "1945-05-02"]);
    // a day that is not in apposition keeps its own reading
    assert_eq!(
        document_values("The armies met on July 1, 1863. The next day Lee attacked, and on July 4 he withdrew.", None),
        ["1863-07-01", "1863-07-02", "1863-07-04"]
    );
}

#[test]
fn an_ordinal_day_of_something_named_with_its_date() {
    assert_documents(&[
        (
            "Verdun began in February 1916. On the first day of the Somme, 1 July 1916, the British lost heavily. On the second day they attacked again.",
            "",
            &["1916-02", "1916-07-01", "1916-07-01", "1916-07-02"][..],
        ),
        // a date further on, after a clause, names another day
        (
            "The battle began on 1 July 1916. On the third day of the battle the weather broke, and on 9 July the rain stopped.",
            "",
            &["1916-07-01", "1916-07-03", "1916-07-09"],
        ),
    ]);
}

#[test]
fn a_narrative_unit_with_no_time_to_be_at_is_unknown() {
    assert_eq!(document_values("That day the city fell. That year was hard. Later that month it rained.", None), ["XXXX-XX-XX", "XXXX", "XXXX-XX"]);
}

#[test]
fn months_of_the_narratives_next_year() {
    let values = document_values("Napoleon lost at Leipzig in October 1813. He abdicated in April of the next year.", None);
    assert_eq!(values, ["1813-10", "1814-04"]);
    let values = document_values("In 1940 France fell. The spring of the following year was quiet. In May of the previous year, Poland fell.", None);
    assert_eq!(values, ["1940", "1941-SP", "1940-05"]);
    // a document's date does not move a narrative's next year
    assert_eq!(document_values("In March 1950 talks began. They ended in June of the following year.", Some("2020-01-01")), ["1950-03", "1951-06"]);
}

#[test]
fn a_day_of_the_month_named_before_it() {
    let values = document_values("On 1 October 1950, troops crossed the parallel, and on the 19th Pyongyang fell.", None);
    assert_eq!(values, ["1950-10-01", "1950-10-19"]);
    // an ordinal before a name, with no month to be a day of, is no day
    assert!(document_values("The 19th Amendment was ratified, and on the 19th Infantry's return they cheered.", None).is_empty());
    assert_eq!(document_values("The battle was fought on 28 and 29 May. It ended.", Some("1982-06-20")), ["1982-05-28", "1982-05-29"]);
    // a conjunction after it leaves it a day, whatever sentence named the month
    let values = document_values("Israel counterattacked on 8 October 1973. A ceasefire took effect on the 22nd but broke down.", None);
    assert_eq!(values, ["1973-10-08", "1973-10-22"]);
}

#[test]
fn weeks_after_a_month_count_from_its_middle() {
    let values = document_values("In mid-September 1950 the marines landed. Two weeks later, the capital was retaken.", None);
    assert_eq!(values, ["1950-09", "1950-W39"]);
}

#[test]
fn a_month_the_narratives_sentence_named_keeps_its_year() {
    let text = "The war began in September 1980 and ended in August 1988. Iraq invaded on 22 September. By November a city had fallen.";
    assert_eq!(document_values(text, None), ["1980-09", "1988-08", "1980-09-22", "1980-11"]);
    // a month named in an earlier sentence does not
    let text = "The war began in September 1980. It ended in August 1988. Iraq invaded on 22 September.";
    assert_eq!(document_values(text, None), ["1980-09", "1988-08", "1988-09-22"]);
}

#[test]
fn centuries_in_words_and_of_the_common_era() {
    let values = |text: &str| spans_and_values(text, None);
    assert_eq!(values("By the first century AD, Rome ruled."), [("the first century AD".to_string(), "00".to_string())]);
    assert_eq!(values("In the fifth century the empire fell."), [("the fifth century".to_string(), "04".to_string())]);
    assert_eq!(values("In the second century BC there were wars."), [("the second century BC".to_string(), "BC01".to_string())]);
    // a part of a century before the era keeps its era
    assert_eq!(values("By the end of the 2nd century BC, Rome ruled."), [("the end of the 2nd century BC".to_string(), "BC01".to_string())]);
    assert_eq!(values("In the early 3rd century BCE, Ptolemy ruled."), [("the early 3rd century BCE".to_string(), "BC02".to_string())]);
    assert_eq!(document_values("From the 4th to the 2nd century BC, trade grew.", None), ["BC03", "BC01"]);
    // an institution's age is no century of the era
    assert!(values("The firm entered its second century.").is_empty());
    // the quarters that share the words are still quarters
    let quarter = tag_with("The company reported its fourth quarter results.", Some("1989-11-02"), None);
    assert_eq!((quarter[0].0.as_str(), quarter[0].2.as_str()), ("fourth quarter", "1989-Q4"));
}

#[test]
fn coordinated_parts_of_decades_and_ranges_in_words() {
    let values = document_values("The war moved south in the late 1770s and early 1780s.", None);
    assert_eq!(values, ["177", "178"]);
    let texts = |text: &str| {
        tagger()
            .tag(&Doc { id: "t".into(), text: text.into(), ..Default::default() })
            .into_iter()
            .map(|t| text[t.span.start..t.span.end].to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(texts("The war moved south in the late 1770s and early 1780s."), ["the late 1770s", "early 1780s"]);
    // a range in words is two expressions, as a range written with a dash is one
    assert_eq!(texts("The war lasted from 17 July 1936 to 1 April 1939."), ["17 July 1936", "1 April 1939"]);
    assert_eq!(document_values("The war lasted from 17 July 1936 to 1 April 1939.", None), ["1936-07-17", "1939-04-01"]);
    assert_eq!(texts("The crisis of October 16–28, 1962 passed."), ["October 16–28, 1962"]);
}

#[test]
fn hours_by_the_clock() {
    let text = "The armistice was signed at 5 a.m. on 11 November 1918 and took effect at 11 o'clock that morning. By 6 o'clock that evening crowds filled the streets.";
    assert_eq!(document_values(text, None), ["1918-11-11T05:00", "1918-11-11T11:00", "1918-11-11T18:00"]);
    assert_eq!(one("At eleven o'clock the guns fell silent.", None, Some("1918-11-11")).1, "1918-11-11T11:00");
    assert_eq!(one("They met at 10 o'clock on Tuesday.", Some("1918-11-11"), None).1, "1918-11-05T10:00");
}

#[test]
fn a_narrative_before_the_common_era() {
    let text = "In 218 BC Hannibal crossed the Alps. In the spring of 217 BC he won at Trasimene, and in August of the following year at Cannae. \
                He was recalled in 203 BC and defeated the next year. Two years later, Rome was at peace. In the summer, it rained.";
    assert_eq!(document_values(text, None), ["BC0218", "BC0217-SP", "BC0216-08", "BC0203", "BC0202", "BC0200", "BC0200-SU"]);
    // there is no year 0: two years after 2 BC is AD 1; a date of the era ends the story's BC
    let text = "In 2 BC he was honoured. Two years later, his grandson died. In AD 14 he died. The next year was calm.";
    assert_eq!(document_values(text, None), ["BC0002", "0001", "0014", "0015"]);
    // news that names a year of antiquity stays news
    assert_eq!(document_values("The temple, built in 300 BC, was damaged in March.", Some("2013-05-01")), ["BC0300", "2013-03"]);
    // (a history with a date of today is still a history)
    let text = "In 218 BC Hannibal crossed the Alps. In 216 BC he won at Cannae. The next year he waited.";
    assert_eq!(document_values(text, Some("2013-05-01")), ["BC0218", "BC0216", "BC0215"]);
}

#[test]
fn days_of_that_year_and_quarters_of_a_century() {
    let text = "The constitution was drafted in 1916. It was proclaimed on 5 February of that year. Chiang ruled for the next quarter of a century.";
    assert_eq!(document_values(text, None), ["1916", "1916-02-05", "P25Y"]);
    assert_eq!(document_values("The war ended in 1945. A quarter of a century later, the wall still stood.", None), ["1945", "1970"]);
}

#[test]
fn a_history_with_a_modern_date_keeps_its_years() {
    // "the next day" is the narrative's, not a future to come ("next" after "the" is no
    // future tense), and what a history's people would do is still in its past
    let text = "Lee invaded Pennsylvania in the summer of 1863. The armies collided at Gettysburg on July 1. \
                The next day, July 4, Vicksburg surrendered. Lee decided he would attack the center on July 3.";
    assert_eq!(document_values(text, Some("2010-05-01")), ["1863-SU", "1863-07-01", "1863-07-04", "1863-07-04", "1863-07-03"]);
}

#[test]
fn the_new_year_and_months_in_names() {
    let text = "The siege began in mid-December 1899. Reinforcements arrived early in the new year. The war began after the October Revolution of 1917.";
    assert_eq!(document_values(text, None), ["1899-12", "1900", "1917"]);
    assert!(tag_with("They celebrated the New Year holiday.", Some("1999-12-20"), None).is_empty());
    assert!(tag_with("Congress passed the new year's budget.", Some("1999-12-20"), None).is_empty());
}

#[test]
fn parts_of_the_day_before_or_after_the_narratives() {
    let text = "The landings came on 6 June 1944. The night before, paratroopers dropped. The previous evening, Eisenhower visited them. The morning after, the weather cleared.";
    assert_eq!(document_values(text, None), ["1944-06-06", "1944-06-05TNI", "1944-06-05TEV", "1944-06-07TMO"]);
}

#[test]
fn easter_and_the_feasts_counted_from_it() {
    let values = spans_and_values;
    assert_eq!(values("The rising began on Easter Monday, 1916.", None), [("Easter Monday, 1916".to_string(), "1916-04-24".to_string())]);
    assert_eq!(values("Easter 2000 was late.", None)[0].1, "2000-04-23");
    assert_eq!(values("On Good Friday 1998 the agreement was signed.", None)[0].1, "1998-04-10");
    assert_eq!(values("Easter 2019 fell on the 21st.", None)[0].1, "2019-04-21");
    // before 1583, the Julian Easter (10 April 1300) on our calendar
    assert_eq!(values("Easter 1300 was a jubilee.", None)[0].1, "1300-04-18");
    assert_eq!(values("Pilgrims came during Easter week.", Some("2000-04-17"))[0].1, "2000-W16");
    assert!(values("Easter eggs were sold on Easter Island.", Some("2000-04-17")).is_empty());
}

#[test]
fn holidays_of_fixed_or_counted_days() {
    let value = |text: &str, doc: Option<&str>| one(text, doc, None).1;
    // the first Tuesday after the first Monday of November
    assert_eq!(value("Voters go to the polls on Election Day.", Some("1998-10-26")), "1998-11-03");
    assert!(tag_with("Election day in Kenya was calm.", Some("1998-10-26"), None).is_empty());
    assert_eq!(value("On Christmas 1914 the soldiers sang.", None), "1914-12-25");
    assert_eq!(value("D-Day cost thousands of lives.", None), "1944-06-06");
    assert_eq!(value("On V-E Day crowds cheered.", None), "1945-05-08");
    assert_eq!(value("Armistice Day was kept in silence.", Some("1998-12-01")), "1998-11-11");
}

#[test]
fn years_of_three_figures_after_circa() {
    let values = |text: &str| spans_and_values(text, None);
    assert_eq!(values("The town flourished ca. 800."), [("ca. 800".to_string(), "0800".to_string())]);
    assert!(values("He paid c. 50 dollars for it.").is_empty());
}

#[test]
fn days_after_a_month_are_days_of_it_not_known() {
    let text = "In June of 1795 Pinckney threatened to leave. The next day, Godoy agreed. In 1796 they met. Three days later they signed.";
    assert_eq!(document_values(text, None), ["1795-06", "1795-06-XX", "1796", "1796-XX-XX"]);
}

#[test]
fn the_nth_day_of_what_the_narrative_tells() {
    let text = "The Battle of the Somme began on 1 July 1916. On the first day alone the British lost 20,000 men. \
                On the second day, the French advanced. On the third day it rained. On 14 July a night attack succeeded. \
                On the second day of that attack, cavalry rode forward. The first day of August was hot.";
    assert_eq!(document_values(text, None), ["1916-07-01", "1916-07-01", "1916-07-02", "1916-07-03", "1916-07-14", "1916-07-15", "1916-08-01"]);
    // news that has told no other day: the nth day is today
    assert_eq!(document_values("It's the second day of an offensive by the security forces.", Some("1998-03-06")), ["1998-03-06"]);
    // a narrative at a month: a day of it, not known
    assert_eq!(document_values("The siege began in October 1854. On the tenth day, the guns fell silent.", None), ["1854-10", "1854-10-XX"]);
    let text = "The armies met on July 1, 1863. On the second day Longstreet attacked. At 1 p.m. on the third day the guns opened fire.";
    assert_eq!(document_values(text, None), ["1863-07-01", "1863-07-02", "1863-07-03T13:00"]);
}

#[test]
fn months_and_seasons_with_that_and_later_in_the_decade() {
    let text = "Relations soured after January 1959. Later in the decade, ties were cut. In April 1961 the invasion failed; that October, war loomed. Earlier that spring, missiles had been shipped.";
    assert_eq!(document_values(text, None), ["1959-01", "195", "1961-04", "1961-10", "1961-SP"]);
    // "that" as a conjunction before a date is no part of it
    let spans = |text: &str| tag_with(text, Some("1977-02-01"), None).into_iter().map(|t| t.0).collect::<Vec<_>>();
    assert_eq!(spans("He said that March 3 would be the deadline."), ["March 3"]);
    assert_eq!(spans("It was clear that October was lost."), ["October"]);
}

#[test]
fn older_ordinals_and_days_in_words_with_a_year() {
    let text = "On the 3d of March, 1845, Congress acted. The treaty of the 2d of February was ratified. On the fourth of July, 1826, Jefferson died.";
    assert_eq!(document_values(text, None), ["1845-03-03", "1845-02-02", "1826-07-04"]);
}

#[test]
fn days_of_a_letters_month() {
    let text = "Your dispatch of the 14th instant arrived. His note of the 2d ultimo was answered. I shall reply on the 3d proximo.";
    assert_eq!(document_values(text, Some("1845-03-20")), ["1845-03-14", "1845-02-02", "1845-04-03"]);
    // (a day the month before does not have is no day)
    assert!(document_values("I received your letter of the 31st ultimo.", Some("1845-03-20")).is_empty());
}

#[test]
fn early_or_late_on_a_day_and_before_dawn() {
    let text =
        "Late on 5 June 1944, the fleet sailed. Early on 6 June, paratroopers landed. Before dawn on 7 June, the ships fired. By dusk the beach was taken.";
    assert_eq!(document_values(text, None), ["1944-06-05", "1944-06-06", "1944-06-07TMO", "1944-06-07TEV"]);
    let mods = tagger().tag(&Doc { id: "t".into(), text: text.into(), ..Default::default() }).into_iter().map(|t| t.modifier).collect::<Vec<_>>();
    assert_eq!(mods[..2], [Some(annals_model::TimexMod::End), Some(annals_model::TimexMod::Start)]);
}

#[test]
fn for_the_year_of_a_report() {
    let d = Some("1989-10-30");
    assert_eq!(one("For the year, pet food volume was flat.", d, None), ("the year".into(), "1989".into()));
    assert_eq!(one("For the week, the index dropped 3.8%.", d, None), ("the week".into(), "1989-W44".into()));
    assert!(tag_with("The year he was born, war broke out.", d, None).is_empty());
}

#[test]
fn a_newspaper_named_daily_is_no_set() {
    assert!(tag_with("The Communist Party daily Granma compared him with heroes.", None, None).is_empty());
    assert_eq!(one("Qantas plans daily flights.", None, None).1, "P1D");
    assert!(tag_with("The Sunday Times reported the attack.", Some("2014-03-10"), None).is_empty());
    assert_eq!(one("On Sunday, Times Square filled with people.", Some("2014-03-10"), None).0, "Sunday");
}

#[test]
fn this_past_week() {
    let d = Some("2013-03-21");
    assert_eq!(one("Prices rose this past week.", d, None), ("this past week".into(), "2013-W11".into()));
}

#[test]
fn ends_and_starts_of_the_next_unit_and_months_after_a_week() {
    let text = "In the first week of May 1945 the armies met. At the beginning of the next month, the Allies met at Potsdam. By the end of the following year, the trials were over.";
    assert_eq!(document_values(text, None), ["1945-W18", "1945-06", "1946"]);
    let mods = tagger().tag(&Doc { id: "t".into(), text: text.into(), ..Default::default() }).into_iter().map(|t| t.modifier).collect::<Vec<_>>();
    assert_eq!(mods, [None, Some(annals_model::TimexMod::Start), Some(annals_model::TimexMod::End)]);
}

#[test]
fn a_narrative_week_month_or_year_named_in_apposition() {
    let text = "His men landed in December 1956. Two years later, on 1 January 1959, Batista fled.";
    assert_eq!(document_values(text, None), ["1956-12", "1959", "1959-01-01"]);
    let text = "The war ended in 1947. Three weeks later, on 9 April 1948, the village fell. A month later, on 14 May 1948, a state was founded.";
    assert_eq!(document_values(text, None), ["1947", "1948-W15", "1948-04-09", "1948-05", "1948-05-14"]);
    // a part of a day is no date that names one
    assert_eq!(document_values("They met on 14 May 1948. The next day, in the morning, fighting began.", None), ["1948-05-14", "1948-05-15", "1948-05-15TMO"]);
}

#[test]
fn the_early_hours_of_a_day() {
    let text = "In the early hours of 22 June 1941, German troops crossed the border. In the late evening of June 23 they rested.";
    assert_eq!(document_values(text, None), ["1941-06-22TMO", "1941-06-23TEV"]);
    // (of a weekday, TimeBank tags the weekday alone: "in the early hours of Thursday morning")
    let text = "Jets struck in the early hours of Sunday, the army said Monday.";
    assert_eq!(spans_and_values(text, Some("2013-01-14"))[0], ("Sunday".to_string(), "2013-01-13".to_string()));
}

#[test]
fn a_count_before_its_noun_is_no_year() {
    let values = |text: &str| document_values(text, None);
    assert_eq!(values("In 1999, 2000 troops were sent."), ["1999"]);
    assert!(values("About 1500 people died. He scored 1945 points.").is_empty());
    assert_eq!(values("An unratified 1880 treaty failed. In 1994 elections were held. Its 1989 budget rose."), ["1880", "1994", "1989"]);
}

#[test]
fn military_clock_times() {
    let text = "The attack began at 0530 hours on 6 June 1944. At 1900 hours the guns stopped. The pilots had logged 1900 hours of flight.";
    assert_eq!(document_values(text, None), ["1944-06-06T05:30", "1944-06-06T19:00", "PT1900H"]);
    // before a time zone, four figures are a clock time
    let text = "Brent was down $2 by 1400 GMT. By 2100 GMT on Friday it was over. Founded in 1400, the town grew.";
    assert_eq!(document_values(text, Some("2014-11-28")), ["2014-11-28T14:00", "2014-11-28T21:00", "1400"]);
}

#[test]
fn what_news_says_will_be_is_not_in_a_past_it_named() {
    assert_documents(&[
        // a year the report named before is not the one "will" speaks of
        ("In fiscal 1996, Acme earned $210 million. Smith will retire at the end of the year.", "1997-10-21", &["1996", "1997"][..]),
        ("In fiscal 1996, Acme earned $210 million. Smith retired at the end of the year.", "1997-10-21", &["1996", "1996"]),
        // a quarter still to come is the next one not yet reported
        ("It will complete the sale by the end of the first quarter.", "1997-10-21", &["1998-Q1"]),
        ("It will report third-quarter results next week.", "1997-10-21", &["1997-Q3", "1997-W44"]),
        ("Net income in the first quarter fell 12%.", "1997-10-21", &["1997-Q1"]),
    ]);
    // nor what it says was at a day still to come
    let text = "It must say by April 12 how it will proceed. The pound was down at midday. Talks will resume at 10 a.m.";
    assert_eq!(document_values(text, Some("2019-03-22")), ["2019-04-12", "2019-03-22T12:00", "2019-03-22T10:00"]);
}

#[test]
fn clock_times_written_close_and_short_month_names() {
    let text = "The vote is at 3pm; polls opened at 7 am and close at 10PM. They signed on 26 Mar 2019 and will meet on Sep 3. In FY 2019 sales rose.";
    assert_eq!(document_values(text, Some("2019-03-27")), ["2019-03-27T15:00", "2019-03-27T07:00", "2019-03-27T22:00", "2019-03-26", "2019-09-03", "2019"]);
    // "am" is a verb, "mar" a verb, without a number or a capital
    assert!(document_values("I am sure. Am I not? At 3, I am tired. Rain may mar the march.", Some("2019-03-27")).is_empty());
}

#[test]
fn fortnights_halves_of_months_and_a_month_of_a_season() {
    assert_documents(&[
        (
            "On 3 May 1940 the siege began. A fortnight later it was lifted. The truce held for a fortnight; talks met every fortnight.",
            "",
            &["1940-05-03", "1940-W20", "P2W", "P2W"][..],
        ),
        ("During the second half of June 1944 rain fell; in the first half of July it was dry.", "", &["1944-06", "1944-07"]),
        // a month of a season, or of a stretch of years, is not known
        ("In the autumn of 1941 the offensive resumed. In the same month, the king died.", "", &["1941-FA", "1941-XX"]),
        ("The war of 1941–45 was long. That month, the king died.", "", &["1941/1945", "XXXX-XX"]),
    ]);
}

#[test]
fn in_so_long_from_now_is_a_date() {
    assert_documents(&[
        ("The bonds will be redeemed in five years. Officials will meet again in a month.", "1989-10-11", &["1994", "1989-11"][..]),
        // what took so long, a comparison's stretch, a year described
        ("His second letter in two weeks was published. It will be the first visit in ten years.", "1989-10-11", &["P2W", "P10Y"]),
        ("Taxes would be minimal in a quarter that lost money.", "1989-10-11", &["P1Q"]),
        // a history's future is counted from its own time
        ("In 1812 Napoleon marched on Moscow. He would return to Paris in a year.", "2010-05-01", &["1812", "1813"]),
    ]);
}

#[test]
fn a_day_of_every_year() {
    let values =
        document_values("Each year on 2 February the victory is commemorated; every July 4 there are fireworks, and annually on 9 May a parade.", None);
    assert_eq!(values, ["XXXX-02-02", "XXXX-07-04", "XXXX-05-09"]);
    assert!(document_values("Every 31 February, nothing happens.", None).is_empty());
}

#[test]
fn seasons_next_and_last_and_the_month_of_this_year() {
    assert_documents(&[
        // a season already begun is not the next one; one not yet over is not the last
        ("Elections are due next spring; last spring was calm.", "2013-03-24", &["2014-SP", "2012-SP"][..]),
        ("Next winter will be hard; last summer was hot.", "2013-08-10", &["2013-WI", "2012-SU"]),
        ("The past winter was the worst; the coming summer will be hot.", "2013-03-21", &["2012-WI", "2013-SU"]),
        // a narrative at this year still has this month ("that day" is some day of it)
        ("Earlier this year it bought bonds. At the start of the month, markets steadied.", "2013-03-24", &["2013", "2013-03"]),
        ("Earlier this month it bought bonds. That day, markets fell.", "2013-03-24", &["2013-03", "2013-03-XX"]),
        // "before that" ends a count back from the narrative
        ("The last quake, in 2005, killed 80,000 people. Two years before that, a smaller one hit.", "2013-03-24", &["2005", "2003"]),
    ]);
}

#[test]
fn a_year_in_apposition_and_the_ides_of_march() {
    assert_documents(&[
        ("The survey was carried out in 1086, the year before his death.", "", &["1086", "1086"][..]),
        ("The revolt came in March 1917, the month after the strikes.", "", &["1917-03", "1917-03"]),
        ("Caesar was assassinated on the Ides of March, 44 BC. Brutus fled.", "", &["BC0044-03-15"]),
    ]);
}

#[test]
fn a_commitment_looks_ahead() {
    assert_documents(&[
        ("Thermo agreed to purchase the line for $22 million in February.", "1989-10-30", &["1990-02"]),
        ("The team planned to leave Nairobi on Thursday.", "1998-09-30", &["1998-10-01"]),
        // the time of the planning itself, or a plan already past
        ("On Friday, the government planned to close the border.", "1998-09-30", &["1998-09-25"]),
        ("The offer had been scheduled to expire at midnight Friday.", "1989-10-30", &["1989-10-27T24:00"]),
        // a noun of commitment, and an order to someone
        ("The bank announced an agreement to acquire the company in January.", "1989-11-02", &["1990-01"]),
        ("Burton said he subpoenaed 6-year-old Elian to testify on Feb. 10.", "2000-01-07", &["2000-02-10"]),
        // an order that sent someone somewhere is no plan
        ("Bush ordered troops to Saudi Arabia in August.", "1990-10-30", &["1990-08"]),
    ]);
}

#[test]
fn that_very_day_and_night() {
    assert_documents(&[(
        "The fleet sailed on 2 June 1942. That very night, a storm broke. On that very day, Midway was attacked.",
        "",
        &["1942-06-02", "1942-06-02TNI", "1942-06-02"],
    )]);
}

#[test]
fn a_weekday_before_a_british_date() {
    assert_documents(&[("Banks will stay shut until at least Tuesday 26 March. On Monday, 3 people queued.", "2013-03-22", &["2013-03-26", "2013-03-18"])]);
}

#[test]
fn a_weekday_not_known_keeps_its_time_of_day() {
    assert_documents(&[("Debate ran late into Wednesday night; the vote is Friday at 3 p.m.", "", &["XXXX-WXX-3TNI", "XXXX-WXX-5T15:00"])]);
}

#[test]
fn the_night_of_two_days() {
    assert_documents(&[("On the night of August 12–13, 1961, troops sealed the border.", "", &["1961-08-12TNI"])]);
}

#[test]
fn durations_of_ever_smaller_units_are_one() {
    assert_documents(&[
        ("The siege lasted two years and three months; he served 10 years, 4 months and 12 days.", "", &["P2Y3M", "P10Y4M12D"]),
        ("The flight took 2 hours 40 minutes, after 3 weeks and 2 days at sea.", "", &["PT2H40M", "P23D"]),
        ("They waited three days and a year: 3 days, 2 weeks.", "", &["P3D", "P1Y", "P3D", "P2W"]),
    ]);
    assert_eq!(super::join_durations("P2D", "PT3H").as_deref(), Some("P2DT3H"));
    assert_eq!(super::join_durations("PXY", "P3M"), None);
    // (weeks become days without overflowing; a count too large to read joins nothing)
    assert_eq!(super::join_durations("P4000000W", "P3D").as_deref(), Some("P28000003D"));
    assert_eq!(super::join_durations("P4000000000W", "P3D").as_deref(), Some("P4294967295D"));
    assert_eq!(super::join_durations("P5000000000W", "P3D"), None);
}

#[test]
fn a_quarter_named_by_its_months() {
    assert_documents(&[(
        "The economy shrank in the October-December quarter, the steepest fall since the July-September period of 2014.",
        "2020-02-17",
        &["2019-Q4", "2014-Q3"],
    )]);
}

#[test]
fn the_same_month_a_year_before() {
    assert_documents(&[
        ("Unemployment stood at 12 percent in February, up from 10.9 percent in the same month last year.", "2013-04-25", &["2013-02", "2012-02"][..]),
        ("Sales rose in March 1998, twice as fast as in the same month a year earlier.", "", &["1998-03", "1997-03"]),
    ]);
}

#[test]
fn seasons_written_with_their_year_or_across_two() {
    assert_documents(&[
        ("In the winter of 1941/42 Moscow held.", "", &["1941-WI"][..]),
        ("The 1941/1942 season was cold; the 2013/14 season was mild.", "", &["1941", "2013"]),
        ("The summer 1942 offensive reached the Volga.", "", &["1942-SU"]),
        ("Crowds filled the streets on VE Day.", "", &["1945-05-08"]),
        // scores and counts are no years
        ("The vote was 1941/43 in favour.", "", &[]),
    ]);
}

#[test]
fn a_time_set_for_looks_ahead() {
    assert_documents(&[
        ("Sentencing was set for Aug. 19.", "2013-07-17", &["2013-08-19"][..]),
        ("The vote, originally planned for Thursday, was delayed.", "2013-08-28", &["2013-08-29"]),
        // a plan already past, and a past with no plan
        ("The hearing had been scheduled for Monday.", "2013-08-28", &["2013-08-26"]),
        ("He was arrested on Aug. 19.", "2013-07-17", &["2012-08-19"]),
        // a plan reported in the past may still be to come: the nearer day
        ("The storm was expected to leave the country late Saturday.", "2013-11-08", &["2013-11-09"]),
        ("The storm was expected to strike on Wednesday.", "2013-11-08", &["2013-11-06"]),
    ]);
}

#[test]
fn news_that_speaks_of_now_leaves_a_far_date_behind() {
    assert_documents(&[
        (
            "Banks reopened on Thursday. Cyprus joined the euro on Jan. 1, 2008, and its economy has shrunk in each of the past six quarters. Unemployment reached 14.7 percent in January.",
            "2013-03-25",
            &["2013-03-21", "2008-01-01", "P6Q", "2013-01"][..],
        ),
        // without it, a month after a far date is that date's
        ("In October 1962 the Soviets placed missiles in Cuba. On Oct. 14 a U-2 photographed them.", "2012-10-10", &["1962-10", "1962-10-14"]),
        // news that named only a far year has not moved its months there
        (
            "Talks resumed on Tuesday. The previous government agreed in 2012 to cut pensions. The new government, elected on Jan. 25, has promised to reverse the cuts.",
            "2015-03-03",
            &["2015-03-03", "2012", "2015-01-25"],
        ),
        // nor does a sentence in the present perfect
        (
            "Obama arrived on Wednesday. In June 2009 he spoke in Cairo. Relations with Netanyahu, who was re-elected in January, have been strained since.",
            "2013-03-20",
            &["2013-03-20", "2009-06", "2013-01"],
        ),
        // (a text that has not spoken of its own time is a story of the far year)
        ("The Korean War (1950–1953) was fought in Korea. In June, North Korean forces crossed the border.", "2010-03-15", &["1950/1953", "1950-06"]),
        // but in its own sentence it has
        ("Talks resumed on Tuesday. In 2012, the government agreed in March to cut pensions.", "2015-03-03", &["2015-03-03", "2012", "2012-03"]),
        // a history keeps its narrative, whatever its stretches
        ("In 218 BC Hannibal crossed the Alps; in 216 BC he won at Cannae. For the next thirteen years he stayed in Italy. Two years later Scipio sailed.", "2010-03-15", &["BC0218", "BC0216", "P13Y", "BC0214"]),
        ("War came on 4 August 1914. Over the past ten years, tension had grown. On 8 August the army moved.", "2010-03-15", &["1914-08-04", "P10Y", "1914-08-08"]),
    ]);
}

#[test]
fn a_week_ago_today_is_a_day() {
    assert_documents(&[("A week ago today, few had heard of it. They vote a week from today.", "2013-03-25", &["2013-03-18", "2013-04-01"][..])]);
}

#[test]
fn a_span_of_more_than_a_decade_is_no_time_to_count_from() {
    assert_documents(&[
        (
            "In 1890, Mahan published The Influence of Sea Power upon History, 1660–1783, a study. Two years later, he wrote another.",
            "",
            &["1890", "1660/1783", "1892"][..],
        ),
        // a war of a few years still is: later counts from its end
        ("The war lasted from 1939 to 1945. Two years later, India was independent.", "", &["1939", "1945", "1947"]),
        ("The siege lasted 12–16 May 1940. Two days later the port fell.", "", &["1940-05-12/1940-05-16", "1940-05-18"]),
        ("The war lasted 1939–1945. That same year, the UN was founded.", "", &["1939/1945", "1945"]),
    ]);
}

#[test]
fn a_range_in_two_parts_runs_forward() {
    assert_documents(&[
        ("Next year's championships will be held from June 23 to July 6.", "2013-07-07", &["2014", "2014-06-23", "2014-07-06"][..]),
        ("The festival runs from 28 December to 3 January 2014.", "2013-07-07", &["2013-12-28", "2014-01-03"]),
        ("Between December 20, 1989 and January 3 it rained.", "", &["1989-12-20", "1990-01-03"]),
        ("The talks ran from March to May.", "2013-07-07", &["2013-03", "2013-05"]),
    ]);
}

#[test]
fn a_winter_spans_two_years() {
    assert_documents(&[
        ("By New Year's Day 1942 the Germans had been pushed back. That winter was the coldest in decades.", "", &["1942-01-01", "1941-WI", "PXY"][..]),
        ("Over the winter of 1943–44 the army lifted the siege, on 27 January.", "", &["1943-WI", "1944-01-27"]),
        ("In December 1943 the army attacked. That winter was hard.", "", &["1943-12", "1943-WI"]),
    ]);
}

#[test]
fn the_weekend_of_a_day() {
    assert_documents(&[
        ("They spoke the weekend of Sept. 8, 2012.", "", &["2012-W36-WE"][..]),
        ("They met the weekend of 14 June 2013.", "", &["2013-W24-WE"]),
        ("The weekend of Sunday, 8 September 2013 was wet.", "", &["2013-W36-WE"]),
    ]);
}

#[test]
fn hours_later_than_a_clock_time_are_a_clock_time() {
    assert_documents(&[
        (
            "At 4:45 a.m. on 1 September 1939, German forces invaded. Two hours later, Warsaw was bombed. Forty minutes later, sirens sounded.",
            "",
            &["1939-09-01T04:45", "1939-09-01T06:45", "1939-09-01T07:25"][..],
        ),
        // across midnight
        ("At 11 p.m. on 14 April 1912 the ship struck ice; three hours later it sank.", "", &["1912-04-14T23:00", "1912-04-15T02:00"]),
        // with no clock time told, still the day
        ("On 14 April 1912 the ship struck ice; three hours later it sank.", "", &["1912-04-14", "1912-04-14"]),
    ]);
    let text = "At 10 a.m. on 27 July 1953 the armistice was signed; twelve hours later the guns fell silent.";
    let doc = Doc { id: "t".into(), text: text.into(), ..Default::default() };
    let kinds: Vec<_> = tagger().tag(&doc).into_iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [annals_model::TimexType::Time, annals_model::TimexType::Time]);
}

#[test]
fn what_a_narrative_looks_ahead_to_comes_after_it() {
    assert_documents(&[
        (
            "Iraq invaded Kuwait on 2 August 1990. In November, the Security Council set a deadline of 15 January. The air campaign began on 17 January.",
            "",
            &["1990-08-02", "1990-11", "1991-01-15", "1991-01-17"][..],
        ),
        ("In November 1862 Lee wrote that he would return in March.", "", &["1862-11", "1863-03"]),
        // a deadline told as past is when it fell
        ("Shareholders tendered 99% of the shares by the Tuesday deadline.", "1989-11-02", &["1989-10-31"]),
    ]);
}

#[test]
fn the_first_and_last_days_weeks_and_months_of_a_year() {
    assert_eq!(document_values("In 1943 the siege went on. On the last day of that year the guns fell silent.", None), ["1943", "1943-12-31"]);
    assert_eq!(one("The last week of 1944 was cold.", None, None).1, "1944-W52");
    assert_eq!(one("The first day of 1945 was quiet.", None, None).1, "1945-01-01");
    assert_eq!(one("The last month of 1944 was hard.", None, None).1, "1944-12");
    assert_eq!(one("The cuts take effect on the last day of the year.", Some("2013-07-09"), None).1, "2013-12-31");
    // the nth day of a week the narrative is at
    assert_eq!(document_values("The first week of April was calm. The first day of the talks went well.", Some("2013-07-09")), ["2013-W14", "2013-04-01"]);
}

#[test]
fn a_year_back_comparison_in_news_moves_no_narrative() {
    let d = Some("1989-10-26");
    let values = document_values("The company had a net loss a year ago. Sales were higher than a year earlier.", d);
    assert_eq!(values, ["1988", "1988"]);
    // but a year named is still counted from
    let values = document_values("The plant opened in 1985. A year earlier, the site was a farm.", d);
    assert_eq!(values, ["1985", "1984"]);
}

#[test]
fn the_quarter_is_the_one_the_report_named_first() {
    let d = Some("1989-10-26");
    let text = "Sun earned $5 million in the fiscal first quarter. In the 1988 period, it earned $20 million. After a weak second quarter, the company said it shipped more systems in the quarter.";
    assert_eq!(document_values(text, d), ["1989-Q1", "1988-Q1", "1989-Q2", "1989-Q1"]);
    // with none named, the last quarter closed before the report
    assert_eq!(document_values("Profit rose in the quarter.", d), ["1989-Q3"]);
}

#[test]
fn a_far_quarter_in_news_lends_no_year_to_the_next_sentence() {
    let text = "The utility will resume its dividend later this year. It stopped paying one in the third quarter of 1984. It reported third-quarter net of $68 million.";
    assert_eq!(document_values(text, Some("1989-10-27")), ["1989", "1984-Q3", "1989-Q3"]);
}

#[test]
fn a_plan_told_in_the_past_looks_ahead_from_its_own_time() {
    let d = Some("2013-11-18");
    assert_eq!(document_values("In March, the government promised to hold elections in June.", d), ["2013-03", "2013-06"]);
    assert_eq!(document_values("The minister said in April that the law would take effect in July.", d), ["2013-04", "2013-07"]);
    assert_eq!(document_values("In early May the company agreed to review shift patterns by the summer.", d), ["2013-05", "2013-SU"]);
    // from a recent day, the next June is still to come
    assert_eq!(document_values("The government said on Tuesday it would hold elections in June.", d), ["2013-11-12", "2014-06"]);
    // and "will" looks ahead from now
    assert_eq!(document_values("The government said in March it will hold elections in June.", d), ["2013-03", "2014-06"]);
}

#[test]
fn a_quarter_named_by_the_month_it_ends_in() {
    let text = "Iron ore shipments rose to a record in the June quarter. Exports fell in the December quarter of 2012.";
    assert_eq!(document_values(text, Some("2013-08-20")), ["2013-Q2", "2012-Q4"]);
}

#[test]
fn a_history_goes_on_from_where_a_wait_ended() {
    let text = "Ladysmith was relieved on 28 February 1900. Mafeking held out until 17 May; London celebrated the following night.";
    assert_eq!(document_values(text, None), ["1900-02-28", "1900-05-17", "1900-05-18TNI"]);
    // but what went on until then is summed up, and the story stays where it was
    let text = "The Congress first met on 10 May 1775. It continued to meet until March 1, 1781, when the Articles took effect. Parliament banned trade with the colonies on December 23.";
    assert_eq!(document_values(text, None), ["1775-05-10", "1781-03-01", "1775-12-23"]);
}

#[test]
fn a_range_of_days_in_one_month_told_with_from_or_between() {
    let text =
        "During Black Week, from 10 to 17 December 1899, the British lost three battles. Talks ran from March 3 to 9, 2014. They met between May 2 and 5.";
    assert_eq!(document_values(text, None), ["1899-12-10", "1899-12-17", "2014-03-03", "2014-03-09", "2014-05-02", "2014-05-05"]);
    assert!(tag_with("Prices rose from 10 to 17 percent.", None, None).is_empty());
}

#[test]
fn the_same_day_years_ago_and_a_weekday_naming_the_day_told() {
    let d = Some("2014-11-09");
    let text = "Twenty-five years ago tonight, the guards opened the gates. On Sunday, crowds gathered.";
    assert_eq!(document_values(text, d), ["1989-11-09TNI", "2014-11-09"]);
    assert_eq!(document_values("A year ago today, few had heard of him.", d), ["2013-11-09"]);
    // ", on Sunday night" after a day told names that day
    let text = "The band landed at 1:20 p.m. on Feb. 7, 1964. Two days later, on Sunday night, 73 million people watched. It played in Washington on Feb. 11.";
    assert_eq!(document_values(text, Some("2014-02-10")), ["1964-02-07T13:20", "1964-02-09", "1964-02-09TNI", "1964-02-11"]);
}

#[test]
fn a_part_of_a_day_before_a_weekday_and_a_past_a_few_words_on() {
    let d = Some("2013-11-11");
    let text = "The storm made landfall shortly before dawn on Friday near Tacloban. By mid-afternoon, communications with the city had been cut.";
    assert_eq!(document_values(text, d), ["2013-11-08TMO", "2013-11-08TAF"]);
    // a need reported is still ahead
    assert_eq!(document_values("Cyprus needs 10 billion euros by the end of June to avoid default, its minister said.", Some("2013-03-19")), ["2013-06"]);
}

#[test]
fn quarters_and_halves_told_by_their_months() {
    let d = Some("2013-07-25");
    let text = "The jobless rate dipped to 26.3 percent in April-June from 27.2 percent in the first three months of the year.";
    assert_eq!(document_values(text, d), ["2013-Q2", "2013-Q1"]);
    assert_eq!(one("Growth slowed in the final three months of 2012.", d, None).1, "2012-Q4");
    assert_eq!(one("Sales rose in the first six months of last year.", d, None).1, "2012-H1");
    // the present of what is scheduled looks ahead
    assert_eq!(one("The rate could rise again after the season ends in September.", d, None).1, "2013-09");
}

#[test]
fn parts_of_a_day_and_clock_times_on_the_nth() {
    let text = "The battle opened on 6 August 1915. On the evening of the 7th the Turks attacked, and by the small hours of the 8th the line held. The next attack began at 05:30 on the 26th.";
    assert_eq!(document_values(text, None), ["1915-08-06", "1915-08-07TEV", "1915-08-08TMO", "1915-08-26T05:30"]);
}

#[test]
fn the_week_ended_a_day() {
    assert_eq!(one("Speculators raised their bets for the week ended June 10.", Some("2014-06-16"), None).1, "2014-W24");
}

#[test]
fn a_reference_writes_its_timex_value() {
    use annals_model::{Date, Granularity};
    let d = |s: &str| Date::parse(s).unwrap();
    let r = |a: &str, b: &str, g: Granularity| crate::Reference { from: d(a), to: d(b), granularity: g }.value();
    assert_eq!(r("1973-06-01", "1973-08-31", Granularity::Season), "1973-SU");
    assert_eq!(r("1978-12-01", "1979-02-28", Granularity::Season), "1978-WI");
    assert_eq!(r("1980-01-01", "1980-03-31", Granularity::Quarter), "1980-Q1");
    assert_eq!(r("1950-06-26", "1950-07-02", Granularity::Week), "1950-W26");
    // narrowed by "the end of": still the month
    assert_eq!(r("1979-12-21", "1979-12-31", Granularity::Month), "1979-12");
    assert_eq!(r("1970-01-01", "1979-12-31", Granularity::Decade), "197");
    assert_eq!(r("1939-09-01", "1945-09-02", Granularity::Range), "1939-09-01/1945-09-02");
    assert_eq!(r("1977-03-24", "1977-03-24", Granularity::Day), "1977-03-24");
}

#[test]
fn a_subordinate_clause_date_is_all_a_text_without_a_date_has() {
    let text = "Détente began in earnest after Nixon took office in January 1969. Talks opened in Helsinki in November of that year.";
    assert_eq!(document_values(text, None), ["1969-01", "1969-11"]);
}

#[test]
fn the_previous_month_is_a_look_back() {
    let text = "Relations were established on January 1, 1979. The previous December, Carter had ended the treaty. Congress responded in April.";
    assert_eq!(document_values(text, None), ["1979-01-01", "1978-12", "1979-04"]);
}

#[test]
fn a_duration_before_a_spaced_dash_is_no_compound() {
    assert_eq!(one("Net sales rose for the last three years -- and more.", Some("1989-10-27"), None).1, "P3Y");
    assert!(tag_with("A two-year-old colt won.", None, None).is_empty());
}

#[test]
fn earlier_or_later_than_something_is_a_span() {
    let d = Some("2013-03-22");
    assert_eq!(document_values("Elections could be held in June, a year earlier than the end of the term.", d), ["2013-06", "P1Y"]);
    assert_eq!(document_values("In 1990 it closed. A year later it reopened.", d), ["1990", "1991"]);
}

#[test]
fn weekdays_of_a_story_stay_in_it() {
    let text = "The strike began on Monday, 3 March 1913. By Wednesday the mills were idle, and on Friday the militia came. The following Tuesday, talks opened; they broke down that Thursday.";
    let want = ["1913-03-03", "1913-03-05", "1913-03-07", "1913-03-11", "1913-03-13"];
    assert_eq!(document_values(text, None), want);
    // a history carrying a date of its own keeps its story's weekdays
    assert_eq!(document_values(text, Some("2010-03-15")), want);
    // but news that named a far day in passing is at its own date
    assert_eq!(document_values("John Smith, born on March 3, 1950, died Tuesday.", Some("2010-03-15")), ["1950-03-03", "2010-03-09"]);
}

#[test]
fn a_story_told_forward_goes_on_into_the_next_year() {
    let text = "The offensive stalled in December 1941. In January, the Soviets counterattacked, and in March the front settled.";
    assert_eq!(document_values(text, None), ["1941-12", "1942-01", "1942-03"]);
    // (with a date of its own, a history is the same)
    assert_eq!(document_values(text, Some("2010-03-15")), ["1941-12", "1942-01", "1942-03"]);
    let coordinated = "The armies were beaten at Orleans in early December 1870 and at Le Mans in January.";
    assert_eq!(document_values(coordinated, None), ["1870-12", "1871-01"]);
    // but a past perfect looks back, and a month a little before is near behind
    let back = "In December 1776 Washington crossed the Delaware. He had lost New York in January.";
    assert_eq!(document_values(back, None), ["1776-12", "1776-01"]);
    let after = "In December 1776 Washington crossed the Delaware. In January the British had taken New York.";
    assert_eq!(document_values(after, None), ["1776-12", "1776-01"]);
    assert_eq!(document_values("The army reached the city in December 1812. It left Moscow in October.", None), ["1812-12", "1812-10"]);
}

#[test]
fn a_weekday_joined_to_a_day_is_the_one_after_when_nearer() {
    // 2016-10-21 is a Friday
    assert_eq!(document_values("Schools were closed Friday and Saturday.", Some("2016-10-21")), ["2016-10-21", "2016-10-22"]);
    assert_eq!(document_values("Talks were held Monday and Tuesday.", Some("2016-10-21")), ["2016-10-17", "2016-10-18"]);
    // (but a day a little before stays before)
    assert_eq!(document_values("These are statements made Friday and Thursday.", Some("1998-02-06")), ["1998-02-06", "1998-02-05"]);
}

#[test]
fn a_possibility_looks_ahead_and_a_participle_after_a_preposition_is_no_past() {
    let d = Some("2016-10-21");
    assert_eq!(document_values("Carney said earlier this month that the first rise could come in the spring.", d), ["2016-10", "2017-SP"]);
    assert_eq!(document_values("Neither he nor his parents could be located Wednesday.", d), ["2016-10-19"]);
    // "isolated" qualifies the villages; the clause is expected to be
    assert_eq!(one("The toll is expected to rise as reports come in from isolated villages over the weekend.", d, None).1, "2016-W42-WE");
}

#[test]
fn may_in_a_list_of_months_is_a_month() {
    let text = "In 1918 further attacks followed in April, May, June and mid-July.";
    assert_eq!(document_values(text, None), ["1918", "1918-04", "1918-05", "1918-06", "1918-07"]);
    assert_eq!(document_values("Talks ran from 1940 through March and May.", None), ["1940", "1940-03", "1940-05"]);
    // (but not the name after a month that opens a sentence)
    assert_eq!(document_values("In April 2019, May said she would go.", None), ["2019-04"]);
}

#[test]
fn a_history_goes_on_from_a_later_date_that_ends_its_sentence_in_a_clause() {
    let text = "Edward landed in July 1346. He then besieged Calais, which surrendered in August 1347. The Black Death reached England the following year.";
    assert_eq!(document_values(text, None), ["1346-07", "1347-08", "1348"]);
    // (but not from an earlier date told in the past perfect)
    let back = "Edward landed in July 1346. He then besieged Calais, which he had taken in May 1345. The Black Death reached England the following year.";
    assert_eq!(document_values(back, None), ["1346-07", "1345-05", "1347"]);
    // and news keeps a clause's date to itself
    let news = "Police arrested Smith on Tuesday, who fled on Feb. 21. Officers said he was caught the next day.";
    assert_eq!(document_values(news, Some("2014-03-06")), ["2014-03-04", "2014-02-21", "2014-03-05"]);
}

#[test]
fn news_that_named_far_years_is_still_in_its_own_week() {
    // 2014-11-20 is a Thursday
    let text = "A jury on Thursday convicted him. He took bribes between 2009 and 2013. Earlier in the week, the judge had barred testimony.";
    assert_eq!(document_values(text, Some("2014-11-20")), ["2014-11-20", "2009", "2013", "2014-W47"]);
}

#[test]
fn a_weekday_a_week_away() {
    let d = Some("2014-11-20");
    assert_eq!(one("The witness testified a week ago Tuesday that he had paid.", d, None), ("a week ago Tuesday".into(), "2014-11-11".into()));
    assert_eq!(one("The witness testified Tuesday a week ago.", d, None).1, "2014-11-11");
    assert_eq!(one("The hearing resumes a week from Monday.", d, None).1, "2014-12-01");
}

#[test]
fn a_game_clock_is_no_time_of_day() {
    assert!(tag_with("He scored with 6:41 left.", Some("2013-11-04"), None).is_empty());
    assert!(tag_with("They led with 2:30 to play.", Some("2013-11-04"), None).is_empty());
    assert_eq!(one("The polls close at 6:45 p.m., with the count left to the morning.", Some("2013-11-04"), None).1, "2013-11-04T18:45");
}

#[test]
fn every_other_week_and_plural_weekdays_recur() {
    assert_eq!(one("Shipments arrive every other week.", None, None), ("every other week".into(), "P2W".into()));
    assert_eq!(one("He calls his mother on Sundays.", None, None), ("Sundays".into(), "XXXX-WXX-7".into()));
    assert_eq!(one("The council meets every Monday.", None, None).1, "XXXX-WXX-1");
}

#[test]
fn a_season_in_a_name_is_no_season() {
    assert_eq!(document_values("The Winter War began in November 1939.", None), ["1939-11"]);
    assert_eq!(document_values("In 1968 the Spring Offensive failed.", None), ["1968"]);
    assert_eq!(document_values("In 1968 the Prague Spring ended. That Summer, tanks came.", None), ["1968", "1968-SU"]);
}

#[test]
fn dawn_the_next_day_and_hours_counted_in_days() {
    let text = "On 22 June 1941 the invasion began. At dawn the next day the tanks moved again. 48 hours later the first city fell.";
    assert_eq!(document_values(text, None), ["1941-06-22", "1941-06-23TMO", "1941-06-25"]);
    assert_eq!(document_values("On 22 June 1941 it began. Twelve hours later Molotov spoke.", None), ["1941-06-22", "1941-06-22"]);
}

#[test]
fn a_season_after_a_winter_told_is_of_the_year_it_ends_in() {
    let text = "The allies landed in September 1854. The winter that followed was terrible; thousands died before the spring.";
    assert_eq!(document_values(text, None), ["1854-09", "1854-WI", "1855-SP"]);
    // (a winter after a winter is the one told)
    assert_eq!(document_values("In the winter of 1941 the front froze. That winter was long.", None), ["1941-WI", "1941-WI"]);
}

#[test]
fn a_deadline_attributed_after_a_comma_is_still_ahead() {
    let d = Some("2014-03-10");
    let text = "The company must file a plan no later than June 30, the agency said.";
    assert_eq!(one(text, d, None).1, "2014-06-30");
    assert_eq!(one("It must pay the fine by June 30, the agency said.", d, None).1, "2014-06-30");
    // (but a past told before the deadline is past)
    assert_eq!(one("The troops had withdrawn by Feb. 28, officials said.", d, None).1, "2014-02-28");
}

#[test]
fn hopes_and_aims_in_the_present_look_ahead() {
    let d = Some("2014-10-15");
    assert_eq!(one("The bill, which lawmakers hope to pass in June, faces opposition.", d, None).1, "2015-06");
    assert_eq!(one("The rebels want to hold talks in March.", d, None).1, "2015-03");
    assert_eq!(one("Donors aim to raise the money by January.", d, None).1, "2015-01");
}

#[test]
fn march_after_for_is_a_month_but_may_is_a_name() {
    let d = Some("2014-10-15");
    assert_eq!(one("The summit is slated for March.", d, None).1, "2015-03");
    assert!(tag_with("There was little support for May in the party.", d, None).is_empty());
}

#[test]
fn earlier_and_later_today_tonight_and_this_evening() {
    let d = Some("1998-02-13");
    assert_eq!(one("The president spoke earlier today.", d, None), ("earlier today".into(), "1998-02-13".into()));
    assert_eq!(one("Later tonight, he meets his advisers.", d, None), ("Later tonight".into(), "1998-02-13TNI".into()));
    assert_eq!(one("Earlier this evening, protesters gathered.", d, None), ("Earlier this evening".into(), "1998-02-13TEV".into()));
}

#[test]
fn a_count_not_told_covers_the_days_a_reader_would_take() {
    let days = |text: &str, date: Option<&str>| -> Vec<(String, Option<String>, Option<String>)> {
        let doc = Doc { id: "t".into(), text: text.into(), date: date.map(|d| Date::parse(d).unwrap()), ..Default::default() };
        tagger().tag(&doc).into_iter().map(|t| (t.value, t.from.map(|d| d.to_string()), t.to.map(|d| d.to_string()))).collect()
    };
    let some = |v: &str, f: &str, t: &str| (v.to_string(), Some(f.to_string()), Some(t.to_string()));
    let text = "On 18 June 1941 the talks failed. A few days later, the war began.";
    assert_eq!(days(text, None)[1], some("FUTURE_REF", "1941-06-20", "1941-06-27"));
    assert_eq!(days("The plant closed several years ago.", Some("2014-05-01"))[0], some("PAST_REF", "2005-05-01", "2012-05-01"));
    // (of a coarser time, that time)
    assert_eq!(days("In 1812 the Dey declared war. Several weeks later, corsairs struck.", None)[1], some("FUTURE_REF", "1812-01-01", "1812-12-31"));
}

#[test]
fn a_year_before_its_noun_after_another_year_names_a_thing() {
    let text = "In 1812, the Dey rejected the tribute of the 1795 treaty. A year later, corsairs captured a ship.";
    assert_eq!(document_values(text, None), ["1812", "1795", "1813"]);
    // (but a year that opens its sentence's story sets it)
    assert_eq!(document_values("The 1976 elections proved perilous. A year later, the party split.", None), ["1976", "1977"]);
}

#[test]
fn news_back_in_its_own_year_after_telling_of_a_far_one() {
    let d = Some("2014-11-17");
    let text = "Abe called an election on Monday. The house was last elected in December 2012. Critics said the vote, coming just weeks before the end of the year, was a waste.";
    assert_eq!(document_values(text, d), ["2014-11-17", "2012-12", "2014"]);
    // (but "the end of that year" is the one told of)
    let that = "Abe called an election on Monday. The house was last elected in 2012. Its term ran to the end of that year.";
    assert_eq!(document_values(that, d), ["2014-11-17", "2012", "2012"]);
}

#[test]
fn a_time_set_for_what_is_to_come() {
    let d = Some("2014-02-22");
    assert_eq!(one("Parliament voted to remove him and set early elections for May 25, hours after he fled.", d, None).1, "2014-05-25");
    // (but a record set for a month is that month's)
    assert_eq!(one("Sales set a record for January, the company said.", d, None).1, "2014-01");
}

#[test]
fn a_clock_time_today_or_tonight_is_on_the_document_day() {
    let d = Some("2013-11-04");
    assert_eq!(one("The polls close at 6:45 tonight.", d, None), ("6:45 tonight".into(), "2013-11-04T18:45".into()));
    assert_eq!(one("He spoke at 9:30 this morning.", d, None).1, "2013-11-04T09:30");
    assert_eq!(one("They met at 3 p.m. EST today.", d, None), ("3 p.m. EST today".into(), "2013-11-04T15:00".into()));
    // (even when the narrative is at another day)
    assert_eq!(document_values("On Oct. 30 the strike began. The union meets at 7 p.m. tonight.", d), ["2013-10-30", "2013-11-04T19:00"]);
}

#[test]
fn parts_of_years_and_centuries_and_a_month_the_ordinal() {
    let text = "In the last quarter of the 18th century revolutions spread. In the early part of 1942 Japan advanced; \
                in the latter part of 1942 it stalled. The pact was signed on July the 4th. In July the 4th Division attacked.";
    assert_eq!(document_values(text, None), ["17", "1942", "1942", "1942-07-04", "1942-07"]);
    assert_eq!(one("It was signed on July the 4th, 1776.", None, None), ("July the 4th, 1776".into(), "1776-07-04".into()));
}

#[test]
fn the_attacks_of_september_11_and_late_on_a_weekday() {
    let text = "Security has been tight since the Sept. 11 attacks. The board met on September 11. \
                The company said late Tuesday that it would cut jobs.";
    assert_eq!(document_values(text, Some("2013-03-20")), ["2001-09-11", "2012-09-11", "2013-03-19"]);
    assert_eq!(one("The company said late Tuesday that it would cut jobs.", Some("2013-03-20"), None).0, "late Tuesday");
}

#[test]
fn a_year_and_a_half_later_is_eighteen_months_later() {
    let text = "The army crossed the river on 3 March 1809. A year and a half later, the emperor married. \
                Two and a half years later the army invaded Russia.";
    assert_eq!(document_values(text, None), ["1809-03-03", "1810-09", "1813-03"]);
    assert_eq!(one("The plant closed a year and a half ago.", Some("2014-06-15"), None), ("a year and a half ago".into(), "2012-12".into()));
    assert_eq!(document_values("In 1809 the army reached Vienna. Eighteen months later a son was born.", None), ["1809", "1811"]);
    assert_eq!(one("A minute and a half later, the bomb exploded.", Some("1998-01-14"), None), ("A minute and a half".into(), "PT1M30S".into()));
    // (a count and a half with nothing after it is a duration)
    assert_eq!(one("The war lasted two and a half years.", None, None).1, "P2Y6M");
}

#[test]
fn the_next_decade_counts_from_the_decade_told() {
    let text = "In July 1917 he returned. During the 1920s he served as Chancellor. For most of the next decade he was out of office.";
    assert_eq!(document_values(text, None), ["1917-07", "192", "193"]);
    // (a year told after the decade is where the narrative is)
    let text = "During the 1920s he served as Chancellor. In 1935 he wrote. In the next decade he led.";
    assert_eq!(document_values(text, None), ["192", "1935", "194"]);
}

#[test]
fn a_day_named_with_its_weekday_is_in_the_year_it_falls_on_that_weekday() {
    let d = Some("2014-03-03");
    assert_eq!(one("The vote is on Tuesday, Nov. 4.", d, None).1, "2014-11-04");
    assert_eq!(one("The vote is on Tuesday 4 November.", d, None).1, "2014-11-04");
    assert_eq!(one("The vote was on Monday, Nov. 4.", d, None).1, "2013-11-04");
    // (a weekday no year the tense allows falls on is a slip: the tense decides)
    assert_eq!(one("The vote was on Tuesday, Nov. 4.", d, None).1, "2013-11-04");
    assert_eq!(one("The vote is on Tues., Nov. 4.", d, None), ("Tues., Nov. 4".into(), "2014-11-04".into()));
}

#[test]
fn end_march_and_end_2013_are_ends() {
    let values = tag_with("The deal should close by end-March. Debt reached 90 percent of GDP at end-2013.", Some("2014-03-03"), None);
    let spans: Vec<&str> = values.iter().map(|v| v.0.as_str()).collect();
    assert_eq!(spans, ["end-March", "end-2013"]);
    assert_eq!(document_values("The deal should close by end-March. Debt reached 90 percent of GDP at end-2013.", Some("2014-03-03")), ["2014-03", "2013"]);
}

#[test]
fn a_clock_time_on_the_next_day_is_one_time() {
    let text = "On 3 May 1940 the cabinet met. At 9 a.m. the following morning the minister resigned. \
                At 4 p.m. that day the king arrived. At 11 o'clock the next morning the troops left, \
                and at 6:30 p.m. the next day they reached the coast. By noon the following day all were gone. \
                At midnight that night the guns fell silent.";
    assert_eq!(
        document_values(text, None),
        ["1940-05-03", "1940-05-04T09:00", "1940-05-04T16:00", "1940-05-05T11:00", "1940-05-06T18:30", "1940-05-07T12:00", "1940-05-07T24:00"]
    );
    assert_eq!(
        one("The quarantine took effect at 10 a.m. on Wednesday, October 24, 1962.", None, None),
        ("10 a.m. on Wednesday, October 24, 1962".into(), "1962-10-24T10:00".into())
    );
}

#[test]
fn a_year_after_a_noun_and_of_names_a_thing_of_that_year() {
    // "the ceasefire line of 1967" is no time the narrative moves to
    let text = "By 10 October 1973 the Syrians had been driven back to the ceasefire line of 1967. \
                Two days later the army advanced.";
    assert_eq!(document_values(text, None), ["1973-10-10", "1967", "1973-10-12"]);
    // (but "the summer of 1962" is a time, and so is a year after "of" in a sentence with no other date)
    assert_eq!(
        document_values("On 3 May the army left. In the summer of 1962 it came back. Two years later it left.", None),
        ["XXXX-05-03", "1962-SU", "1964"]
    );
    assert_eq!(document_values("The war of 1812 began badly. Two years later the capital burned.", None), ["1812", "1814"]);
}

#[test]
fn afterwards_and_previously_count_like_later_and_earlier() {
    assert_eq!(document_values("In 241 BC Carthage sued for peace. Three years afterwards Rome seized Sardinia.", None), ["BC0241", "BC0238"]);
    assert_eq!(
        document_values("In 1950 the war began. A year thereafter the front settled. Two years previously the state was founded.", None),
        ["1950", "1951", "1949"]
    );
}

#[test]
fn a_month_after_a_year_that_opens_the_sentence_is_in_that_year() {
    let d = Some("2014-09-18");
    assert_eq!(document_values("Last year, a 16-day shutdown in October cost the economy $24 billion.", d), ["2013", "P16D", "2013-10"]);
    assert_eq!(document_values("In 2013, a shutdown in October cost the economy $24 billion.", d), ["2013", "2013-10"]);
    // (not a year told later in the sentence, nor a month still to come)
    assert_eq!(document_values("Sales fell last year, and in March the chief executive resigned.", d), ["2013", "2014-03"]);
    assert_eq!(document_values("Last year sales fell, but the company expects a recovery in March.", d), ["2013", "2015-03"]);
}

#[test]
fn a_verb_in_s_after_a_relative_is_the_present_of_its_clause() {
    let d = Some("2014-09-18");
    assert_eq!(one("The Senate approved a bill that keeps the government open through mid-December.", d, None).1, "2014-12");
}

#[test]
fn june_and_july_before_a_name_after_a_cue_are_months() {
    assert_eq!(
        document_values("In April 1971 the team came, and in July National Security Adviser Henry Kissinger traveled to Beijing.", None),
        ["1971-04", "1971-07"]
    );
    // (but "Jan Kavan" and "June Carter" are names)
    assert_eq!(document_values("Jan Kavan met June Carter in 1968.", None), ["1968"]);
}

#[test]
fn a_time_looked_ahead_to_leaves_the_narrative_where_it_was() {
    let text = "In April 1971 the team came. On July 15 Nixon announced that he would visit China the following year. That October the Assembly voted.";
    assert_eq!(document_values(text, None), ["1971-04", "1971-07-15", "1972", "1971-10"]);
}

#[test]
fn overnight_in_news_is_the_night_before() {
    let d = Some("2013-07-04");
    assert_eq!(one("At least 14 people were killed in clashes overnight, the ministry said.", d, None), ("overnight".into(), "2013-07-03TNI".into()));
    // (not a rate, a stay or a success)
    assert!(tag_with("The overnight rate rose as an overnight success.", d, None).is_empty());
}

#[test]
fn daily_before_a_noun_is_daily_and_the_daily_that_reports_is_a_paper() {
    let d = Some("2000-02-10");
    assert_eq!(one("It has become a daily public rally.", d, None).1, "P1D");
    assert!(tag_with("The daily said the talks had failed.", d, None).is_empty());
    assert!(tag_with("It appeared on the front page of the Communist Party daily Granma.", d, None).is_empty());
}

#[test]
fn a_fiscal_quarter_told_in_the_past_is_the_one_reported() {
    let text = "Apple said on Tuesday that its net income rose in the fiscal fourth quarter, which ended Sept. 27. \
                Sales rose 16 percent from the year-ago quarter.";
    assert_eq!(document_values(text, Some("2014-10-21")), ["2014-10-21", "2014-Q4", "2014-09-27", "2013-Q4"]);
    // (and a quarter whose results are still to be reported is the next to close)
    assert_eq!(document_values("The company will report its first-quarter results in late January.", Some("2014-10-21")), ["2015-Q1", "2015-01"]);
    assert_eq!(document_values("The company will publish third-quarter results next week.", Some("2014-10-21")), ["2014-Q3", "2014-W44"]);
}

#[test]
fn the_end_of_a_stretch_summed_up_moves_no_story() {
    let text = "Detente began in 1969 and lasted until the Soviet invasion of Afghanistan in 1979. The following year talks opened.";
    assert_eq!(document_values(text, None), ["1969", "1979", "1970"]);
}

#[test]
fn a_present_of_what_is_scheduled_looks_ahead() {
    assert_documents(&[
        (
            "Senate leaders reached a deal Tuesday night, hours before the borrowing authority runs out at midnight Thursday. The deal was announced at 8 p.m.",
            "2013-10-16",
            &["2013-10-15TNI", "2013-10-17T24:00", "2013-10-15T20:00"],
        ),
        // (a clause that "before the" opens keeps its day to itself)
        (
            "Leaders met Tuesday night, before the authority ran out on Thursday. The deal was announced at 8 p.m.",
            "2013-10-16",
            &["2013-10-15TNI", "2013-10-10", "2013-10-15T20:00"],
        ),
        // (and "before the end of the year" is a time, not a clause)
        ("The plant closed in March. It will not reopen before the end of the year.", "2013-10-16", &["2013-03", "2013"]),
    ]);
}

#[test]
fn an_after_clause_behind_a_dated_main_clause_looks_back() {
    assert_documents(&[(
        "The siege began in August 1904. Port Arthur finally fell on 2 January 1905, after the Japanese captured 203 Meter Hill in early December.",
        "",
        &["1904-08", "1905-01-02", "1904-12"],
    )]);
}

#[test]
fn the_following_months_of_a_year_told_whole_lie_within_it() {
    assert_documents(&[(
        "In 1904 Japan and Russia went to war. Over the following months the Japanese landed in Korea. In late April they crossed the Yalu.",
        "",
        &["1904", "PXM", "1904-04"],
    )]);
}

#[test]
fn news_tells_a_possible_spring_from_its_own_day() {
    assert_documents(&[(
        "More police would be deployed by the end of the week. The government said Monday it may seek a further extension in the spring.",
        "2015-12-15",
        &["2015-W51", "2015-12-14", "2016-SP"],
    )]);
}

#[test]
fn months_counted_from_a_season_count_from_its_first_month() {
    assert_documents(&[(
        "Congress approved the request in May 1947, and advisers arrived that summer. Three months later Marshall spoke.",
        "",
        &["1947-05", "1947-SU", "1947-09"],
    )]);
}

#[test]
fn the_first_end_of_a_range_takes_the_year_of_the_second() {
    assert_documents(&[
        ("In 1942 the army rested. The campaign lasted from mid-May to early June 1940.", "", &["1942", "1940-05", "1940-06"]),
        ("In 1942 the army rested. The siege lasted from late May until 10 June 1940.", "", &["1942", "1940-05", "1940-06-10"]),
    ]);
}

#[test]
fn a_year_before_a_name_names_a_thing_unless_it_tells_when() {
    assert_documents(&[
        ("In 1980 he abrogated the 1975 Algiers Agreement. By November the army had taken the port.", "", &["1980", "1975", "1980-11"]),
        (
            "In 1967 the two states reached agreement, but Robles was defeated in the 1968 Panamanian elections. The next year a coup followed.",
            "",
            &["1967", "1968", "1969"],
        ),
    ]);
}

#[test]
fn a_date_on_a_participle_after_its_noun_describes_the_noun() {
    assert_documents(&[
        (
            "Tax cuts passed in 2001 and 2003 expire at the end of the year, and spending cuts take effect Jan. 2.",
            "2012-11-14",
            &["2001", "2003", "2012", "2013-01-02"],
        ),
        // (a participle in the clause's own verb sets the time: "was signed in 1977")
        ("The treaty was signed in 1977. The next year it took effect.", "2012-11-14", &["1977", "1978"]),
        // (nor a date in a participle's aside between commas: "later in the night" is
        // Sunday's)
        (
            "Morsi's office said Sunday evening that the constitution, approved in a referendum in December, remained in force. The president met his advisers later in the night.",
            "2013-06-02",
            &["2013-06-02TEV", "2012-12", "2013-06-02TNI"],
        ),
        // (a plan of the past does not look ahead: "had been due to expire Friday")
        ("The bid had been due to expire Friday evening.", "1989-10-30", &["1989-10-27TEV"]),
    ]);
}

#[test]
fn a_quarter_of_something_is_a_share() {
    assert_documents(&[
        ("Between a quarter and a third of the population died in the war of 1618.", "", &["1618"]),
        ("A quarter of the votes were counted on 3 May 2019.", "", &["2019-05-03"]),
        // (but time: "a quarter of a century", "in a quarter")
        ("The war lasted a quarter of a century.", "", &["P25Y"]),
    ]);
}

#[test]
fn a_morning_hour_after_a_night_is_the_next_day() {
    assert_documents(&[
        (
            "On the night of 5–6 June 1944 airborne divisions landed, and at 06:30 the first troops came ashore. By nightfall 156,000 men had landed.",
            "",
            &["1944-06-05TNI", "1944-06-06T06:30", "1944-06-06TNI"],
        ),
        // (an evening hour is that night's)
        ("On the night of 14 April 1912 the ship struck an iceberg at 11:40 p.m.", "", &["1912-04-14TNI", "1912-04-14T23:40"]),
    ]);
}

#[test]
fn the_same_period_of_a_half_year_named_before() {
    assert_documents(&[(
        "China's exports rose 7.2 percent in the first six months of the year from the same period last year, data showed on Wednesday.",
        "2013-07-10",
        &["2013-H1", "2012-H1", "2013-07-10"],
    )]);
}

#[test]
fn hours_later_than_a_month_keep_its_month() {
    assert_documents(&[
        ("In September 1941 the front broke. Forty-eight hours later the army retreated.", "", &["1941-09", "1941-09-XX"]),
        // (but weeks later than a year may be in the next: "XXXX-WXX", as "the next week" is)
        ("In 1941 the front broke. Three weeks later the army retreated.", "", &["1941", "XXXX-WXX"]),
    ]);
}

#[test]
fn a_duration_written_with_hyphens_and_a_half() {
    assert_documents(&[("A two-and-a-half-year border war erupted in 1998.", "", &["P2Y6M", "1998"])]);
    assert_documents(&[("It followed three-and-a-half years of US military rule.", "", &["P3Y6M"])]);
}

#[test]
fn later_than_nothing_told_is_not_after_the_document() {
    assert_documents(&[
        ("Nearly half a century later, the treaty was signed.", "2013-06-12", &["XXXX"]),
        // (days later than the document's date keep it, as TimeBank's annotators read them)
        ("One day later, he left.", "2013-06-12", &["2013-06-13"]),
        // (but what will be is: "two days later the vote will be held")
        ("Two days later the vote will be held.", "2013-06-12", &["2013-06-14"]),
    ]);
}

#[test]
fn a_quarter_by_its_short_name() {
    assert_documents(&[("Apple reported Q4 2012 results on Tuesday.", "2013-01-24", &["2012-Q4", "2013-01-22"])]);
}

#[test]
fn what_an_invitation_is_to_do_lies_ahead() {
    assert_documents(&[("Moon accepted an invitation to visit Pyongyang in September.", "2018-04-27", &["2018-09"])]);
}

#[test]
fn bare_plural_units_taken_spent_or_of_something_are_durations() {
    assert_documents(&[
        ("It could take months to restore power.", "2013-11-17", &["PXM"]),
        ("The merger follows months of twists and turns.", "1989-10-27", &["PXM"]),
        ("It is growing for the first time in years.", "1989-10-26", &["PXY"]),
        // (not a noun's plural told otherwise: "in the weeks before the shooting")
        ("The car was seen in the weeks before the shooting.", "1999-01-22", &[]),
    ]);
}

#[test]
fn news_reports_its_own_quarters_after_a_far_date() {
    assert_documents(&[(
        "State media said on Monday that the plenum would open in November. The one held in December 1978 launched the reforms. Growth slowed in the second quarter.",
        "2013-10-14",
        &["2013-10-14", "2013-11", "1978-12", "2013-Q2"],
    )]);
}

#[test]
fn a_day_counted_from_a_feast() {
    assert_documents(&[("Shoppers crowded the stores on the day after Thanksgiving.", "2012-12-13", &["2012-11-23"])]);
}

#[test]
fn the_same_evening_and_first_light() {
    assert_documents(&[(
        "On 21 February 1972 Nixon landed in Beijing. The same afternoon he met Mao. At first light the next day the delegation left.",
        "",
        &["1972-02-21", "1972-02-21TAF", "1972-02-22TMO"],
    )]);
}

#[test]
fn a_count_in_the_afternoon_and_the_end_of_the_day_as_an_idiom() {
    assert_documents(&[
        ("Two missiles were launched in the morning and one in the afternoon.", "2013-05-18", &["2013-05-18TMO", "2013-05-18TAF"]),
        // (a time still: "at one in the afternoon")
        ("The talks resumed at one in the afternoon.", "2013-05-18", &["2013-05-18T13:00"]),
        ("\"At the end of the day, households are still being squeezed,\" he said on Tuesday.", "2013-05-14", &["2013-05-14"]),
    ]);
}

#[test]
fn the_end_of_a_season() {
    let text = "In 1945 the war ended. By the end of the summer the troops had returned. By the summer's end the front was quiet.";
    assert_documents(&[(text, "", &["1945", "1945-SU", "1945-SU"])]);
    let mods = tagger().tag(&Doc { id: "t".into(), text: text.into(), ..Default::default() }).into_iter().map(|t| t.modifier).collect::<Vec<_>>();
    assert_eq!(mods, [None, Some(annals_model::TimexMod::End), Some(annals_model::TimexMod::End)]);
    assert_eq!(spans_and_values("By the summer's end the front was quiet.", None)[0].0, "the summer's end");
}

#[test]
fn a_quarter_century() {
    assert_documents(&[("Up to 1.5 million lives were lost during more than a quarter century of fighting.", "", &["P25Y"])]);
}

#[test]
fn a_look_back_in_the_past_perfect_anchors_its_sentence_only() {
    // the narrative was set on a day: a past perfect before it looks back, and returns
    let text = "On 15 April 2023, fighting broke out in the capital. The two generals had seized power together in an October 2021 coup. \
                Foreign governments evacuated their diplomats in late April. The army struck on 1 June.";
    assert_documents(&[(text, "", &["2023-04-15", "2021-10", "2023-04", "2023-06-01"])]);
    // (what follows in the look back's own sentence counts from it)
    let text = "Peace was signed on 5 September 1905. Defeat fed the unrest that had broken out in January 1905, and led to the revolution twelve years later.";
    assert_documents(&[(text, "", &["1905-09-05", "1905-01", "1917"])]);
    // a history that opens with its outcome, or a heading's span, goes back to the start
    let text = "The Bay of Pigs, April 1961–October 1962\n\nA revolution had ended in 1959 with the ouster of Batista. In May of that year the new government seized land.";
    assert_documents(&[(text, "", &["1961-04/1962-10", "1959", "1959-05"])]);
}

#[test]
fn a_month_after_into() {
    let text = "On 5 July 1950 the task force was overrun. Through July and into August the North Koreans pushed on.";
    assert_documents(&[(text, "", &["1950-07-05", "1950-07", "1950-08"])]);
}

#[test]
fn a_year_that_names_a_treaty_acted_on_moves_no_story() {
    let text = "In November 1977 Somalia expelled its Soviet advisers and renounced the 1974 treaty. The next month the airlift began.";
    assert_documents(&[(text, "", &["1977-11", "1974", "1977-12"])]);
}

#[test]
fn a_story_told_forward_goes_on_into_the_next_spring() {
    let text = "In November 1977 Somalia expelled its Soviet advisers. On 5 March the Ethiopians recaptured Jijiga.";
    assert_documents(&[(text, "", &["1977-11", "1978-03-05"])]);
    // (but a month a little before the narrative's is behind it)
    let text = "In October 1977 the siege began. In April the army had crossed the border.";
    assert_documents(&[(text, "", &["1977-10", "1977-04"])]);
}

#[test]
fn a_full_date_in_apposition_to_the_day_before_an_event() {
    let text = "On May 14, 1948, the day before the mandate expired, Ben-Gurion proclaimed the state. The next day the armies invaded.";
    assert_documents(&[(text, "", &["1948-05-14", "1948-05-14", "1948-05-15"])]);
}

#[test]
fn the_early_morning_hours_of_a_day() {
    let text = "The offensive was launched on 30 January 1968. In the early morning hours of 30 January, attacks struck Da Nang.";
    assert_documents(&[(text, "", &["1968-01-30", "1968-01-30TMO"])]);
    assert_eq!(spans_and_values(text, None)[1].0, "the early morning hours of 30 January");
}

#[test]
fn hours_and_minutes_as_bare_plurals() {
    assert_documents(&[
        ("At 05:30 German artillery opened fire, and within hours three armies were advancing.", "2010-01-01", &["2010-01-01T05:30", "PTXH"]),
        ("After hours of talks they agreed; within minutes the jets took off.", "2010-01-01", &["PTXH", "PTXM"]),
        ("Office hours are over, and he works long hours.", "2010-01-01", &[]),
    ]);
}
