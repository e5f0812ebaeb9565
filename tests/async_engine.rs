//! The async engine on its own (no GML): every route and fault of the test server ends in exactly
//! one final completion with the documented fields; progress, concurrency, blocking waits, files.

mod support;

#[path = "../benches/http_load/load.rs"]
mod http_load;

use gml::runtime::async_io::{
    AsyncIo, Completion, FileRead, FileWrite, HttpCompletion, HttpRequest, HttpResult, HttpTarget,
};
use hashbrown::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};
use support::http_server::{refused_url, TestServer};

const WAIT: Duration = Duration::from_secs(30);

fn req(url: &str, method: &str, body: &str, target: HttpTarget) -> HttpRequest {
    HttpRequest {
        url: url.to_string(),
        method: method.to_string(),
        headers: Vec::new(),
        body: body.as_bytes().to_vec(),
        target,
    }
}

fn get(url: &str) -> HttpRequest {
    req(url, "GET", "", HttpTarget::Text)
}

/// Runs one request alone; returns its progress completions and its final one, and checks that
/// nothing else arrives for it.
fn run(io: &mut AsyncIo, r: HttpRequest) -> (Vec<HttpCompletion>, HttpCompletion) {
    let id = io.next_id();
    let url = r.url.clone();
    io.http(id, r);
    assert_eq!(io.pending(), 1);
    let mut progress = Vec::new();
    loop {
        let c = io
            .recv_timeout(Some(WAIT))
            .expect("no completion within 30 s");
        let Completion::Http(h) = c else {
            panic!("not an HTTP completion")
        };
        assert_eq!(h.id, id);
        assert_eq!(h.url, url, "url is the requested one");
        if h.status == 1 {
            assert_eq!(io.pending(), 1);
            progress.push(h);
        } else {
            assert_eq!(io.pending(), 0);
            assert!(io.try_recv().is_none(), "a completion after the final one");
            return (progress, h);
        }
    }
}

fn final_of(io: &mut AsyncIo, r: HttpRequest) -> HttpCompletion {
    run(io, r).1
}

fn text(h: &HttpCompletion) -> &str {
    match &h.result {
        HttpResult::Text(s) => s,
        other => panic!("expected text, got {other:?}"),
    }
}

fn header<'a>(h: &'a HttpCompletion, name: &str) -> Option<&'a str> {
    h.response_headers
        .as_ref()?
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The exact fields of a network failure.
fn assert_network_failure(h: &HttpCompletion) {
    assert_eq!(h.status, -1);
    assert_eq!(h.http_status, 0);
    assert_eq!(h.result, HttpResult::Text(String::new()));
    assert!(h.response_headers.is_none());
    assert_eq!(h.content_length, -1);
    assert_eq!(h.size_downloaded, 0);
}

#[test]
fn hello_and_text() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    let h = final_of(&mut io, get(&s.url("/hello")));
    assert_eq!(h.status, 0);
    assert_eq!(h.http_status, 200);
    assert_eq!(text(&h), "Hello, World!");
    assert_eq!(header(&h, "content-length"), Some("13"));
    assert_eq!(h.content_length, 13);
    assert_eq!(h.size_downloaded, 13);

    let h = final_of(&mut io, get(&s.url("/text?n=1000")));
    assert_eq!(h.status, 0);
    let t = text(&h);
    assert_eq!(t.lines().count(), 1000);
    assert!(t.starts_with("line 1\nline 2\n"));
    assert!(t.ends_with("line 1000\n"));
}

