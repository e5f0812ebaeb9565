//! Networking end to end: GML servers and clients (`tests/network/*.gml`) run as real `gml`
//! processes, talking to each other or to Rust peers that speak GameMaker's framed protocol, raw
//! TCP, UDP or WebSocket, on 127.0.0.1 only. Each event's exact `async_load` is checked from the
//! scripts' stdout. Every process has a `--timeout` and is killed when its test ends.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream, UdpSocket};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::{self, Message};

#[path = "../benches/net/bench.rs"]
mod net_bench;
#[allow(dead_code)]
mod support;

/// The benchmark (benches/net): `cargo test --profile quick --test network -- --ignored
/// --nocapture net_bench`.
#[test]
#[ignore]
fn net_bench() {
    net_bench::main();
}

/// The benchmark's plain tokio server, when started by it (`NET_BENCH_SERVE=PORT`).
#[test]
#[ignore]
fn net_bench_tokio_server() {
    if let Some(port) = std::env::var("NET_BENCH_SERVE")
        .ok()
        .and_then(|p| p.parse().ok())
    {
        net_bench::serve_tokio(port);
    }
}

const WAIT: Duration = Duration::from_secs(20);

/// A running `gml` script whose stdout lines arrive on a channel.
struct Gml {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
    _dir: tempfile::TempDir,
}

fn script(name: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let read = |p: PathBuf| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
    let common = read(dir.join("tests/network/common.gml"));
    let body = read(dir.join(name));
    // The common objects come last: an object section runs to the end of the file.
    let (top, objects) = common
        .split_once("#object")
        .expect("common.gml has its object");
    format!("{top}\n{body}\n#object{objects}")
}

impl Gml {
    fn start(text: &str, args: &[String], timeout_secs: u32) -> Gml {
        let dir = tempfile::tempdir().expect("temporary directory");
        let file = dir.path().join("script.gml");
        std::fs::write(&file, text).expect("write the script");
        let mut child = Command::new(env!("CARGO_BIN_EXE_gml"))
            .arg("run")
            .arg("--timeout")
            .arg(timeout_secs.to_string())
            .arg(&file)
            .arg("--")
            .args(args)
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start gml");
        let out = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Gml {
            child,
            lines,
            seen: Vec::new(),
            _dir: dir,
        }
    }

    fn server(kind: &str, raw: bool, port: u16, config: &[&str]) -> Gml {
        let mut args = vec![kind.to_string(), (raw as u8).to_string(), port.to_string()];
        args.extend(config.iter().map(|s| s.to_string()));
        let mut g = Gml::start(&script("tests/network/server.gml"), &args, 60);
        g.expect("ready server=0");
        g
    }

    /// The next line; panics after `WAIT`.
    fn next(&mut self) -> String {
        match self.lines.recv_timeout(WAIT) {
            Ok(l) => {
                self.seen.push(l.clone());
                l
            }
            Err(_) => panic!("no more output; so far:\n{}", self.seen.join("\n")),
        }
    }

    fn expect(&mut self, line: &str) {
        let got = self.next();
        assert_eq!(got, line, "output so far:\n{}", self.seen.join("\n"));
    }

    /// Skips lines until one starts with `prefix`.
    fn until(&mut self, prefix: &str) -> String {
        loop {
            let l = self.next();
            if l.starts_with(prefix) {
                return l;
            }
        }
    }

