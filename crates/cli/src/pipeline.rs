//! Reading and coding in batches: documents are read in input order, coded in parallel,
//! and handed on in input order, so the output is the same for any number of threads.

use annals_code::{Coder, Scratch};
use annals_model::{Date, Doc};
use annals_text::InputError;
use rayon::prelude::*;
use std::cell::RefCell;

/// Documents coded per parallel batch.
const BATCH: usize = 256;

pub enum Item {
    /// A document, its sentences and its events.
    Coded(Doc, annals_code::Coded),
    Error(InputError),
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Reads every path and hands each document's events (or each input error) to `sink`, in order.
pub fn run(
    paths: &[String],
    date: Option<Date>,
    coder: &Coder,
    pool: &rayon::ThreadPool,
    mut sink: impl FnMut(Item) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut batch: Vec<Result<Doc, InputError>> = Vec::with_capacity(BATCH);
    for p in paths {
        for d in annals_text::read_path(p, date) {
            batch.push(d);
            if batch.len() >= BATCH {
                flush(&mut batch, coder, pool, &mut sink)?;
            }
        }
    }
    flush(&mut batch, coder, pool, &mut sink)
}

fn flush(
    batch: &mut Vec<Result<Doc, InputError>>,
    coder: &Coder,
    pool: &rayon::ThreadPool,
    sink: &mut impl FnMut(Item) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let items: Vec<Item> = pool.install(|| {
        batch
            .par_drain(..)
            .map(|d| match d {
                Ok(doc) => {
                    let coded = SCRATCH.with(|s| coder.code_with(&doc, &mut s.borrow_mut()));
                    Item::Coded(doc, coded)
                }
                Err(e) => Item::Error(e),
            })
            .collect()
    });
    for it in items {
        sink(it)?;
    }
    Ok(())
}