#[test]
fn statuses() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    for code in [404u16, 500, 403, 418, 503] {
        let h = final_of(&mut io, get(&s.url(&format!("/status/{code}"))));
        assert_eq!(h.status, -1, "{code}");
        assert_eq!(h.http_status, code);
        assert_eq!(text(&h), format!("status {code}"));
        assert!(h.response_headers.is_some());
    }
    for code in [200u16, 201, 202] {
        let h = final_of(&mut io, get(&s.url(&format!("/status/{code}"))));
        assert_eq!(h.status, 0, "{code}");
        assert_eq!(h.http_status, code);
        assert_eq!(text(&h), format!("status {code}"));
    }
    // 204: a 2xx with no body.
    let h = final_of(&mut io, get(&s.url("/status/204")));
    assert_eq!((h.status, h.http_status), (0, 204));
    assert_eq!(text(&h), "");
    let h = final_of(&mut io, get(&s.url("/empty")));
    assert_eq!((h.status, h.http_status), (0, 200));
    assert_eq!(text(&h), "");
    assert_eq!(h.content_length, 0);
    let h = final_of(&mut io, get(&s.url("/no-such-route")));
    assert_eq!((h.status, h.http_status), (-1, 404));
    assert_eq!(text(&h), "not found");
}

#[test]
fn echo_methods_headers_and_bodies() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    let mut r = req(&s.url("/echo"), "POST", "a=1&b=2", HttpTarget::Text);
    r.headers.push(("X-Test".into(), "hello there".into()));
    r.headers.push(("Bad Header".into(), "skipped".into()));
    let h = final_of(&mut io, r);
    assert_eq!((h.status, h.http_status), (0, 200));
    assert_eq!(text(&h), "POST\na=1&b=2");
    assert_eq!(header(&h, "x-echo"), Some("hello there"));

    let h = final_of(
        &mut io,
        req(&s.url("/echo"), "put", "data", HttpTarget::Text),
    );
    assert_eq!(text(&h), "PUT\ndata");
    // Header values are bytes: UTF-8 goes through unchanged.
    let mut r = req(&s.url("/echo"), "GET", "", HttpTarget::Text);
    r.headers.push(("x-test".into(), "héllo wörld".into()));
    let h = final_of(&mut io, r);
    assert_eq!(header(&h, "x-echo"), Some("héllo wörld"));
    let h = final_of(
        &mut io,
        req(&s.url("/echo"), "DELETE", "", HttpTarget::Text),
    );
    assert_eq!(text(&h), "DELETE\n");
    let h = final_of(
        &mut io,
        req(&s.url("/echo"), "OPTIONS", "", HttpTarget::Text),
    );
    assert_eq!(text(&h), "OPTIONS\n");
    // HEAD: headers only, still a success.
    let h = final_of(&mut io, req(&s.url("/hello"), "HEAD", "", HttpTarget::Text));
    assert_eq!((h.status, h.http_status), (0, 200));
    assert_eq!(text(&h), "");
    // A method that is not a token: no request is made.
    let h = final_of(&mut io, req(&s.url("/echo"), "GE T", "", HttpTarget::Text));
    assert_network_failure(&h);

    // Binary bodies, as text (lossy) and as bytes.
    let h = final_of(&mut io, req(&s.url("/bytes"), "GET", "", HttpTarget::Bytes));
    assert_eq!(h.status, 0);
    assert_eq!(h.result, HttpResult::Bytes((0..=255u8).collect()));
    assert_eq!(header(&h, "content-type"), Some("application/octet-stream"));
    let h = final_of(&mut io, get(&s.url("/bytes")));
    assert_eq!(text(&h).len(), 128 + 128 * 3);
    // A non-2xx response into bytes keeps its body as bytes.
    let h = final_of(
        &mut io,
        req(&s.url("/status/404"), "GET", "", HttpTarget::Bytes),
    );
    assert_eq!((h.status, h.http_status), (-1, 404));
    assert_eq!(h.result, HttpResult::Bytes(b"status 404".to_vec()));
}

