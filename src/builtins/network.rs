//! Networking (manual: Networking): sockets and servers over TCP, UDP and WebSocket, and the
//! Async Networking event (event 68). The engine side lives in `runtime::async_io::net`; here
//! are the GML functions and constants, and the making of each event's `async_load`.
//!
//! Sends never raise: a send to a socket that does not exist, is not connected, was closed by
//! its peer or is past its limits returns a value below 0. Only arguments of the wrong type
//! (and socket types GameMaker does not have) are errors.

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::runtime::async_io::net::{After, NetEvent, NetEventKind, SocketKind};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::time::Duration;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("network_create_server", 3, 3, network_create_server),
    Builtin::new("network_create_server_raw", 3, 3, network_create_server_raw),
    Builtin::new("network_create_socket", 1, 1, network_create_socket),
    Builtin::new("network_create_socket_ext", 2, 2, network_create_socket_ext),
    Builtin::new("network_connect", 3, 3, network_connect),
    Builtin::new("network_connect_async", 3, 3, network_connect_async),
    Builtin::new("network_connect_raw", 3, 3, network_connect_raw),
    Builtin::new("network_connect_raw_async", 3, 3, network_connect_raw_async),
    Builtin::new("network_send_packet", 3, 3, network_send_packet),
    Builtin::new("network_send_raw", 3, 4, network_send_raw),
    Builtin::new("network_send_udp", 5, 5, network_send_udp),
    Builtin::new("network_send_udp_raw", 5, 5, network_send_udp_raw),
    Builtin::new("network_send_broadcast", 4, 4, network_send_broadcast),
    Builtin::new("network_destroy", 1, 1, network_destroy),
    Builtin::new("network_set_config", 2, 3, network_set_config),
    Builtin::new("network_set_timeout", 3, 3, network_set_timeout),
    Builtin::new("network_resolve", 1, 1, network_resolve),
];

const CONFIG_CONNECT_TIMEOUT: i64 = 0;
const CONFIG_NON_BLOCKING: i64 = 1;
const CONFIG_ENABLE_RELIABLE_UDP: i64 = 2;
const CONFIG_DISABLE_RELIABLE_UDP: i64 = 3;
const CONFIG_AVOID_TIME_WAIT: i64 = 4;
const CONFIG_WEBSOCKET_PROTOCOL: i64 = 5;
const CONFIG_ENABLE_MULTICAST: i64 = 6;
const CONFIG_DISABLE_MULTICAST: i64 = 7;
const CONFIG_MESSAGE_SIZE_LIMIT: i64 = 8;
// gml's own limits (README, "A game server in GML"); GameMaker has no such settings.
const CONFIG_HANDSHAKE_TIMEOUT: i64 = 100;
const CONFIG_PACKET_TIMEOUT: i64 = 101;
const CONFIG_IDLE_TIMEOUT: i64 = 102;
const CONFIG_SEND_QUEUE_LIMIT: i64 = 103;
const CONFIG_RECEIVE_QUEUE_LIMIT: i64 = 104;
const CONFIG_PENDING_CONNECTIONS: i64 = 105;

const fn konst(n: i64) -> ConstValue {
    ConstValue::Real(n as f64)
}

