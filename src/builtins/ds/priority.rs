//! ds_priority: values with real priorities, kept sorted by priority (then by insertion), so
//! finding or removing the minimum or maximum is cheap. Among equal priorities the earliest added
//! is found (and removed) first.

use super::serial::{Reader, Writer, PRIORITY_VERSION};
use super::{ds_equal, handle, handle_value, missing, DsStore};
use crate::builtins::args::{arg, real, string};
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

#[derive(Clone)]
pub struct Entry {
    pub value: Value,
    pub priority: f64,
    seq: u64,
}

#[derive(Default, Clone)]
pub struct DsPriority {
    /// Sorted by (priority, insertion number).
    entries: Vec<Entry>,
    next_seq: u64,
}

impl DsPriority {
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    pub fn clear(&mut self) {
        self.entries.clear();
    }
    /// The entries from the lowest priority to the highest.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
    pub fn add(&mut self, value: Value, priority: f64) {
        let seq = self.next_seq;
        self.next_seq += 1;
        let key = |e: &Entry| (e.priority, e.seq);
        let at = self.entries.partition_point(|e| {
            let (p, s) = key(e);
            p.total_cmp(&priority).then(s.cmp(&seq)).is_lt()
        });
        self.entries.insert(
            at,
            Entry {
                value,
                priority,
                seq,
            },
        );
    }
    fn position(&self, v: &Value, prec: f64) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| ds_equal(&e.value, v, prec))
    }
    /// Index of the lowest (`max` false) or highest priority; the first added wins ties.
    fn extreme(&self, max: bool) -> Option<usize> {
        let last = self.entries.last()?;
        if !max {
            return Some(0);
        }
        let top = last.priority;
        Some(
            self.entries
                .partition_point(|e| e.priority.total_cmp(&top).is_lt()),
        )
    }
}

fn priority_id(args: &[Value], i: usize) -> Result<i64> {
    handle(args, i, "ds_priority")
}

impl DsStore {
    pub fn priority(&self, id: i64) -> Result<&DsPriority> {
        self.priorities.get(id).ok_or_else(missing)
    }
    pub fn priority_mut(&mut self, id: i64) -> Result<&mut DsPriority> {
        self.priorities.get_mut(id).ok_or_else(missing)
    }
}

fn p<'a>(vm: &'a Vm, args: &[Value]) -> Result<&'a DsPriority> {
    vm.ds.priority(priority_id(args, 0)?)
}

fn p_mut<'a>(vm: &'a mut Vm, args: &[Value]) -> Result<&'a mut DsPriority> {
    vm.ds.priority_mut(priority_id(args, 0)?)
}

pub fn ds_priority_create(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(handle_value(vm.ds.priorities.insert(DsPriority::default())))
}

pub fn ds_priority_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = priority_id(args, 0)?;
    vm.ds.priorities.remove(id);
    Ok(Value::Undefined)
}

pub fn ds_priority_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    p_mut(vm, args)?.clear();
    Ok(Value::Undefined)
}

pub fn ds_priority_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dst, src) = (priority_id(args, 0)?, priority_id(args, 1)?);
    vm.ds.priority(dst)?;
    let copy = vm.ds.priority(src)?.clone();
    *vm.ds.priority_mut(dst)? = copy;
    Ok(Value::Undefined)
}

pub fn ds_priority_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(p(vm, args)?.len() as f64))
}

pub fn ds_priority_empty(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(p(vm, args)?.is_empty()))
}

pub fn ds_priority_add(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let prio = real(args, 2)?;
    let v = arg(args, 1).clone();
    p_mut(vm, args)?.add(v, prio);
    Ok(Value::Undefined)
}

/// Changes the priority of the first entry holding the value (nothing if absent).
pub fn ds_priority_change_priority(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let prio = real(args, 2)?;
    let prec = vm.ds.precision;
    let v = arg(args, 1);
    let pq = p_mut(vm, args)?;
    if let Some(i) = pq.position(v, prec) {
        let e = pq.entries.remove(i);
        pq.add(e.value, prio);
    }
    Ok(Value::Undefined)
}

/// The priority of the value, or undefined when it is not in the queue.
pub fn ds_priority_find_priority(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let prec = vm.ds.precision;
    let v = arg(args, 1);
    let pq = p(vm, args)?;
    Ok(pq
        .position(v, prec)
        .map(|i| Value::Real(pq.entries[i].priority))
        .unwrap_or(Value::Undefined))
}

pub fn ds_priority_delete_value(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let prec = vm.ds.precision;
    let v = arg(args, 1);
    let pq = p_mut(vm, args)?;
    if let Some(i) = pq.position(v, prec) {
        pq.entries.remove(i);
    }
    Ok(Value::Undefined)
}

/// `delete_min/max` return 0 on an empty queue (as the manual states); `find_min/max` return
/// undefined.
fn take(vm: &mut Vm, args: &[Value], max: bool, remove: bool) -> Result<Value> {
    let pq = p_mut(vm, args)?;
    match pq.extreme(max) {
        Some(i) if remove => Ok(pq.entries.remove(i).value),
        Some(i) => Ok(pq.entries[i].value.clone()),
        None if remove => Ok(Value::Real(0.0)),
        None => Ok(Value::Undefined),
    }
}

pub fn ds_priority_delete_min(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    take(vm, args, false, true)
}

pub fn ds_priority_find_min(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    take(vm, args, false, false)
}

pub fn ds_priority_delete_max(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    take(vm, args, true, true)
}

pub fn ds_priority_find_max(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    take(vm, args, true, false)
}

pub fn ds_priority_write(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let pq = p(vm, args)?;
    let mut w = Writer::new(PRIORITY_VERSION);
    w.u32(pq.len() as u32);
    for e in &pq.entries {
        w.value(&Value::Real(e.priority));
    }
    for e in &pq.entries {
        w.value(&e.value);
    }
    Ok(w.finish())
}

pub fn ds_priority_read(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string(args, 1)?.to_string();
    let pq = p_mut(vm, args)?;
    pq.clear();
    let Some(mut r) = Reader::new(&text) else {
        return Ok(Value::Undefined);
    };
    let _version = r.u32();
    let n = r.count().unwrap_or(0);
    let mut priorities = Vec::with_capacity(n);
    for _ in 0..n {
        match r.value() {
            Some(pr) => priorities.push(pr.as_f64().unwrap_or(0.0)),
            None => return Ok(Value::Undefined),
        }
    }
    for pr in priorities {
        match r.value() {
            Some(v) => pq.add(v, pr),
            None => break,
        }
    }
    Ok(Value::Undefined)
}
