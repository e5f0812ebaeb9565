//! A local HTTP test server for integration tests: `TestServer::start()` serves on 127.0.0.1 with
//! a port the OS picks, on its own thread and runtime, and stops when dropped.
//!
//! Routes (on `addr`):
//! - `/hello`: 200 "Hello, World!"
//! - `/text?n=LINES`: 200, lines "line 1\n" .. "line LINES\n" (Content-Length)
//! - `/status/{code}`: that code, body "status {code}"
//! - `/empty`: 200, empty body
//! - `/echo`: 200, body "METHOD\n" + request body; request header `x-test` comes back as `x-echo`
//! - `/redirect/{n}`: n redirects (302, relative `Location`) then `/hello`
//! - `/redirect-loop`: 302 to itself, forever
//! - `/redirect-303` and `/redirect-307`: that status to `/echo`
//! - `/never`: accepts the request and never answers
//! - `/delay?ms=N`: 200 "Hello, World!" after N milliseconds (default 1000)
//! - `/big?mb=N`: N MB of 'x', chunked
//! - `/slow-body`: 10 chunks "chunk I\n", one every 50 ms, chunked
//! - `/bytes`: the 256 bytes 0..=255
//! - `/malformed`, `/close-mid-body`: 307 to the same path on the raw listener (see below)
//! - anything else: 404 "not found"
//!
//! A second, raw TCP listener (`raw_addr`) misbehaves below HTTP: `/malformed` answers with bytes
//! that are not HTTP; `/close-mid-body` declares Content-Length 1000, sends 10 bytes and closes.
//! `url(path)` sends these two paths straight to it.
//!
//! A third listener (`tls_addr`) speaks https with a certificate for 127.0.0.1 and localhost
//! issued by a test CA (`test_ca_der()`; trust it with `AsyncIo::set_tls_roots`): `/hello` gives
//! 200 "Hello, World!", `/to-http` a 302 to `/hello` on the plain server, anything else 404.
#![allow(dead_code)]

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Frame, Incoming};
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

pub struct TestServer {
    /// The HTTP server.
    pub addr: SocketAddr,
    /// The raw listener behind `/malformed` and `/close-mid-body`.
    pub raw_addr: SocketAddr,
    /// The https listener.
    pub tls_addr: SocketAddr,
    tls_stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    tls_thread: Option<std::thread::JoinHandle<()>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

type ResBody = BoxBody<Bytes, std::io::Error>;

impl TestServer {
    pub fn start() -> TestServer {
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (shutdown_tx, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("test-http-server".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("test server runtime");
                rt.block_on(async move {
                    let http = listen_local();
                    let raw = TcpListener::bind("127.0.0.1:0").await.expect("bind raw");
                    let raw_addr = raw.local_addr().unwrap();
                    addr_tx
                        .send((http.local_addr().unwrap(), raw_addr))
                        .unwrap();
                    tokio::select! {
                        _ = shutdown_rx => {}
                        _ = serve_http(http, raw_addr) => {}
                        _ = serve_raw(raw) => {}
                    }
                });
                // Dropping the runtime cancels every connection still open (`/never`...).
                drop(rt);
            })
            .expect("spawn test server");
        let (addr, raw_addr) = addr_rx.recv().expect("test server failed to start");
        let (tls_addr, tls_stop, tls_thread) = start_tls(addr);
        TestServer {
            addr,
            raw_addr,
            tls_addr,
            tls_stop,
            tls_thread: Some(tls_thread),
            shutdown: Some(shutdown_tx),
            thread: Some(thread),
        }
    }

    /// The full URL of `path` (which starts with '/') on this server.
    pub fn url(&self, path: &str) -> String {
        let addr = if path.starts_with("/malformed") || path.starts_with("/close-mid-body") {
            self.raw_addr
        } else {
            self.addr
        };
        format!("http://{addr}{path}")
    }

