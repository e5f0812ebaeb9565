//! GameMaker networking on the async engine (manual: Networking; DESIGN.md 4c).
//!
//! Sockets and servers share one table of handles, numbered from 0 with the lowest free number
//! reused, as GameMaker numbers them. The table is shared with the tokio tasks: an accept task
//! gives each new client its number when it registers it. Every connection, disconnection and
//! packet goes to the VM over the async engine's completion channel as a `Completion::Network`,
//! and becomes an Async Networking event (event 68) in the frame loop's async phase.
//!
//! Who owns what:
//! - a connection's reading (and the flushing of sends that did not fit in the kernel's buffer)
//!   is one tokio task; `network_send_*` write from the VM thread straight to the socket, and
//!   only what the kernel does not take waits in the connection's send queue;
//! - a handle lives until the VM frees it: `network_destroy`, or after the disconnect event of a
//!   server's client has run. Events of a connection that is no longer in its slot are dropped,
//!   so a reused number never receives an old connection's events.
//!
//! Limits (every peer; `Limits`, settable with `network_set_config`): message size (GameMaker's
//! own, per socket), handshake time, packet time, idle time, send queue, receive queue, pending
//! connections per server. Past one, the peer is disconnected with its event (a client that
//! has not finished GameMaker's handshake was never connected, so it just goes away).

pub mod framing;
mod stream;
mod udp;
mod ws;

use super::Completion;
use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::Notify;

pub use stream::Io;

/// GameMaker's socket type constants (`network_socket_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SocketKind {
    Tcp,
    Udp,
    Ws,
    Wss,
}

impl SocketKind {
    pub fn from_constant(n: i64) -> Option<SocketKind> {
        Some(match n {
            0 => SocketKind::Tcp,
            1 => SocketKind::Udp,
            6 => SocketKind::Ws,
            7 => SocketKind::Wss,
            _ => return None,
        })
    }
}

/// `async_load[? "type"]` values (`network_type_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetEventKind {
    Connect = 1,
    Disconnect = 2,
    Data = 3,
    NonBlockingConnect = 4,
}

/// `network_send_binary` / `network_send_text`.
pub const SEND_BINARY: u8 = 1;
pub const SEND_TEXT: u8 = 2;

/// One Async Networking event, as the manual lists its keys.
#[derive(Clone)]
pub struct NetEvent {
    pub kind: NetEventKind,
    /// `id`: the server (connect, disconnect, and data for UDP servers) or the socket.
    pub id: i64,
    /// `socket` (connect and disconnect only).
    pub socket: i64,
    /// `server` (data that arrived through a server only).
    pub server: Option<i64>,
    pub ip: String,
    pub port: u16,
    /// Data events: the packet; the VM puts it in a fresh grow buffer.
    pub data: Vec<u8>,
    /// WebSocket data only.
    pub message_type: Option<u8>,
    /// Non-blocking connect only.
    pub succeeded: bool,
    /// Where the event came from: events of a handle that was destroyed (or reused) since are
    /// dropped, and data events give their bytes back to the receive-queue count.
    pub(crate) origin: Origin,
}

#[derive(Clone)]
pub(crate) enum Origin {
    Conn(Arc<Conn>),
    Udp(Arc<udp::Udp>),
    /// A non-blocking connect: the token of the client slot it was started for.
    Connect(u64),
}

impl std::fmt::Debug for NetEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NetEvent")
            .field("kind", &self.kind)
            .field("id", &self.id)
            .field("socket", &self.socket)
            .field("server", &self.server)
            .field("ip", &self.ip)
            .field("port", &self.port)
            .field("size", &self.data.len())
            .finish()
    }
}

