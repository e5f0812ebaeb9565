//! HTTP against misbehaving local servers (issue 10, points 5 and 6): a body that never ends, a
//! body announced too large, and a server that closes each kept-alive connection instead of
//! answering a second request on it; and a kept-alive connection reused by later requests.
//! `gml` runs out of process under a hard time limit.

mod support;

use std::net::SocketAddr;
use std::time::Duration;
use support::limited::gml_limited;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const LIMIT: Duration = Duration::from_secs(60);

/// Serves on 127.0.0.1 (port 0) on its own thread and runtime for the life of the test process.
fn serve(
    handler: fn(TcpStream) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>,
) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(l.local_addr().unwrap()).unwrap();
            loop {
                let Ok((s, _)) = l.accept().await else { return };
                tokio::spawn(handler(s));
            }
        });
    });
    rx.recv().unwrap()
}

/// Reads one request head (the tests send no bodies); `None` when the peer closed first.
async fn read_head(s: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if s.read(&mut b).await.ok()? == 0 {
            return None;
        }
        head.push(b[0]);
    }
    Some(String::from_utf8_lossy(&head).into_owned())
}

fn path_of(head: &str) -> String {
    head.split_whitespace().nth(1).unwrap_or("/").to_string()
}

/// `/forever`: 200 with a chunked body that never ends. `/announce`: 200 announcing a
/// Content-Length of 10^12, then silence. `/file`: 4 MB of 'x' with its Content-Length.
fn hostile(mut s: TcpStream) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
    Box::pin(async move {
        let Some(head) = read_head(&mut s).await else {
            return;
        };
        match path_of(&head).as_str() {
            "/forever" => {
                let _ = s
                    .write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .await;
                let chunk = format!("{:x}\r\n{}\r\n", 65536, "y".repeat(65536));
                while s.write_all(chunk.as_bytes()).await.is_ok() {}
            }
            "/announce" => {
                let _ = s
                    .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000000000\r\n\r\n")
                    .await;
                tokio::time::sleep(Duration::from_secs(120)).await;
            }
            _ => {
                let body = "x".repeat(4 << 20);
                let r = format!(
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
                    body.len()
                );
                let _ = s.write_all(r.as_bytes()).await;
            }
        }
    })
}

/// Answers the first request of each connection, keeping it open without `Connection: close`,
/// then closes it without a word when a second request arrives on it. `/hello` answers
/// "hello"; `/redirect` is a 302 to `/hello`.
fn one_per_connection(
    mut s: TcpStream,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
    Box::pin(async move {
        let Some(head) = read_head(&mut s).await else {
            return;
        };
        let r = if path_of(&head) == "/redirect" {
            "HTTP/1.1 302 Found\r\nLocation: /hello\r\nContent-Length: 0\r\n\r\n".to_string()
        } else {
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello".to_string()
        };
        let _ = s.write_all(r.as_bytes()).await;
        let _ = read_head(&mut s).await; // a reused connection: close without answering
    })
}

fn run(script: &str, extra: &[&str]) -> (support::limited::Limited, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.gml"), script).unwrap();
    let mut args = vec!["run", "--fast", "--timeout", "50"];
    args.extend_from_slice(extra);
    args.push("main.gml");
    let r = gml_limited(dir.path(), &args, LIMIT);
    assert!(!r.timed_out, "gml passed {LIMIT:?}; stderr:\n{}", r.stderr);
    (r, dir)
}

/// A script whose client instance makes one request (`call`, reading `global.url`) in its Create
/// event and prints how the request ended.
fn client_script(addr: SocketAddr, path: &str, call: &str) -> String {
    format!(
        "global.url = \"http://{addr}{path}\";\ninstance_create_depth(0, 0, 0, obj_client);\n{}",
        REPORT.replace(
            "#event async_http",
            &format!("#event create\nreq = {call};\n#event async_http")
        )
    )
}

const REPORT: &str = r#"
#object obj_client
#event async_http
if (async_load[? "status"] == 1) exit;
show_debug_message(string(async_load[? "id"] == req) + " status " + string(async_load[? "status"])
    + " http_status " + string(async_load[? "http_status"])
    + " result " + string(string_length(string(async_load[? "result"]))));
game_end();
"#;

