//! HTTP/1.1 over hyper, with rustls for https. One task per request: redirects, the
//! whole-request timeout, streaming to a file with progress updates, and the one final
//! completion. Connections and the keep-alive pool are in `connection.rs`.

use super::connection::{host_header, Body, Connector, Link, SendError};
use super::files::TempFile;
use super::{Completion, HttpCompletion, HttpRequest, HttpResult, HttpTarget, Reporter};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::{Method, Request, Response, StatusCode, Uri};
use hyper_util::client::legacy::connect::HttpConnector;
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;

/// The shared connector and pool, behind one `Arc`: each request task holds a pointer.
#[derive(Clone)]
pub(crate) struct Client(std::sync::Arc<Connector>);

/// Redirects followed before the request ends with the last 3xx response.
pub(crate) const MAX_REDIRECTS: usize = 10;
/// Progress updates for a file download: at most one per this many bytes...
const PROGRESS_BYTES: u64 = 64 * 1024;
/// ...or per this much time, whichever comes first (and only when new data arrived).
const PROGRESS_INTERVAL: Duration = Duration::from_millis(100);
/// The most of a redirect's body that is read (so the connection can go back to the pool).
const REDIRECT_DRAIN_LIMIT: usize = 64 * 1024;

pub(crate) fn build_client(connect_timeout: Duration, tls_roots: Option<&[Vec<u8>]>) -> Client {
    let mut http = HttpConnector::new();
    http.enforce_http(false);
    http.set_nodelay(true);
    http.set_connect_timeout(Some(connect_timeout));
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let builder = hyper_rustls::HttpsConnectorBuilder::new();
    let tls = match tls_roots.and_then(root_store) {
        Some(roots) => builder.with_tls_config(
            rustls::ClientConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .expect("ring supports rustls' default TLS versions")
                .with_root_certificates(roots)
                .with_no_client_auth(),
        ),
        None => builder
            .with_provider_and_webpki_roots(provider)
            .expect("ring supports rustls' default TLS versions"),
    };
    let https = tls
        .https_or_http()
        .enable_http1()
        .wrap_connector(http.clone());
    Client(std::sync::Arc::new(Connector::new(http, https)))
}

/// A root store holding exactly these DER certificates; `None` if one cannot be parsed.
pub(crate) fn root_store(ders: &[Vec<u8>]) -> Option<rustls::RootCertStore> {
    let mut store = rustls::RootCertStore::empty();
    for der in ders {
        store
            .add(rustls::pki_types::CertificateDer::from(der.clone()))
            .ok()?;
    }
    Some(store)
}

/// Why a request got no usable response; all of them end as a network failure.
#[derive(Debug)]
pub(crate) enum Failure {
    BadUrl,
    BadMethod,
    Request,
    Body,
    File,
    /// A body held in memory passed the limit (`AsyncIo::set_max_body`).
    TooLarge,
}

/// The request task: runs it under the whole-request timeout and sends its final completion.
/// (A plain function returning the task: the reporter is then held once, not also copied into
/// an `async fn`'s argument slot; every byte here is kept by each request in flight.)
pub(crate) fn run(
    client: Client,
    id: i64,
    req: Box<HttpRequest>,
    timeout: Duration,
    response_timeout: Duration,
    max_body: usize,
    reporter: Reporter,
) -> impl std::future::Future<Output = ()> + Send {
    let limits = Limits {
        response_timeout,
        max_body,
    };
    async move {
        let outcome =
            tokio::time::timeout(timeout, perform(&client, id, req, &reporter, limits)).await;
        if let Ok(Ok(completion)) = outcome {
            reporter.finish(Completion::Http(completion));
        }
        // Otherwise dropping the reporter sends its fallback: the network failure for this URL.
    }
}

/// Parses an absolute http(s) URL. Characters a URL cannot hold after the host (spaces,
/// non-ASCII text, `"<>` ...) are percent-encoded first, as browsers do.
pub(crate) fn parse_url(url: &str) -> Option<Uri> {
    let uri: Uri = encode_url(url.trim()).parse().ok()?;
    let scheme = uri.scheme_str()?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    if uri.host().is_none_or(str::is_empty) {
        return None;
    }
    Some(uri)
}