// Values as GameMaker defines them (the HTML5 runner's Function_Networking.js and the GML
// constant lists editors ship). The multicast and message-size constants' values were not found
// in public sources; they follow the known ones in the manual's order.
pub const CONSTANTS: &[Constant] = &[
    ("network_socket_tcp", konst(0)),
    ("network_socket_udp", konst(1)),
    ("network_socket_bluetooth", konst(2)),
    ("network_socket_ws", konst(6)),
    ("network_socket_wss", konst(7)),
    ("network_type_connect", konst(1)),
    ("network_type_disconnect", konst(2)),
    ("network_type_data", konst(3)),
    ("network_type_non_blocking_connect", konst(4)),
    ("network_type_up", konst(5)),
    ("network_type_up_failed", konst(6)),
    ("network_type_down", konst(7)),
    ("network_send_binary", konst(1)),
    ("network_send_text", konst(2)),
    ("network_connect_none", konst(0)),
    ("network_connect_blocking", konst(1)),
    ("network_connect_nonblocking", konst(2)),
    (
        "network_config_connect_timeout",
        konst(CONFIG_CONNECT_TIMEOUT),
    ),
    (
        "network_config_use_non_blocking_socket",
        konst(CONFIG_NON_BLOCKING),
    ),
    (
        "network_config_enable_reliable_udp",
        konst(CONFIG_ENABLE_RELIABLE_UDP),
    ),
    (
        "network_config_disable_reliable_udp",
        konst(CONFIG_DISABLE_RELIABLE_UDP),
    ),
    (
        "network_config_avoid_time_wait",
        konst(CONFIG_AVOID_TIME_WAIT),
    ),
    (
        "network_config_websocket_protocol",
        konst(CONFIG_WEBSOCKET_PROTOCOL),
    ),
    (
        "network_config_enable_multicast",
        konst(CONFIG_ENABLE_MULTICAST),
    ),
    (
        "network_config_disable_multicast",
        konst(CONFIG_DISABLE_MULTICAST),
    ),
    (
        "network_config_message_size_limit",
        konst(CONFIG_MESSAGE_SIZE_LIMIT),
    ),
    (
        "network_config_gml_handshake_timeout",
        konst(CONFIG_HANDSHAKE_TIMEOUT),
    ),
    (
        "network_config_gml_packet_timeout",
        konst(CONFIG_PACKET_TIMEOUT),
    ),
    (
        "network_config_gml_idle_timeout",
        konst(CONFIG_IDLE_TIMEOUT),
    ),
    (
        "network_config_gml_send_queue_limit",
        konst(CONFIG_SEND_QUEUE_LIMIT),
    ),
    (
        "network_config_gml_receive_queue_limit",
        konst(CONFIG_RECEIVE_QUEUE_LIMIT),
    ),
    (
        "network_config_gml_pending_connections",
        konst(CONFIG_PENDING_CONNECTIONS),
    ),
];

const FAIL: Value = Value::Real(-1.0);

fn num(n: i64) -> Value {
    Value::Real(n as f64)
}

/// The socket type argument: GameMaker's constants; bluetooth exists but never works here.
fn socket_kind(args: &[Value], i: usize, func: &str) -> Result<Option<SocketKind>> {
    let n = int(args, i)?;
    if n == 2 {
        return Ok(None);
    }
    SocketKind::from_constant(n).map(Some).ok_or_else(|| {
        Error::msg(format!(
            "{func}: unknown socket type {n} (network_socket_tcp, network_socket_udp, network_socket_ws or network_socket_wss)"
        ))
    })
}

fn port_arg(args: &[Value], i: usize) -> Result<Option<u16>> {
    Ok(u16::try_from(int(args, i)?).ok())
}

fn create_server(vm: &mut Vm, args: &[Value], raw: bool, func: &str) -> Result<Value> {
    let kind = socket_kind(args, 0, func)?;
    let port = port_arg(args, 1)?;
    let max = int(args, 2)?.max(0) as usize;
    let (Some(kind), Some(port)) = (kind, port) else {
        return Ok(FAIL);
    };
    if kind == SocketKind::Wss {
        return Ok(FAIL); // servers with TLS would need a certificate GameMaker has no way to give
    }
    Ok(match vm.async_io.net() {
        Some(n) => num(n.create_server(kind, port, max, raw)),
        None => FAIL,
    })
}

fn network_create_server(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    create_server(vm, args, false, "network_create_server")
}

fn network_create_server_raw(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    create_server(vm, args, true, "network_create_server_raw")
}

fn create_socket(vm: &mut Vm, args: &[Value], port: Option<i64>, func: &str) -> Result<Value> {
    let Some(kind) = socket_kind(args, 0, func)? else {
        return Ok(FAIL);
    };
    let port = match port {
        Some(p) => match u16::try_from(p) {
            Ok(p) => Some(p),
            Err(_) => return Ok(FAIL),
        },
        None => None,
    };
    Ok(match vm.async_io.net() {
        Some(n) => num(n.create_socket(kind, port)),
        None => FAIL,
    })
}

fn network_create_socket(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    create_socket(vm, args, None, "network_create_socket")
}

fn network_create_socket_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let port = int(args, 1)?;
    create_socket(vm, args, Some(port), "network_create_socket_ext")
}

