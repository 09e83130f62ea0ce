//! The time grammar on any text: values well formed, `from` <= `to`, offsets inside.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static TAGGER: OnceLock<annals_time::TimeTagger> = OnceLock::new();

fuzz_target!(|text: &str| {
    let tagger = TAGGER.get_or_init(annals_time::TimeTagger::new);
    let doc = annals_model::Doc { id: "fuzz".into(), text: text.to_string(), date: annals_model::Date::new(1998, 8, 7).ok(), ..Default::default() };
    for t in tagger.tag(&doc) {
        assert!(t.span.end <= text.len());
        if let (Some(a), Some(b)) = (t.from, t.to) {
            assert!(a <= b);
        }
    }
});