/// Per-peer limits. Defaults are chosen so GameMaker games work unchanged while one hostile
/// peer cannot hurt the process (README, "A game server in GML").
#[derive(Clone, Debug)]
pub struct Limits {
    /// A client must finish GameMaker's handshake (or the WebSocket upgrade) within this.
    pub handshake_timeout: Duration,
    /// A framed packet must arrive whole within this from its first byte (stops a peer that
    /// sends one byte a second).
    pub packet_timeout: Duration,
    /// Disconnect a peer that sends nothing for this long (`None`: never; GameMaker clients send
    /// nothing while idle, so this is off unless set).
    pub idle_timeout: Option<Duration>,
    /// Bytes sent to a peer that it has not read yet; past this it is disconnected.
    pub send_queue: usize,
    /// Bytes received from a peer whose events have not run yet; past this reading pauses
    /// (TCP pushes back on the sender; UDP datagrams past it are dropped).
    pub receive_queue: usize,
    /// Connections a server holds in the handshake at once; more are closed at once.
    pub pending_connections: usize,
    /// Message size limit for sockets created by the game (manual: 64 MiB).
    pub message_size_client: usize,
    /// Message size limit for the sockets of a server's clients (manual: 4 MiB).
    pub message_size_accepted: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            handshake_timeout: Duration::from_secs(5),
            packet_timeout: Duration::from_secs(30),
            idle_timeout: None,
            send_queue: 8 << 20,
            receive_queue: 1 << 20,
            pending_connections: 1024,
            message_size_client: 64 << 20,
            message_size_accepted: 4 << 20,
        }
    }
}

/// Where events go.
#[derive(Clone)]
pub(crate) struct Sink(mpsc::Sender<Completion>);

impl Sink {
    fn send(&self, ev: NetEvent) {
        let _ = self.0.send(Completion::Network(ev));
    }
}

static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);
fn token() -> u64 {
    NEXT_TOKEN.fetch_add(1, Ordering::Relaxed)
}

/// What a handle is.
pub(crate) enum Slot {
    Server(Arc<Server>),
    Conn(Arc<Conn>),
    Udp(Arc<udp::Udp>),
    /// A TCP or WebSocket socket that is not connected (yet).
    Client(ClientSocket),
}

pub(crate) struct ClientSocket {
    kind: SocketKind,
    /// Changes whenever a connect starts, so a late result of an older attempt is ignored.
    token: u64,
    connecting: bool,
}

pub(crate) struct Server {
    pub id: i64,
    pub kind: SocketKind,
    pub raw: bool,
    max_clients: usize,
    connected: AtomicUsize,
    pending: AtomicUsize,
    stopped: AtomicBool,
    stop: Notify,
    /// The message size limit its clients start with.
    message_limit: AtomicUsize,
    limits: Limits,
    udp: Option<Arc<udp::Udp>>,
}

/// `Conn::stop` values.
const RUNNING: u8 = 0;
/// `network_destroy`: close without an event.
const DESTROYED: u8 = 1;
/// A limit was passed: close with the disconnect event.
const KILLED: u8 = 2;

/// A connected TCP or WebSocket socket: a server's client or a game's client socket.
pub(crate) struct Conn {
    pub id: i64,
    pub server: Option<i64>,
    pub raw: bool,
    pub ip: String,
    pub port: u16,
    out: stream::Outlet,
    /// Sends fail from now on (the peer went away, or the socket was destroyed).
    closed: AtomicBool,
    stop: AtomicU8,
    wake: Notify,
    in_flight: AtomicUsize,
    message_limit: AtomicUsize,
    limits: Limits,
}

impl Conn {
    fn request_stop(&self, how: u8) {
        let _ = self
            .stop
            .compare_exchange(RUNNING, how, Ordering::AcqRel, Ordering::Acquire);
        self.closed.store(true, Ordering::Release);
        self.wake.notify_one();
    }
    fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }
    /// Bytes of a data event handed to the VM; the reader pauses while too many wait.
    fn queued(&self, n: usize) {
        self.in_flight.fetch_add(n, Ordering::AcqRel);
    }
    fn released(&self, n: usize) {
        let before = self.in_flight.fetch_sub(n, Ordering::AcqRel);
        if before >= self.limits.receive_queue && before - n < self.limits.receive_queue {
            self.wake.notify_one();
        }
    }
    fn reading_paused(&self) -> bool {
        self.in_flight.load(Ordering::Acquire) >= self.limits.receive_queue
    }
}