    /// Waits for the process to end; returns the remaining lines.
    fn finish(mut self) -> Vec<String> {
        let start = Instant::now();
        while self.child.try_wait().ok().flatten().is_none() {
            assert!(
                start.elapsed() < WAIT,
                "gml did not end:\n{}",
                self.seen.join("\n")
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        let mut rest = Vec::new();
        while let Ok(l) = self.lines.recv_timeout(Duration::from_secs(2)) {
            rest.push(l);
        }
        assert!(!rest.iter().chain(&self.seen).any(|l| l.starts_with("LEAK")));
        rest
    }

    fn rss_kb(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        status
            .lines()
            .find(|l| l.starts_with("VmRSS:"))
            .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            .unwrap_or(0)
    }
}

impl Drop for Gml {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Gives the server time to free a disconnected client's number (it does so right after the
/// event, which has printed its lines by then).
fn settle() {
    std::thread::sleep(Duration::from_millis(200));
}

/// A port nothing listens on right now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn frame(payload: &[u8]) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(&0xDEAD_C0DEu32.to_le_bytes());
    v.extend_from_slice(&12u32.to_le_bytes());
    v.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    v.extend_from_slice(payload);
    v
}

const HELLO: &[u8] = b"GM:Studio-Connect\0";

fn client_reply() -> Vec<u8> {
    [0xCAFE_BABEu32, 0xDEAD_B00B, 16, 0]
        .iter()
        .flat_map(|n| n.to_le_bytes())
        .collect()
}

fn server_ack() -> Vec<u8> {
    [0xDEAF_BEADu32, 0xF00D_BEEB, 12]
        .iter()
        .flat_map(|n| n.to_le_bytes())
        .collect()
}

fn read_n(s: &mut impl Read, n: usize) -> Vec<u8> {
    let mut b = vec![0; n];
    s.read_exact(&mut b).expect("read");
    b
}

fn read_frame(s: &mut TcpStream) -> Vec<u8> {
    let h = read_n(s, 12);
    assert_eq!(h[..8], frame(b"")[..8], "packet header");
    let n = u32::from_le_bytes([h[8], h[9], h[10], h[11]]) as usize;
    read_n(s, n)
}

fn connect(port: u16) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(WAIT)).unwrap();
    s.set_nodelay(true).unwrap();
    s
}

/// Connects and does GameMaker's handshake as a client.
fn gm_connect(port: u16) -> (TcpStream, u16) {
    let mut s = connect(port);
    assert_eq!(read_n(&mut s, 18), HELLO);
    s.write_all(&client_reply()).unwrap();
    assert_eq!(read_n(&mut s, 12), server_ack());
    let p = s.local_addr().unwrap().port();
    (s, p)
}

/// True once the peer has closed (EOF or reset) within `WAIT`.
fn closed_by_peer(s: &mut TcpStream) -> bool {
    let mut b = [0u8; 256];
    loop {
        match s.read(&mut b) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return false,
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => return false,
            Err(_) => return true,
        }
    }
}

fn connect_line(lp: u16) -> String {
    format!("event id=0 ip=\"127.0.0.1\" port={lp} socket=1 type=1")
}

fn data_line(id: i64, lp: u16, hex: &str, size: usize, extra: &str) -> String {
    format!("event buffer=[1,1,0,{size},{hex}] id={id} ip=\"127.0.0.1\"{extra} port={lp} server=0 size={size} type=3")
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn framed_server_with_a_rust_client_split_and_coalesced() {
    let port = free_port();
    let mut g = Gml::server("tcp", false, port, &[]);
    let (mut s, lp) = gm_connect(port);
    g.expect(&connect_line(lp));
    // One packet in one write; one byte by byte; two glued in one write; an empty one.
    s.write_all(&frame(b"hello")).unwrap();
    for b in frame(b"split") {
        s.write_all(&[b]).unwrap();
        std::thread::sleep(Duration::from_millis(2));
    }
    let mut two = frame(b"a");
    two.extend(frame(b"bb"));
    s.write_all(&two).unwrap();
    for (text, sent) in [("hello", 17), ("split", 17), ("a", 13), ("bb", 14)] {
        g.expect(&data_line(1, lp, &hex(text.as_bytes()), text.len(), ""));
        g.expect(&format!("sent {sent}"));
        assert_eq!(read_frame(&mut s), text.as_bytes());
    }
    drop(s);
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={lp} socket=1 type=2"
    ));
    g.expect("send after disconnect: 1 1");
    settle();
    // The number is free again: the next client gets 1.
    let (_s2, lp2) = gm_connect(port);
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={lp2} socket=1 type=1"
    ));
}

