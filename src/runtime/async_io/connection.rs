//! HTTP/1.1 connections for the request tasks: connecting (hyper-util's `HttpConnector`, rustls
//! through hyper-rustls for https), hyper's client connection, and the keep-alive pool.
//!
//! A request on a new connection drives hyper's `Connection` inside its own task ([`Link::drive`])
//! instead of spawning it, and keeps no boxed pool bookkeeping: that is most of what a request
//! waiting for its answer costs besides hyper's own buffers (benches/http_gml/README.md). When
//! the response has been read, a reusable connection goes to the pool with a small task of its
//! own that drives it while it is idle (so a close by the server is noticed) and while a later
//! request that checked it out uses it. Idle connections expire after [`IDLE_TIMEOUT`].

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::client::conn::http1;
use hyper::header::{self, HeaderValue};
use hyper::rt::{Read, ReadBufCursor, Write};
use hyper::{Request, Response, Uri};
use hyper_rustls::{HttpsConnector, MaybeHttpsStream};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioIo;
use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tower_service::Service;

/// The request body type: the whole body in memory.
pub(crate) type Body = Full<Bytes>;
type Connection = http1::Connection<Stream, Body>;
type Sender = http1::SendRequest<Body>;

/// How long an unused connection stays in the pool.
pub(crate) const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// A connection's byte stream. The TLS state is boxed, so a plain connection does not carry it.
pub(crate) enum Stream {
    Plain(TokioIo<TcpStream>),
    Tls(Box<MaybeHttpsStream<TokioIo<TcpStream>>>),
}

impl Read for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(&mut **s).poll_read(cx, buf),
        }
    }
}

impl Write for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(&mut **s).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(&mut **s).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(&mut **s).poll_shutdown(cx),
        }
    }
    fn is_write_vectored(&self) -> bool {
        match self {
            Stream::Plain(s) => s.is_write_vectored(),
            Stream::Tls(s) => s.is_write_vectored(),
        }
    }
    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Stream::Tls(s) => Pin::new(&mut **s).poll_write_vectored(cx, bufs),
        }
    }
}

/// Why an exchange got no response.
#[derive(Debug)]
pub(crate) enum SendError {
    /// The server was not reached (DNS, refused, connect timeout, TLS handshake).
    Connect,
    /// The connection failed or closed before the response head arrived.
    Http(hyper::Error),
    /// A pooled connection closed before the request went out on it: here it is, to send again.
    Unsent(Box<Request<Body>>),
}

/// What a connection is for: https or not, small reads or not, and the URL's authority.
#[derive(Clone, PartialEq, Eq, Hash)]
struct PoolKey {
    tls: bool,
    small_reads: bool,
    authority: String,
}

/// hyper's read buffer on a connection for a body held in memory (`http_get`, `http_post_string`,
/// `http_request`): a fixed 512 bytes. hyper reserves its read buffer as soon as the request is
/// sent, 8 KB by default (growing with the data), so a request waiting for its answer keeps it
/// all the while; 512 bytes saves about 4.8 KB of each one in flight (benches/http_gml/README.md).
/// The price is one read per 512 bytes of body: a 64 MB body over the loopback takes ~185 ms
/// instead of ~80 (~350 MB/s, still far above what a server on a network sends). Downloads to
/// a file (`http_get_file`) keep hyper's growing buffer.
pub(crate) const SMALL_READ_BUF: usize = 512;

/// Makes connections and keeps the idle ones.
pub(crate) struct Connector {
    http: HttpConnector,
    https: HttpsConnector<HttpConnector>,
    pool: Arc<Pool>,
}

impl Connector {
    pub(crate) fn new(http: HttpConnector, https: HttpsConnector<HttpConnector>) -> Connector {
        Connector {
            http,
            https,
            pool: Arc::default(),
        }
    }

