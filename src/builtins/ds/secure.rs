//! `ds_map_secure_save/load` and their `_buffer` forms. The map is stored as its `json_encode`
//! text (nested maps and lists kept; arrays come back as lists, as the manual says), obfuscated
//! with a key derived from this machine's identity, behind a magic header: a file saved on one
//! machine does not load on another, as in GameMaker. Loading something that is not a secure
//! map from this machine gives -1.

use crate::builtins::args::*;
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

const MAGIC: &[u8] = b"GMLSECUREMAP1\n";

/// A per-machine key: the machine id (or host name), hashed.
fn machine_key() -> u64 {
    let id = std::fs::read_to_string("/etc/machine-id")
        .or_else(|_| std::fs::read_to_string("/var/lib/dbus/machine-id"))
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .unwrap_or_else(|_| std::env::var("COMPUTERNAME").unwrap_or_default());
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.trim().bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// XORs `data` with a xorshift stream seeded by the machine key (its own inverse).
fn obfuscate(data: &mut [u8]) {
    let mut s = machine_key() | 1;
    for b in data.iter_mut() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        *b ^= (s >> 24) as u8;
    }
}

fn call(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Value> {
    let b = crate::builtins::lookup(name)
        .ok_or_else(|| Error::msg(format!("{name} is not available")))?;
    (b.f)(vm, args)
}

/// The secure bytes of a map: header, then the obfuscated JSON.
fn encode(vm: &mut Vm, map: &Value) -> Result<Vec<u8>> {
    let json = call(vm, "json_encode", std::slice::from_ref(map))?;
    let mut body = json.as_str().unwrap_or("{}").as_bytes().to_vec();
    obfuscate(&mut body);
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&body);
    Ok(out)
}

/// A new map from secure bytes (and how many bytes they took), or `None` if they are not a
/// secure map saved on this machine.
fn decode(vm: &mut Vm, bytes: &[u8]) -> Result<Option<(Value, usize)>> {
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return Ok(None);
    };
    if rest.len() < 4 {
        return Ok(None);
    }
    let len = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
    let Some(body) = rest.get(4..4 + len) else {
        return Ok(None);
    };
    let mut body = body.to_vec();
    obfuscate(&mut body);
    let Ok(text) = String::from_utf8(body) else {
        return Ok(None);
    };
    if !text.starts_with('{') {
        return Ok(None);
    }
    let map = call(vm, "json_decode", &[Value::string(text)])?;
    match map.as_f64() {
        Some(id) if id >= 0.0 => Ok(Some((map, MAGIC.len() + 4 + len))),
        _ => Ok(None),
    }
}

fn map_arg(vm: &Vm, args: &[Value]) -> Result<Value> {
    let id = super::handle(args, 0, "ds_map")?;
    if !vm.ds.map_exists(id) {
        return Err(super::missing());
    }
    Ok(super::handle_value(id))
}

/// Saves the map to a file (atomically); true on success.
pub fn ds_map_secure_save(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let map = map_arg(vm, args)?;
    let path = crate::builtins::files::path_arg(vm, args, 1)?;
    let bytes = encode(vm, &map)?;
    Ok(Value::Bool(
        crate::builtins::files::atomic_write(&path, &bytes).is_ok(),
    ))
}

/// A new map from a file saved by `ds_map_secure_save` on this machine, or -1.
pub fn ds_map_secure_load(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let path = crate::builtins::files::path_arg(vm, args, 0)?;
    let Ok(bytes) = std::fs::read(&path) else {
        return Ok(Value::Real(-1.0));
    };
    Ok(decode(vm, &bytes)?
        .map(|(m, _)| m)
        .unwrap_or(Value::Real(-1.0)))
}

fn buffer_id(vm: &Vm, args: &[Value], i: usize) -> Result<i64> {
    let v = arg(args, i);
    let id = v.as_f64().ok_or_else(|| Error::bad_arg(i, "buffer", v))? as i64;
    if vm.buffers.get(id).is_none() {
        return Err(Error::msg(format!("buffer {id} does not exist")));
    }
    Ok(id)
}

/// Writes the secure map at the buffer's seek position and moves past it.
pub fn ds_map_secure_save_buffer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let map = map_arg(vm, args)?;
    let id = buffer_id(vm, args, 1)?;
    let bytes = encode(vm, &map)?;
    if let Some(b) = vm.buffers.get_mut(id) {
        match b.put(b.pos, &bytes) {
            Ok(end) => b.pos = end,
            Err(_) => {
                return Err(Error::msg(format!(
                    "ds_map_secure_save_buffer: buffer {id} has no room for the map"
                )))
            }
        }
    }
    Ok(Value::Undefined)
}

/// A new map from the secure map at the buffer's seek position (moving past it), or -1.
pub fn ds_map_secure_load_buffer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = buffer_id(vm, args, 0)?;
    let (bytes, pos) = match vm.buffers.get(id) {
        Some(b) => (b.data[b.pos.min(b.data.len())..].to_vec(), b.pos),
        None => return Ok(Value::Real(-1.0)),
    };
    match decode(vm, &bytes)? {
        Some((map, used)) => {
            if let Some(b) = vm.buffers.get_mut(id) {
                b.pos = pos + used;
            }
            Ok(map)
        }
        None => Ok(Value::Real(-1.0)),
    }
}
