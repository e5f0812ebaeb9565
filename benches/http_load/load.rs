//! HTTP load benchmark: 10,000 GETs of `/hello` on the local test server, 256 in flight, through
//! `AsyncIo` (what GML's `http_get` uses) and through a plain hyper client for comparison.
//! Prints requests per second and peak RSS (VmHWM, reset between the two runs when the kernel
//! allows it). Built into `tests/async_engine.rs` as an ignored test; run with
//! `cargo test --release --test async_engine -- --ignored --nocapture http_load`
//! (`HTTP_LOAD_N`, `HTTP_LOAD_INFLIGHT`, `HTTP_LOAD_MODE=asyncio|hyper|both` adjust it).

use crate::support::http_server::TestServer;
use gml::runtime::async_io::{AsyncIo, Completion, HttpRequest, HttpTarget};
use std::time::{Duration, Instant};

fn env_num(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Peak resident set size in kB (VmHWM), or 0 when unknown.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Resets VmHWM to the current RSS (Linux: write 5 to clear_refs); false when not allowed.
fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn report(name: &str, n: usize, took: Duration) {
    println!(
        "{name:>8}: {n} requests in {:.2} s = {:.0} req/s, peak RSS {} kB",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64(),
        peak_rss_kb()
    );
}

fn run_asyncio(url: &str, n: usize, inflight: usize) -> Duration {
    let mut io = AsyncIo::default();
    let t = Instant::now();
    let (mut submitted, mut done, mut failed) = (0, 0, 0);
    while done < n {
        while submitted < n && io.pending() < inflight {
            let id = io.next_id();
            io.http(
                id,
                HttpRequest {
                    url: url.to_string(),
                    method: "GET".into(),
                    headers: Vec::new(),
                    body: Vec::new(),
                    target: HttpTarget::Text,
                },
            );
            submitted += 1;
        }
        match io.recv_timeout(Some(Duration::from_secs(30))) {
            Some(Completion::Http(h)) if h.status != 1 => {
                done += 1;
                failed += (h.status != 0) as usize;
            }
            Some(_) => {}
            None => panic!("stalled at {done}/{n}"),
        }
    }
    assert_eq!(failed, 0, "failed requests");
    t.elapsed()
}

fn run_hyper(url: &str, n: usize, inflight: usize) -> Duration {
    use http_body_util::{BodyExt, Empty};
    use hyper_util::client::legacy::Client;
    use hyper_util::rt::TokioExecutor;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let uri: hyper::Uri = url.parse().unwrap();
    rt.block_on(async move {
        let client: Client<_, Empty<bytes::Bytes>> =
            Client::builder(TokioExecutor::new()).build_http();
        let sem = std::sync::Arc::new(tokio::sync::Semaphore::new(inflight));
        let mut set = tokio::task::JoinSet::new();
        let t = Instant::now();
        let mut ok = 0;
        for _ in 0..n {
            let permit = sem.clone().acquire_owned().await.unwrap();
            // Reap finished tasks as we go, so their results do not pile up.
            while let Some(r) = set.try_join_next() {
                ok += r.unwrap() as usize;
            }
            let (client, uri) = (client.clone(), uri.clone());
            set.spawn(async move {
                let resp = client.get(uri).await.expect("request");
                let ok = resp.status().is_success();
                let body = resp.into_body().collect().await.expect("body").to_bytes();
                drop(permit);
                ok && !body.is_empty()
            });
        }
        while let Some(r) = set.join_next().await {
            ok += r.unwrap() as usize;
        }
        assert_eq!(ok, n);
        t.elapsed()
    })
}

pub fn main() {
    let n = env_num("HTTP_LOAD_N", 10_000);
    let inflight = env_num("HTTP_LOAD_INFLIGHT", 256);
    let mode = std::env::var("HTTP_LOAD_MODE").unwrap_or_else(|_| "both".into());
    let server = TestServer::start();
    let url = server.url("/hello");
    println!("http_load: {n} GETs of {url}, {inflight} in flight");
    if mode == "both" || mode == "asyncio" {
        reset_peak_rss();
        let took = run_asyncio(&url, n, inflight);
        report("AsyncIo", n, took);
    }
    if mode == "both" || mode == "hyper" {
        let reset = reset_peak_rss();
        let took = run_hyper(&url, n, inflight);
        report("hyper", n, took);
        if !reset {
            println!("(VmHWM could not be reset: the hyper figure includes the AsyncIo run)");
        }
    }
}