fn connect(vm: &mut Vm, args: &[Value], raw: bool, asynchronous: bool) -> Result<Value> {
    let socket = int(args, 0)?;
    let url = string(args, 1)?.to_string();
    let port = int(args, 2)?;
    Ok(match vm.async_io.net() {
        Some(n) => num(n.connect(socket, &url, port, raw, asynchronous)),
        None => FAIL,
    })
}

fn network_connect(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    connect(vm, args, false, false)
}

fn network_connect_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    connect(vm, args, false, true)
}

fn network_connect_raw(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    connect(vm, args, true, false)
}

fn network_connect_raw_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    connect(vm, args, true, true)
}

/// The first `size` bytes of a buffer (all of it when `size` is larger); `None` when the buffer
/// does not exist or the size is negative.
fn buffer_bytes(vm: &Vm, buffer: i64, size: i64) -> Option<Vec<u8>> {
    let b = vm.buffers.get(buffer)?;
    let size = usize::try_from(size).ok()?.min(b.size());
    Some(b.data[..size].to_vec())
}

fn send(vm: &mut Vm, args: &[Value], packet: bool) -> Result<Value> {
    let socket = int(args, 0)?;
    let buffer = int(args, 1)?;
    let size = int(args, 2)?;
    let text = int_or(args, 3, 1)? & 2 != 0;
    let Some(bytes) = buffer_bytes(vm, buffer, size) else {
        return Ok(FAIL);
    };
    Ok(match vm.async_io.net_if_started() {
        Some(n) => num(n.send(socket, &bytes, packet, text)),
        None => FAIL,
    })
}

fn network_send_packet(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    send(vm, args, true)
}

fn network_send_raw(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    send(vm, args, false)
}

fn send_udp(vm: &mut Vm, args: &[Value], packet: bool) -> Result<Value> {
    let socket = int(args, 0)?;
    let url = string(args, 1)?.to_string();
    let port = int(args, 2)?;
    let buffer = int(args, 3)?;
    let size = int(args, 4)?;
    let Some(bytes) = buffer_bytes(vm, buffer, size) else {
        return Ok(FAIL);
    };
    Ok(match vm.async_io.net_if_started() {
        Some(n) => num(n.send_udp(socket, Some(&url), port, &bytes, packet)),
        None => FAIL,
    })
}

fn network_send_udp(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    send_udp(vm, args, true)
}

fn network_send_udp_raw(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    send_udp(vm, args, false)
}

fn network_send_broadcast(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let socket = int(args, 0)?;
    let port = int(args, 1)?;
    let buffer = int(args, 2)?;
    let size = int(args, 3)?;
    let Some(bytes) = buffer_bytes(vm, buffer, size) else {
        return Ok(FAIL);
    };
    Ok(match vm.async_io.net_if_started() {
        Some(n) => num(n.send_udp(socket, None, port, &bytes, true)),
        None => FAIL,
    })
}

fn network_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = int(args, 0)?;
    if let Some(n) = vm.async_io.net_if_started() {
        n.destroy(id);
    }
    Ok(Value::Undefined)
}

fn millis(args: &[Value], i: usize) -> Result<Duration> {
    let ms = real(args, i)?;
    // Clamped to a year: `Duration::from_secs_f64` panics past its range (1e300 is a number).
    let ms = if ms.is_finite() {
        ms.clamp(0.0, 3.15e10)
    } else {
        0.0
    };
    Ok(Duration::from_secs_f64(ms / 1000.0))
}

fn bytes_arg(args: &[Value], i: usize) -> Result<usize> {
    Ok(int(args, i)?.max(0) as usize)
}

