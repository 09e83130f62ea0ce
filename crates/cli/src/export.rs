//! `annals export`: every stored event to a file, as JSON Lines, CSV or Parquet. Events are
//! streamed from the database; the file appears under its name only once it is complete.

use crate::db;
use crate::output::{self, EventPrinter};
use crate::EventFormat;
use annals_store::EventQuery;
use anyhow::{bail, Context as _, Result};
use clap::ValueEnum;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum ExportFormat {
    Jsonl,
    Csv,
    Parquet,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// The file to write (its extension gives the format unless --format does).
    out: PathBuf,
    #[arg(long, value_enum)]
    format: Option<ExportFormat>,
    #[arg(long)]
    db: Option<PathBuf>,
}

fn format_of(path: &Path) -> Option<ExportFormat> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "jsonl" | "ndjson" => Some(ExportFormat::Jsonl),
        "csv" => Some(ExportFormat::Csv),
        "parquet" => Some(ExportFormat::Parquet),
        _ => None,
    }
}

pub fn run(a: ExportArgs) -> Result<bool> {
    let Some(format) = a.format.or_else(|| format_of(&a.out)) else {
        bail!("{}: say the format with --format jsonl|csv|parquet (or name the file .jsonl, .csv or .parquet)", a.out.display());
    };
    let store = db::open_existing(&a.db)?;
    let mut tmp = a.out.clone().into_os_string();
    tmp.push(".partial");
    let tmp = PathBuf::from(tmp);
    let file = std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let all = EventQuery::default();
    let written = (|| -> Result<usize> {
        let mut n = 0usize;
        match format {
            ExportFormat::Jsonl | ExportFormat::Csv => {
                let mut out = std::io::BufWriter::new(file);
                let mut jsonl = EventPrinter::new(EventFormat::Jsonl);
                if format == ExportFormat::Csv {
                    output::csv_header(&mut out)?;
                }
                store.each_event(&all, |e| -> Result<()> {
                    match format {
                        ExportFormat::Csv => output::csv_row(&mut out, &e)?,
                        _ => jsonl.event(&mut out, &e)?,
                    }
                    n += 1;
                    Ok(())
                })?;
                out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            }
            ExportFormat::Parquet => n = parquet_file(file, &store, &all)?,
        }
        Ok(n)
    })();
    let n = match written {
        Ok(n) => n,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e.context(format!("writing {}", a.out.display())));
        }
    };
    std::fs::rename(&tmp, &a.out).with_context(|| format!("renaming {} to {}", tmp.display(), a.out.display()))?;
    eprintln!("exported {n} events to {}", a.out.display());
    Ok(true)
}

#[cfg(not(feature = "parquet"))]
fn parquet_file(_: std::fs::File, _: &annals_store::Store, _: &EventQuery) -> Result<usize> {
    bail!("this annals was built without Parquet (build it with the default features)")
}

#[cfg(feature = "parquet")]
fn parquet_file(file: std::fs::File, store: &annals_store::Store, q: &EventQuery) -> Result<usize> {
    let mut w = parquet_out::Writer::new(file)?;
    let mut n = 0;
    store.each_event(q, |e| -> Result<()> {
        w.push(&e)?;
        n += 1;
        Ok(())
    })?;
    w.finish()?;
    Ok(n)
}

#[cfg(feature = "parquet")]
mod parquet_out {
    //! Events as Parquet: one column per field of the event record, dates as Date32.

    use annals_model::{Date, Event};
    use anyhow::Result;
    use arrow_array::builder::{BooleanBuilder, Date32Builder, Float64Builder, StringBuilder, UInt32Builder, UInt8Builder};
    use arrow_array::{ArrayRef, RecordBatch};
    use arrow_schema::{DataType, Field, Schema};
    use parquet::arrow::ArrowWriter;
    use std::sync::Arc;

    /// Events per row group.
    const ROWS: usize = 65_536;

    const TEXT: &[(&str, bool)] = &[
        ("id", false),
        ("doc", false),
        ("date_value", true),
        ("date_granularity", true),
        ("date_basis", true),
        ("source_code", true),
        ("source_country", true),
        ("target_code", true),
        ("target_country", true),
        ("cameo", false),
        ("root", false),
        ("plover", true),
        ("location_name", true),
        ("location_country", true),
        ("text", false),
    ];
    const FLOATS: &[&str] = &["goldstein", "lat", "lon", "tone"];

