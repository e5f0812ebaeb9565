//! WebSocket sockets and servers (tokio-tungstenite; `wss` clients through rustls).
//!
//! As in GameMaker's HTML5 runner, a non-raw WebSocket connection runs GameMaker's handshake
//! inside WebSocket messages and each message carries framed packets (several may share one
//! message); a raw one carries the game's bytes as they are, each message one data event.

use super::framing::{self, Decoder};
use super::stream::{far, Clock, End, Io};
use super::{Conn, Target, SEND_BINARY, SEND_TEXT};
use futures_util::{SinkExt, StreamExt};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio::time::sleep_until;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;

type TlsStream = tokio_rustls::client::TlsStream<TcpStream>;

pub enum WsIo {
    Plain(Box<WebSocketStream<TcpStream>>),
    Tls(Box<WebSocketStream<TlsStream>>),
}

/// The VM's half: messages to send, and how many bytes of them wait.
pub(crate) struct WsOutlet {
    tx: mpsc::UnboundedSender<Message>,
    queued: Arc<AtomicUsize>,
}

impl WsOutlet {
    /// False when the connection is gone or `limit` bytes already wait.
    pub(crate) fn send(&self, bytes: &[u8], text: bool, limit: usize) -> bool {
        if self.queued.load(Ordering::Acquire) + bytes.len() > limit {
            return false;
        }
        let msg = if text {
            Message::text(String::from_utf8_lossy(bytes).into_owned())
        } else {
            Message::binary(bytes.to_vec())
        };
        self.queued.fetch_add(bytes.len(), Ordering::AcqRel);
        self.tx.send(msg).is_ok()
    }
}

pub(crate) struct WsReader {
    io: WsIo,
    rx: mpsc::UnboundedReceiver<Message>,
    queued: Arc<AtomicUsize>,
}

pub(crate) fn split(io: WsIo) -> (WsOutlet, WsReader) {
    let (tx, rx) = mpsc::unbounded_channel();
    let queued = Arc::new(AtomicUsize::new(0));
    (
        WsOutlet {
            tx,
            queued: queued.clone(),
        },
        WsReader { io, rx, queued },
    )
}

fn config(limit: usize) -> WebSocketConfig {
    WebSocketConfig::default()
        .max_message_size(Some(limit.max(16)))
        .max_frame_size(Some(limit.max(16)))
}

fn payload_len(m: &Message) -> usize {
    match m {
        Message::Text(t) => t.len(),
        Message::Binary(b) => b.len(),
        _ => 0,
    }
}

pub(crate) async fn run(conn: &Arc<Conn>, r: WsReader, sink: &super::Sink) -> End {
    let WsReader { io, rx, queued } = r;
    match io {
        WsIo::Plain(ws) => run_on(conn, *ws, rx, queued, sink).await,
        WsIo::Tls(ws) => run_on(conn, *ws, rx, queued, sink).await,
    }
}