    /// The https URL of `path` on the TLS listener.
    pub fn tls_url(&self, path: &str) -> String {
        format!("https://{}{path}", self.tls_addr)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        self.tls_stop
            .store(true, std::sync::atomic::Ordering::SeqCst);
        // Wake the blocking accept.
        let _ = std::net::TcpStream::connect(self.tls_addr);
        if let Some(t) = self.tls_thread.take() {
            let _ = t.join();
        }
    }
}

/// A listener on 127.0.0.1 (a port the OS picks) with room for 1,024 connections waiting to be
/// accepted: tokio's `bind` asks for 128 here, and a benchmark that opens 256 connections at
/// once then loses SYNs that come back only after a second (`benches/http_gml/`).
fn listen_local() -> TcpListener {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket.bind("127.0.0.1:0".parse().unwrap()).expect("bind");
    socket.listen(1024).expect("listen")
}

/// A URL on 127.0.0.1 where nothing listens (connection refused).
pub fn refused_url() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().unwrap().port();
    drop(l);
    format!("http://127.0.0.1:{port}/")
}

async fn serve_http(listener: TcpListener, raw_addr: SocketAddr) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(async move {
            let service = service_fn(move |req| handle(req, raw_addr));
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn serve_raw(listener: TcpListener) {
    loop {
        let Ok((mut stream, _)) = listener.accept().await else {
            continue;
        };
        tokio::spawn(async move {
            let mut head = Vec::new();
            let mut buf = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let line = String::from_utf8_lossy(&head);
            let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
            let reply: &[u8] = if path.starts_with("/malformed") {
                b"SPLAT \x00\x01\x02 this is not HTTP at all\r\n\xff\xfe\r\n\r\n"
            } else if path.starts_with("/close-mid-body") {
                b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nContent-Type: text/plain\r\n\r\n0123456789"
            } else {
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            };
            let _ = stream.write_all(reply).await;
            let _ = stream.flush().await;
            let _ = stream.shutdown().await;
        });
    }
}

fn full(body: impl Into<Bytes>) -> ResBody {
    Full::new(body.into())
        .map_err(|never: Infallible| match never {})
        .boxed()
}

fn respond(status: u16, body: impl Into<Bytes>) -> Response<ResBody> {
    let mut r = Response::new(full(body));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    r
}

fn redirect(status: u16, location: &str) -> Response<ResBody> {
    let mut r = respond(status, "");
    r.headers_mut()
        .insert(hyper::header::LOCATION, location.parse().unwrap());
    r
}

fn query_num(req: &Request<Incoming>, key: &str) -> Option<u64> {
    req.uri().query()?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key).then(|| v.parse().ok()).flatten()
    })
}

/// A streaming body fed by a channel: no length, so hyper sends it chunked.
struct ChanBody(tokio::sync::mpsc::Receiver<Bytes>);

impl Body for ChanBody {
    type Data = Bytes;
    type Error = std::io::Error;
    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        self.0.poll_recv(cx).map(|o| o.map(|b| Ok(Frame::data(b))))
    }
}

fn streamed<F, Fut>(produce: F) -> Response<ResBody>
where
    F: FnOnce(tokio::sync::mpsc::Sender<Bytes>) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let (tx, rx) = tokio::sync::mpsc::channel(8);
    tokio::spawn(produce(tx));
    Response::new(ChanBody(rx).boxed())
}