#[test]
fn redirects() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    for n in [0, 1, 3, 10] {
        let url = s.url(&format!("/redirect/{n}"));
        let h = final_of(&mut io, get(&url));
        assert_eq!((h.status, h.http_status), (0, 200), "{n} redirects");
        assert_eq!(text(&h), "Hello, World!");
    }
    // More than 10: the 11th redirect response is the final one.
    let h = final_of(&mut io, get(&s.url("/redirect/11")));
    assert_eq!((h.status, h.http_status), (-1, 302));
    assert_eq!(text(&h), "");
    assert_eq!(header(&h, "location"), Some("/hello"));
    let h = final_of(&mut io, get(&s.url("/redirect-loop")));
    assert_eq!((h.status, h.http_status), (-1, 302));
    assert_eq!(header(&h, "location"), Some("/redirect-loop"));
    // 303 turns a POST into a GET without body; 307 keeps both.
    let h = final_of(
        &mut io,
        req(&s.url("/redirect-303"), "POST", "x", HttpTarget::Text),
    );
    assert_eq!(text(&h), "GET\n");
    let h = final_of(
        &mut io,
        req(&s.url("/redirect-307"), "POST", "x", HttpTarget::Text),
    );
    assert_eq!(text(&h), "POST\nx");
}

#[test]
fn network_failures() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    for url in [
        refused_url(),
        s.url("/close-mid-body"),
        s.url("/malformed"),
        // The same two through the HTTP server, which redirects to the raw listener.
        format!("http://{}/close-mid-body", s.addr),
        format!("http://{}/malformed", s.addr),
        // TLS against a plain HTTP server.
        format!("https://{}/hello", s.addr),
        "http://nonexistent.invalid/".to_string(),
        "not a url".to_string(),
        "ftp://127.0.0.1/x".to_string(),
        "http://".to_string(),
        String::new(),
    ] {
        let h = final_of(&mut io, get(&url));
        assert_network_failure(&h);
        assert_eq!(h.url, url);
    }
}

#[test]
fn request_timeout() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    io.set_request_timeout(Duration::from_secs(1));
    let t = Instant::now();
    let h = final_of(&mut io, get(&s.url("/never")));
    let took = t.elapsed();
    assert_network_failure(&h);
    assert!(took >= Duration::from_millis(900), "{took:?}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    // The same on a body that stalls halfway.
    io.set_request_timeout(Duration::from_millis(200));
    let h = final_of(&mut io, get(&s.url("/slow-body")));
    assert_network_failure(&h);
}

#[test]
fn connect_timeout_setting() {
    let mut io = AsyncIo::default();
    assert_eq!(io.connect_timeout(), Duration::from_secs(60));
    io.set_connect_timeout(Duration::ZERO);
    assert_eq!(io.connect_timeout(), Duration::from_millis(1));
    io.set_connect_timeout(Duration::from_millis(2500));
    assert_eq!(io.connect_timeout(), Duration::from_millis(2500));
    // Changing it between requests works (the client is rebuilt).
    let s = TestServer::start();
    assert_eq!(final_of(&mut io, get(&s.url("/hello"))).status, 0);
    io.set_connect_timeout(Duration::from_secs(5));
    assert_eq!(final_of(&mut io, get(&s.url("/hello"))).status, 0);
}

#[test]
fn big_body_in_memory() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    let t = Instant::now();
    let (progress, h) = run(&mut io, get(&s.url("/big?mb=50")));
    assert!(progress.is_empty());
    assert_eq!((h.status, h.http_status), (0, 200));
    let t2 = text(&h);
    assert_eq!(t2.len(), 50 << 20);
    assert!(t2.bytes().all(|b| b == b'x'));
    assert_eq!(h.content_length, -1, "chunked: no length");
    assert_eq!(h.size_downloaded, 50 << 20);
    assert_eq!(header(&h, "transfer-encoding"), Some("chunked"));
    assert!(t.elapsed() < Duration::from_secs(20), "{:?}", t.elapsed());
}

fn file_target(dir: &Path, name: &str) -> HttpTarget {
    HttpTarget::File {
        path: dir.join(name),
        display_path: name.to_string(),
    }
}

/// Each progress update needs 64 KB or 100 ms since the previous one.
fn assert_throttled(updates: usize, bytes: usize, took: Duration) {
    let most = bytes / (64 * 1024) + (took.as_millis() / 100) as usize + 1;
    assert!(
        updates <= most,
        "{updates} updates for {bytes} bytes in {took:?}"
    );
}

