//! The async engine: a tokio runtime beside the single-threaded VM. Natives submit work and get
//! back at once; completions come back over a channel and the frame loop's async phase drains them.
//!
//! How it works:
//! - Nothing is started until the first request: `AsyncIo::default()` only sets a few fields.
//!   The first `http`/`save`/`load` starts a multi-thread tokio runtime with 2 worker threads and
//!   the completion channel (std `mpsc`).
//! - Each request is one tokio task (file work runs on tokio's blocking pool) that owns a
//!   [`Reporter`]. The reporter sends the final completion exactly once: the task hands it the
//!   result, and if the task never does (it panicked, was cancelled, the runtime shut down), the
//!   reporter's `Drop` sends a failure in its place. Progress completions (status 1) go out over
//!   the same channel before the final one, so they are always taken first.
//! - `pending()` counts submitted requests whose final completion has not been taken by
//!   `try_recv`/`recv_timeout` yet.
//!
//! For the frame loop (how each completion becomes `async_load`):
//! - HTTP keys (event 62): `"id"`, `"status"`, `"url"`, `"result"`, `"http_status"`,
//!   `"response_headers"` (a ds_map, final completions only, when `Some`), and on progress updates
//!   `"contentLength"` and `"sizeDownloaded"` (GameMaker's camelCase). Save/load (event 72):
//!   `"id"` and `"status"` (`ok`).
//! - `Completion::Http`: `result` is `Text` (put the string), `Path` (the path string given to
//!   `http_get_file`) or `Bytes` (only for `HttpTarget::Bytes`: when `buffer_targets` has the id,
//!   write the bytes into that buffer at offset 0 and put the byte count in `result`, then remove
//!   the entry once the completion is final). A network failure always carries `Text("")`, whatever
//!   the target: leave the buffer alone then.
//! - HTTP fields by case (`result` / `http_status` / `response_headers`):
//!   2xx: status 0, body, code, headers. Other complete response (4xx, 5xx, a 3xx without
//!   `Location`, or the 11th redirect in a row): status -1, body as text (as bytes for a `Bytes`
//!   target), code, headers. Network failure (malformed URL, refused, DNS, connect or request
//!   timeout, TLS, connection closed mid-body, malformed response, unsupported method): status -1,
//!   `Text("")`, 0, `None`, `content_length` -1, `size_downloaded` 0.
//!   `url` is always the URL as requested, even after redirects. A `File` target that gets a
//!   non-2xx answer leaves the file alone and carries the body as `Text`; a file that cannot be
//!   written counts as a network failure. Progress updates (status 1, `File` targets only, at
//!   most one per 64 KB or 100 ms of data) carry `Text("")`, the real `http_status`, no headers,
//!   `content_length` (-1 when the server sent none) and `size_downloaded`.
//!   `response_headers` lists every header line in order (names lower-case); a repeated header
//!   (`set-cookie`) appears once per line.
//! - Limits: the connect timeout (`set_connect_timeout`) bounds connecting; the request timeout
//!   (`set_request_timeout`, default 60 s) bounds the whole request: connecting, up to 10
//!   redirects, and the whole body. A body held in memory (`Text`, `Bytes`, and a `File`
//!   target's non-2xx answer) has a cap (`set_max_body`, default 256 MiB): past it, or when the
//!   `Content-Length` announces more, the request ends as a network failure. A `File` target's
//!   2xx body streams to disk and has no cap but the timeout. All are fixed when the request is
//!   made.
//! - Retries: an idempotent request (GET, HEAD, PUT, DELETE, OPTIONS, TRACE) whose connection
//!   closes or resets before the response begins (typically a pooled connection the server had
//!   closed) is sent once more on a new connection; a redirect's next request too.
//! - https uses rustls (ring) with Mozilla's roots from webpki-roots, or the roots given to
//!   `set_tls_roots`. HTTP/1.1 only, over hyper's client connections: a request on a new
//!   connection drives it in its own task; finished connections are kept alive in a shared pool
//!   (idle for at most 30 s) for later requests to the same host (`connection.rs`). Plain http
//!   connections carry no TLS state.

mod connection;
pub(crate) mod files;
mod http;
pub mod net;

use hashbrown::HashMap;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

/// What an HTTP request's response body goes into.
pub enum HttpTarget {
    /// `result` is the body as text.
    Text,
    /// `http_get_file`: streamed to this file (already resolved inside the sandbox); `result` is
    /// `display_path`; status-1 progress completions carry `content_length`/`size_downloaded`.
    File { path: PathBuf, display_path: String },
    /// `http_request` with a buffer: the body bytes come back in `HttpResult::Bytes`.
    Bytes,
}