#[test]
fn framed_client_with_a_rust_server() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        s.set_read_timeout(Some(WAIT)).unwrap();
        s.write_all(HELLO).unwrap();
        assert_eq!(read_n(&mut s, 16), client_reply());
        s.write_all(&server_ack()).unwrap();
        assert_eq!(read_frame(&mut s), b"ping");
        // Two packets in one write, then one cut in the middle of its header.
        let mut two = frame(b"one");
        two.extend(frame(b"two"));
        s.write_all(&two).unwrap();
        let third = frame(b"three");
        s.write_all(&third[..7]).unwrap();
        std::thread::sleep(Duration::from_millis(100));
        s.write_all(&third[7..]).unwrap();
        closed_by_peer(&mut s)
    });
    let args = strings(&[
        "tcp",
        "0",
        "127.0.0.1",
        &port.to_string(),
        "async",
        "3",
        "ping",
    ]);
    let mut g = Gml::start(&script("tests/network/client.gml"), &args, 30);
    g.expect("socket 0");
    g.expect("connect returned 0");
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={port} succeeded=1 type=4"
    ));
    g.expect("sent 16");
    for text in ["one", "two", "three"] {
        let n = text.len();
        g.expect(&format!(
            "event buffer=[1,1,0,{n},{}] id=0 ip=\"127.0.0.1\" port={port} size={n} type=3",
            hex(text.as_bytes())
        ));
    }
    g.finish();
    assert!(
        server.join().unwrap(),
        "the client closed its socket at game end"
    );
}

#[test]
fn gml_server_and_gml_client() {
    let port = free_port();
    let mut server = Gml::start(
        &std::fs::read_to_string("scripts/echo_server.gml").unwrap(),
        &[port.to_string()],
        60,
    );
    server.expect(&format!("listening on port {port} (echo)"));
    let client = Gml::start(
        &std::fs::read_to_string("scripts/chat_client.gml").unwrap(),
        &[
            "127.0.0.1".into(),
            port.to_string(),
            "hello".into(),
            "two words".into(),
        ],
        30,
    );
    let mut client = client;
    client.expect(&format!("connected to 127.0.0.1:{port}"));
    client.expect("got: hello");
    client.expect("got: two words");
    client.finish();
    server.expect("client 1 connected from 127.0.0.1");
    server.expect("client 1 left");
}

#[test]
fn raw_tcp_both_ways() {
    let port = free_port();
    let mut g = Gml::server("tcp", true, port, &[]);
    let mut s = connect(port);
    let lp = s.local_addr().unwrap().port();
    g.expect(&connect_line(lp));
    s.write_all(b"abc").unwrap();
    g.expect(&data_line(1, lp, "616263", 3, ""));
    g.expect("sent 3");
    assert_eq!(read_n(&mut s, 3), b"abc");

    // A raw client with a blocking connect, against a Rust server.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let sport = listener.local_addr().unwrap().port();
    let t = std::thread::spawn(move || {
        let (mut c, _) = listener.accept().unwrap();
        c.set_read_timeout(Some(WAIT)).unwrap();
        c.write_all(b"xyz").unwrap();
        read_n(&mut c, 2)
    });
    let args = strings(&[
        "tcp",
        "1",
        "127.0.0.1",
        &sport.to_string(),
        "block",
        "1",
        "hi",
    ]);
    let mut c = Gml::start(&script("tests/network/client.gml"), &args, 30);
    c.expect("socket 0");
    c.expect("connect returned 0");
    c.expect("sent 2");
    c.expect(&format!(
        "event buffer=[1,1,0,3,78797a] id=0 ip=\"127.0.0.1\" port={sport} size=3 type=3"
    ));
    c.finish();
    assert_eq!(t.join().unwrap(), b"hi");
}