fn dir_names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn file_downloads_with_progress() {
    let s = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let mut io = AsyncIo::default();

    // Known length: progress carries it; at most one update per 64 KB or 100 ms.
    let t = Instant::now();
    let (progress, h) = run(
        &mut io,
        req(
            &s.url("/text?n=200000"),
            "GET",
            "",
            file_target(dir.path(), "sub/dir/t.txt"),
        ),
    );
    let body = std::fs::read(dir.path().join("sub/dir/t.txt")).unwrap();
    assert_eq!(h.status, 0);
    assert_eq!(h.http_status, 200);
    assert_eq!(h.result, HttpResult::Path("sub/dir/t.txt".into()));
    assert_eq!(h.content_length, body.len() as i64);
    assert_eq!(h.size_downloaded, body.len() as i64);
    assert!(header(&h, "content-length").is_some());
    assert!(body.ends_with(b"line 200000\n"));
    assert!(!progress.is_empty());
    assert_throttled(progress.len(), body.len(), t.elapsed());
    let mut last = 0;
    for p in &progress {
        assert_eq!(p.status, 1);
        assert_eq!(p.http_status, 200);
        assert_eq!(p.result, HttpResult::Text(String::new()));
        assert_eq!(p.content_length, body.len() as i64);
        assert!(p.size_downloaded > last && p.size_downloaded <= body.len() as i64);
        assert!(p.response_headers.is_none());
        last = p.size_downloaded;
    }

    // Unknown length, slow: time-based updates with content_length -1.
    let t = Instant::now();
    let (progress, h) = run(
        &mut io,
        req(
            &s.url("/slow-body"),
            "GET",
            "",
            file_target(dir.path(), "slow.txt"),
        ),
    );
    assert_eq!(h.status, 0);
    assert_eq!(h.content_length, -1);
    assert_eq!(h.result, HttpResult::Path("slow.txt".into()));
    let body = std::fs::read_to_string(dir.path().join("slow.txt")).unwrap();
    assert_eq!(body.lines().count(), 10);
    assert!(!progress.is_empty() && progress.len() <= 10);
    assert_throttled(progress.len(), body.len(), t.elapsed());
    assert!(progress.iter().all(|p| p.content_length == -1));

    // A big file.
    let t = Instant::now();
    let (progress, h) = run(
        &mut io,
        req(
            &s.url("/big?mb=20"),
            "GET",
            "",
            file_target(dir.path(), "big.bin"),
        ),
    );
    assert_eq!(h.status, 0);
    assert_eq!(
        std::fs::metadata(dir.path().join("big.bin")).unwrap().len(),
        20 << 20
    );
    assert!(!progress.is_empty());
    assert_throttled(progress.len(), 20 << 20, t.elapsed());

    // Failures leave no file and no temporary file behind; an error page is not saved.
    let before = dir_names(dir.path());
    let h = final_of(
        &mut io,
        req(
            &s.url("/status/404"),
            "GET",
            "",
            file_target(dir.path(), "e.txt"),
        ),
    );
    assert_eq!((h.status, h.http_status), (-1, 404));
    assert_eq!(text(&h), "status 404");
    let h = final_of(
        &mut io,
        req(
            &s.url("/close-mid-body"),
            "GET",
            "",
            file_target(dir.path(), "c.txt"),
        ),
    );
    assert_network_failure(&h);
    io.set_request_timeout(Duration::from_millis(120));
    let h = final_of(
        &mut io,
        req(
            &s.url("/slow-body"),
            "GET",
            "",
            file_target(dir.path(), "s2.txt"),
        ),
    );
    assert_network_failure(&h);
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(dir_names(dir.path()), before);
    // A failed download does not touch an existing file.
    io.set_request_timeout(Duration::from_secs(60));
    let h = final_of(
        &mut io,
        req(
            &s.url("/close-mid-body"),
            "GET",
            "",
            file_target(dir.path(), "slow.txt"),
        ),
    );
    assert_network_failure(&h);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("slow.txt")).unwrap(),
        body
    );
}