pub struct HttpRequest {
    pub url: String,
    pub method: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub target: HttpTarget,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpResult {
    Text(String),
    Bytes(Vec<u8>),
    Path(String),
}

#[derive(Debug, Clone)]
pub struct HttpCompletion {
    pub id: i64,
    /// 1 progress, 0 finished with 2xx, -1 anything else.
    pub status: i32,
    pub url: String,
    pub result: HttpResult,
    /// 0 when no response arrived.
    pub http_status: u16,
    /// Present on final completions that got a response.
    pub response_headers: Option<Vec<(String, String)>>,
    /// -1 when unknown.
    pub content_length: i64,
    pub size_downloaded: i64,
}

impl HttpCompletion {
    /// The final completion of a request that got no usable response.
    pub fn network_failure(id: i64, url: String) -> HttpCompletion {
        HttpCompletion {
            id,
            status: -1,
            url,
            result: HttpResult::Text(String::new()),
            http_status: 0,
            response_headers: None,
            content_length: -1,
            size_downloaded: 0,
        }
    }
}

pub struct FileWrite {
    pub path: PathBuf,
    /// The file's new contents from `offset` on: the file ends up as its old first `offset` bytes
    /// (zero-filled if it was shorter or missing) followed by `data`, and nothing after.
    pub data: Vec<u8>,
    pub offset: u64,
}

pub struct FileRead {
    pub path: PathBuf,
    pub offset: u64,
    /// `None`: to the end of the file.
    pub size: Option<u64>,
}

#[derive(Debug, Clone)]
pub enum Completion {
    Http(HttpCompletion),
    /// `buffer_save_async` or a save group: one completion, `ok` false if any write failed.
    Save {
        id: i64,
        ok: bool,
    },
    /// `buffer_load_async` or a load group: the bytes of each read, in order (`None` for a failed read).
    Load {
        id: i64,
        reads: Vec<Option<Vec<u8>>>,
    },
    /// A connection, disconnection or packet (net/mod.rs); not a request: `pending` ignores it.
    Network(net::NetEvent),
}

impl Completion {
    /// The request id this completion belongs to.
    pub fn id(&self) -> i64 {
        match self {
            Completion::Http(h) => h.id,
            Completion::Save { id, .. } | Completion::Load { id, .. } => *id,
            Completion::Network(n) => n.id,
        }
    }
    /// Whether this is the request's last completion (everything but an HTTP progress update).
    pub fn is_final(&self) -> bool {
        !matches!(self, Completion::Http(h) if h.status == 1)
            && !matches!(self, Completion::Network(_))
    }
}

/// Default for the whole-request timeout and the connect timeout (GameMaker's 60 s).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default for the most bytes of one response body held in memory (`--max-http-body`).
pub const DEFAULT_MAX_BODY: usize = 256 << 20;

pub struct AsyncIo {
    engine: Option<Engine>,
    next_id: i64,
    client_settings: ClientSettings,
    request_timeout: Duration,
    max_body: usize,
    pending: usize,
    /// `http_request` ids whose response goes into a buffer: request id -> buffer index. The frame
    /// loop writes the final `HttpResult::Bytes` into the buffer and removes the entry.
    pub buffer_targets: HashMap<i64, i64>,
    /// Sockets and servers (started with the engine, on first use).
    net: Option<net::Net>,
}

impl Default for AsyncIo {
    fn default() -> Self {
        AsyncIo {
            engine: None,
            next_id: 1,
            client_settings: ClientSettings {
                connect_timeout: DEFAULT_TIMEOUT,
                tls_roots: None,
            },
            request_timeout: DEFAULT_TIMEOUT,
            max_body: DEFAULT_MAX_BODY,
            pending: 0,
            buffer_targets: HashMap::new(),
            net: None,
        }
    }
}

/// What the shared HTTP client is built with; a change builds a new client for later requests.
#[derive(Clone, PartialEq)]
struct ClientSettings {
    connect_timeout: Duration,
    /// DER certificates trusted instead of the built-in web roots (`None`: the web roots).
    tls_roots: Option<Vec<Vec<u8>>>,
}

/// The started half: runtime, channel and the shared HTTP client.
struct Engine {
    /// `None` when the runtime could not be started: every request then fails at once.
    runtime: Option<tokio::runtime::Runtime>,
    tx: mpsc::Sender<Completion>,
    rx: mpsc::Receiver<Completion>,
    /// The pooled client and what it was built with; rebuilt when the settings change (requests
    /// in flight keep their own handle to the old one).
    client: Option<(ClientSettings, http::Client)>,
}

impl Engine {
    fn start() -> Engine {
        let (tx, rx) = mpsc::channel();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .max_blocking_threads(64)
            .thread_name("gml-async")
            .enable_io()
            .enable_time()
            .build()
            .ok();
        Engine {
            runtime,
            tx,
            rx,
            client: None,
        }
    }