#[test]
fn udp_server_and_client() {
    let port = free_port();
    let mut g = Gml::server("udp", false, port, &[]);
    let u = UdpSocket::bind("127.0.0.1:0").unwrap();
    u.set_read_timeout(Some(WAIT)).unwrap();
    let lp = u.local_addr().unwrap().port();
    // A framed datagram loses its header; a raw one arrives as it is.
    u.send_to(&frame(b"hi"), ("127.0.0.1", port)).unwrap();
    g.expect(&format!(
        "event buffer=[1,1,0,2,6869] id=0 ip=\"127.0.0.1\" port={lp} server=0 size=2 type=3"
    ));
    g.expect("sent 14");
    let mut b = [0u8; 64];
    let (n, _) = u.recv_from(&mut b).unwrap();
    assert_eq!(&b[..n], &frame(b"hi")[..]);
    u.send_to(b"plain", ("127.0.0.1", port)).unwrap();
    g.expect(&format!(
        "event buffer=[1,1,0,5,706c61696e] id=0 ip=\"127.0.0.1\" port={lp} server=0 size=5 type=3"
    ));
    g.expect("sent 17");
    let (n, _) = u.recv_from(&mut b).unwrap();
    assert_eq!(&b[..n], &frame(b"plain")[..]);

    // A raw UDP server keeps headers and answers raw.
    let rport = free_port();
    let mut r = Gml::server("udp", true, rport, &[]);
    u.send_to(&frame(b"x"), ("127.0.0.1", rport)).unwrap();
    r.expect(&format!(
        "event buffer=[1,1,0,13,{}] id=0 ip=\"127.0.0.1\" port={lp} server=0 size=13 type=3",
        hex(&frame(b"x"))
    ));
    r.expect("sent 13");
    let (n, _) = u.recv_from(&mut b).unwrap();
    assert_eq!(&b[..n], &frame(b"x")[..]);
}

fn ws_client(port: u16) -> tungstenite::WebSocket<TcpStream> {
    let s = connect(port);
    let (ws, _) = tungstenite::client(format!("ws://127.0.0.1:{port}/"), s).expect("upgrade");
    ws
}

#[test]
fn websocket_server_raw_and_framed() {
    let port = free_port();
    let mut g = Gml::server("ws", true, port, &[]);
    let mut ws = ws_client(port);
    let lp = ws.get_ref().local_addr().unwrap().port();
    g.expect(&connect_line(lp));
    ws.send(Message::text("hi")).unwrap();
    g.expect(&data_line(1, lp, "6869", 2, " message_type=2"));
    g.expect("sent 2");
    assert_eq!(ws.read().unwrap(), Message::text("hi"));
    ws.send(Message::binary(vec![1u8, 2])).unwrap();
    g.expect(&data_line(1, lp, "0102", 2, " message_type=1"));
    g.expect("sent 2");
    assert_eq!(ws.read().unwrap(), Message::binary(vec![1u8, 2]));
    ws.close(None).unwrap();
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={lp} socket=1 type=2"
    ));

    // Non-raw: GameMaker's handshake and headers inside the messages.
    let fport = free_port();
    let mut f = Gml::server("ws", false, fport, &[]);
    let mut ws = ws_client(fport);
    let lp = ws.get_ref().local_addr().unwrap().port();
    assert_eq!(ws.read().unwrap(), Message::binary(HELLO.to_vec()));
    ws.send(Message::binary(client_reply())).unwrap();
    assert_eq!(ws.read().unwrap(), Message::binary(server_ack()));
    f.expect(&connect_line(lp));
    let mut two = frame(b"a");
    two.extend(frame(b"b"));
    ws.send(Message::binary(two)).unwrap();
    for t in ["61", "62"] {
        f.expect(&data_line(1, lp, t, 1, " message_type=1"));
        f.expect("sent 13");
    }
    assert_eq!(ws.read().unwrap(), Message::binary(frame(b"a")));
    assert_eq!(ws.read().unwrap(), Message::binary(frame(b"b")));
}

