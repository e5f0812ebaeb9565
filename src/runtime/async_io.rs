//! The async engine: a tokio runtime beside the single-threaded VM. Natives submit work and get
//! back at once; completions come back over a channel and the frame loop's async phase drains them.
//! (Interface fixed; implementation being written.)

use std::path::PathBuf;
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

pub enum HttpResult {
    Text(String),
    Bytes(Vec<u8>),
    Path(String),
}

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

pub struct FileWrite {
    pub path: PathBuf,
    pub data: Vec<u8>,
    pub offset: u64,
}

pub struct FileRead {
    pub path: PathBuf,
    pub offset: u64,
    /// `None`: to the end of the file.
    pub size: Option<u64>,
}

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
}

#[derive(Default)]
pub struct AsyncIo {}

impl AsyncIo {
    /// Starts an HTTP request; its completions will carry `id`.
    pub fn http(&mut self, id: i64, req: HttpRequest) {
        let _ = (id, req);
    }
    /// Writes every file atomically (temp file + rename), then completes once.
    pub fn save(&mut self, id: i64, writes: Vec<FileWrite>) {
        let _ = (id, writes);
    }
    /// Reads every file, then completes once.
    pub fn load(&mut self, id: i64, reads: Vec<FileRead>) {
        let _ = (id, reads);
    }
    pub fn set_connect_timeout(&mut self, timeout: Duration) {
        let _ = timeout;
    }
    pub fn connect_timeout(&self) -> Duration {
        Duration::from_secs(60)
    }
    /// Requests submitted whose final completion has not been taken yet.
    pub fn pending(&self) -> usize {
        0
    }
    /// The next completion if one is ready.
    pub fn try_recv(&mut self) -> Option<Completion> {
        None
    }
    /// Blocks until a completion arrives or `timeout` passes (`None`: no limit).
    pub fn recv_timeout(&mut self, timeout: Option<Duration>) -> Option<Completion> {
        let _ = timeout;
        None
    }
}
