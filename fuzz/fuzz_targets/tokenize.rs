//! Sentences and tokens of any text keep their offsets inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut toks = annals_text::Tokens::new();
    for s in annals_text::sentences(text) {
        assert!(s.span.end <= text.len() && s.span.start < s.span.end);
        toks.tokenize(text, s.span);
        for t in toks.as_slice() {
            assert!(s.span.start <= t.span.start && t.span.end <= s.span.end);
        }
    }
});
