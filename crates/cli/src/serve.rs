//! `annals serve`: the database over HTTP, read-only. A JSON API (`/api/events`,
//! `/api/on/MM-DD`, `/api/dyad/A/B`, `/api/docs/ID`) and the web page at `/` that uses it.

use crate::db::{self, parse_month_day};
use annals_store::{EventQuery, Period, Store, StoreError};
use anyhow::{Context as _, Result};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

const PAGE: &str = include_str!("web/index.html");

/// The most events one request returns.
const MAX_LIMIT: usize = 5000;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The database file (default: $ANNALS_DB, else annals.db).
    #[arg(long)]
    db: Option<PathBuf>,
    /// The address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: String,
}

type Shared = Arc<Mutex<Store>>;

pub fn run(a: ServeArgs) -> Result<bool> {
    let store = db::open_existing(&a.db)?;
    let path = store.path().to_string();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_io().build().context("starting the server runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&a.addr).await.with_context(|| format!("listening on {}", a.addr))?;
        let addr = listener.local_addr()?;
        eprintln!("annals: serving {path} at http://{addr}/ (Ctrl-C stops)");
        axum::serve(listener, router(Arc::new(Mutex::new(store))))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .context("serving")
    })?;
    Ok(true)
}

pub fn router(store: Shared) -> Router {
    Router::new()
        .route("/", get(|| async { Html(PAGE) }))
        .route("/api/events", get(events))
        .route("/api/on/{day}", get(on))
        .route("/api/dyad/{a}/{b}", get(dyad))
        .route("/api/dyad/{a}/{b}/svg", get(dyad_svg))
        .route("/api/docs/{*id}", get(document))
        // read-only: no request carries a body worth reading
        .layer(DefaultBodyLimit::max(1024))
        .with_state(store)
}

/// An error answered as `{"error": "..."}` with its status.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

fn bad(msg: impl Into<String>) -> ApiError {
    ApiError(StatusCode::BAD_REQUEST, msg.into())
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
    }
}

/// Runs a query on the store off the async threads.
async fn with_store<T: Send + 'static>(store: Shared, f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(move || {
        let st = store.lock().map_err(|_| ApiError(StatusCode::INTERNAL_SERVER_ERROR, "the database lock was poisoned".into()))?;
        f(&st)
    })
    .await
    .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
}

/// An actor code as a user may give it: letters only, 3 to 12 of them.
fn actor(s: &str) -> Result<String, ApiError> {
    if (3..=12).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(s.to_ascii_uppercase())
    } else {
        Err(bad(format!("{s:?} is not an actor code (three or more letters, as USA or USAGOV)")))
    }
}

fn date(name: &str, s: &str) -> Result<annals_model::Date, ApiError> {
    annals_model::Date::parse(s).map_err(|e| bad(format!("{name}={s:?}: {e}")))
}

/// The filters of `/api/events`, checked.
fn event_query(p: &HashMap<String, String>) -> Result<EventQuery, ApiError> {
    let mut q = EventQuery { limit: Some(1000), ..Default::default() };
    for (k, v) in p {
        match k.as_str() {
            "actor" => q.actor = Some(actor(v)?),
            "dyad" => {
                let (a, b) = v.split_once(',').ok_or_else(|| bad("dyad must be two actor codes, as dyad=USA,CUB"))?;
                q.dyad = Some((actor(a)?, actor(b)?));
            }
            "code" => {
                if v.is_empty() || v.len() > 4 || !v.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(bad(format!("code={v:?} is not a CAMEO code or root (as 04 or 046)")));
                }
                q.code = Some(v.clone());
            }
            "quad" => q.quad = Some(v.parse().ok().filter(|n| (1..=4).contains(n)).ok_or_else(|| bad(format!("quad={v:?} is not a QuadClass (1 to 4)")))?),
            "from" => q.from = Some(date("from", v)?),
            "to" => q.to = Some(date("to", v)?),
            "doc" => q.doc = Some(v.clone()),
            "q" => {
                if v.len() > 200 {
                    return Err(bad("q is longer than 200 bytes"));
                }
                q.search = Some(v.clone());
            }
            "limit" => {
                q.limit = Some(
                    v.parse().ok().filter(|n| (1..=MAX_LIMIT).contains(n)).ok_or_else(|| bad(format!("limit={v:?} is not a number from 1 to {MAX_LIMIT}")))?,
                )
            }
            _ => return Err(bad(format!("unknown parameter {k:?} (actor, dyad, code, quad, from, to, doc, q, limit)"))),
        }
    }
    Ok(q)
}

