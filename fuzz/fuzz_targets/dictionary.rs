//! Dictionary readers on any text: a DictError naming file and line, never a panic.
#![no_main]
use annals_lexicon::{Lexicon, Sources};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for src in [
        Sources { countries: ("fuzz", text), ..Sources::builtin() },
        Sources { people: ("fuzz", text), ..Sources::builtin() },
        Sources { verbs: ("fuzz", text), ..Sources::builtin() },
        Sources { agents: ("fuzz", text), ..Sources::builtin() },
    ] {
        if let Err(e) = Lexicon::compile(&src) {
            assert!(e.line >= 1);
        }
    }
});