    /// Sends `req` (an absolute URL) on an idle pooled connection to its host, or on a new one
    /// (always a new one when `fresh`), and waits for the response head. The returned link is
    /// what reads the body; give it back with [`Link::release`].
    /// (`req` comes boxed so that the task does not hold it twice while it waits: once as this
    /// function's argument and once inside hyper's response future.)
    pub(crate) async fn exchange(
        &self,
        fresh: bool,
        small_reads: bool,
        req: Box<Request<Body>>,
    ) -> Result<(Link, Response<Incoming>), SendError> {
        let mut req = req;
        let (key, uri) = prepare(&mut req, small_reads);
        let pooled = if fresh {
            None
        } else {
            self.pool.checkout(&key)
        };
        let mut link = match pooled {
            Some(sender) => {
                drop(uri);
                Link {
                    key,
                    sender,
                    conn: None,
                }
            }
            // Boxed: connecting takes room the task no longer needs once it waits for the answer.
            None => Box::pin(self.connect(uri, key)).await?,
        };
        let response = std::pin::pin!(link.sender.try_send_request(*req));
        match link.drive(response).await {
            Ok(response) => Ok((link, response)),
            Err(mut e) => match e.take_message() {
                // A pooled connection that closed before taking the request: it was never sent,
                // whatever its method, so the caller sends it again on a new connection (as
                // hyper-util's pool did). Rebuilt with its absolute URL for that.
                Some(mut req) if link.conn.is_none() && !fresh => {
                    match absolute_form(&link.key, req.uri()) {
                        Some(uri) => {
                            *req.uri_mut() = uri;
                            Err(SendError::Unsent(Box::new(req)))
                        }
                        None => Err(SendError::Http(e.into_error())),
                    }
                }
                _ => Err(SendError::Http(e.into_error())),
            },
        }
    }

    async fn connect(&self, uri: Uri, key: PoolKey) -> Result<Link, SendError> {
        let stream = if key.tls {
            let tls = self.https.clone().call(uri).await;
            Stream::Tls(Box::new(tls.map_err(|_| SendError::Connect)?))
        } else {
            let tcp = self.http.clone().call(uri).await;
            Stream::Plain(tcp.map_err(|_| SendError::Connect)?)
        };
        let mut builder = http1::Builder::new();
        if key.small_reads {
            builder.read_buf_exact_size(Some(SMALL_READ_BUF));
        }
        let (sender, conn) = builder.handshake(stream).await.map_err(SendError::Http)?;
        Ok(Link {
            key,
            sender,
            conn: Some(conn),
        })
    }

    /// The pool, for [`Link::release`].
    pub(crate) fn pool(&self) -> &Arc<Pool> {
        &self.pool
    }
}

/// Puts `req` in the form sent on a connection (origin-form target, `Host` header) and returns
/// where it goes and its absolute URL. (A plain function: the task keeps no room for the
/// borrows it takes.)
fn prepare(req: &mut Request<Body>, small_reads: bool) -> (PoolKey, Uri) {
    let uri = std::mem::take(req.uri_mut());
    let tls = uri
        .scheme_str()
        .is_some_and(|s| s.eq_ignore_ascii_case("https"));
    let authority = uri.authority().map_or("", |a| a.as_str());
    let key = PoolKey {
        tls,
        small_reads,
        authority: authority.to_ascii_lowercase(),
    };
    if !req.headers().contains_key(header::HOST) {
        // (Checked first: `entry` would grow a map cloned at its length.)
        req.headers_mut().insert(header::HOST, host_header(&uri));
    }
    *req.uri_mut() = origin_form(&uri);
    (key, uri)
}

/// The `Host` header for `uri`: the host, with the port unless it is the scheme's default.
pub(crate) fn host_header(uri: &Uri) -> HeaderValue {
    let tls = uri
        .scheme_str()
        .is_some_and(|s| s.eq_ignore_ascii_case("https"));
    let host = uri.host().unwrap_or("");
    let value = match uri.port_u16() {
        Some(p) if p != if tls { 443 } else { 80 } => format!("{host}:{p}"),
        _ => host.to_string(),
    };
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static(""))
}

/// The request target sent on the connection: the path and query only.
fn origin_form(uri: &Uri) -> Uri {
    match uri.path_and_query() {
        Some(p) if p.as_str() != "/" => Uri::from(p.clone()),
        _ => Uri::default(),
    }
}

/// The absolute URL again of a request target in origin form, sent on a connection for `key`.
fn absolute_form(key: &PoolKey, target: &Uri) -> Option<Uri> {
    Uri::builder()
        .scheme(if key.tls { "https" } else { "http" })
        .authority(key.authority.as_str())
        .path_and_query(target.path_and_query()?.clone())
        .build()
        .ok()
}

/// A request's hold on its connection.
pub(crate) struct Link {
    key: PoolKey,
    sender: Sender,
    /// The connection itself when this task drives it (a new one); `None` when it came from
    /// the pool (its own task drives it) or has ended.
    conn: Option<Connection>,
}