#[derive(Default)]
pub(crate) struct Table {
    slots: Vec<Option<Slot>>,
}

impl Table {
    fn add(&mut self, s: Slot) -> i64 {
        if let Some(i) = self.slots.iter().position(|s| s.is_none()) {
            self.slots[i] = Some(s);
            return i as i64;
        }
        self.slots.push(Some(s));
        self.slots.len() as i64 - 1
    }
    fn get(&self, id: i64) -> Option<&Slot> {
        usize::try_from(id)
            .ok()
            .and_then(|i| self.slots.get(i)?.as_ref())
    }
    fn take(&mut self, id: i64) -> Option<Slot> {
        usize::try_from(id)
            .ok()
            .and_then(|i| self.slots.get_mut(i)?.take())
    }
    fn set(&mut self, id: i64, s: Slot) {
        if let Ok(i) = usize::try_from(id) {
            if i < self.slots.len() {
                self.slots[i] = Some(s);
            }
        }
    }
    fn conn(&self, id: i64) -> Option<Arc<Conn>> {
        match self.get(id)? {
            Slot::Conn(c) => Some(c.clone()),
            _ => None,
        }
    }
}

pub(crate) type Shared = Arc<Mutex<Table>>;

fn lock(t: &Shared) -> MutexGuard<'_, Table> {
    t.lock().unwrap_or_else(|e| e.into_inner())
}

/// Settings `network_set_config` changes.
#[derive(Clone, Debug)]
pub struct Config {
    pub connect_timeout: Duration,
    pub non_blocking: bool,
    pub limits: Limits,
    /// `Sec-WebSocket-Protocol` for WebSocket clients (`network_config_websocket_protocol`).
    pub ws_protocol: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            connect_timeout: Duration::from_secs(10),
            non_blocking: false,
            limits: Limits::default(),
            ws_protocol: None,
        }
    }
}

/// The VM's side: the handle table and what new sockets are made with.
pub struct Net {
    table: Shared,
    rt: tokio::runtime::Handle,
    sink: Sink,
    pub config: Config,
    pub(crate) tls_roots: Option<Vec<Vec<u8>>>,
}

/// What the VM does once a network event has run.
pub enum After {
    Nothing,
    /// A server's client disconnected: its handle is freed now.
    Free(i64),
}

impl Net {
    pub(crate) fn new(rt: tokio::runtime::Handle, tx: mpsc::Sender<Completion>) -> Net {
        Net {
            table: Arc::default(),
            rt,
            sink: Sink(tx),
            config: Config::default(),
            tls_roots: None,
        }
    }

    /// Whether any handle can still produce events (the frame loop then waits on the channel
    /// instead of spinning).
    pub fn is_active(&self) -> bool {
        lock(&self.table).slots.iter().any(|s| match s {
            Some(Slot::Client(c)) => c.connecting,
            Some(Slot::Conn(c)) => !c.is_closed(),
            Some(_) => true,
            None => false,
        })
    }

    fn add(&self, s: Slot) -> i64 {
        lock(&self.table).add(s)
    }

