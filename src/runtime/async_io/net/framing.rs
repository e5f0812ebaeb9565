//! GameMaker's non-raw protocol: the connection handshake and the 12-byte packet header.
//!
//! Wire layout (all numbers little-endian u32), as the open-source HTML5 runner implements it
//! (YoYoGames/GameMaker-HTML5, scripts/functions/Function_Networking.js: the `YYHANDSHAKE_*`
//! constants, `network_send_packet` and `yyDispatchNetworkingDataEvents`), and as community
//! servers that talk to GameMaker games do (for example a Python bot library's `gm_net.py` and
//! a Java GameMaker lobby server found on GitHub):
//! - handshake, right after the TCP (or WebSocket) connection opens:
//!   1. server -> client: the text `GM:Studio-Connect` and a 0 byte (18 bytes);
//!   2. client -> server: `0xCAFEBABE`, `0xDEADB00B`, `16` (the message's own size), `0` (16 bytes);
//!   3. server -> client: `0xDEAFBEAD`, `0xF00DBEEB`, `12` (12 bytes).
//!      Only then is the connection "connected" (the server's connect event fires).
//! - every packet: `0xDEADC0DE`, the header size `12`, the payload size, then the payload. This
//!   is the "additional 12 bytes" that `network_send_packet`'s manual page mentions.

pub const SERVER_HELLO: &[u8; 18] = b"GM:Studio-Connect\0";
pub const CLIENT_MAGIC: [u32; 2] = [0xCAFE_BABE, 0xDEAD_B00B];
pub const SERVER_MAGIC: [u32; 2] = [0xDEAF_BEAD, 0xF00D_BEEB];
pub const PACKET_MAGIC: u32 = 0xDEAD_C0DE;
pub const HEADER_LEN: usize = 12;
pub const CLIENT_REPLY_LEN: usize = 16;
pub const SERVER_ACK_LEN: usize = 12;
/// Header sizes above this are refused as garbage (GameMaker always sends 12).
const MAX_HEADER_LEN: usize = 256;

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// The client's handshake reply (step 2).
pub fn client_reply() -> [u8; CLIENT_REPLY_LEN] {
    let mut out = [0u8; CLIENT_REPLY_LEN];
    out[0..4].copy_from_slice(&CLIENT_MAGIC[0].to_le_bytes());
    out[4..8].copy_from_slice(&CLIENT_MAGIC[1].to_le_bytes());
    out[8..12].copy_from_slice(&(CLIENT_REPLY_LEN as u32).to_le_bytes());
    out
}

/// Whether `b` (16 bytes) is a valid client reply.
pub fn is_client_reply(b: &[u8]) -> bool {
    b.len() >= CLIENT_REPLY_LEN
        && u32_at(b, 0) == CLIENT_MAGIC[0]
        && u32_at(b, 4) == CLIENT_MAGIC[1]
        && u32_at(b, 8) as usize == CLIENT_REPLY_LEN
}

/// The server's acknowledgement (step 3).
pub fn server_ack() -> [u8; SERVER_ACK_LEN] {
    let mut out = [0u8; SERVER_ACK_LEN];
    out[0..4].copy_from_slice(&SERVER_MAGIC[0].to_le_bytes());
    out[4..8].copy_from_slice(&SERVER_MAGIC[1].to_le_bytes());
    out[8..12].copy_from_slice(&(SERVER_ACK_LEN as u32).to_le_bytes());
    out
}

pub fn is_server_ack(b: &[u8]) -> bool {
    b.len() >= SERVER_ACK_LEN
        && u32_at(b, 0) == SERVER_MAGIC[0]
        && u32_at(b, 4) == SERVER_MAGIC[1]
        && u32_at(b, 8) as usize == SERVER_ACK_LEN
}

/// `payload` with its packet header in front.
pub fn encode(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&PACKET_MAGIC.to_le_bytes());
    out.extend_from_slice(&(HEADER_LEN as u32).to_le_bytes());
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// If `datagram` is exactly one framed packet, its payload (UDP and WebSocket messages carry
/// whole packets).
pub fn strip_header(datagram: &[u8]) -> Option<&[u8]> {
    if datagram.len() < HEADER_LEN || u32_at(datagram, 0) != PACKET_MAGIC {
        return None;
    }
    let head = u32_at(datagram, 4) as usize;
    let size = u32_at(datagram, 8) as usize;
    if !(HEADER_LEN..=MAX_HEADER_LEN).contains(&head) || head.checked_add(size)? != datagram.len() {
        return None;
    }
    Some(&datagram[head..])
}

/// Why a framed stream was cut off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameError {
    /// The bytes where a header should start are not one.
    BadHeader,
    /// A header announced a packet larger than the socket's message size limit.
    TooLarge(u64),
}

/// Splits a byte stream into packets, whatever way the stream cut or glued them. Holds only the
/// bytes of the packet in progress (never more than its header plus the size limit).
#[derive(Default)]
pub struct Decoder {
    buf: Vec<u8>,
}

impl Decoder {
    /// Whether a packet has started but not ended.
    pub fn in_progress(&self) -> bool {
        !self.buf.is_empty()
    }