/// Percent-encodes the bytes of the path and query that may not appear in a URI.
fn encode_url(url: &str) -> std::borrow::Cow<'_, str> {
    let start = url.find("://").map_or(0, |i| i + 3);
    let Some(rest_at) = url[start..].find(['/', '?']).map(|i| start + i) else {
        return url.into();
    };
    let needs = |b: u8| b <= b' ' || b >= 0x7f || b"\"<>`{}|\\^".contains(&b);
    if !url.bytes().skip(rest_at).any(needs) {
        return url.into();
    }
    let mut out = String::with_capacity(url.len() + 16);
    out.push_str(&url[..rest_at]);
    for b in url.bytes().skip(rest_at) {
        if needs(b) {
            out.push_str(&format!("%{b:02X}"));
        } else {
            out.push(b as char);
        }
    }
    out.into()
}

/// Resolves a `Location` header against the URL that answered with it.
pub(crate) fn resolve_location(base: &Uri, location: &str) -> Option<Uri> {
    let loc = location.trim();
    let loc = loc.split('#').next().unwrap_or("");
    let scheme = base.scheme_str()?;
    let authority = base.authority()?.as_str();
    let has_scheme = loc.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && s.as_bytes()[0].is_ascii_alphabetic()
    });
    let full = if has_scheme {
        loc.to_string()
    } else if let Some(rest) = loc.strip_prefix("//") {
        format!("{scheme}://{rest}")
    } else if loc.starts_with('/') {
        format!("{scheme}://{authority}{}", normalize_path(loc))
    } else if loc.starts_with('?') {
        format!("{scheme}://{authority}{}{loc}", base.path())
    } else if loc.is_empty() {
        format!(
            "{scheme}://{authority}{}",
            base.path_and_query().map_or("/", |p| p.as_str())
        )
    } else {
        let path = base.path();
        let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        let dir = if dir.is_empty() { "/" } else { dir };
        format!(
            "{scheme}://{authority}{}",
            normalize_path(&format!("{dir}{loc}"))
        )
    };
    parse_url(&full)
}

/// Removes `.` and `..` segments from an absolute path (the query is left alone).
fn normalize_path(path_and_query: &str) -> String {
    let (path, query) = match path_and_query.find('?') {
        Some(i) => path_and_query.split_at(i),
        None => (path_and_query, ""),
    };
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    for (i, seg) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *seg {
            "." => {
                if last {
                    out.push("");
                }
            }
            ".." => {
                out.pop();
                if last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    format!("/{}{query}", out.join("/"))
}

fn header_list(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect()
}

fn content_length(headers: &HeaderMap) -> i64 {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|s| s.trim().parse::<i64>().ok())
        .filter(|n| *n >= 0)
        .unwrap_or(-1)
}

fn text(body: Vec<u8>) -> String {
    String::from_utf8(body).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// What bounds one request besides its overall timeout.
#[derive(Clone, Copy)]
struct Limits {
    /// The wait for the server to answer (`http_set_connect_timeout`).
    response_timeout: Duration,
    /// The most body bytes held in memory.
    max_body: usize,
}

/// Sends one request. An idempotent request whose connection dies before any of the response
/// arrived (a pooled connection the server had closed) is sent once more, on a new connection.
/// `small_reads`: the body will be held in memory (see `connection::SMALL_READ_BUF`).
async fn send(
    client: &Client,
    make: impl Fn() -> Request<Body>,
    small_reads: bool,
    response_timeout: Duration,
) -> Result<(Link, Response<Incoming>), Failure> {
    let first = tokio::time::timeout(
        response_timeout,
        client.0.exchange(false, small_reads, Box::new(make())),
    )
    .await
    .map_err(|_| Failure::Request)?;
    let retry = match first {
        Ok(sent) => return Ok(sent),
        Err(SendError::Unsent(req)) => req,
        Err(e) if is_idempotent(make().method()) && died_before_response(&e) => Box::new(make()),
        Err(_) => return Err(Failure::Request),
    };
    // Boxed: a retry is rare, and its state should not widen every request's task.
    let retry = Box::pin(client.0.exchange(true, small_reads, retry));
    tokio::time::timeout(response_timeout, retry)
        .await
        .map_err(|_| Failure::Request)?
        .map_err(|_| Failure::Request)
}

/// Methods that may be sent twice (RFC 9110 section 9.2.2).
fn is_idempotent(m: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
    ]
    .contains(m)
}

/// True when the connection closed or was reset before the response began (never for a
/// connect failure: the server was not reached).
fn died_before_response(e: &SendError) -> bool {
    let SendError::Http(e) = e else {
        return false;
    };
    if e.is_incomplete_message() || e.is_canceled() {
        return true;
    }
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            if matches!(
                io.kind(),
                ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof
            ) {
                return true;
            }
        }
        source = s.source();
    }
    false
}