#[test]
fn websocket_client_against_a_rust_server() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let t = std::thread::spawn(move || {
        let (s, _) = listener.accept().unwrap();
        s.set_read_timeout(Some(WAIT)).unwrap();
        let mut ws = tungstenite::accept(s).expect("upgrade");
        let got = ws.read().unwrap();
        ws.send(Message::text("hello")).unwrap();
        ws.send(Message::binary(vec![9u8])).unwrap();
        let _ = ws.read();
        got
    });
    let url = format!("ws://127.0.0.1:{port}/chat");
    let args = strings(&["ws", "1", &url, "0", "async", "2", "text:yo"]);
    let mut c = Gml::start(&script("tests/network/client.gml"), &args, 30);
    c.expect("socket 0");
    c.expect("connect returned 0");
    c.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={port} succeeded=1 type=4"
    ));
    c.expect("sent 2");
    c.expect(&format!(
        "event buffer=[1,1,0,5,68656c6c6f] id=0 ip=\"127.0.0.1\" message_type=2 port={port} size=5 type=3"
    ));
    c.expect(&format!(
        "event buffer=[1,1,0,1,09] id=0 ip=\"127.0.0.1\" message_type=1 port={port} size=1 type=3"
    ));
    c.finish();
    assert_eq!(t.join().unwrap(), Message::text("yo"));
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn client_args(kind: &str, raw: &str, port: u16, mode: &str, extra: &[&str]) -> Vec<String> {
    let mut v = strings(&[kind, raw, "127.0.0.1", &port.to_string(), mode, "0"]);
    v.extend(strings(extra));
    v
}

#[test]
fn non_blocking_connect_success_refusal_and_timeout() {
    // Refused: nothing listens.
    let port = free_port();
    let mut c = Gml::start(
        &script("tests/network/client.gml"),
        &client_args("tcp", "0", port, "async", &[]),
        30,
    );
    c.expect("socket 0");
    c.expect("connect returned 0");
    c.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={port} succeeded=0 type=4"
    ));
    c.finish();

    // Timeout: the server accepts but never says hello.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let start = Instant::now();
    let mut c = Gml::start(
        &script("tests/network/client.gml"),
        &client_args("tcp", "0", port, "nonblock", &["connect_timeout=300"]),
        30,
    );
    c.expect("socket 0");
    c.expect("connect returned 0"); // the socket's number, at once
    c.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={port} succeeded=0 type=4"
    ));
    c.finish();
    assert!(start.elapsed() < Duration::from_secs(10));

    // Blocking connect: -1 on timeout.
    let mut c = Gml::start(
        &script("tests/network/client.gml"),
        &client_args("tcp", "0", port, "block", &["connect_timeout=200"]),
        30,
    );
    c.expect("socket 0");
    c.expect("connect returned -1");
    c.finish();
    drop(listener);
}

#[test]
fn disconnects_come_once_also_for_vanished_clients() {
    let port = free_port();
    let mut g = Gml::server("tcp", false, port, &[]);
    // Reset without a goodbye.
    let (s, lp) = gm_connect(port);
    g.expect(&connect_line(lp));
    socket2::SockRef::from(&s)
        .set_linger(Some(Duration::ZERO))
        .unwrap();
    drop(s);
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={lp} socket=1 type=2"
    ));
    g.expect("send after disconnect: 1 1");
    settle();
    // A GML client process killed outright.
    let mut c = Gml::start(
        &script("tests/network/client.gml"),
        &client_args("tcp", "0", port, "async", &[]),
        30,
    );
    let line = g.until("event id=0");
    assert!(line.ends_with("socket=1 type=1"), "{line}");
    c.expect("socket 0");
    let _ = c.child.kill();
    g.until("event id=0");
    g.expect("send after disconnect: 1 1");
    settle();
    // Nothing more: a packet from a new client is the next event.
    let (mut s, lp) = gm_connect(port);
    s.write_all(&frame(b"z")).unwrap();
    g.expect(&connect_line(lp));
    g.expect(&data_line(1, lp, "7a", 1, ""));
}

