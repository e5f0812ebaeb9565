//! ds_list: a growable sequence. Each item carries its mark (`ds_list_mark_as_list/map`), which
//! travels with the value when the list is sorted, shuffled or copied.

use super::serial::{Reader, Writer, LIST_VERSION};
use super::{ds_equal, ds_sort_compare, handle, handle_value, index, missing, DsStore, Mark};
use crate::builtins::args::{arg, boolean, string};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

#[derive(Clone)]
pub struct Item {
    pub value: Value,
    pub mark: Mark,
}

impl Item {
    pub fn plain(value: Value) -> Item {
        Item {
            value,
            mark: Mark::None,
        }
    }
}

#[derive(Default)]
pub struct DsList {
    pub items: Vec<Item>,
}

pub(crate) fn list_id(args: &[Value], i: usize) -> Result<i64> {
    handle(args, i, "ds_list")
}

impl DsStore {
    pub fn list(&self, id: i64) -> Result<&DsList> {
        self.lists.get(id).ok_or_else(missing)
    }
    pub fn list_mut(&mut self, id: i64) -> Result<&mut DsList> {
        self.lists.get_mut(id).ok_or_else(missing)
    }
    /// Empties a list, destroying the structures marked in it.
    pub fn list_clear(&mut self, id: i64) -> Result<()> {
        let items = std::mem::take(&mut self.list_mut(id)?.items);
        self.destroy_marked(items.into_iter().map(|i| (i.value, i.mark)));
        Ok(())
    }
}

fn l<'a>(vm: &'a Vm, args: &[Value]) -> Result<&'a DsList> {
    vm.ds.list(list_id(args, 0)?)
}

fn l_mut<'a>(vm: &'a mut Vm, args: &[Value]) -> Result<&'a mut DsList> {
    vm.ds.list_mut(list_id(args, 0)?)
}

pub fn ds_list_create(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(handle_value(vm.ds.list_create()))
}

pub fn ds_list_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = list_id(args, 0)?;
    vm.ds.list_destroy(id);
    Ok(Value::Undefined)
}

pub fn ds_list_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = list_id(args, 0)?;
    vm.ds.list_clear(id)?;
    Ok(Value::Undefined)
}

pub fn ds_list_empty(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(l(vm, args)?.items.is_empty()))
}

pub fn ds_list_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(l(vm, args)?.items.len() as f64))
}

pub fn ds_list_add(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let list = l_mut(vm, args)?;
    list.items
        .extend(args[1..].iter().map(|v| Item::plain(v.clone())));
    Ok(Value::Undefined)
}

/// Sets position `pos` (the `l[| pos] = v` accessor). Past the end, the list is padded with 0
/// up to the position; a negative position does nothing.
pub fn ds_list_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let pos = index(args, 1)?;
    let v = arg(args, 2).clone();
    let list = l_mut(vm, args)?;
    if pos < 0 {
        return Ok(Value::Undefined);
    }
    let pos = pos as usize;
    if pos >= list.items.len() {
        if pos - list.items.len() > 16_000_000 {
            return Err(Error::msg(format!(
                "ds_list_set :: index [| {pos}] is too large"
            )));
        }
        list.items.resize(pos + 1, Item::plain(Value::Real(0.0)));
    }
    list.items[pos] = Item::plain(v);
    Ok(Value::Undefined)
}

/// Removes the item at `pos` (a structure marked there is not destroyed); out of range does
/// nothing.
pub fn ds_list_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let pos = index(args, 1)?;
    let list = l_mut(vm, args)?;
    if pos >= 0 && (pos as usize) < list.items.len() {
        list.items.remove(pos as usize);
    }
    Ok(Value::Undefined)
}

/// The first position holding the value, or -1.
pub fn ds_list_find_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let prec = vm.ds.precision;
    let v = arg(args, 1);
    let list = l(vm, args)?;
    let pos = list.items.iter().position(|i| ds_equal(&i.value, v, prec));
    Ok(Value::Real(pos.map(|p| p as f64).unwrap_or(-1.0)))
}

/// The value at `pos` (the `l[| pos]` accessor); undefined outside the list.
pub fn ds_list_find_value(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let pos = index(args, 1)?;
    let list = l(vm, args)?;
    Ok(usize::try_from(pos)
        .ok()
        .and_then(|p| list.items.get(p))
        .map(|i| i.value.clone())
        .unwrap_or(Value::Undefined))
}