impl Link {
    /// Waits for `f` (a response or a body frame), driving the connection meanwhile when this
    /// task owns it. (A plain future, not an `async fn`: `f` is held once, not copied into a
    /// second slot of the task's state.)
    pub(crate) fn drive<F: Future + Unpin>(&mut self, f: F) -> Driving<'_, F> {
        Driving {
            conn: &mut self.conn,
            f,
        }
    }

    /// Gives the connection back once the response has been read (or dropped). Usually hyper
    /// can take another request on it at once: it goes to the pool before the request's
    /// completion is sent (so the next request, made from the Async event, finds it), with a
    /// task that drives it while idle. Otherwise a task waits until it can, then pools it; a
    /// connection that closes instead is dropped.
    pub(crate) async fn release(self, pool: &Arc<Pool>) {
        let Link {
            key,
            mut sender,
            mut conn,
        } = self;
        let now = {
            let mut ready = Driving {
                conn: &mut conn,
                f: std::future::poll_fn(|cx| sender.poll_ready(cx)),
            };
            std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut ready).poll(cx))).await
        };
        match now {
            Poll::Ready(Ok(())) => {
                pool.put(key, sender);
                if let Some(conn) = conn {
                    tokio::spawn(async move {
                        let _ = conn.await;
                    });
                }
            }
            Poll::Ready(Err(_)) => {}
            Poll::Pending => {
                let pool = pool.clone();
                tokio::spawn(async move {
                    let ready = Driving {
                        conn: &mut conn,
                        f: std::future::poll_fn(|cx| sender.poll_ready(cx)),
                    };
                    if ready.await.is_ok() {
                        pool.put(key, sender);
                    }
                    if let Some(conn) = conn {
                        let _ = conn.await;
                    }
                });
            }
        }
    }
}

/// Waits for `f`, polling `conn` (when there is one) beside it; an ended connection is dropped,
/// which ends whatever `f` still waits for on it.
pub(crate) struct Driving<'a, F> {
    conn: &'a mut Option<Connection>,
    f: F,
}

impl<F: Future + Unpin> Future for Driving<'_, F> {
    type Output = F::Output;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.get_mut();
        if let Some(c) = this.conn {
            if Pin::new(c).poll(cx).is_ready() {
                *this.conn = None;
            }
        }
        Pin::new(&mut this.f).poll(cx)
    }
}

struct Idle {
    sender: Sender,
    since: Instant,
}

#[derive(Default)]
struct PoolState {
    idle: HashMap<PoolKey, Vec<Idle>>,
    /// Whether the task that drops expired connections is running.
    reaping: bool,
}

/// Idle keep-alive connections by host.
#[derive(Default)]
pub(crate) struct Pool {
    state: Mutex<PoolState>,
}

impl Pool {
    /// The most recently used idle connection to `key` that can take a request now.
    fn checkout(&self, key: &PoolKey) -> Option<Sender> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let list = state.idle.get_mut(key)?;
        let mut found = None;
        while let Some(idle) = list.pop() {
            if idle.since.elapsed() < IDLE_TIMEOUT && idle.sender.is_ready() {
                found = Some(idle.sender);
                break;
            }
        }
        if list.is_empty() {
            state.idle.remove(key);
        }
        found
    }

    fn put(self: &Arc<Self>, key: PoolKey, sender: Sender) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.idle.entry(key).or_default().push(Idle {
            sender,
            since: Instant::now(),
        });
        if !state.reaping {
            state.reaping = true;
            tokio::spawn(reap(self.clone()));
        }
    }
}

/// Drops expired and closed idle connections (their tasks then end) until the pool is empty.
async fn reap(pool: Arc<Pool>) {
    loop {
        tokio::time::sleep(IDLE_TIMEOUT / 2).await;
        let mut state = pool.state.lock().unwrap_or_else(|e| e.into_inner());
        state.idle.retain(|_, list| {
            list.retain(|i| i.since.elapsed() < IDLE_TIMEOUT && !i.sender.is_closed());
            !list.is_empty()
        });
        if state.idle.is_empty() {
            state.reaping = false;
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_and_target() {
        let u: Uri = "http://h:8080/a?b=1".parse().unwrap();
        assert_eq!(host_header(&u), "h:8080");
        assert_eq!(origin_form(&u), "/a?b=1");
        let u: Uri = "https://h:443".parse().unwrap();
        assert_eq!(host_header(&u), "h");
        assert_eq!(origin_form(&u), "/");
        let u: Uri = "http://[::1]:80/".parse().unwrap();
        assert_eq!(host_header(&u), "[::1]");
        let key = PoolKey {
            tls: true,
            small_reads: true,
            authority: "h:8443".into(),
        };
        let back = absolute_form(&key, &origin_form(&"https://h:8443/a?b".parse().unwrap()));
        assert_eq!(back.unwrap(), "https://h:8443/a?b");
    }
}
