//! Connections: TCP servers' accept loop, client connects, and each connection's task (reading,
//! framing, flushing queued sends, limits). WebSocket specifics live in `ws.rs`.

use super::framing::{self, Decoder};
use super::ws;
use super::{
    lock, Conn, Limits, NetEvent, NetEventKind, Origin, Server, Shared, Sink, Slot, SocketKind,
    Target, DESTROYED, KILLED, RUNNING,
};
use socket2::SockRef;
use std::cell::RefCell;
use std::io::ErrorKind;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::time::{sleep_until, timeout, Instant};

/// A connection once it is established (and past GameMaker's handshake when not raw).
pub enum Io {
    Tcp(TcpStream),
    Ws(ws::WsIo),
}

/// The half of a connection the VM writes to.
pub(crate) enum Outlet {
    /// Sends go straight to the socket from the VM thread; what the kernel does not take waits
    /// in `queue` until the connection's task can write it.
    Tcp {
        stream: Arc<TcpStream>,
        queue: Mutex<Vec<u8>>,
    },
    Ws(ws::WsOutlet),
}

impl Outlet {
    fn has_queued(&self) -> bool {
        match self {
            Outlet::Tcp { queue, .. } => {
                !queue.lock().unwrap_or_else(|e| e.into_inner()).is_empty()
            }
            Outlet::Ws(_) => false,
        }
    }
    /// Writes what the queue holds until the kernel stops taking it.
    fn flush(&self) -> std::io::Result<()> {
        let Outlet::Tcp { stream, queue } = self else {
            return Ok(());
        };
        let mut q = queue.lock().unwrap_or_else(|e| e.into_inner());
        while !q.is_empty() {
            match stream.try_write(&q) {
                Ok(n) => {
                    q.drain(..n);
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) => return Err(e),
            }
        }
        if q.is_empty() && q.capacity() > 64 * 1024 {
            *q = Vec::new();
        }
        Ok(())
    }
    pub(crate) fn set_linger_zero(&self) -> bool {
        match self {
            Outlet::Tcp { stream, .. } => SockRef::from(&**stream)
                .set_linger(Some(Duration::ZERO))
                .is_ok(),
            Outlet::Ws(_) => false,
        }
    }
}

impl Conn {
    /// Sends `bytes` (a text message on a WebSocket when `text`). False when the socket is
    /// closed or the peer is past its send queue (then it is disconnected).
    pub(crate) fn send(&self, bytes: &[u8], text: bool) -> bool {
        if self.is_closed() {
            return false;
        }
        match &self.out {
            Outlet::Tcp { stream, queue } => {
                let mut q = queue.lock().unwrap_or_else(|e| e.into_inner());
                let mut rest = bytes;
                if q.is_empty() {
                    match SockRef::from(&**stream).send(bytes) {
                        Ok(n) => rest = &bytes[n..],
                        Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                        Err(_) => {
                            drop(q);
                            self.request_stop(KILLED);
                            return false;
                        }
                    }
                    if rest.is_empty() {
                        return true;
                    }
                }
                if q.len() + rest.len() > self.limits.send_queue {
                    drop(q);
                    self.request_stop(KILLED);
                    return false;
                }
                q.extend_from_slice(rest);
                drop(q);
                self.wake.notify_one();
                true
            }
            Outlet::Ws(w) => {
                if w.send(bytes, text, self.limits.send_queue) {
                    true
                } else {
                    self.request_stop(KILLED);
                    false
                }
            }
        }
    }
}

/// What a connection's task reads from.
pub(crate) enum Reader {
    Tcp(Arc<TcpStream>),
    Ws(ws::WsReader),
}