fn network_set_config(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let what = int(args, 0)?;
    let Some(n) = vm.async_io.net() else {
        return Ok(Value::Undefined);
    };
    let limits = &mut n.config.limits;
    match what {
        CONFIG_CONNECT_TIMEOUT => {
            n.config.connect_timeout = millis(args, 1)?.max(Duration::from_millis(1))
        }
        CONFIG_NON_BLOCKING => n.config.non_blocking = boolean(args, 1)?,
        CONFIG_AVOID_TIME_WAIT => {
            let socket = int(args, 1)?;
            n.avoid_time_wait(socket);
        }
        CONFIG_WEBSOCKET_PROTOCOL => {
            let p = string(args, 1)?;
            n.config.ws_protocol = (!p.is_empty()).then(|| p.to_string());
        }
        CONFIG_MESSAGE_SIZE_LIMIT => {
            let socket = int(args, 1)?;
            let size = bytes_arg(args, 2)?;
            n.set_message_limit(socket, size);
        }
        // Reliable UDP is GameMaker's own undocumented protocol, and multicast discovery joins
        // IPv6 groups this runtime's IPv4 sockets do not have: accepted, and they change nothing.
        CONFIG_ENABLE_RELIABLE_UDP
        | CONFIG_DISABLE_RELIABLE_UDP
        | CONFIG_ENABLE_MULTICAST
        | CONFIG_DISABLE_MULTICAST => {
            int(args, 1)?;
        }
        CONFIG_HANDSHAKE_TIMEOUT => limits.handshake_timeout = millis(args, 1)?,
        CONFIG_PACKET_TIMEOUT => limits.packet_timeout = millis(args, 1)?,
        CONFIG_IDLE_TIMEOUT => {
            let d = millis(args, 1)?;
            limits.idle_timeout = (!d.is_zero()).then_some(d);
        }
        CONFIG_SEND_QUEUE_LIMIT => limits.send_queue = bytes_arg(args, 1)?,
        CONFIG_RECEIVE_QUEUE_LIMIT => limits.receive_queue = bytes_arg(args, 1)?.max(1),
        CONFIG_PENDING_CONNECTIONS => limits.pending_connections = bytes_arg(args, 1)?,
        _ => {
            return Err(Error::msg(format!(
                "network_set_config: unknown setting {what} (a network_config_* constant)"
            )))
        }
    }
    Ok(Value::Undefined)
}

/// Reads and writes never block a game here (data arrives as events, sends queue), so there is
/// nothing for these timeouts to bound: the call is checked and accepted.
fn network_set_timeout(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    int(args, 0)?;
    real(args, 1)?;
    real(args, 2)?;
    Ok(Value::Undefined)
}

fn network_resolve(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let host = string(args, 0)?;
    Ok(Value::string(crate::runtime::async_io::net::resolve(host)))
}

fn set(vm: &mut Vm, map: i64, key: &str, v: Value) {
    vm.ds.map_set(map, Value::str(key), v);
}

/// Fires one Async Networking event: `async_load` with exactly the manual's keys for its type;
/// a data event's buffer (grow, alignment 1, exactly the packet) is deleted after the event, and
/// a server's client that disconnected is freed after its event.
pub fn dispatch(vm: &mut Vm, mut ev: NetEvent) -> Result<()> {
    let Some(net) = vm.async_io.net_if_started() else {
        return Ok(());
    };
    if !net.is_current(&ev) {
        return Ok(()); // its socket was destroyed since
    }
    let after = net.after(&ev);
    let map = vm.ds.map_create();
    set(vm, map, "type", num(ev.kind as i64));
    set(vm, map, "id", num(ev.id));
    set(vm, map, "ip", Value::string(ev.ip.clone()));
    set(vm, map, "port", num(ev.port as i64));
    let mut buffer = None;
    match ev.kind {
        NetEventKind::Connect | NetEventKind::Disconnect => set(vm, map, "socket", num(ev.socket)),
        NetEventKind::NonBlockingConnect => {
            set(vm, map, "succeeded", num(ev.succeeded as i64));
        }
        NetEventKind::Data => {
            let size = ev.data.len();
            let b = vm.buffers.create_from(std::mem::take(&mut ev.data));
            buffer = Some(b);
            set(vm, map, "buffer", num(b));
            set(vm, map, "size", num(size as i64));
            if let Some(t) = ev.message_type {
                set(vm, map, "message_type", num(t as i64));
            }
            if let Some(s) = ev.server {
                set(vm, map, "server", num(s));
            }
        }
    }
    let r = crate::runtime::async_dispatch::dispatch_one(vm, 68, map);
    if let Some(b) = buffer {
        vm.buffers.delete(b);
    }
    if let After::Free(_) = after {
        if let Some(n) = vm.async_io.net_if_started() {
            n.free(&ev);
        }
    }
    r
}