async fn perform(
    client: &Client,
    id: i64,
    req: Box<HttpRequest>,
    reporter: &Reporter,
    limits: Limits,
) -> Result<HttpCompletion, Failure> {
    // Only what the redirects and the completion need stays in the task while it waits.
    let mut uri = parse_url(&req.url).ok_or(Failure::BadUrl)?;
    let mut method = Method::from_bytes(req.method.trim().to_ascii_uppercase().as_bytes())
        .map_err(|_| Failure::BadMethod)?;
    let mut headers = request_headers(&req.headers);
    let HttpRequest {
        url,
        method: given_method,
        headers: given_headers,
        body,
        target,
    } = *req;
    drop((given_method, given_headers));
    let mut body = Bytes::from(body);

    let small_reads = !matches!(target, HttpTarget::File { .. });
    let mut redirects = 0;
    loop {
        headers.insert(header::HOST, host_header(&uri));
        let make = || {
            let mut request = Request::new(Full::new(body.clone()));
            *request.method_mut() = method.clone();
            *request.uri_mut() = uri.clone();
            *request.headers_mut() = headers.clone();
            request
        };
        // http_set_connect_timeout bounds the wait for the server to answer (GameMaker's manual:
        // "the server takes too long to respond"), not only the TCP connect.
        let (link, resp) = send(client, make, small_reads, limits.response_timeout).await?;
        let (resp, status, next) = route(resp, &uri);
        match next {
            Some(next) if redirects < MAX_REDIRECTS => {
                redirects += 1;
                let to_get = status == StatusCode::SEE_OTHER && method != Method::HEAD
                    || (status == StatusCode::MOVED_PERMANENTLY || status == StatusCode::FOUND)
                        && method == Method::POST;
                if to_get {
                    method = Method::GET;
                    body = Bytes::new();
                    headers.remove(header::CONTENT_TYPE);
                    headers.remove(header::CONTENT_ENCODING);
                }
                if next.scheme() != uri.scheme() || next.authority() != uri.authority() {
                    headers.remove(header::AUTHORIZATION);
                    headers.remove(header::COOKIE);
                }
                uri = next;
                // Boxed, like `finish`: the task waiting for an answer keeps no room for it.
                Box::pin(drain(client, link, resp)).await;
            }
            // Boxed: the body's state is allocated once the response has arrived, so a request
            // still waiting for its answer keeps a smaller task.
            _ => {
                let done = finish(
                    client,
                    id,
                    url,
                    link,
                    resp,
                    target,
                    reporter,
                    limits.max_body,
                );
                return Box::pin(done).await;
            }
        }
    }
}

/// A response's status and the URL its redirect leads to, if it is one. (The response passes
/// through by value: a local of the task that is never borrowed takes no room while it waits.)
fn route(resp: Response<Incoming>, uri: &Uri) -> (Response<Incoming>, StatusCode, Option<Uri>) {
    let status = resp.status();
    let next = if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
        resp.headers()
            .get(header::LOCATION)
            .and_then(|l| std::str::from_utf8(l.as_bytes()).ok())
            .and_then(|l| resolve_location(uri, l))
    } else {
        None
    };
    (resp, status, next)
}