#[test]
fn hundred_concurrent_requests_each_complete_once() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    let refused = refused_url();
    let mut expected: HashMap<i64, (i32, u16)> = HashMap::new();
    for i in 0..100 {
        let (url, want) = match i % 6 {
            0 => (s.url("/hello"), (0, 200)),
            1 => (s.url(&format!("/text?n={i}")), (0, 200)),
            2 => (s.url("/status/404"), (-1, 404)),
            3 => (s.url("/redirect/2"), (0, 200)),
            4 => (refused.clone(), (-1, 0)),
            _ => (s.url("/slow-body"), (0, 200)),
        };
        let id = io.next_id();
        io.http(id, get(&url));
        expected.insert(id, want);
    }
    assert_eq!(io.pending(), 100);
    let mut seen = HashMap::new();
    while io.pending() > 0 {
        let Some(Completion::Http(h)) = io.recv_timeout(Some(WAIT)) else {
            panic!("stalled with {} pending", io.pending());
        };
        assert_ne!(h.status, 1);
        assert!(
            seen.insert(h.id, (h.status, h.http_status)).is_none(),
            "id {} twice",
            h.id
        );
    }
    assert_eq!(seen, expected);
    assert!(io.recv_timeout(Some(Duration::from_millis(100))).is_none());
    assert!(
        io.recv_timeout(None).is_none(),
        "nothing pending: returns at once"
    );
}

#[test]
fn recv_timeout_blocks_until_done_or_timeout() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    let id = io.next_id();
    io.http(id, get(&s.url("/slow-body")));
    // Nothing within 100 ms (the body takes ~450 ms).
    let t = Instant::now();
    assert!(io.recv_timeout(Some(Duration::from_millis(100))).is_none());
    assert!(t.elapsed() >= Duration::from_millis(100));
    assert_eq!(io.pending(), 1);
    // No limit: blocks until the completion arrives.
    let c = io.recv_timeout(None).unwrap();
    assert!(
        t.elapsed() >= Duration::from_millis(400),
        "{:?}",
        t.elapsed()
    );
    assert_eq!(c.id(), id);
    assert!(c.is_final());
    assert_eq!(io.pending(), 0);
    // try_recv never blocks.
    let id = io.next_id();
    io.http(id, get(&s.url("/slow-body")));
    let t = Instant::now();
    assert!(io.try_recv().is_none());
    assert!(t.elapsed() < Duration::from_millis(50));
    // Dropping the engine with work in flight does not hang.
    drop(io);
}

#[test]
fn save_and_load() {
    let dir = tempfile::tempdir().unwrap();
    let mut io = AsyncIo::default();
    let a = dir.path().join("saves/a.bin");
    let b = dir.path().join("b.bin");
    let id = io.next_id();
    io.save(
        id,
        vec![
            FileWrite {
                path: a.clone(),
                data: b"alpha".to_vec(),
                offset: 0,
            },
            FileWrite {
                path: b.clone(),
                data: vec![1, 2, 3],
                offset: 2,
            },
        ],
    );
    assert_eq!(io.pending(), 1);
    let c = io.recv_timeout(Some(WAIT)).unwrap();
    assert!(matches!(c, Completion::Save { id: i, ok: true } if i == id));
    assert_eq!(io.pending(), 0);
    assert_eq!(std::fs::read(&a).unwrap(), b"alpha");
    assert_eq!(std::fs::read(&b).unwrap(), [0, 0, 1, 2, 3]);
    assert_eq!(dir_names(&dir.path().join("saves")), ["a.bin"]);

    // One failing write (the target is a directory) fails the whole group; the others still run.
    let id = io.next_id();
    io.save(
        id,
        vec![
            FileWrite {
                path: dir.path().join("saves"),
                data: b"x".to_vec(),
                offset: 0,
            },
            FileWrite {
                path: dir.path().join("c.bin"),
                data: b"c".to_vec(),
                offset: 0,
            },
        ],
    );
    let c = io.recv_timeout(Some(WAIT)).unwrap();
    assert!(matches!(c, Completion::Save { id: i, ok: false } if i == id));
    assert_eq!(std::fs::read(dir.path().join("c.bin")).unwrap(), b"c");

    let id = io.next_id();
    io.load(
        id,
        vec![
            FileRead {
                path: a.clone(),
                offset: 0,
                size: None,
            },
            FileRead {
                path: dir.path().join("missing"),
                offset: 0,
                size: None,
            },
            FileRead {
                path: b.clone(),
                offset: 3,
                size: Some(1),
            },
            FileRead {
                path: dir.path().join("saves"),
                offset: 0,
                size: None,
            },
        ],
    );
    let Some(Completion::Load { id: got, reads }) = io.recv_timeout(Some(WAIT)) else {
        panic!("no load completion")
    };
    assert_eq!(got, id);
    assert_eq!(
        reads,
        vec![Some(b"alpha".to_vec()), None, Some(vec![2]), None]
    );
    assert_eq!(io.pending(), 0);
}