async fn handle(
    req: Request<Incoming>,
    raw_addr: SocketAddr,
) -> Result<Response<ResBody>, Infallible> {
    let path = req.uri().path().to_string();
    let res = match path.as_str() {
        "/hello" => respond(200, "Hello, World!"),
        "/text" => {
            let n = query_num(&req, "n").unwrap_or(10);
            let mut s = String::new();
            for i in 1..=n {
                s.push_str(&format!("line {i}\n"));
            }
            respond(200, s)
        }
        "/empty" => respond(200, ""),
        "/echo" => {
            let method = req.method().to_string();
            let x_test = req.headers().get("x-test").cloned();
            let body = req
                .into_body()
                .collect()
                .await
                .map(|b| b.to_bytes())
                .unwrap_or_default();
            let mut out = format!("{method}\n").into_bytes();
            out.extend_from_slice(&body);
            let mut r = respond(200, out);
            if let Some(v) = x_test {
                r.headers_mut().insert("x-echo", v);
            }
            r
        }
        "/redirect-loop" => redirect(302, "/redirect-loop"),
        "/redirect-303" => redirect(303, "/echo"),
        "/redirect-307" => redirect(307, "/echo"),
        "/never" => std::future::pending().await,
        "/delay" => {
            let ms = query_num(&req, "ms").unwrap_or(1000);
            tokio::time::sleep(Duration::from_millis(ms)).await;
            respond(200, "Hello, World!")
        }
        "/big" => {
            let mb = query_num(&req, "mb").unwrap_or(1);
            streamed(move |tx| async move {
                let chunk = Bytes::from(vec![b'x'; 64 * 1024]);
                for _ in 0..mb * 16 {
                    if tx.send(chunk.clone()).await.is_err() {
                        return;
                    }
                }
            })
        }
        "/slow-body" => streamed(|tx| async move {
            for i in 0..10 {
                if tx.send(Bytes::from(format!("chunk {i}\n"))).await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }),
        "/bytes" => {
            let mut r = respond(200, (0..=255u8).collect::<Vec<u8>>());
            r.headers_mut().insert(
                hyper::header::CONTENT_TYPE,
                "application/octet-stream".parse().unwrap(),
            );
            r
        }
        "/malformed" | "/close-mid-body" => redirect(307, &format!("http://{raw_addr}{path}")),
        p => {
            if let Some(code) = p.strip_prefix("/status/") {
                match code.parse::<u16>() {
                    Ok(c) if (200..600).contains(&c) => respond(c, format!("status {c}")),
                    _ => respond(400, "bad status"),
                }
            } else if let Some(n) = p.strip_prefix("/redirect/") {
                match n.parse::<u32>() {
                    Ok(0) => respond(200, "Hello, World!"),
                    Ok(1) => redirect(302, "/hello"),
                    Ok(n) => redirect(302, &format!("/redirect/{}", n - 1)),
                    Err(_) => respond(400, "bad count"),
                }
            } else {
                respond(404, "not found")
            }
        }
    };
    Ok(res)
}

// Test-only TLS material (generated with openssl for this suite; valid until 2126): a CA, and a
// leaf certificate for localhost / 127.0.0.1 signed by it, with the leaf's PKCS#8 key. DER, base64.
const TEST_CA: &str = "MIIBkzCCATmgAwIBAgIULg7PP0EFKMtYqeiSsHo+eBwgQKIwCgYIKoZIzj0EAwIwFjEUMBIGA1UEAwwLZ21sIHRlc3QgQ0EwIBcNMjYxMTIyMDAxMDU2WhgPMjEyNjEwMjkwMDEwNTZaMBYxFDASBgNVBAMMC2dtbCB0ZXN0IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQWAZBL2nOJWaURBFfK562h7A40o4oQ4g3gikgMd/hJpivjY/ib6Vr4sHUuDApQ4qRSf3dNBOzIU/DtbqdPjIbKNjMGEwHQYDVR0OBBYEFE+q3PX33duyqhO7W1rRxNQeX+g0MB8GA1UdIwQYMBaAFE+q3PX33duyqhO7W1rRxNQeX+g0MA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMAoGCCqGSM49BAMCA0gAMEUCIQCdFRsAxPC0nb3wutj8pGtPLhD+U7dKZ7lip5+ph8Rl3gIgDKekRE54M3i7dLx1X6ifmiQCxN/ru2x9U5p3VJ6DbaQ=";
const TEST_LEAF: &str = "MIIBwTCCAWegAwIBAgIUAPVTEj5f4Kgy4ftfPmmiA9MROXQwCgYIKoZIzj0EAwIwFjEUMBIGA1UEAwwLZ21sIHRlc3QgQ0EwIBcNMjYxMTIyMDAxMDU2WhgPMjEyNjEwMjkwMDEwNTZaMBQxEjAQBgNVBAMMCWxvY2FsaG9zdDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABFfsnKnX+hcFPHaPW4/028djexuj4J5VViZOx67/zUl9ZjFBtVu06gD34ltn6cSIYGXs+IT02N9X0x/jZAb5z8ujgZIwgY8wDAYDVR0TAQH/BAIwADAOBgNVHQ8BAf8EBAMCB4AwEwYDVR0lBAwwCgYIKwYBBQUHAwEwGgYDVR0RBBMwEYIJbG9jYWxob3N0hwR/AAABMB0GA1UdDgQWBBT8Z/3j8S0Tnswr7EiowlcWc9sVzTAfBgNVHSMEGDAWgBRPqtz1993bsqoTu1ta0cTUHl/oNDAKBggqhkjOPQQDAgNIADBFAiAtBQWWAEPgbxSxp3d1Yi53k9Fhf9Whaizi77lUIbOqcAIhAJNJ/xJd46u5x4JrNEvLM3DkTOsWLIF0Svj5vI0Pk8ge";
const TEST_LEAF_KEY: &str = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgfvjdMIIDxEwCn2dqa2Ky4JLgY2tyGMSzpU7VBB0dX8mhRANCAARX7Jyp1/oXBTx2j1uP9NvHY3sbo+CeVVYmTseu/81JfWYxQbVbtOoA9+JbZ+nEiGBl7PiE9NjfV9Mf42QG+c/L";

fn der(b64: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(b64)
        .expect("test certificate")
}

/// The DER certificate of the CA that issued the TLS listener's certificate.
pub fn test_ca_der() -> Vec<u8> {
    der(TEST_CA)
}

/// A rustls server configuration with the test certificate (for `localhost` and 127.0.0.1).
pub fn tls_server_config() -> std::sync::Arc<rustls::ServerConfig> {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    let config = rustls::ServerConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(
        vec![CertificateDer::from(der(TEST_LEAF))],
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(der(TEST_LEAF_KEY))),
    )
    .expect("test TLS config");
    std::sync::Arc::new(config)
}

