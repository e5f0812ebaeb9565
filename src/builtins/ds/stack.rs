//! ds_stack: last in, first out.

use super::serial::{Reader, Writer, STACK_VERSION};
use super::{handle, handle_value, missing, DsStore};
use crate::builtins::args::string;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

fn stack_id(args: &[Value], i: usize) -> Result<i64> {
    handle(args, i, "ds_stack")
}

impl DsStore {
    pub fn stack(&self, id: i64) -> Result<&Vec<Value>> {
        self.stacks.get(id).ok_or_else(missing)
    }
    pub fn stack_mut(&mut self, id: i64) -> Result<&mut Vec<Value>> {
        self.stacks.get_mut(id).ok_or_else(missing)
    }
}

fn s<'a>(vm: &'a Vm, args: &[Value]) -> Result<&'a Vec<Value>> {
    vm.ds.stack(stack_id(args, 0)?)
}

fn s_mut<'a>(vm: &'a mut Vm, args: &[Value]) -> Result<&'a mut Vec<Value>> {
    vm.ds.stack_mut(stack_id(args, 0)?)
}

pub fn ds_stack_create(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(handle_value(vm.ds.stacks.insert(Vec::new())))
}

pub fn ds_stack_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = stack_id(args, 0)?;
    vm.ds.stacks.remove(id);
    Ok(Value::Undefined)
}

pub fn ds_stack_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    s_mut(vm, args)?.clear();
    Ok(Value::Undefined)
}

pub fn ds_stack_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dst, src) = (stack_id(args, 0)?, stack_id(args, 1)?);
    vm.ds.stack(dst)?;
    let items = vm.ds.stack(src)?.clone();
    *vm.ds.stack_mut(dst)? = items;
    Ok(Value::Undefined)
}

pub fn ds_stack_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(s(vm, args)?.len() as f64))
}

pub fn ds_stack_empty(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(s(vm, args)?.is_empty()))
}

pub fn ds_stack_push(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    s_mut(vm, args)?.extend(args[1..].iter().cloned());
    Ok(Value::Undefined)
}

/// The top value, removed; undefined when the stack is empty.
pub fn ds_stack_pop(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(s_mut(vm, args)?.pop().unwrap_or(Value::Undefined))
}

pub fn ds_stack_top(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(s(vm, args)?.last().cloned().unwrap_or(Value::Undefined))
}

pub fn ds_stack_write(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let items = s(vm, args)?;
    let mut w = Writer::new(STACK_VERSION);
    w.u32(items.len() as u32);
    for v in items {
        w.value(v);
    }
    Ok(w.finish())
}

pub fn ds_stack_read(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string(args, 1)?.to_string();
    let stack = s_mut(vm, args)?;
    stack.clear();
    let Some(mut r) = Reader::new(&text) else {
        return Ok(Value::Undefined);
    };
    let _version = r.u32();
    let n = r.count().unwrap_or(0);
    for _ in 0..n {
        match r.value() {
            Some(v) => stack.push(v),
            None => break,
        }
    }
    Ok(Value::Undefined)
}