    pub struct Writer {
        w: ArrowWriter<std::fs::File>,
        schema: Arc<Schema>,
        text: Vec<StringBuilder>,
        floats: Vec<Float64Builder>,
        sentence: UInt32Builder,
        date_from: Date32Builder,
        date_to: Date32Builder,
        quad_class: UInt8Builder,
        negated: BooleanBuilder,
        rows: usize,
    }

    fn name<T: serde::Serialize>(t: &T) -> Option<String> {
        serde_json::to_value(t).ok()?.as_str().map(str::to_string)
    }

    fn days(d: Option<Date>) -> Option<i32> {
        let epoch = Date::new(1970, 1, 1).ok()?;
        i32::try_from(d?.days_since(epoch)).ok()
    }

    impl Writer {
        pub fn new(file: std::fs::File) -> Result<Writer> {
            let mut fields: Vec<Field> = TEXT.iter().map(|(n, null)| Field::new(*n, DataType::Utf8, *null)).collect();
            fields.extend([
                Field::new("sentence", DataType::UInt32, false),
                Field::new("date_from", DataType::Date32, true),
                Field::new("date_to", DataType::Date32, true),
                Field::new("quad_class", DataType::UInt8, false),
                Field::new("negated", DataType::Boolean, false),
            ]);
            fields.extend(FLOATS.iter().map(|n| Field::new(*n, DataType::Float64, *n != "goldstein")));
            let schema = Arc::new(Schema::new(fields));
            let w = ArrowWriter::try_new(file, schema.clone(), None)?;
            Ok(Writer {
                w,
                schema,
                text: TEXT.iter().map(|_| StringBuilder::new()).collect(),
                floats: FLOATS.iter().map(|_| Float64Builder::new()).collect(),
                sentence: UInt32Builder::new(),
                date_from: Date32Builder::new(),
                date_to: Date32Builder::new(),
                quad_class: UInt8Builder::new(),
                negated: BooleanBuilder::new(),
                rows: 0,
            })
        }

        pub fn push(&mut self, e: &Event) -> Result<()> {
            let d = e.date.as_ref();
            let (s, t, l) = (e.source.as_ref(), e.target.as_ref(), e.location.as_ref());
            let text = [
                Some(e.id.clone()),
                Some(e.doc.clone()),
                d.map(|d| d.value.clone()),
                d.and_then(|d| name(&d.granularity)),
                d.and_then(|d| name(&d.basis)),
                s.map(|a| a.code.clone()),
                s.and_then(|a| a.country.clone()),
                t.map(|a| a.code.clone()),
                t.and_then(|a| a.country.clone()),
                Some(e.cameo.clone()),
                Some(e.root.clone()),
                e.plover.clone(),
                l.map(|l| l.name.clone()),
                l.and_then(|l| l.country.clone()),
                Some(e.text.clone()),
            ];
            for (b, v) in self.text.iter_mut().zip(text) {
                b.append_option(v);
            }
            for (b, v) in self.floats.iter_mut().zip([Some(e.goldstein), l.and_then(|l| l.lat), l.and_then(|l| l.lon), e.tone]) {
                b.append_option(v);
            }
            self.sentence.append_value(u32::try_from(e.sentence).unwrap_or(u32::MAX));
            self.date_from.append_option(days(d.and_then(|d| d.from)));
            self.date_to.append_option(days(d.and_then(|d| d.to)));
            self.quad_class.append_value(e.quad_class);
            self.negated.append_value(e.negated);
            self.rows += 1;
            if self.rows == ROWS {
                self.flush()?;
            }
            Ok(())
        }

        fn flush(&mut self) -> Result<()> {
            if self.rows == 0 {
                return Ok(());
            }
            let mut cols: Vec<ArrayRef> = self.text.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef).collect();
            cols.push(Arc::new(self.sentence.finish()));
            cols.push(Arc::new(self.date_from.finish()));
            cols.push(Arc::new(self.date_to.finish()));
            cols.push(Arc::new(self.quad_class.finish()));
            cols.push(Arc::new(self.negated.finish()));
            cols.extend(self.floats.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef));
            self.w.write(&RecordBatch::try_new(self.schema.clone(), cols)?)?;
            self.rows = 0;
            Ok(())
        }

        pub fn finish(mut self) -> Result<()> {
            self.flush()?;
            self.w.into_inner()?.sync_all()?;
            Ok(())
        }
    }
}
