//! The first stages of the pipeline: reading documents (plain text, HTML, TEI XML, JSON
//! Lines) into plain text, marking the boilerplate a scraped page carries, and segmenting
//! the text into sentences and tokens. Everything keeps byte offsets into `Doc::text`.

pub mod clean;
pub mod dateline;
pub mod html;
pub mod input;
pub mod segment;
pub mod token;

pub use clean::boilerplate;
pub use input::{read_bytes, read_path, Format, InputError, InputErrorKind};
pub use segment::sentences;
pub use token::{Token, TokenKind, Tokens};
