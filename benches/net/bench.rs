//! Network benchmark: `scripts/echo_server.gml` (GML, run by the `gml` binary) against a plain
//! tokio echo server speaking the same framed protocol, each in its own process. 1,000 TCP
//! clients connect (GameMaker's handshake), then each sends 100 framed messages one after the
//! other, waiting for every echo. Prints messages per second and the server's memory per
//! connection (RSS with all clients connected, less RSS before the first one, over 1,000).
//!
//! Built into `tests/network.rs` as the ignored test `net_bench`:
//!
//!     cargo test --profile quick --test network -- --ignored --nocapture net_bench
//!
//! `NET_BENCH_CLIENTS` and `NET_BENCH_MESSAGES` change the load. The tokio server is the same
//! test binary started again with `NET_BENCH_SERVE=PORT` (the ignored test
//! `net_bench_tokio_server` serves then).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const HELLO: &[u8] = b"GM:Studio-Connect\0";

fn env_num(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn u32s(v: &[u32]) -> Vec<u8> {
    v.iter().flat_map(|n| n.to_le_bytes()).collect()
}

fn frame(payload: &[u8]) -> Vec<u8> {
    let mut v = u32s(&[0xDEAD_C0DE, 12, payload.len() as u32]);
    v.extend_from_slice(payload);
    v
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

/// The plain tokio server: GameMaker's handshake, then every packet straight back.
pub fn serve_tokio(port: u16) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        println!("listening");
        loop {
            let Ok((mut s, _)) = listener.accept().await else {
                continue;
            };
            tokio::spawn(async move {
                let _ = s.set_nodelay(true);
                s.write_all(HELLO).await?;
                let mut reply = [0u8; 16];
                s.read_exact(&mut reply).await?;
                s.write_all(&u32s(&[0xDEAF_BEAD, 0xF00D_BEEB, 12])).await?;
                let mut head = [0u8; 12];
                let mut body = Vec::new();
                loop {
                    s.read_exact(&mut head).await?;
                    let n = u32::from_le_bytes([head[8], head[9], head[10], head[11]]) as usize;
                    body.resize(n, 0);
                    s.read_exact(&mut body).await?;
                    let mut out = head.to_vec();
                    out.extend_from_slice(&body);
                    s.write_all(&out).await?;
                }
                #[allow(unreachable_code)]
                Ok::<(), std::io::Error>(())
            });
        }
    });
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts a server process and waits for its first line.
fn start(mut cmd: Command) -> Child {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start the server");
    let mut out = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    use std::io::Read;
    while out.read(&mut byte).map(|n| n == 1).unwrap_or(false) && byte[0] != b'\n' {}
    // Keep draining stdout so the server never blocks on it.
    std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    child
}

async fn client(
    port: u16,
    messages: usize,
    gate: std::sync::Arc<tokio::sync::Semaphore>,
    ready: std::sync::Arc<tokio::sync::Barrier>,
) -> usize {
    // At most 100 connecting at once: a burst of a thousand SYNs loses some on loopback.
    let permit = gate.acquire().await.unwrap();
    let mut s = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    s.set_nodelay(true).unwrap();
    let mut hello = [0u8; 18];
    s.read_exact(&mut hello).await.unwrap();
    s.write_all(&u32s(&[0xCAFE_BABE, 0xDEAD_B00B, 16, 0]))
        .await
        .unwrap();
    let mut ack = [0u8; 12];
    s.read_exact(&mut ack).await.unwrap();
    drop(permit);
    ready.wait().await; // everyone connected: memory is measured here
    ready.wait().await; // go
    let msg = frame(b"0123456789abcdef0123456789abcdef");
    let mut back = vec![0u8; msg.len()];
    let mut done = 0;
    for _ in 0..messages {
        s.write_all(&msg).await.unwrap();
        s.read_exact(&mut back).await.unwrap();
        assert_eq!(back, msg);
        done += 1;
    }
    done
}

struct Result {
    per_second: f64,
    kb_per_connection: f64,
}

fn measure(name: &str, child: Child, port: u16, clients: usize, messages: usize) -> Result {
    let pid = child.id();
    std::thread::sleep(Duration::from_millis(300));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let before = rss_kb(pid);
    let (per_second, connected) = rt.block_on(async {
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(clients + 1));
        let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(100));
        let mut tasks = Vec::new();
        for _ in 0..clients {
            tasks.push(tokio::spawn(client(
                port,
                messages,
                gate.clone(),
                barrier.clone(),
            )));
        }
        barrier.wait().await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let connected = rss_kb(pid);
        let start = Instant::now();
        barrier.wait().await;
        let mut total = 0;
        for t in tasks {
            total += t.await.unwrap();
        }
        (total as f64 / start.elapsed().as_secs_f64(), connected)
    });
    let mut child = child;
    let _ = child.kill();
    let _ = child.wait();
    let kb = connected.saturating_sub(before) as f64 / clients as f64;
    println!(
        "{name}: {per_second:.0} messages/s; RSS {before} KB idle, {connected} KB with {clients} clients: {kb:.1} KB per connection"
    );
    Result {
        per_second,
        kb_per_connection: kb,
    }
}

pub fn main() {
    let clients = env_num("NET_BENCH_CLIENTS", 1000);
    let messages = env_num("NET_BENCH_MESSAGES", 100);
    println!("{clients} clients x {messages} framed messages of 32 bytes, echoed one at a time");

    let port = free_port();
    let mut gml = Command::new(env!("CARGO_BIN_EXE_gml"));
    gml.arg("run")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/echo_server.gml"
        ))
        .arg("--")
        .arg(port.to_string())
        .arg("echo")
        .arg("quiet");
    let g = measure("gml echo_server.gml", start(gml), port, clients, messages);

    let port = free_port();
    let mut tokio_server = Command::new(std::env::current_exe().unwrap());
    tokio_server
        .args([
            "--ignored",
            "--exact",
            "net_bench_tokio_server",
            "--nocapture",
        ])
        .env("NET_BENCH_SERVE", port.to_string());
    let mut child = start(tokio_server);
    // The test harness prints "running 1 test" first; wait for the server's own line too.
    std::thread::sleep(Duration::from_millis(300));
    let _ = &mut child;
    let t = measure("plain tokio", child, port, clients, messages);

    println!(
        "gml reaches {:.0}% of plain tokio's rate; {:.1} KB per connection (tokio: {:.1} KB)",
        100.0 * g.per_second / t.per_second,
        g.kb_per_connection,
        t.kb_per_connection
    );
}