    /// Feeds `data`, calling `packet` with each whole payload in order.
    pub fn feed(
        &mut self,
        mut data: &[u8],
        limit: usize,
        packet: &mut dyn FnMut(&[u8]),
    ) -> Result<(), FrameError> {
        // Whole packets straight from `data` when nothing is held (the common case: no copy).
        while !data.is_empty() {
            if self.buf.is_empty() {
                match parse(data, limit)? {
                    Some((head, size)) if data.len() >= head + size => {
                        packet(&data[head..head + size]);
                        data = &data[head + size..];
                        continue;
                    }
                    _ => {
                        self.buf.extend_from_slice(data);
                        self.buf.shrink_to_fit();
                        return Ok(());
                    }
                }
            }
            // Complete the held packet: take just what it still needs.
            let need = match parse(&self.buf, limit)? {
                Some((head, size)) => head + size - self.buf.len(),
                None => HEADER_LEN - self.buf.len().min(HEADER_LEN),
            };
            let need = need.max(1);
            let take = need.min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            if let Some((head, size)) = parse(&self.buf, limit)? {
                if self.buf.len() == head + size {
                    packet(&self.buf[head..]);
                    self.buf = Vec::new();
                }
            }
        }
        Ok(())
    }
}

/// The header at the start of `b`: `(header size, payload size)`, or `None` when fewer than 12
/// bytes (or fewer than the announced header size) are there yet.
fn parse(b: &[u8], limit: usize) -> Result<Option<(usize, usize)>, FrameError> {
    if b.len() < 4 {
        // Check the magic as far as it has come, so garbage is refused at once.
        if PACKET_MAGIC.to_le_bytes()[..b.len()] != *b {
            return Err(FrameError::BadHeader);
        }
        return Ok(None);
    }
    if u32_at(b, 0) != PACKET_MAGIC {
        return Err(FrameError::BadHeader);
    }
    if b.len() < HEADER_LEN {
        return Ok(None);
    }
    let head = u32_at(b, 4) as usize;
    if !(HEADER_LEN..=MAX_HEADER_LEN).contains(&head) {
        return Err(FrameError::BadHeader);
    }
    let size = u32_at(b, 8) as usize;
    if size > limit {
        return Err(FrameError::TooLarge(size as u64));
    }
    if b.len() < head {
        return Ok(None);
    }
    Ok(Some((head, size)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_in_pieces(stream: &[u8], cuts: &[usize]) -> Vec<Vec<u8>> {
        let mut d = Decoder::default();
        let mut out = Vec::new();
        let mut at = 0;
        for &c in cuts.iter().chain(std::iter::once(&stream.len())) {
            d.feed(&stream[at..c], 1 << 20, &mut |p| out.push(p.to_vec()))
                .unwrap();
            at = c;
        }
        assert!(!d.in_progress());
        out
    }

    #[test]
    fn header_layout() {
        assert_eq!(
            encode(b"hi"),
            vec![0xDE, 0xC0, 0xAD, 0xDE, 12, 0, 0, 0, 2, 0, 0, 0, b'h', b'i']
        );
        assert_eq!(
            client_reply(),
            [0xBE, 0xBA, 0xFE, 0xCA, 0x0B, 0xB0, 0xAD, 0xDE, 16, 0, 0, 0, 0, 0, 0, 0]
        );
        assert_eq!(
            server_ack(),
            [0xAD, 0xBE, 0xAF, 0xDE, 0xEB, 0xBE, 0x0D, 0xF0, 12, 0, 0, 0]
        );
        assert!(is_client_reply(&client_reply()));
        assert!(is_server_ack(&server_ack()));
        assert!(!is_server_ack(&client_reply()));
    }

    #[test]
    fn split_and_coalesced_packets_come_out_as_sent() {
        let packets: Vec<Vec<u8>> = vec![b"one".to_vec(), vec![], vec![7; 300], b"last".to_vec()];
        let stream: Vec<u8> = packets.iter().flat_map(|p| encode(p)).collect();
        // All at once, byte by byte, and cut in the middle of headers and payloads.
        assert_eq!(decode_in_pieces(&stream, &[]), packets);
        let every: Vec<usize> = (1..stream.len()).collect();
        assert_eq!(decode_in_pieces(&stream, &every), packets);
        assert_eq!(decode_in_pieces(&stream, &[5, 14, 20, 330]), packets);
    }

    #[test]
    fn garbage_and_huge_sizes_are_refused() {
        let mut d = Decoder::default();
        let mut n = 0;
        assert_eq!(
            d.feed(b"GET / HTTP/1.1\r\n", 100, &mut |_| n += 1),
            Err(FrameError::BadHeader)
        );
        let mut d = Decoder::default();
        let mut huge = encode(b"");
        huge[8..12].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(
            d.feed(&huge, 1000, &mut |_| n += 1),
            Err(FrameError::TooLarge(u32::MAX as u64))
        );
        assert_eq!(n, 0);
    }

    #[test]
    fn datagrams_strip_only_a_whole_header() {
        assert_eq!(strip_header(&encode(b"abc")), Some(&b"abc"[..]));
        assert_eq!(strip_header(b"abc"), None);
        let mut short = encode(b"abc");
        short.pop();
        assert_eq!(strip_header(&short), None);
    }
}