    /// `network_create_server` / `_raw`: -1 when the port cannot be bound.
    pub fn create_server(
        &mut self,
        kind: SocketKind,
        port: u16,
        max_clients: usize,
        raw: bool,
    ) -> i64 {
        let limits = self.config.limits.clone();
        let mut t = lock(&self.table);
        // Reserve the number first so the server knows it.
        let id = t.add(Slot::Client(ClientSocket {
            kind,
            token: 0,
            connecting: false,
        }));
        let udp = if kind == SocketKind::Udp {
            match udp::Udp::bind(&self.rt, id, Some(id), port, raw, limits.receive_queue) {
                Some(u) => Some(u),
                None => {
                    t.take(id);
                    return -1;
                }
            }
        } else {
            None
        };
        let server = Arc::new(Server {
            id,
            kind,
            raw,
            max_clients,
            connected: AtomicUsize::new(0),
            pending: AtomicUsize::new(0),
            stopped: AtomicBool::new(false),
            stop: Notify::new(),
            message_limit: AtomicUsize::new(limits.message_size_accepted),
            limits,
            udp: udp.clone(),
        });
        if let Some(u) = udp {
            u.start(&self.rt, self.sink.clone());
        } else {
            let listener = {
                let _enter = self.rt.enter();
                listen(port)
            };
            let Ok(listener) = listener else {
                t.take(id);
                return -1;
            };
            self.rt.spawn(stream::serve(
                server.clone(),
                listener,
                self.table.clone(),
                self.sink.clone(),
            ));
        }
        t.set(id, Slot::Server(server));
        id
    }

    /// `network_create_socket` / `_ext`: UDP sockets are bound at once (to `port`, or any).
    pub fn create_socket(&mut self, kind: SocketKind, port: Option<u16>) -> i64 {
        if kind == SocketKind::Udp {
            let mut t = lock(&self.table);
            let id = t.add(Slot::Client(ClientSocket {
                kind,
                token: 0,
                connecting: false,
            }));
            let limit = self.config.limits.receive_queue;
            match udp::Udp::bind(&self.rt, id, None, port.unwrap_or(0), false, limit) {
                Some(u) => {
                    u.start(&self.rt, self.sink.clone());
                    t.set(id, Slot::Udp(u));
                    id
                }
                None => {
                    t.take(id);
                    -1
                }
            }
        } else {
            self.add(Slot::Client(ClientSocket {
                kind,
                token: 0,
                connecting: false,
            }))
        }
    }

    /// `network_connect*`. Blocking: waits (up to the connect timeout) and returns 0 or -1.
    /// Non-blocking (`asynchronous`, or `network_config_use_non_blocking_socket`): returns the
    /// socket at once; a non-blocking-connect event follows.
    pub fn connect(
        &mut self,
        socket: i64,
        url: &str,
        port: i64,
        raw: bool,
        asynchronous: bool,
    ) -> i64 {
        let (kind, tok) = {
            let mut t = lock(&self.table);
            let Some(Slot::Client(c)) = t.slots.get_mut(socket as usize).and_then(|s| s.as_mut())
            else {
                return -1;
            };
            if c.connecting {
                return -1;
            }
            c.token = token();
            c.connecting = true;
            (c.kind, c.token)
        };
        let target = Target {
            kind,
            url: url.to_string(),
            port,
            raw,
            timeout: self.config.connect_timeout,
            limits: self.config.limits.clone(),
            ws_protocol: self.config.ws_protocol.clone(),
            tls_roots: self.tls_roots.clone(),
        };
        let table = self.table.clone();
        let sink = self.sink.clone();
        let non_blocking = asynchronous || self.config.non_blocking;
        let fut = async move {
            let result = stream::connect(&target).await;
            let (ip, rport) = match &result {
                Ok((_, addr)) => (addr.ip().to_string(), addr.port()),
                Err(_) => (target.url.clone(), target.port.clamp(0, 65535) as u16),
            };
            let conn = {
                let mut t = lock(&table);
                let current = matches!(t.get(socket), Some(Slot::Client(c)) if c.token == tok);
                match result {
                    Ok((io, addr)) if current => {
                        let limits = &target.limits;
                        let (conn, reader) = stream::new_conn(
                            socket,
                            None,
                            raw,
                            addr,
                            io,
                            limits,
                            limits.message_size_client,
                        );
                        t.set(socket, Slot::Conn(conn.clone()));
                        Some((conn, reader))
                    }
                    _ => {
                        if let Some(Slot::Client(c)) =
                            t.slots.get_mut(socket as usize).and_then(|s| s.as_mut())
                        {
                            if c.token == tok {
                                c.connecting = false;
                            }
                        }
                        None
                    }
                }
            };
            let ok = conn.is_some();
            if non_blocking {
                sink.send(NetEvent {
                    kind: NetEventKind::NonBlockingConnect,
                    id: socket,
                    socket,
                    server: None,
                    ip,
                    port: rport,
                    data: Vec::new(),
                    message_type: None,
                    succeeded: ok,
                    origin: Origin::Connect(tok),
                });
            }
            if let Some((conn, reader)) = conn {
                tokio::spawn(stream::run(conn, reader, sink, table));
            }
            ok
        };
        if non_blocking {
            self.rt.spawn(fut);
            socket
        } else if self.rt.block_on(fut) {
            0
        } else {
            -1
        }
    }