/// Makes the shared half of a new connection; the returned reader goes to `run`.
pub(crate) fn new_conn(
    id: i64,
    server: Option<i64>,
    raw: bool,
    addr: SocketAddr,
    io: Io,
    limits: &Limits,
    message_limit: usize,
) -> (Arc<Conn>, Reader) {
    let (out, reader) = match io {
        Io::Tcp(s) => {
            let s = Arc::new(s);
            (
                Outlet::Tcp {
                    stream: s.clone(),
                    queue: Mutex::new(Vec::new()),
                },
                Reader::Tcp(s),
            )
        }
        Io::Ws(w) => {
            let (o, r) = ws::split(w);
            (Outlet::Ws(o), Reader::Ws(r))
        }
    };
    let conn = Arc::new(Conn {
        id,
        server,
        raw,
        ip: addr.ip().to_string(),
        port: addr.port(),
        out,
        closed: AtomicBool::new(false),
        stop: AtomicU8::new(RUNNING),
        wake: Notify::new(),
        in_flight: AtomicUsize::new(0),
        message_limit: AtomicUsize::new(message_limit),
        limits: limits.clone(),
    });
    (conn, reader)
}

/// How a connection's task ended.
#[derive(PartialEq, Eq)]
pub(crate) enum End {
    /// `network_destroy`: no event.
    Silent,
    /// The peer went away, broke the protocol or passed a limit: the disconnect event.
    Event,
}

impl Conn {
    pub(crate) fn stop_requested(&self) -> Option<End> {
        match self.stop.load(Ordering::Acquire) {
            DESTROYED => Some(End::Silent),
            KILLED => Some(End::Event),
            _ => None,
        }
    }

    /// A data event for `data`.
    pub(crate) fn data_event(
        self: &Arc<Self>,
        data: Vec<u8>,
        message_type: Option<u8>,
    ) -> NetEvent {
        self.queued(data.len());
        NetEvent {
            kind: NetEventKind::Data,
            id: self.id,
            socket: self.id,
            server: self.server,
            ip: self.ip.clone(),
            port: self.port,
            data,
            message_type,
            succeeded: false,
            origin: Origin::Conn(self.clone()),
        }
    }

    pub(crate) fn message_limit(&self) -> usize {
        self.message_limit.load(Ordering::Acquire)
    }

    /// After the task ends: sends fail from now on, and a server's client reports its
    /// disconnection (the manual: clients get no event when their server goes away).
    fn finish(self: &Arc<Self>, end: End, sink: &Sink) {
        self.closed.store(true, Ordering::Release);
        if end == End::Event {
            if let Some(server) = self.server {
                sink.send(NetEvent {
                    kind: NetEventKind::Disconnect,
                    id: server,
                    socket: self.id,
                    server: None,
                    ip: self.ip.clone(),
                    port: self.port,
                    data: Vec::new(),
                    message_type: None,
                    succeeded: false,
                    origin: Origin::Conn(self.clone()),
                });
            }
        }
    }
}

/// A connection's task: runs until the peer goes, a limit is passed or the socket is destroyed.
pub(crate) async fn run(conn: Arc<Conn>, reader: Reader, sink: Sink, _table: Shared) {
    let end = match reader {
        Reader::Tcp(stream) => {
            let end = run_tcp(&conn, &stream, &sink).await;
            let _ = SockRef::from(&*stream).shutdown(std::net::Shutdown::Both);
            end
        }
        Reader::Ws(r) => ws::run(&conn, r, &sink).await,
    };
    conn.finish(end, &sink);
}

thread_local! {
    /// Every read lands here first, so an idle connection holds no read buffer of its own.
    static SCRATCH: RefCell<Vec<u8>> = RefCell::new(vec![0; 64 * 1024]);
}

/// Deadlines of a connection: a packet that has started must end in time; a peer may be idle
/// only so long.
pub(crate) struct Clock {
    packet_since: Option<Instant>,
    last_data: Instant,
}

impl Clock {
    pub(crate) fn new() -> Clock {
        Clock {
            packet_since: None,
            last_data: Instant::now(),
        }
    }
    pub(crate) fn deadline(&self, l: &Limits) -> Option<Instant> {
        let packet = self.packet_since.map(|t| t + l.packet_timeout);
        let idle = l.idle_timeout.map(|d| self.last_data + d);
        packet.into_iter().chain(idle).min()
    }
    /// After data arrived: `completed` packets ended in it, `in_progress` one is still open.
    pub(crate) fn data(&mut self, completed: usize, in_progress: bool) {
        let now = Instant::now();
        self.last_data = now;
        self.packet_since = match (in_progress, completed > 0) {
            (false, _) => None,
            (true, true) => Some(now),
            (true, false) => self.packet_since.or(Some(now)),
        };
    }
}