#[test]
fn destroying_sockets_and_servers() {
    let port = free_port();
    let mut g = Gml::server("tcp", false, port, &[]);
    let (mut a, la) = gm_connect(port);
    g.expect(&connect_line(la));
    a.write_all(&frame(b"close-me")).unwrap();
    g.until("event buffer");
    g.expect("closed 1; send now -1");
    assert!(closed_by_peer(&mut a));
    let (mut b, lb) = gm_connect(port);
    g.expect(&connect_line(lb));
    let (mut c, _) = gm_connect(port);
    g.until("event id=0");
    b.write_all(&frame(b"destroy-server")).unwrap();
    g.until("event buffer");
    g.expect("server destroyed");
    assert!(closed_by_peer(&mut b));
    assert!(closed_by_peer(&mut c));
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_ok() {
        assert!(start.elapsed() < WAIT, "the server still listens");
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = b.shutdown(Shutdown::Both);
}

#[test]
fn hostile_framed_peers_are_disconnected() {
    let port = free_port();
    let mut g = Gml::server("tcp", false, port, &["packet=500", "idle=1500"]);
    // A header announcing 4 GiB.
    let (mut s, lp) = gm_connect(port);
    g.expect(&connect_line(lp));
    let mut huge = frame(b"");
    huge[8..12].copy_from_slice(&u32::MAX.to_le_bytes());
    s.write_all(&huge).unwrap();
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={lp} socket=1 type=2"
    ));
    assert!(closed_by_peer(&mut s));
    g.expect("send after disconnect: 1 1");
    settle();
    // Garbage instead of a header.
    let (mut s, lp) = gm_connect(port);
    g.expect(&connect_line(lp));
    s.write_all(b"GET / HTTP/1.1\r\n\r\n").unwrap();
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={lp} socket=1 type=2"
    ));
    g.expect("send after disconnect: 1 1");
    settle();
    // One byte every 150 ms: the packet timeout (500 ms) ends it.
    let (mut s, lp) = gm_connect(port);
    g.expect(&connect_line(lp));
    let start = Instant::now();
    let slow = frame(b"0123456789");
    let mut cut = false;
    for b in slow {
        if s.write_all(&[b]).is_err() {
            cut = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(150));
    }
    assert!(cut || closed_by_peer(&mut s));
    assert!(start.elapsed() < Duration::from_millis(2000));
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={lp} socket=1 type=2"
    ));
    g.expect("send after disconnect: 1 1");
    settle();
    // Silent for longer than the idle limit.
    let (_s, lp) = gm_connect(port);
    g.expect(&connect_line(lp));
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={lp} socket=1 type=2"
    ));
}

#[test]
fn ten_thousand_half_open_connections() {
    let port = free_port();
    let mut g = Gml::server("tcp", false, port, &["handshake=1000"]);
    let before = g.rss_kb();
    let mut held = Vec::new();
    let start = Instant::now();
    while held.len() < 10_000 && start.elapsed() < Duration::from_secs(30) {
        if let Ok(s) = TcpStream::connect_timeout(
            &format!("127.0.0.1:{port}").parse().unwrap(),
            Duration::from_secs(1),
        ) {
            held.push(s);
        }
    }
    assert!(held.len() >= 5_000, "only {} connections", held.len());
    let during = g.rss_kb();
    // A real client still gets in once the half-open ones time out.
    std::thread::sleep(Duration::from_millis(1500));
    let (mut s, lp) = gm_connect(port);
    g.expect(&connect_line(lp));
    s.write_all(&frame(b"ok")).unwrap();
    g.expect(&data_line(1, lp, "6f6b", 2, ""));
    assert_eq!(read_frame(&mut s), b"ok");
    drop(held);
    assert!(
        during.saturating_sub(before) < 64 * 1024,
        "memory grew from {before} KB to {during} KB"
    );
}

#[test]
fn websocket_garbage_is_disconnected() {
    let port = free_port();
    let mut g = Gml::server("ws", true, port, &["handshake=500"]);
    // Not an upgrade at all: never connected, so no event.
    let mut s = connect(port);
    s.write_all(b"HELLO?\r\n\r\n").unwrap();
    assert!(closed_by_peer(&mut s));
    // A good upgrade, then bytes that are no WebSocket frame.
    let mut ws = ws_client(port);
    let lp = ws.get_ref().local_addr().unwrap().port();
    g.expect(&connect_line(lp));
    ws.get_mut().write_all(&[0xFF; 64]).unwrap();
    g.expect(&format!(
        "event id=0 ip=\"127.0.0.1\" port={lp} socket=1 type=2"
    ));
    g.expect("send after disconnect: 1 1");
    settle();
    // The server still works.
    let mut ws = ws_client(port);
    let lp = ws.get_ref().local_addr().unwrap().port();
    g.expect(&connect_line(lp));
    ws.send(Message::binary(vec![5u8])).unwrap();
    g.expect(&data_line(1, lp, "05", 1, " message_type=1"));
}