/// Inserts before `pos`; `pos` equal to the size appends; outside 0..=size nothing happens.
pub fn ds_list_insert(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let pos = index(args, 1)?;
    let v = arg(args, 2).clone();
    let list = l_mut(vm, args)?;
    if pos >= 0 && (pos as usize) <= list.items.len() {
        list.items.insert(pos as usize, Item::plain(v));
    }
    Ok(Value::Undefined)
}

/// Replaces the value at `pos`; out of range is an error.
pub fn ds_list_replace(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let pos = index(args, 1)?;
    let v = arg(args, 2).clone();
    let list = l_mut(vm, args)?;
    match usize::try_from(pos)
        .ok()
        .and_then(|p| list.items.get_mut(p))
    {
        Some(item) => {
            *item = Item::plain(v);
            Ok(Value::Undefined)
        }
        None => Err(Error::msg(format!(
            "ds_list_replace :: Trying to access an out-of-bounds index [| {pos}]"
        ))),
    }
}

pub fn ds_list_shuffle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = list_id(args, 0)?;
    let mut items = std::mem::take(&mut vm.ds.list_mut(id)?.items);
    vm.ds.shuffle(&mut items);
    vm.ds.list_mut(id)?.items = items;
    Ok(Value::Undefined)
}

/// Stable sort: numbers before strings (by character code) before other values.
pub fn ds_list_sort(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let ascending = boolean(args, 1)?;
    let interrupt = vm.interrupt.clone();
    let list = l_mut(vm, args)?;
    crate::vm::interrupt::sort_interruptible(&interrupt, &mut list.items, |a, b| {
        let o = ds_sort_compare(&a.value, &b.value);
        if ascending {
            o
        } else {
            o.reverse()
        }
    })?;
    Ok(Value::Undefined)
}

/// Replaces the destination's items with a copy of the source's (marks included).
pub fn ds_list_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dst, src) = (list_id(args, 0)?, list_id(args, 1)?);
    vm.ds.list(dst)?;
    let items = vm.ds.list(src)?.items.clone();
    vm.ds.list_mut(dst)?.items = items;
    Ok(Value::Undefined)
}

/// Marks a position; returns the value there, or -1 when the position is outside the list.
fn mark(vm: &mut Vm, args: &[Value], mark: Mark) -> Result<Value> {
    let pos = index(args, 1)?;
    let list = l_mut(vm, args)?;
    match usize::try_from(pos)
        .ok()
        .and_then(|p| list.items.get_mut(p))
    {
        Some(item) => {
            item.mark = mark;
            Ok(item.value.clone())
        }
        None => Ok(Value::Real(-1.0)),
    }
}

pub fn ds_list_mark_as_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    mark(vm, args, Mark::List)
}

pub fn ds_list_mark_as_map(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    mark(vm, args, Mark::Map)
}

fn is_marked(vm: &mut Vm, args: &[Value], mark: Mark) -> Result<Value> {
    let pos = index(args, 1)?;
    let list = l(vm, args)?;
    Ok(Value::Bool(
        usize::try_from(pos)
            .ok()
            .and_then(|p| list.items.get(p))
            .is_some_and(|i| i.mark == mark),
    ))
}

pub fn ds_list_is_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    is_marked(vm, args, Mark::List)
}

pub fn ds_list_is_map(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    is_marked(vm, args, Mark::Map)
}

pub fn ds_list_write(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let list = l(vm, args)?;
    let mut w = Writer::new(LIST_VERSION);
    w.u32(list.items.len() as u32);
    for i in &list.items {
        w.value(&i.value);
    }
    Ok(w.finish())
}

/// Clears the list, then fills it from a `ds_list_write` string.
pub fn ds_list_read(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = list_id(args, 0)?;
    let text = string(args, 1)?.to_string();
    vm.ds.list_clear(id)?;
    let list = vm.ds.list_mut(id)?;
    let Some(mut r) = Reader::new(&text) else {
        return Ok(Value::Undefined);
    };
    let _version = r.u32();
    let n = r.count().unwrap_or(0);
    for _ in 0..n {
        match r.value() {
            Some(v) => list.items.push(Item::plain(v)),
            None => break,
        }
    }
    Ok(Value::Undefined)
}