/// The headers sent with every request of a task: the valid ones given (a header the HTTP
/// library cannot send, with a bad name or value, is left out; `Host` and `Content-Length` are
/// set by the request itself), a `User-Agent` unless one was given, and room for `Host`.
fn request_headers(given: &[(String, String)]) -> HeaderMap {
    let mut headers = HeaderMap::with_capacity(given.len() + 2);
    for (k, v) in given {
        if let (Ok(k), Ok(v)) = (
            HeaderName::from_bytes(k.trim().as_bytes()),
            HeaderValue::from_bytes(v.trim().as_bytes()),
        ) {
            if k != header::HOST && k != header::CONTENT_LENGTH {
                headers.append(k, v);
            }
        }
    }
    if !headers.contains_key(header::USER_AGENT) {
        headers.insert(
            header::USER_AGENT,
            HeaderValue::from_static(concat!("gml/", env!("CARGO_PKG_VERSION"))),
        );
    }
    headers
}

/// Reads a little of a redirect's body so its connection can be reused, and gives the
/// connection back.
async fn drain(client: &Client, mut link: Link, resp: Response<Incoming>) {
    let mut body = resp.into_body();
    let mut read = 0;
    while read <= REDIRECT_DRAIN_LIMIT {
        match link.drive(body.frame()).await {
            Some(Ok(f)) => read += f.data_ref().map_or(0, |d| d.len()),
            _ => break,
        }
    }
    drop(body);
    link.release(client.0.pool()).await;
}

/// Turns the final response into the final completion, and gives the connection back.
#[allow(clippy::too_many_arguments)]
async fn finish(
    client: &Client,
    id: i64,
    url: String,
    mut link: Link,
    resp: Response<Incoming>,
    target: HttpTarget,
    reporter: &Reporter,
    max_body: usize,
) -> Result<HttpCompletion, Failure> {
    let done = read_response(id, url, &mut link, resp, target, reporter, max_body).await;
    link.release(client.0.pool()).await;
    done
}

async fn read_response(
    id: i64,
    url: String,
    link: &mut Link,
    resp: Response<Incoming>,
    target: HttpTarget,
    reporter: &Reporter,
    max_body: usize,
) -> Result<HttpCompletion, Failure> {
    let http_status = resp.status().as_u16();
    let ok = resp.status().is_success();
    let response_headers = header_list(resp.headers());
    let content_length = content_length(resp.headers());
    let (result, size) = match target {
        HttpTarget::File { path, display_path } if ok => {
            let size = download(id, &url, link, resp, &path, reporter).await?;
            (HttpResult::Path(display_path), size)
        }
        HttpTarget::Bytes => {
            let body = collect(link, resp, content_length, max_body).await?;
            let n = body.len();
            (HttpResult::Bytes(body), n)
        }
        HttpTarget::Text | HttpTarget::File { .. } => {
            let body = collect(link, resp, content_length, max_body).await?;
            let n = body.len();
            (HttpResult::Text(text(body)), n)
        }
    };
    Ok(HttpCompletion {
        id,
        status: if ok { 0 } else { -1 },
        url,
        result,
        http_status,
        response_headers: Some(response_headers),
        content_length,
        size_downloaded: size as i64,
    })
}

/// Reads a whole body into memory, failing as soon as it passes `max_body` bytes (or announces
/// more than that).
async fn collect(
    link: &mut Link,
    resp: Response<Incoming>,
    content_length: i64,
    max_body: usize,
) -> Result<Vec<u8>, Failure> {
    if content_length > max_body as i64 {
        return Err(Failure::TooLarge);
    }
    let mut body = resp.into_body();
    let mut out = Vec::with_capacity(content_length.clamp(0, 64 << 20) as usize);
    while let Some(frame) = link.drive(body.frame()).await {
        let frame = frame.map_err(|_| Failure::Body)?;
        if let Some(d) = frame.data_ref() {
            if d.len() > max_body - out.len() {
                return Err(Failure::TooLarge);
            }
            out.extend_from_slice(d);
        }
    }
    Ok(out)
}

