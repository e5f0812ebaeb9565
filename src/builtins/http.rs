//! HTTP (manual: Asynchronous Functions > HTTP). Each call submits a request to the async engine
//! and returns its id at once; the answer arrives as an Async HTTP event (see
//! `runtime::async_io` for the fields). A malformed URL still returns an id: its one event is a
//! failure (status -1, http_status 0, result "").

use super::args;
use super::{Builtin, Constant};
use crate::runtime::async_io::{HttpRequest, HttpTarget};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::time::Duration;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("http_get", 1, 1, http_get),
    Builtin::new("http_post_string", 2, 2, http_post_string),
    Builtin::new("http_get_file", 2, 2, http_get_file),
    Builtin::new("http_request", 4, 4, http_request),
    Builtin::new("http_set_connect_timeout", 1, 1, http_set_connect_timeout),
    Builtin::new("http_get_connect_timeout", 0, 0, http_get_connect_timeout),
    Builtin::new(
        "http_set_request_crossorigin",
        1,
        1,
        http_set_request_crossorigin,
    ),
    Builtin::new(
        "http_get_request_crossorigin",
        0,
        0,
        http_get_request_crossorigin,
    ),
];
pub const CONSTANTS: &[Constant] = &[];

fn submit(vm: &mut Vm, req: HttpRequest) -> Value {
    let id = vm.async_io.next_id();
    vm.async_io.http(id, req);
    Value::Real(id as f64)
}

fn http_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let url = args::string(args, 0)?.to_string();
    Ok(submit(
        vm,
        HttpRequest {
            url,
            method: "GET".into(),
            headers: Vec::new(),
            body: Vec::new(),
            target: HttpTarget::Text,
        },
    ))
}

fn http_post_string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let url = args::string(args, 0)?.to_string();
    let body = args::string(args, 1)?.as_bytes().to_vec();
    Ok(submit(
        vm,
        HttpRequest {
            url,
            method: "POST".into(),
            headers: vec![(
                "Content-Type".into(),
                "application/x-www-form-urlencoded".into(),
            )],
            body,
            target: HttpTarget::Text,
        },
    ))
}

fn http_get_file(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let url = args::string(args, 0)?.to_string();
    let dest = args::string(args, 1)?.to_string();
    let path = crate::builtins::files::resolve_path(vm, &dest)?;
    Ok(submit(
        vm,
        HttpRequest {
            url,
            method: "GET".into(),
            headers: Vec::new(),
            body: Vec::new(),
            target: HttpTarget::File {
                path,
                display_path: dest,
            },
        },
    ))
}

fn http_request(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let url = args::string(args, 0)?.to_string();
    let method = args::string(args, 1)?.to_string();
    // An invalid header map means no extra headers.
    let mut headers = Vec::new();
    if let Some(map) = args::arg(args, 2).as_f64() {
        for (k, v) in vm.ds.map_entries(map as i64).unwrap_or_default() {
            let k = match k.as_str() {
                Some(s) => s.to_string(),
                None => vm.stringify(&k)?,
            };
            let v = match v.as_str() {
                Some(s) => s.to_string(),
                None => vm.stringify(&v)?,
            };
            headers.push((k, v));
        }
    }
    let mut target = HttpTarget::Text;
    let mut receive_into = None;
    let body = match args::arg(args, 3) {
        Value::Str(s) => s.as_bytes().to_vec(),
        Value::Undefined => Vec::new(),
        v @ (Value::Real(_) | Value::Int32(_) | Value::Int64(_) | Value::Ptr(_)) => {
            // A buffer: seek position 0 means "receive the response into it, send no body";
            // otherwise its bytes up to the seek position are the body.
            let buf = v.as_f64().unwrap_or(-1.0) as i64;
            let (Some(bytes), Some(tell)) = (vm.buffers.bytes(buf), vm.buffers.tell(buf)) else {
                return Err(Error::msg(format!(
                    "http_request: buffer {buf} does not exist"
                )));
            };
            if tell == 0 {
                target = HttpTarget::Bytes;
                receive_into = Some(buf);
                Vec::new()
            } else {
                bytes[..tell.min(bytes.len())].to_vec()
            }
        }
        v => return Err(Error::bad_arg(3, "String or Buffer", v)),
    };
    let id = vm.async_io.next_id();
    if let Some(buf) = receive_into {
        vm.async_io.buffer_targets.insert(id, buf);
    }
    vm.async_io.http(
        id,
        HttpRequest {
            url,
            method,
            headers,
            body,
            target,
        },
    );
    Ok(Value::Real(id as f64))
}

fn http_set_connect_timeout(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let ms = args::real(args, 0)?;
    // Values of 0 or below become 1 ms, as the HTML5 runner does.
    let ms = if ms.is_nan() || ms < 1.0 {
        1.0
    } else {
        ms.min(1e12)
    };
    vm.async_io
        .set_connect_timeout(Duration::from_secs_f64(ms / 1000.0));
    Ok(Value::Undefined)
}

fn http_get_connect_timeout(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Real(
        vm.async_io.connect_timeout().as_secs_f64() * 1000.0,
    ))
}

/// HTML5 only in GameMaker: does nothing elsewhere.
fn http_set_request_crossorigin(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    args::string(args, 0)?;
    Ok(Value::Undefined)
}

/// HTML5 only in GameMaker: "" elsewhere.
fn http_get_request_crossorigin(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::str(""))
}