    /// Sends bytes as they are (`network_send_raw`); `packet` adds GameMaker's header. Returns
    /// the bytes sent (header included) or a value below 0; never fails loudly.
    pub fn send(&mut self, socket: i64, data: &[u8], packet: bool, text: bool) -> i64 {
        let conn = lock(&self.table).conn(socket);
        let Some(conn) = conn else { return -1 };
        let framed;
        let bytes = if packet {
            framed = framing::encode(data);
            &framed[..]
        } else {
            data
        };
        if conn.send(bytes, text) {
            bytes.len() as i64
        } else {
            -1
        }
    }

    /// `network_send_udp*` and `network_send_broadcast` (`url` None).
    pub fn send_udp(
        &mut self,
        socket: i64,
        url: Option<&str>,
        port: i64,
        data: &[u8],
        packet: bool,
    ) -> i64 {
        let udp = match lock(&self.table).get(socket) {
            Some(Slot::Udp(u)) => u.clone(),
            Some(Slot::Server(s)) => match &s.udp {
                Some(u) => u.clone(),
                None => return -1,
            },
            _ => return -1,
        };
        let Ok(port) = u16::try_from(port) else {
            return -1;
        };
        let framed;
        let bytes = if packet {
            framed = framing::encode(data);
            &framed[..]
        } else {
            data
        };
        let sent = match url {
            Some(url) => match resolve_addr(url, port) {
                Some(addr) => udp.send_to(bytes, addr),
                None => false,
            },
            None => udp.broadcast(bytes, port),
        };
        if sent {
            bytes.len() as i64
        } else {
            -1
        }
    }

    /// `network_destroy`: a server also closes all its clients (they get no events: the server
    /// that would receive them is gone).
    pub fn destroy(&mut self, id: i64) {
        let mut t = lock(&self.table);
        match t.take(id) {
            Some(Slot::Server(s)) => {
                s.stopped.store(true, Ordering::Release);
                s.stop.notify_one();
                if let Some(u) = &s.udp {
                    u.stop();
                }
                for i in 0..t.slots.len() {
                    if matches!(&t.slots[i], Some(Slot::Conn(c)) if c.server == Some(id)) {
                        if let Some(Slot::Conn(c)) = t.slots[i].take() {
                            c.request_stop(DESTROYED);
                        }
                    }
                }
            }
            Some(Slot::Conn(c)) => {
                c.request_stop(DESTROYED);
                if let Some(server) = c.server {
                    if let Some(Slot::Server(s)) = t.get(server) {
                        s.connected.fetch_sub(1, Ordering::AcqRel);
                    }
                }
            }
            Some(Slot::Udp(u)) => u.stop(),
            Some(Slot::Client(_)) | None => {}
        }
    }