type TlsStart = (
    SocketAddr,
    std::sync::Arc<std::sync::atomic::AtomicBool>,
    std::thread::JoinHandle<()>,
);

/// A small blocking https server (rustls over std sockets, a thread per connection): enough to
/// prove the client's TLS path end to end.
fn start_tls(plain: SocketAddr) -> TlsStart {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    use std::io::{Read, Write};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(
        vec![CertificateDer::from(der(TEST_LEAF))],
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(der(TEST_LEAF_KEY))),
    )
    .expect("test TLS config");
    let config = Arc::new(config);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind tls");
    let addr = listener.local_addr().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let stop2 = stop.clone();
    let thread = std::thread::spawn(move || {
        for tcp in listener.incoming() {
            if stop2.load(Ordering::SeqCst) {
                return;
            }
            let Ok(tcp) = tcp else { continue };
            let config = config.clone();
            std::thread::spawn(move || {
                let _ = tcp.set_read_timeout(Some(Duration::from_secs(10)));
                let _ = tcp.set_write_timeout(Some(Duration::from_secs(10)));
                let Ok(conn) = rustls::ServerConnection::new(config) else {
                    return;
                };
                let mut tls = rustls::StreamOwned::new(conn, tcp);
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
                    match tls.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let text = String::from_utf8_lossy(&head);
                let path = text.split_whitespace().nth(1).unwrap_or("");
                let reply = match path {
                    "/hello" => "HTTP/1.1 200 OK\r\nContent-Length: 13\r\nConnection: close\r\n\r\nHello, World!".to_string(),
                    "/to-http" => format!("HTTP/1.1 302 Found\r\nLocation: http://{plain}/hello\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
                    _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found".to_string(),
                };
                let _ = tls.write_all(reply.as_bytes());
                tls.conn.send_close_notify();
                let _ = tls.flush();
            });
        }
    });
    (addr, stop, thread)
}
