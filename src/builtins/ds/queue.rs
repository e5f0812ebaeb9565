//! ds_queue: first in, first out.

use super::serial::{Reader, Writer, QUEUE_VERSION};
use super::{handle, handle_value, missing, DsStore};
use crate::builtins::args::string;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;
use std::collections::VecDeque;

fn queue_id(args: &[Value], i: usize) -> Result<i64> {
    handle(args, i, "ds_queue")
}

impl DsStore {
    pub fn queue(&self, id: i64) -> Result<&VecDeque<Value>> {
        self.queues.get(id).ok_or_else(missing)
    }
    pub fn queue_mut(&mut self, id: i64) -> Result<&mut VecDeque<Value>> {
        self.queues.get_mut(id).ok_or_else(missing)
    }
}

fn q<'a>(vm: &'a Vm, args: &[Value]) -> Result<&'a VecDeque<Value>> {
    vm.ds.queue(queue_id(args, 0)?)
}

fn q_mut<'a>(vm: &'a mut Vm, args: &[Value]) -> Result<&'a mut VecDeque<Value>> {
    vm.ds.queue_mut(queue_id(args, 0)?)
}

pub fn ds_queue_create(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(handle_value(vm.ds.queues.insert(VecDeque::new())))
}

pub fn ds_queue_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = queue_id(args, 0)?;
    vm.ds.queues.remove(id);
    Ok(Value::Undefined)
}

pub fn ds_queue_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    q_mut(vm, args)?.clear();
    Ok(Value::Undefined)
}

pub fn ds_queue_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dst, src) = (queue_id(args, 0)?, queue_id(args, 1)?);
    vm.ds.queue(dst)?;
    let items = vm.ds.queue(src)?.clone();
    *vm.ds.queue_mut(dst)? = items;
    Ok(Value::Undefined)
}

pub fn ds_queue_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(q(vm, args)?.len() as f64))
}

pub fn ds_queue_empty(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(q(vm, args)?.is_empty()))
}

pub fn ds_queue_enqueue(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    q_mut(vm, args)?.extend(args[1..].iter().cloned());
    Ok(Value::Undefined)
}

/// The head value, removed; undefined when the queue is empty.
pub fn ds_queue_dequeue(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(q_mut(vm, args)?.pop_front().unwrap_or(Value::Undefined))
}

pub fn ds_queue_head(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(q(vm, args)?.front().cloned().unwrap_or(Value::Undefined))
}

pub fn ds_queue_tail(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(q(vm, args)?.back().cloned().unwrap_or(Value::Undefined))
}

/// Written in the compact layout (tail = count, head = 0, then the values in order).
pub fn ds_queue_write(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let items = q(vm, args)?;
    // GameMaker's native layout: its ring buffer (tail, head, capacity: 16 slots, doubled while
    // full) with every slot written, unused ones as real 0.
    let mut capacity = 16;
    while capacity <= items.len() {
        capacity *= 2;
    }
    let mut w = Writer::new(QUEUE_VERSION);
    w.u32(items.len() as u32);
    w.u32(0);
    w.u32(capacity as u32);
    for v in items {
        w.value(v);
    }
    for _ in items.len()..capacity {
        w.value(&Value::Real(0.0));
    }
    Ok(w.finish())
}

/// Reads both layouts: the compact one and GameMaker's ring buffer (tail, head, capacity, then
/// every slot of the buffer).
pub fn ds_queue_read(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string(args, 1)?.to_string();
    let queue = q_mut(vm, args)?;
    queue.clear();
    let Some(mut r) = Reader::new(&text) else {
        return Ok(Value::Undefined);
    };
    let _version = r.u32();
    let (Some(tail), Some(head), Some(n)) = (r.u32(), r.u32(), r.count()) else {
        return Ok(Value::Undefined);
    };
    let mut slots = Vec::with_capacity(n);
    for _ in 0..n {
        match r.value() {
            Some(v) => slots.push(v),
            None => return Ok(Value::Undefined),
        }
    }
    let (head, tail) = (head as usize, tail as usize);
    if head <= tail && tail <= n {
        queue.extend(slots[head..tail].iter().cloned());
    } else if tail < head && head <= n {
        queue.extend(slots[head..].iter().cloned());
        queue.extend(slots[..tail].iter().cloned());
    }
    Ok(Value::Undefined)
}