#[test]
fn udp_flood_keeps_memory_bounded() {
    let port = free_port();
    let mut g = Gml::server("udp", true, port, &["quiet=1", "recvq=65536"]);
    let before = g.rss_kb();
    let u = UdpSocket::bind("127.0.0.1:0").unwrap();
    u.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let payload = [7u8; 1200];
    let start = Instant::now();
    let mut sent = 0;
    while start.elapsed() < Duration::from_secs(2) {
        if u.send_to(&payload, ("127.0.0.1", port)).is_ok() {
            sent += 1;
        }
    }
    let during = g.rss_kb();
    // Still answering afterwards.
    let mut answered = false;
    for _ in 0..50 {
        u.send_to(b"count?", ("127.0.0.1", port)).unwrap();
        let mut b = [0u8; 16];
        if matches!(u.recv_from(&mut b), Ok((6, _))) {
            answered = true;
            break;
        }
    }
    assert!(answered, "no answer after the flood");
    let line = g.until("count ");
    let counted: u64 = line[6..].parse().unwrap();
    assert!(counted > 0 && counted <= sent, "{counted} of {sent}");
    assert!(
        during.saturating_sub(before) < 64 * 1024,
        "memory grew from {before} KB to {during} KB"
    );
}

#[test]
fn wss_client_with_a_trusted_root() {
    use gml::runtime::async_io::net::{NetEventKind, SocketKind};
    use gml::runtime::async_io::{AsyncIo, Completion};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        let config = support::http_server::tls_server_config();
        let (tcp, _) = listener.accept().unwrap();
        tcp.set_read_timeout(Some(WAIT)).unwrap();
        let tls = rustls::StreamOwned::new(rustls::ServerConnection::new(config).unwrap(), tcp);
        let mut ws = tungstenite::accept(tls).expect("upgrade over TLS");
        let got = ws.read().unwrap();
        ws.send(Message::text(format!("secure {}", got.to_text().unwrap())))
            .unwrap();
        let _ = ws.read();
    });
    let mut io = AsyncIo::default();
    // Without the test CA the certificate is refused.
    let net = io.net().unwrap();
    let s = net.create_socket(SocketKind::Wss, None);
    assert_eq!(s, 0);
    let refused = TcpListener::bind("127.0.0.1:0").unwrap();
    let rport = refused.local_addr().unwrap().port();
    let t = std::thread::spawn(move || {
        let (tcp, _) = refused.accept().unwrap();
        let config = support::http_server::tls_server_config();
        let mut tls = rustls::StreamOwned::new(rustls::ServerConnection::new(config).unwrap(), tcp);
        let _ = tls.read(&mut [0u8; 16]);
    });
    let url = format!("wss://localhost:{rport}/");
    assert_eq!(net.connect(s, &url, 0, true, false), -1);
    t.join().unwrap();
    assert!(io.set_tls_roots(Some(vec![support::http_server::test_ca_der()])));
    let net = io.net().unwrap();
    let url = format!("wss://localhost:{port}/secure");
    assert_eq!(net.connect(s, &url, 0, true, false), 0);
    assert_eq!(net.send(s, b"hi", false, true), 2);
    let Some(Completion::Network(ev)) = io.recv_timeout(Some(WAIT)) else {
        panic!("no data event");
    };
    assert_eq!(ev.kind, NetEventKind::Data);
    assert_eq!(ev.data, b"secure hi");
    assert_eq!(ev.message_type, Some(2));
    assert_eq!((ev.id, ev.port), (0, port));
    io.net().unwrap().destroy(s);
    server.join().unwrap();
}