    fn client(&mut self, settings: &ClientSettings) -> Option<http::Client> {
        let rt = self.runtime.as_ref()?;
        match &self.client {
            Some((s, c)) if s == settings => Some(c.clone()),
            _ => {
                let _enter = rt.enter();
                let c = http::build_client(settings.connect_timeout, settings.tls_roots.as_deref());
                self.client = Some((settings.clone(), c.clone()));
                Some(c)
            }
        }
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        // Never wait for downloads or file work when the VM goes away; unfinished tasks are
        // dropped (their reporters send into a channel nobody reads any more).
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// Sends a request's completions. The final one goes out exactly once: through `finish`, or,
/// if the task ends without calling it (panic, cancellation, shutdown), as the fallback on drop.
pub(crate) struct Reporter {
    tx: mpsc::Sender<Completion>,
    fallback: Option<Completion>,
}

impl Reporter {
    fn new(tx: mpsc::Sender<Completion>, fallback: Completion) -> Reporter {
        Reporter {
            tx,
            fallback: Some(fallback),
        }
    }
    /// A status-1 progress update.
    pub(crate) fn progress(&self, c: HttpCompletion) {
        debug_assert_eq!(c.status, 1);
        let _ = self.tx.send(Completion::Http(c));
    }
    /// The final completion.
    pub(crate) fn finish(mut self, c: Completion) {
        self.fallback = None;
        let _ = self.tx.send(c);
    }
}

impl Drop for Reporter {
    fn drop(&mut self) {
        if let Some(c) = self.fallback.take() {
            let _ = self.tx.send(c);
        }
    }
}

impl AsyncIo {
    /// A fresh positive request id, shared by every async function (HTTP, buffers, dialogs...).
    pub fn next_id(&mut self) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn engine(&mut self) -> &mut Engine {
        self.engine.get_or_insert_with(Engine::start)
    }

    /// Starts an HTTP request; its completions will carry `id`.
    pub fn http(&mut self, id: i64, req: HttpRequest) {
        self.pending += 1;
        let settings = self.client_settings.clone();
        let request_timeout = self.request_timeout;
        let max_body = self.max_body;
        let engine = self.engine();
        let reporter = Reporter::new(
            engine.tx.clone(),
            Completion::Http(HttpCompletion::network_failure(id, req.url.clone())),
        );
        let Some(client) = engine.client(&settings) else {
            return; // no runtime: the reporter's fallback fails the request now
        };
        if let Some(rt) = &engine.runtime {
            rt.spawn(http::run(
                client,
                id,
                Box::new(req),
                request_timeout,
                settings.connect_timeout,
                max_body,
                reporter,
            ));
        }
    }

    /// Writes every file atomically (temp file + rename), then completes once.
    pub fn save(&mut self, id: i64, writes: Vec<FileWrite>) {
        self.pending += 1;
        let engine = self.engine();
        let reporter = Reporter::new(engine.tx.clone(), Completion::Save { id, ok: false });
        if let Some(rt) = &engine.runtime {
            rt.spawn_blocking(move || files::save(id, writes, reporter));
        }
    }

    /// Reads every file, then completes once.
    pub fn load(&mut self, id: i64, reads: Vec<FileRead>) {
        self.pending += 1;
        let engine = self.engine();
        let fallback = Completion::Load {
            id,
            reads: vec![None; reads.len()],
        };
        let reporter = Reporter::new(engine.tx.clone(), fallback);
        if let Some(rt) = &engine.runtime {
            rt.spawn_blocking(move || files::load(id, reads, reporter));
        }
    }

    /// The connect timeout for requests made from now on (values below 1 ms become 1 ms).
    pub fn set_connect_timeout(&mut self, timeout: Duration) {
        self.client_settings.connect_timeout = timeout.max(Duration::from_millis(1));
    }
    pub fn connect_timeout(&self) -> Duration {
        self.client_settings.connect_timeout
    }
    /// Trusts exactly these DER-encoded root certificates for https requests made from now on,
    /// instead of the built-in web roots (Mozilla's, from webpki-roots); `None` goes back to the
    /// web roots. For tests against a local TLS server, or a self-hosted server with its own CA.
    /// Returns false (and changes nothing) when a certificate cannot be parsed.
    pub fn set_tls_roots(&mut self, roots: Option<Vec<Vec<u8>>>) -> bool {
        if let Some(r) = &roots {
            if http::root_store(r).is_none() {
                return false;
            }
        }
        self.client_settings.tls_roots = roots;
        if let Some(n) = &mut self.net {
            n.tls_roots = self.client_settings.tls_roots.clone();
        }
        true
    }
    /// The limit on a whole request (connect, redirects, body) for requests made from now on.
    /// Default 60 s; tests shorten it.
    pub fn set_request_timeout(&mut self, timeout: Duration) {
        self.request_timeout = timeout.max(Duration::from_millis(1));
    }
    pub fn request_timeout(&self) -> Duration {
        self.request_timeout
    }
    /// The most bytes of one response body held in memory, for requests made from now on
    /// (`http_get_file` streams to its file and is not bounded by it). A body that passes it
    /// ends the request as a network failure. At least 1.
    pub fn set_max_body(&mut self, bytes: usize) {
        self.max_body = bytes.max(1);
    }
    pub fn max_body(&self) -> usize {
        self.max_body
    }

    /// The networking side, started with the engine on first use; `None` when the runtime could
    /// not start (every network function then fails with a value below 0).
    pub fn net(&mut self) -> Option<&mut net::Net> {
        if self.net.is_none() {
            let tls_roots = self.client_settings.tls_roots.clone();
            let engine = self.engine();
            let handle = engine.runtime.as_ref()?.handle().clone();
            let mut n = net::Net::new(handle, engine.tx.clone());
            n.tls_roots = tls_roots;
            self.net = Some(n);
        }
        self.net.as_mut()
    }

    /// The networking side if it was ever used.
    pub fn net_if_started(&mut self) -> Option<&mut net::Net> {
        self.net.as_mut()
    }

    /// Whether an open socket or server may still bring events.
    pub fn network_active(&self) -> bool {
        self.net.as_ref().is_some_and(|n| n.is_active())
    }

    /// Requests submitted whose final completion has not been taken yet.
    pub fn pending(&self) -> usize {
        self.pending
    }

    fn taken(&mut self, c: Completion) -> Completion {
        if c.is_final() {
            self.pending = self.pending.saturating_sub(1);
        }
        c
    }

    /// The next completion if one is ready.
    pub fn try_recv(&mut self) -> Option<Completion> {
        let c = self.engine.as_ref()?.rx.try_recv().ok()?;
        Some(self.taken(c))
    }

    /// Blocks until a completion arrives or `timeout` passes (`None`: no limit). Returns `None` at
    /// once when nothing is pending, so it can never block forever on nothing.
    pub fn recv_timeout(&mut self, timeout: Option<Duration>) -> Option<Completion> {
        if self.pending == 0 && !self.network_active() {
            return self.try_recv();
        }
        let engine = self.engine.as_ref()?;
        let c = match timeout {
            Some(t) => engine.rx.recv_timeout(t).ok()?,
            None => engine.rx.recv().ok()?,
        };
        Some(self.taken(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_cheap_and_ids_start_at_one() {
        let mut a = AsyncIo::default();
        assert!(a.engine.is_none());
        assert_eq!(a.next_id(), 1);
        assert_eq!(a.next_id(), 2);
        assert_eq!(a.pending(), 0);
        assert!(a.try_recv().is_none());
        assert!(a.recv_timeout(None).is_none());
        assert_eq!(a.connect_timeout(), Duration::from_secs(60));
    }

    #[test]
    fn reporter_sends_fallback_exactly_once() {
        let (tx, rx) = mpsc::channel();
        let r = Reporter::new(tx.clone(), Completion::Save { id: 1, ok: false });
        drop(r);
        let r = Reporter::new(tx, Completion::Save { id: 2, ok: false });
        r.finish(Completion::Save { id: 2, ok: true });
        let got: Vec<_> = rx.try_iter().collect();
        assert_eq!(got.len(), 2);
        assert!(matches!(got[0], Completion::Save { id: 1, ok: false }));
        assert!(matches!(got[1], Completion::Save { id: 2, ok: true }));
    }

    #[test]
    fn a_panicking_task_still_completes() {
        let mut a = AsyncIo::default();
        a.pending += 1;
        let engine = a.engine();
        let reporter = Reporter::new(engine.tx.clone(), Completion::Save { id: 7, ok: false });
        engine.runtime.as_ref().unwrap().spawn(async move {
            let _r = reporter;
            panic!("boom (expected by a test)");
        });
        let c = a.recv_timeout(Some(Duration::from_secs(5))).unwrap();
        assert!(matches!(c, Completion::Save { id: 7, ok: false }));
        assert_eq!(a.pending(), 0);
    }
}
