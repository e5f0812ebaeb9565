//! UDP sockets and servers. Datagrams arrive as sent: a non-raw receiver takes off GameMaker's
//! 12-byte header when the datagram has a whole one. Sends go straight from the VM thread; a
//! datagram the kernel will not take now is lost, as UDP allows. When the game falls behind,
//! datagrams past the receive queue limit are dropped (a flood cannot grow memory).

use super::{framing, NetEvent, NetEventKind, Origin, Sink};
use std::net::{Ipv4Addr, SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::Notify;

pub(crate) struct Udp {
    /// The socket (or the server) events name as `id`.
    id: i64,
    server: Option<i64>,
    raw: bool,
    sock: UdpSocket,
    stop: Notify,
    stopped: AtomicBool,
    in_flight: AtomicUsize,
    limit: usize,
}

impl Udp {
    pub(crate) fn bind(
        _rt: &tokio::runtime::Handle,
        id: i64,
        server: Option<i64>,
        port: u16,
        raw: bool,
        limit: usize,
    ) -> Option<Arc<Udp>> {
        let sock = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, port)).ok()?;
        sock.set_nonblocking(true).ok()?;
        let _ = sock.set_broadcast(true);
        Some(Arc::new(Udp {
            id,
            server,
            raw,
            sock,
            stop: Notify::new(),
            stopped: AtomicBool::new(false),
            in_flight: AtomicUsize::new(0),
            limit,
        }))
    }

    /// Starts receiving.
    pub(crate) fn start(self: &Arc<Self>, rt: &tokio::runtime::Handle, sink: Sink) {
        let Ok(clone) = self.sock.try_clone() else {
            return;
        };
        let me = self.clone();
        let _enter = rt.enter();
        let Ok(sock) = tokio::net::UdpSocket::from_std(clone) else {
            return;
        };
        rt.spawn(async move { me.receive(sock, sink).await });
    }

    async fn receive(self: Arc<Self>, sock: tokio::net::UdpSocket, sink: Sink) {
        let mut buf = vec![0u8; 65536];
        loop {
            if self.stopped.load(Ordering::Acquire) {
                return;
            }
            tokio::select! {
                _ = self.stop.notified() => return,
                r = sock.recv_from(&mut buf) => {
                    let Ok((n, from)) = r else { continue };
                    if self.in_flight.load(Ordering::Acquire) >= self.limit {
                        continue; // the game is behind: drop, as a full UDP buffer would
                    }
                    let datagram = &buf[..n];
                    let payload = if self.raw {
                        datagram
                    } else {
                        framing::strip_header(datagram).unwrap_or(datagram)
                    };
                    self.in_flight.fetch_add(payload.len(), Ordering::AcqRel);
                    sink.send(NetEvent {
                        kind: NetEventKind::Data,
                        id: self.id,
                        socket: self.id,
                        server: self.server,
                        ip: from.ip().to_string(),
                        port: from.port(),
                        data: payload.to_vec(),
                        message_type: None,
                        succeeded: false,
                        origin: Origin::Udp(self.clone()),
                    });
                }
            }
        }
    }

    pub(crate) fn released(&self, n: usize) {
        self.in_flight.fetch_sub(n, Ordering::AcqRel);
    }

    pub(crate) fn send_to(&self, bytes: &[u8], to: SocketAddr) -> bool {
        !self.stopped.load(Ordering::Acquire) && self.sock.send_to(bytes, to).is_ok()
    }

    pub(crate) fn broadcast(&self, bytes: &[u8], port: u16) -> bool {
        self.send_to(bytes, SocketAddr::from((Ipv4Addr::BROADCAST, port)))
    }

    pub(crate) fn stop(&self) {
        self.stopped.store(true, Ordering::Release);
        self.stop.notify_one();
    }
}