async fn run_on<S: AsyncRead + AsyncWrite + Unpin>(
    conn: &Arc<Conn>,
    mut ws: WebSocketStream<S>,
    mut rx: mpsc::UnboundedReceiver<Message>,
    queued: Arc<AtomicUsize>,
    sink: &super::Sink,
) -> End {
    let mut clock = Clock::new();
    let end = loop {
        if let Some(end) = conn.stop_requested() {
            break end;
        }
        let deadline = clock.deadline(&conn.limits);
        let read = !conn.reading_paused();
        tokio::select! {
            _ = conn.wake.notified() => {}
            m = rx.recv() => {
                let Some(m) = m else { continue };
                let n = payload_len(&m);
                let r = ws.send(m).await;
                queued.fetch_sub(n, Ordering::AcqRel);
                if r.is_err() {
                    break End::Event;
                }
            }
            m = ws.next(), if read => match m {
                Some(Ok(Message::Binary(b))) => {
                    if !deliver(conn, &b, SEND_BINARY, sink) {
                        break End::Event;
                    }
                    clock.data(1, false);
                }
                Some(Ok(Message::Text(t))) => {
                    if !deliver(conn, t.as_bytes(), SEND_TEXT, sink) {
                        break End::Event;
                    }
                    clock.data(1, false);
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => {}
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break End::Event,
            },
            _ = sleep_until(deadline.unwrap_or_else(far)), if deadline.is_some() => break End::Event,
        }
    };
    // Say goodbye, but never wait long for a peer that does not read.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(1), ws.close(None)).await;
    end
}

/// One message's data events; false when a non-raw message is not framed packets.
fn deliver(conn: &Arc<Conn>, bytes: &[u8], message_type: u8, sink: &super::Sink) -> bool {
    if conn.raw {
        sink.send(conn.data_event(bytes.to_vec(), Some(message_type)));
        return true;
    }
    let mut d = Decoder::default();
    let ok = d
        .feed(bytes, conn.message_limit(), &mut |p| {
            sink.send(conn.data_event(p.to_vec(), Some(message_type)))
        })
        .is_ok();
    ok && !d.in_progress()
}

/// Server side: the WebSocket upgrade, then GameMaker's handshake unless raw.
pub(crate) async fn accept(stream: TcpStream, raw: bool, limit: usize) -> Option<WsIo> {
    let mut ws = tokio_tungstenite::accept_async_with_config(stream, Some(config(limit)))
        .await
        .ok()?;
    if !raw {
        ws.send(Message::binary(framing::SERVER_HELLO.to_vec()))
            .await
            .ok()?;
        match ws.next().await {
            Some(Ok(Message::Binary(b))) if framing::is_client_reply(&b) => {}
            _ => return None,
        }
        ws.send(Message::binary(framing::server_ack().to_vec()))
            .await
            .ok()?;
    }
    Some(WsIo::Plain(Box::new(ws)))
}

/// `ws://host:port/path` as the HTML5 runner reads it: the scheme is optional (`wss://` or a
/// `network_socket_wss` socket means TLS), a non-zero `port` argument wins over the URL's.
fn parse_url(url: &str, port: i64, mut secure: bool) -> Option<(String, u16, String, bool)> {
    let rest = if let Some(r) = url.strip_prefix("ws://") {
        r
    } else if let Some(r) = url.strip_prefix("wss://") {
        secure = true;
        r
    } else {
        url
    };
    let (hostport, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let (host, url_port) = match hostport.rfind(':') {
        Some(i) if !hostport[i + 1..].is_empty() && !hostport.ends_with(']') => {
            (&hostport[..i], hostport[i + 1..].parse::<u16>().ok())
        }
        _ => (hostport, None),
    };
    let port = match port {
        0 => url_port.unwrap_or(if secure { 443 } else { 80 }),
        p => u16::try_from(p).ok()?,
    };
    if host.is_empty() {
        return None;
    }
    Some((host.to_string(), port, path.to_string(), secure))
}

fn tls_config(roots: Option<&[Vec<u8>]>) -> Option<rustls::ClientConfig> {
    let mut store = rustls::RootCertStore::empty();
    match roots {
        Some(r) => {
            for der in r {
                store
                    .add(rustls::pki_types::CertificateDer::from(der.clone()))
                    .ok()?;
            }
        }
        None => store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Some(
        rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .ok()?
            .with_root_certificates(store)
            .with_no_client_auth(),
    )
}

/// Client side: TCP, TLS for wss, the upgrade, then GameMaker's handshake unless raw.
pub(crate) async fn connect(t: &Target) -> Result<(Io, SocketAddr), ()> {
    let (host, port, path, secure) =
        parse_url(&t.url, t.port, t.kind == super::SocketKind::Wss).ok_or(())?;
    let scheme = if secure { "wss" } else { "ws" };
    let host_in_url = if host.contains(':') {
        format!("[{host}]")
    } else {
        host.clone()
    };
    let mut request = format!("{scheme}://{host_in_url}:{port}{path}")
        .into_client_request()
        .map_err(|_| ())?;
    if let Some(p) = &t.ws_protocol {
        let v = p.parse().map_err(|_| ())?;
        request.headers_mut().insert("Sec-WebSocket-Protocol", v);
    }
    let addr = tokio::net::lookup_host((host.as_str(), port))
        .await
        .map_err(|_| ())?
        .min_by_key(|a| !a.is_ipv4())
        .ok_or(())?;
    let tcp = TcpStream::connect(addr).await.map_err(|_| ())?;
    let _ = tcp.set_nodelay(true);
    let cfg = Some(config(t.limits.message_size_client));
    let mut io = if secure {
        let tls = tls_config(t.tls_roots.as_deref()).ok_or(())?;
        let name = rustls::pki_types::ServerName::try_from(host.clone()).map_err(|_| ())?;
        let stream = tokio_rustls::TlsConnector::from(Arc::new(tls))
            .connect(name, tcp)
            .await
            .map_err(|_| ())?;
        let (ws, _) = tokio_tungstenite::client_async_with_config(request, stream, cfg)
            .await
            .map_err(|_| ())?;
        WsIo::Tls(Box::new(ws))
    } else {
        let (ws, _) = tokio_tungstenite::client_async_with_config(request, tcp, cfg)
            .await
            .map_err(|_| ())?;
        WsIo::Plain(Box::new(ws))
    };
    if !t.raw {
        match &mut io {
            WsIo::Plain(ws) => client_handshake(ws).await?,
            WsIo::Tls(ws) => client_handshake(ws).await?,
        }
    }
    Ok((Io::Ws(io), addr))
}

async fn client_handshake<S: AsyncRead + AsyncWrite + Unpin>(
    ws: &mut WebSocketStream<S>,
) -> Result<(), ()> {
    match ws.next().await {
        Some(Ok(Message::Binary(b))) if &b[..] == framing::SERVER_HELLO => {}
        _ => return Err(()),
    }
    ws.send(Message::binary(framing::client_reply().to_vec()))
        .await
        .map_err(|_| ())?;
    match ws.next().await {
        Some(Ok(Message::Binary(b))) if framing::is_server_ack(&b) => Ok(()),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_url;

    #[test]
    fn urls_as_the_html5_runner_reads_them() {
        let p = |u: &str, port: i64, s: bool| parse_url(u, port, s);
        assert_eq!(
            p("ws://example.com/chat", 0, false),
            Some(("example.com".into(), 80, "/chat".into(), false))
        );
        assert_eq!(
            p("wss://example.com:8443", 0, false),
            Some(("example.com".into(), 8443, "/".into(), true))
        );
        assert_eq!(
            p("127.0.0.1", 6510, false),
            Some(("127.0.0.1".into(), 6510, "/".into(), false))
        );
        assert_eq!(
            p("example.com:9000/x", 7000, true),
            Some(("example.com".into(), 7000, "/x".into(), true))
        );
        assert_eq!(p("ws:///x", 0, false), None);
        assert_eq!(p("host", 70000, false), None);
    }
}