/// Streams the body into a temporary file beside `path`, sending throttled progress updates,
/// then renames it into place. Returns the byte count.
async fn download(
    id: i64,
    url: &str,
    link: &mut Link,
    resp: Response<Incoming>,
    path: &std::path::Path,
    reporter: &Reporter,
) -> Result<usize, Failure> {
    let http_status = resp.status().as_u16();
    let content_length = content_length(resp.headers());
    let target = path.to_path_buf();
    let (tmp, file) = tokio::task::spawn_blocking(move || TempFile::create(&target))
        .await
        .map_err(|_| Failure::File)?
        .map_err(|_| Failure::File)?;
    let mut out = tokio::io::BufWriter::with_capacity(256 * 1024, tokio::fs::File::from_std(file));
    let mut body = resp.into_body();
    let mut total: u64 = 0;
    let mut reported: u64 = 0;
    let mut last = Instant::now();
    while let Some(frame) = link.drive(body.frame()).await {
        let frame = frame.map_err(|_| Failure::Body)?;
        let Some(d) = frame.data_ref() else { continue };
        if d.is_empty() {
            continue;
        }
        out.write_all(d).await.map_err(|_| Failure::File)?;
        total += d.len() as u64;
        if total - reported >= PROGRESS_BYTES || last.elapsed() >= PROGRESS_INTERVAL {
            reported = total;
            last = Instant::now();
            reporter.progress(HttpCompletion {
                id,
                status: 1,
                url: url.to_string(),
                result: HttpResult::Text(String::new()),
                http_status,
                response_headers: None,
                content_length,
                size_downloaded: total as i64,
            });
        }
    }
    out.flush().await.map_err(|_| Failure::File)?;
    let file = out.into_inner();
    file.sync_all().await.map_err(|_| Failure::File)?;
    drop(file);
    // A plain rename (quick, no await): a timeout can never report failure for a file that
    // was put in place.
    tmp.persist(path).map_err(|_| Failure::File)?;
    Ok(total as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(base: &str, loc: &str) -> String {
        resolve_location(&base.parse().unwrap(), loc)
            .map(|u| u.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn urls() {
        assert!(parse_url("http://example.com/x").is_some());
        assert!(parse_url("HTTPS://example.com").is_some());
        assert!(parse_url("ftp://example.com/").is_none());
        assert!(parse_url("example.com/x").is_none());
        assert!(parse_url("http://").is_none());
        assert!(parse_url("not a url").is_none());
        assert!(parse_url("").is_none());
        let u = parse_url("http://h/a b?q=é&r=\"x\"").unwrap();
        assert_eq!(u.to_string(), "http://h/a%20b?q=%C3%A9&r=%22x%22");
        assert_eq!(
            parse_url("http://h/ok?a=%20").unwrap().to_string(),
            "http://h/ok?a=%20"
        );
        assert!(parse_url("http://bad host/").is_none());
        assert_eq!(
            parse_url("http://h/p#frag").unwrap().to_string(),
            "http://h/p"
        );
    }

    #[test]
    fn redirect_locations() {
        let b = "http://h:8/a/b/c?q=1";
        assert_eq!(res(b, "https://x.org/y"), "https://x.org/y");
        assert_eq!(res(b, "//x.org/y"), "http://x.org/y");
        assert_eq!(res(b, "/z?k=v"), "http://h:8/z?k=v");
        assert_eq!(res(b, "d"), "http://h:8/a/b/d");
        assert_eq!(res(b, "../d"), "http://h:8/a/d");
        assert_eq!(res(b, "../../../../d"), "http://h:8/d");
        assert_eq!(res(b, "./"), "http://h:8/a/b/");
        assert_eq!(res(b, "?r=2"), "http://h:8/a/b/c?r=2");
        assert_eq!(res(b, "/p#frag"), "http://h:8/p");
        assert_eq!(res(b, "mailto:me@x"), "");
    }
}