#[test]
fn mixed_work_shares_ids_and_pending() {
    let s = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let mut io = AsyncIo::default();
    let mut ids = Vec::new();
    for i in 0..20 {
        let id = io.next_id();
        ids.push(id);
        match i % 3 {
            0 => io.http(id, get(&s.url("/hello"))),
            1 => io.save(
                id,
                vec![FileWrite {
                    path: dir.path().join(format!("{i}")),
                    data: vec![i as u8],
                    offset: 0,
                }],
            ),
            _ => io.load(
                id,
                vec![FileRead {
                    path: dir.path().join("nope"),
                    offset: 0,
                    size: None,
                }],
            ),
        }
    }
    assert_eq!(ids, (1..=20).collect::<Vec<_>>());
    let mut got = Vec::new();
    while io.pending() > 0 {
        got.push(io.recv_timeout(Some(WAIT)).expect("stalled").id());
    }
    got.sort();
    assert_eq!(got, ids);
}

mod builtins {
    use super::*;
    use gml::vm::value::Value;
    use gml::vm::Vm;

    fn call(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Value, String> {
        let b = gml::builtins::lookup(name).unwrap_or_else(|| panic!("{name} not registered"));
        (b.f)(vm, args).map_err(|e| e.message())
    }

    fn num(v: Value) -> f64 {
        v.as_f64().expect("a number")
    }

    fn next(vm: &mut Vm) -> HttpCompletion {
        match vm.async_io.recv_timeout(Some(WAIT)) {
            Some(Completion::Http(h)) => h,
            _ => panic!("no HTTP completion"),
        }
    }

    #[test]
    fn http_functions_return_ids_and_complete() {
        let s = TestServer::start();
        let mut vm = Vm::new(Box::new(Vec::new()));
        let id = num(call(&mut vm, "http_get", &[Value::str(&s.url("/hello"))]).unwrap());
        assert!(id >= 1.0);
        let h = next(&mut vm);
        assert_eq!(h.id as f64, id);
        assert_eq!(text(&h), "Hello, World!");

        let id2 = num(call(
            &mut vm,
            "http_post_string",
            &[Value::str(&s.url("/echo")), Value::str("k=v")],
        )
        .unwrap());
        assert!(id2 > id);
        assert_eq!(text(&next(&mut vm)), "POST\nk=v");

        let id3 = num(call(
            &mut vm,
            "http_request",
            &[
                Value::str(&s.url("/echo")),
                Value::str("PATCH"),
                Value::Real(-1.0),
                Value::str("b"),
            ],
        )
        .unwrap());
        let h = next(&mut vm);
        assert_eq!(h.id as f64, id3);
        assert_eq!(text(&h), "PATCH\nb");

        // A malformed URL still gives an id and one failure.
        let id4 = num(call(&mut vm, "http_get", &[Value::str("::nope::")]).unwrap());
        let h = next(&mut vm);
        assert_eq!(h.id as f64, id4);
        assert_network_failure(&h);
        assert_eq!(vm.async_io.pending(), 0);

        // Bad argument types are errors; so are paths outside the sandbox.
        assert!(call(&mut vm, "http_get", &[Value::Real(1.0)]).is_err());
        assert!(call(
            &mut vm,
            "http_get_file",
            &[Value::str(&s.url("/hello")), Value::str("/etc/x")]
        )
        .is_err());
        assert!(call(
            &mut vm,
            "http_get_file",
            &[Value::str(&s.url("/hello")), Value::str("a/../../x")]
        )
        .is_err());
        assert!(call(
            &mut vm,
            "http_request",
            &[
                Value::str(&s.url("/echo")),
                Value::str("GET"),
                Value::Real(-1.0),
                Value::new_array(vec![])
            ],
        )
        .is_err());
        assert_eq!(vm.async_io.pending(), 0);
    }

    #[test]
    fn http_get_file_saves_inside_the_save_dir() {
        // The save directory defaults to the current directory (the crate root under cargo test).
        let s = TestServer::start();
        let mut vm = Vm::new(Box::new(Vec::new()));
        let rel = format!("target/http-get-file-{}/dl/hello.txt", std::process::id());
        let id = num(call(
            &mut vm,
            "http_get_file",
            &[Value::str(&s.url("/hello")), Value::str(&rel)],
        )
        .unwrap());
        let h = next(&mut vm);
        assert_eq!(h.id as f64, id);
        assert_eq!((h.status, h.http_status), (0, 200));
        assert_eq!(h.result, HttpResult::Path(rel.clone()));
        assert_eq!(std::fs::read_to_string(&rel).unwrap(), "Hello, World!");
        let top = Path::new(&rel).ancestors().nth(2).unwrap().to_path_buf();
        std::fs::remove_dir_all(top).unwrap();
    }

    #[test]
    fn connect_timeout_functions() {
        let mut vm = Vm::new(Box::new(Vec::new()));
        assert_eq!(
            num(call(&mut vm, "http_get_connect_timeout", &[]).unwrap()),
            60000.0
        );
        call(&mut vm, "http_set_connect_timeout", &[Value::Real(1500.0)]).unwrap();
        assert_eq!(
            num(call(&mut vm, "http_get_connect_timeout", &[]).unwrap()),
            1500.0
        );
        call(&mut vm, "http_set_connect_timeout", &[Value::Real(-5.0)]).unwrap();
        assert_eq!(
            num(call(&mut vm, "http_get_connect_timeout", &[]).unwrap()),
            1.0
        );
        assert_eq!(
            call(&mut vm, "http_get_request_crossorigin", &[])
                .unwrap()
                .as_str(),
            Some("")
        );
    }
}

/// The load benchmark (benches/http_load): run with
/// `cargo test --release --test async_engine -- --ignored --nocapture http_load`.
#[test]
#[ignore]
fn http_load() {
    http_load::main();
}

#[test]
fn https_with_a_trusted_root() {
    let s = TestServer::start();
    let mut io = AsyncIo::default();
    // The built-in web roots do not know the test CA: a TLS failure.
    assert_network_failure(&final_of(&mut io, get(&s.tls_url("/hello"))));
    assert!(!io.set_tls_roots(Some(vec![b"not a certificate".to_vec()])));
    assert!(io.set_tls_roots(Some(vec![support::http_server::test_ca_der()])));
    let h = final_of(&mut io, get(&s.tls_url("/hello")));
    assert_eq!((h.status, h.http_status), (0, 200));
    assert_eq!(text(&h), "Hello, World!");
    let h = final_of(
        &mut io,
        get(&format!("https://localhost:{}/hello", s.tls_addr.port())),
    );
    assert_eq!(text(&h), "Hello, World!");
    let h = final_of(&mut io, get(&s.tls_url("/missing")));
    assert_eq!((h.status, h.http_status), (-1, 404));
    // https -> http redirect.
    let h = final_of(&mut io, get(&s.tls_url("/to-http")));
    assert_eq!((h.status, text(&h)), (0, "Hello, World!"));
    assert!(io.set_tls_roots(None));
    assert_network_failure(&final_of(&mut io, get(&s.tls_url("/hello"))));
}