    /// `network_config_message_size_limit`: per socket; on a server, for its future clients.
    pub fn set_message_limit(&mut self, id: i64, limit: usize) -> bool {
        match lock(&self.table).get(id) {
            Some(Slot::Conn(c)) => c.message_limit.store(limit, Ordering::Release),
            Some(Slot::Server(s)) => s.message_limit.store(limit, Ordering::Release),
            _ => return false,
        }
        true
    }

    /// `network_config_avoid_time_wait`: SO_LINGER 0 on a connected TCP socket.
    pub fn avoid_time_wait(&mut self, id: i64) -> bool {
        lock(&self.table)
            .conn(id)
            .is_some_and(|c| c.out.set_linger_zero())
    }

    /// Whether `ev` still belongs to a live handle; data events give back their queue bytes.
    pub fn is_current(&self, ev: &NetEvent) -> bool {
        let t = lock(&self.table);
        match &ev.origin {
            Origin::Conn(c) => {
                if ev.kind == NetEventKind::Data {
                    c.released(ev.data.len());
                }
                matches!(t.get(c.id), Some(Slot::Conn(x)) if Arc::ptr_eq(x, c))
            }
            Origin::Udp(u) => {
                u.released(ev.data.len());
                match t.get(ev.id) {
                    Some(Slot::Udp(x)) => Arc::ptr_eq(x, u),
                    Some(Slot::Server(s)) => s.udp.as_ref().is_some_and(|x| Arc::ptr_eq(x, u)),
                    _ => false,
                }
            }
            Origin::Connect(tok) => match t.get(ev.id) {
                Some(Slot::Conn(_)) => true,
                Some(Slot::Client(c)) => c.token == *tok,
                _ => false,
            },
        }
    }

    /// What to do after `ev` has run.
    pub fn after(&self, ev: &NetEvent) -> After {
        match (&ev.kind, &ev.origin) {
            (NetEventKind::Disconnect, Origin::Conn(_)) => After::Free(ev.socket),
            _ => After::Nothing,
        }
    }

    /// Frees a disconnected client's handle (if it is still that client's).
    pub fn free(&mut self, ev: &NetEvent) {
        let Origin::Conn(c) = &ev.origin else { return };
        let mut t = lock(&self.table);
        if matches!(t.get(c.id), Some(Slot::Conn(x)) if Arc::ptr_eq(x, c)) {
            t.take(c.id);
            if let Some(server) = c.server {
                if let Some(Slot::Server(s)) = t.get(server) {
                    s.connected.fetch_sub(1, Ordering::AcqRel);
                }
            }
        }
    }
}

/// A listening socket on every IPv4 interface, with room for a burst of connections (std's
/// default backlog of 128 drops some when a thousand clients arrive at once).
fn listen(port: u16) -> std::io::Result<tokio::net::TcpListener> {
    let s = tokio::net::TcpSocket::new_v4()?;
    s.set_reuseaddr(true)?;
    s.bind(SocketAddr::from(([0, 0, 0, 0], port)))?;
    s.listen(4096)
}

/// Where and how to connect.
pub(crate) struct Target {
    pub kind: SocketKind,
    pub url: String,
    pub port: i64,
    pub raw: bool,
    pub timeout: Duration,
    pub limits: Limits,
    pub ws_protocol: Option<String>,
    pub tls_roots: Option<Vec<Vec<u8>>>,
}

/// The first address `host` resolves to (IPv4 preferred, as most game servers listen there).
pub fn resolve_addr(host: &str, port: u16) -> Option<SocketAddr> {
    let addrs: Vec<SocketAddr> = (host, port).to_socket_addrs().ok()?.collect();
    addrs
        .iter()
        .find(|a| a.is_ipv4())
        .or_else(|| addrs.first())
        .copied()
}

/// `network_resolve`: the IP of `host` as text, or "" when it does not resolve.
pub fn resolve(host: &str) -> String {
    resolve_addr(host, 0)
        .map(|a| a.ip().to_string())
        .unwrap_or_default()
}
