//! The whole coder on any text: events whose spans lie inside the document.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static CODER: OnceLock<annals_code::Coder> = OnceLock::new();

fuzz_target!(|text: &str| {
    let coder = CODER.get_or_init(|| annals_code::Coder::builtin().expect("built-in dictionaries"));
    let doc = annals_model::Doc { id: "fuzz".into(), text: text.to_string(), ..Default::default() };
    for e in coder.code(&doc).events {
        assert!(e.span[1] <= text.len());
        if let Some(d) = e.date {
            if let (Some(a), Some(b)) = (d.from, d.to) {
                assert!(a <= b);
            }
        }
    }
});