#[test]
fn a_body_that_never_ends_stops_at_the_cap_as_a_network_failure() {
    let addr = serve(hostile);
    let script = client_script(addr, "/forever", "http_get(global.url)");
    let (r, _dir) = run(&script, &["--max-http-body", "1000000"]);
    assert_eq!(
        r.stdout, "1 status -1 http_status 0 result 0\n",
        "{}",
        r.stderr
    );
    assert_eq!(r.code, Some(0));
}

#[test]
fn a_body_announced_past_the_cap_fails_at_once() {
    let addr = serve(hostile);
    let script = client_script(addr, "/announce", "http_get(global.url)");
    let (r, _dir) = run(&script, &["--max-http-body", "1000000"]);
    assert_eq!(
        r.stdout, "1 status -1 http_status 0 result 0\n",
        "{}",
        r.stderr
    );
    assert!(r.elapsed < Duration::from_secs(30));
}

#[test]
fn http_get_file_streams_past_the_cap_to_its_file() {
    let addr = serve(hostile);
    let script = client_script(addr, "/file", "http_get_file(global.url, \"big.txt\")");
    let (r, dir) = run(&script, &["--max-http-body", "1000"]);
    assert_eq!(
        r.stdout, "1 status 0 http_status 200 result 7\n",
        "{}",
        r.stderr
    );
    let got = std::fs::read(dir.path().join("big.txt")).unwrap();
    assert_eq!(got.len(), 4 << 20);
    assert!(got.iter().all(|&b| b == b'x'));
}

#[test]
fn closed_pooled_connections_are_retried_and_redirects_followed() {
    let addr = serve(one_per_connection);
    let script = format!(
        r#"global.base = "http://{addr}";
instance_create_depth(0, 0, 0, obj_client);
#object obj_client
#event create
done = 0; ok = 0;
req = http_get(global.base + "/hello");
#event async_http
if (async_load[? "id"] != req) exit;
if (done < 50) {{
    done += 1;
    if (async_load[? "status"] == 0 && async_load[? "result"] == "hello") ok += 1;
    req = http_get(global.base + (done == 50 ? "/redirect" : "/hello"));
    exit;
}}
show_debug_message(string(ok) + " of 50");
show_debug_message("redirect: status " + string(async_load[? "status"]) + " http_status "
    + string(async_load[? "http_status"]) + " " + async_load[? "result"]);
game_end();
"#
    );
    let (r, _dir) = run(&script, &[]);
    assert_eq!(
        r.stdout, "50 of 50\nredirect: status 0 http_status 200 hello\n",
        "{}",
        r.stderr
    );
}

/// Connections `keep_alive` accepted, for the test below (the only user of that server).
static KEEP_ALIVE_CONNECTIONS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);

/// Counts the connection, then answers every request on it with "hello" (keep-alive): `/big`
/// with 100,000 bytes of 'x' instead.
fn keep_alive(mut s: TcpStream) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
    KEEP_ALIVE_CONNECTIONS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    Box::pin(async move {
        while let Some(head) = read_head(&mut s).await {
            let body = if path_of(&head) == "/big" {
                "x".repeat(100_000)
            } else {
                "hello".to_string()
            };
            let r = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
            if s.write_all(r.as_bytes()).await.is_err() {
                return;
            }
        }
    })
}

#[test]
fn one_connection_serves_requests_made_one_after_another() {
    let addr = serve(keep_alive);
    let script = format!(
        r#"global.base = "http://{addr}";
instance_create_depth(0, 0, 0, obj_client);
#object obj_client
#event create
done = 0; ok = 0;
req = http_get(global.base + "/hello");
#event async_http
if (async_load[? "id"] != req) exit;
var r = async_load[? "result"];
if (async_load[? "status"] == 0 && (r == "hello" || string_length(r) == 100000)) ok += 1;
done += 1;
if (done < 20) {{
    req = http_get(global.base + (done % 2 ? "/big" : "/hello"));
    exit;
}}
show_debug_message(string(ok) + " of 20");
game_end();
"#
    );
    let (r, _dir) = run(&script, &[]);
    assert_eq!(r.stdout, "20 of 20\n", "{}", r.stderr);
    let connections = KEEP_ALIVE_CONNECTIONS.load(std::sync::atomic::Ordering::SeqCst);
    assert_eq!(
        connections, 1,
        "each request went out on the kept-alive connection"
    );
}