async fn events(State(store): State<Shared>, Query(p): Query<HashMap<String, String>>) -> Result<Json<Value>, ApiError> {
    let q = event_query(&p)?;
    let evs = with_store(store, move |st| Ok(st.events(&q)?)).await?;
    Ok(Json(json!({ "count": evs.len(), "events": evs })))
}

async fn on(State(store): State<Shared>, Path(day): Path<String>) -> Result<Json<Value>, ApiError> {
    let (m, d) = parse_month_day(&day).ok_or_else(|| bad(format!("{day:?} is not a month and day (MM-DD, as 03-24)")))?;
    let evs = with_store(store, move |st| Ok(st.on_this_day(m, d)?)).await?;
    Ok(Json(json!({ "day": format!("{m:02}-{d:02}"), "events": evs })))
}

fn period(p: &HashMap<String, String>) -> Result<(Period, &'static str), ApiError> {
    match p.get("by").map(String::as_str) {
        None | Some("year") => Ok((Period::Year, "year")),
        Some("month") => Ok((Period::Month, "month")),
        Some(x) => Err(bad(format!("by={x:?}: year or month"))),
    }
}

async fn dyad(State(store): State<Shared>, Path((a, b)): Path<(String, String)>, Query(p): Query<HashMap<String, String>>) -> Result<Json<Value>, ApiError> {
    let (a, b, (by, by_name)) = (actor(&a)?, actor(&b)?, period(&p)?);
    let (qa, qb) = (a.clone(), b.clone());
    let rows = with_store(store, move |st| Ok(st.dyad(&qa, &qb, by)?)).await?;
    Ok(Json(json!({ "a": a, "b": b, "by": by_name, "rows": rows })))
}

async fn dyad_svg(State(store): State<Shared>, Path((a, b)): Path<(String, String)>, Query(p): Query<HashMap<String, String>>) -> Result<Response, ApiError> {
    let (a, b, (by, by_name)) = (actor(&a)?, actor(&b)?, period(&p)?);
    let (qa, qb) = (a.clone(), b.clone());
    let rows = with_store(store, move |st| Ok(st.dyad(&qa, &qb, by)?)).await?;
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], crate::output::dyad_svg(&a, &b, by_name, &rows)).into_response())
}

/// A document with the sentences its events come from marked, as offsets in UTF-16 code
/// units (what a browser's strings count).
async fn document(State(store): State<Shared>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    if id.len() > 2048 {
        return Err(bad("the document id is longer than 2048 bytes"));
    }
    let key = id.clone();
    let (doc, evs) = with_store(store, move |st| {
        let doc = st.document(&key)?.ok_or_else(|| ApiError(StatusCode::NOT_FOUND, format!("no document {key:?}")))?;
        let evs = st.events(&EventQuery { doc: Some(key), limit: Some(MAX_LIMIT), ..Default::default() })?;
        Ok((doc, evs))
    })
    .await?;
    let mut marks: Vec<(usize, usize, Vec<&str>)> = Vec::new();
    for e in &evs {
        match marks.iter_mut().find(|m| (m.0, m.1) == (e.span[0], e.span[1])) {
            Some(m) => m.2.push(&e.id),
            None => marks.push((e.span[0], e.span[1], vec![&e.id])),
        }
    }
    marks.sort();
    let utf16 = |byte: usize| doc.text.get(..byte).map_or(0, |s| s.encode_utf16().count());
    let marks: Vec<Value> = marks.iter().map(|(s, e, ids)| json!({ "start": utf16(*s), "end": utf16(*e), "events": ids })).collect();
    Ok(Json(json!({ "doc": doc, "events": evs, "marks": marks })))
}
