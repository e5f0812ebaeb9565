//! The async phase: completions from the async engine (and `event_perform_async` calls) become
//! Async events. Each gets a fresh ds_map as `async_load`, fires its event in every instance that
//! has it (creation order, most-derived handler), and the map is destroyed right after, even when
//! the event fails; `async_load` is -1 everywhere else.

use super::async_io::{Completion, HttpResult};
use super::events::EventKey;
use super::frame_loop::fire_event_all;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;
use std::collections::VecDeque;
use std::time::Duration;

/// One thing waiting for the async phase.
pub enum Queued {
    Engine(Completion),
    /// `event_perform_async(type, map)`: the Other subtype and the map that becomes async_load.
    User(u8, i64),
}

#[derive(Default)]
pub struct AsyncQueue {
    items: VecDeque<Queued>,
}

impl AsyncQueue {
    pub fn push_user(&mut self, event: u8, map: i64) {
        self.items.push_back(Queued::User(event, map));
    }
}

/// Whether anything waits for the next async phase.
pub fn has_queued(vm: &Vm) -> bool {
    !vm.async_queue.items.is_empty()
}

fn pull_completions(vm: &mut Vm) {
    while let Some(c) = vm.async_io.try_recv() {
        vm.async_queue.items.push_back(Queued::Engine(c));
    }
}

/// Fires the Async events for everything queued when the phase starts, in arrival order.
/// Work queued by those events waits for the next frame.
pub fn dispatch_ready(vm: &mut Vm) -> Result<()> {
    pull_completions(vm);
    let n = vm.async_queue.items.len();
    for _ in 0..n {
        let Some(item) = vm.async_queue.items.pop_front() else {
            break;
        };
        match item {
            Queued::User(event, map) => dispatch_one(vm, event, map)?,
            Queued::Engine(Completion::Network(ev)) => crate::builtins::network::dispatch(vm, ev)?,
            Queued::Engine(c) => {
                let (event, map) = build_map(vm, c);
                dispatch_one(vm, event, map)?;
            }
        }
        if vm.game.ending {
            break;
        }
    }
    Ok(())
}

/// Sets async_load, fires the event everywhere, then destroys the map and resets async_load.
pub(crate) fn dispatch_one(vm: &mut Vm, event: u8, map: i64) -> Result<()> {
    if vm.print_async {
        let text = describe_map(vm, map);
        vm.print_line(&format!("async_load (event {event}): {text}"));
    }
    let saved = vm.async_load;
    vm.async_load = map as f64;
    let r = fire_event_all(vm, EventKey::Async(event));
    vm.async_load = saved;
    vm.ds.map_destroy(map);
    r
}

fn set(vm: &mut Vm, map: i64, key: &str, v: Value) {
    vm.ds.map_set(map, Value::str(key), v);
}

/// The async_load map for one engine completion (DESIGN.md 4b keys).
fn build_map(vm: &mut Vm, c: Completion) -> (u8, i64) {
    let map = vm.ds.map_create();
    match c {
        Completion::Http(h) => {
            set(vm, map, "id", Value::Real(h.id as f64));
            set(vm, map, "status", Value::Real(h.status as f64));
            set(vm, map, "url", Value::string(h.url));
            set(vm, map, "http_status", Value::Real(h.http_status as f64));
            // The request's buffer, if it receives into one: forgotten at the final completion,
            // whatever it carries (a network failure carries text and leaves the buffer alone).
            let target = if h.status == 1 {
                None
            } else {
                vm.async_io.buffer_targets.remove(&h.id)
            };
            let result = match h.result {
                HttpResult::Text(t) => Value::string(t),
                HttpResult::Path(p) => Value::string(p),
                HttpResult::Bytes(b) => {
                    // http_request into a buffer: the bytes land at its start, and result is the
                    // number of them the buffer now holds (all of them for a grow buffer; what
                    // fits for a fixed one; 0 if the buffer was deleted meanwhile).
                    let stored = match target {
                        Some(buf) if vm.buffers.write_at(buf, 0, &b) => {
                            vm.buffers.get(buf).map_or(0, |x| x.size().min(b.len()))
                        }
                        _ => 0,
                    };
                    Value::Real(stored as f64)
                }
            };
            set(vm, map, "result", result);
            if h.status == 1 {
                set(
                    vm,
                    map,
                    "contentLength",
                    Value::Real(h.content_length as f64),
                );
                set(
                    vm,
                    map,
                    "sizeDownloaded",
                    Value::Real(h.size_downloaded as f64),
                );
            }
            if let Some(headers) = h.response_headers {
                let hm = vm.ds.map_create();
                for (k, v) in headers {
                    vm.ds.map_set(hm, Value::string(k), Value::string(v));
                }
                set(vm, map, "response_headers", Value::Real(hm as f64));
                vm.ds.map_mark_map(map, Value::str("response_headers"));
            }
            (62, map)
        }
        Completion::Save { id, ok } => {
            set(vm, map, "id", Value::Real(id as f64));
            set(vm, map, "status", Value::Bool(ok));
            (72, map)
        }
        Completion::Load { id, reads } => {
            let ok = vm.buffers.complete_load(id, reads);
            set(vm, map, "id", Value::Real(id as f64));
            set(vm, map, "status", Value::Bool(ok));
            (72, map)
        }
        // Dispatched by builtins::network before reaching here.
        Completion::Network(_) => (68, map),
    }
}

fn describe_map(vm: &mut Vm, map: i64) -> String {
    let entries = vm.ds.map_entries(map).unwrap_or_default();
    let mut parts = Vec::new();
    for (k, v) in entries {
        let key = vm.stringify(&k).unwrap_or_default();
        let mut val = String::new();
        let _ = crate::vm::ops::write_value(vm, &v, &mut val, true);
        parts.push(format!("{key}: {val}"));
    }
    format!("{{ {} }}", parts.join(", "))
}

/// Blocks until the async engine has a completion (or `timeout` passes), and queues it.
pub fn wait_for_completion(vm: &mut Vm, timeout: Option<Duration>) {
    if let Some(c) = vm.async_io.recv_timeout(timeout) {
        vm.async_queue.items.push_back(Queued::Engine(c));
    }
}