/// Far enough in the future to stand for "no deadline" in a `select!`.
pub(crate) fn far() -> Instant {
    Instant::now() + Duration::from_secs(86400)
}

async fn run_tcp(conn: &Arc<Conn>, stream: &TcpStream, sink: &Sink) -> End {
    let mut decoder = Decoder::default();
    let mut clock = Clock::new();
    loop {
        if let Some(end) = conn.stop_requested() {
            return end;
        }
        let deadline = clock.deadline(&conn.limits);
        let read = !conn.reading_paused();
        let write = conn.out.has_queued();
        tokio::select! {
            _ = conn.wake.notified() => {}
            r = stream.readable(), if read => {
                if r.is_err() {
                    return End::Event;
                }
                match read_ready(conn, stream, &mut decoder, sink) {
                    Ok(Some(completed)) => clock.data(completed, decoder.in_progress()),
                    Ok(None) => {}
                    Err(()) => return End::Event,
                }
            }
            r = stream.writable(), if write => {
                if r.is_err() || conn.out.flush().is_err() {
                    return End::Event;
                }
            }
            _ = sleep_until(deadline.unwrap_or_else(far)), if deadline.is_some() => return End::Event,
        }
    }
}

/// Reads what is there (a bounded number of times, so one busy peer cannot starve the others)
/// and sends its events. `Some(packets completed)` when data came; `Err` when the connection
/// ended or broke the protocol.
fn read_ready(
    conn: &Arc<Conn>,
    stream: &TcpStream,
    decoder: &mut Decoder,
    sink: &Sink,
) -> Result<Option<usize>, ()> {
    SCRATCH.with(|s| {
        let mut buf = s.borrow_mut();
        let mut got = None;
        for _ in 0..16 {
            if conn.reading_paused() {
                break;
            }
            match stream.try_read(&mut buf) {
                Ok(0) => return Err(()),
                Ok(n) => {
                    let mut completed = got.unwrap_or(0);
                    if conn.raw {
                        sink.send(conn.data_event(buf[..n].to_vec(), None));
                    } else {
                        let limit = conn.message_limit();
                        decoder
                            .feed(&buf[..n], limit, &mut |p| {
                                completed += 1;
                                sink.send(conn.data_event(p.to_vec(), None));
                            })
                            .map_err(|_| ())?;
                    }
                    got = Some(completed);
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(_) => return Err(()),
            }
        }
        Ok(got)
    })
}

/// Counts a server's connections in the handshake; dropping it gives the place back.
struct PendingGuard(Arc<Server>);
impl Drop for PendingGuard {
    fn drop(&mut self) {
        self.0.pending.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A TCP or WebSocket server's accept loop.
pub(crate) async fn serve(server: Arc<Server>, listener: TcpListener, table: Shared, sink: Sink) {
    loop {
        tokio::select! {
            _ = server.stop.notified() => return,
            r = listener.accept() => match r {
                Ok((stream, addr)) => {
                    if server.stopped.load(Ordering::Acquire) {
                        return;
                    }
                    let full = server.connected.load(Ordering::Acquire) >= server.max_clients;
                    let busy = server.pending.load(Ordering::Acquire) >= server.limits.pending_connections;
                    if full || busy {
                        drop(stream);
                        continue;
                    }
                    server.pending.fetch_add(1, Ordering::AcqRel);
                    let guard = PendingGuard(server.clone());
                    tokio::spawn(accept_one(server.clone(), stream, addr, table.clone(), sink.clone(), guard));
                }
                // Out of file descriptors and the like: wait a little instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }
}

fn tune(stream: &TcpStream) {
    let _ = stream.set_nodelay(true);
    // Finds peers that vanished without closing (a cut cable sends no FIN).
    let ka = socket2::TcpKeepalive::new()
        .with_time(Duration::from_secs(30))
        .with_interval(Duration::from_secs(5))
        .with_retries(4);
    let _ = SockRef::from(stream).set_tcp_keepalive(&ka);
}

async fn accept_one(
    server: Arc<Server>,
    mut stream: TcpStream,
    addr: SocketAddr,
    table: Shared,
    sink: Sink,
    guard: PendingGuard,
) {
    tune(&stream);
    let limits = &server.limits;
    let message_limit = server.message_limit.load(Ordering::Acquire);
    let io = if server.kind == SocketKind::Tcp {
        if !server.raw {
            let ok = timeout(limits.handshake_timeout, server_handshake(&mut stream))
                .await
                .is_ok_and(|r| r.is_ok());
            if !ok {
                return;
            }
        }
        Io::Tcp(stream)
    } else {
        match timeout(
            limits.handshake_timeout,
            ws::accept(stream, server.raw, message_limit),
        )
        .await
        {
            Ok(Some(w)) => Io::Ws(w),
            _ => return,
        }
    };
    drop(guard);
    let (conn, reader) = {
        let mut t = lock(&table);
        if server.stopped.load(Ordering::Acquire)
            || server.connected.load(Ordering::Acquire) >= server.max_clients
        {
            return;
        }
        let id = t.add(Slot::Client(super::ClientSocket {
            kind: server.kind,
            token: 0,
            connecting: false,
        }));
        let (conn, reader) = new_conn(
            id,
            Some(server.id),
            server.raw,
            addr,
            io,
            limits,
            message_limit,
        );
        t.set(id, Slot::Conn(conn.clone()));
        server.connected.fetch_add(1, Ordering::AcqRel);
        (conn, reader)
    };
    sink.send(NetEvent {
        kind: NetEventKind::Connect,
        id: server.id,
        socket: conn.id,
        server: None,
        ip: conn.ip.clone(),
        port: conn.port,
        data: Vec::new(),
        message_type: None,
        succeeded: false,
        origin: Origin::Conn(conn.clone()),
    });
    run(conn, reader, sink, table).await;
}

/// GameMaker's handshake, server side (framing.rs has the layout).
async fn server_handshake(stream: &mut TcpStream) -> std::io::Result<()> {
    stream.write_all(framing::SERVER_HELLO).await?;
    let mut reply = [0u8; framing::CLIENT_REPLY_LEN];
    stream.read_exact(&mut reply).await?;
    if !framing::is_client_reply(&reply) {
        return Err(ErrorKind::InvalidData.into());
    }
    stream.write_all(&framing::server_ack()).await
}

/// GameMaker's handshake, client side.
async fn client_handshake(stream: &mut TcpStream) -> std::io::Result<()> {
    let mut hello = [0u8; framing::SERVER_HELLO.len()];
    stream.read_exact(&mut hello).await?;
    if &hello != framing::SERVER_HELLO {
        return Err(ErrorKind::InvalidData.into());
    }
    stream.write_all(&framing::client_reply()).await?;
    let mut ack = [0u8; framing::SERVER_ACK_LEN];
    stream.read_exact(&mut ack).await?;
    if !framing::is_server_ack(&ack) {
        return Err(ErrorKind::InvalidData.into());
    }
    Ok(())
}

/// Connects a client socket (within the connect timeout, handshake included).
pub(crate) async fn connect(t: &Target) -> Result<(Io, SocketAddr), ()> {
    let work = async {
        if matches!(t.kind, SocketKind::Ws | SocketKind::Wss) {
            return ws::connect(t).await;
        }
        let port = u16::try_from(t.port).map_err(|_| ())?;
        let addr = tokio::net::lookup_host((t.url.as_str(), port))
            .await
            .map_err(|_| ())?
            .min_by_key(|a| !a.is_ipv4())
            .ok_or(())?;
        let mut stream = TcpStream::connect(addr).await.map_err(|_| ())?;
        tune(&stream);
        if !t.raw {
            client_handshake(&mut stream).await.map_err(|_| ())?;
        }
        Ok((Io::Tcp(stream), addr))
    };
    timeout(t.timeout, work).await.map_err(|_| ())?
}
