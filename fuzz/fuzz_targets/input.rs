//! Any bytes, as any input format: an error or documents, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in [annals_text::Format::Text, annals_text::Format::Html, annals_text::Format::Xml, annals_text::Format::JsonLines] {
        for doc in annals_text::read_bytes("fuzz", data, Some(format), None).into_iter().flatten() {
            let _ = annals_text::sentences(&doc.text);
        }
    }
});
