//! ds_map: key/value pairs. Keys keep their type: the real 1 and the string "1" are different
//! keys; numeric keys of any numeric type compare by value; arrays, structs and methods used as
//! keys compare by identity. Iteration (`find_first/next`, `keys_to_array`, `json_encode`)
//! follows insertion order, except that deleting a key moves the last key into its place;
//! GameMaker documents the order as unspecified.

use super::serial::{Reader, Writer, MAP_VERSION};
use super::{handle, handle_value, missing, DsStore, Mark};
use crate::builtins::args::{arg, array};
use crate::vm::error::Result;
use crate::vm::value::{GStr, Value};
use crate::vm::Vm;
use indexmap::IndexMap;
use std::rc::Rc;

#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Key {
    /// Bits of the number (with -0 folded into 0 and one NaN).
    Num(u64),
    Str(GStr),
    /// Identity of an array, struct or method.
    Ptr(usize),
    Pointer(i64),
    Undefined,
}

impl Key {
    pub fn of(v: &Value) -> Key {
        let num = |r: f64| {
            let r = if r == 0.0 {
                0.0
            } else if r.is_nan() {
                f64::NAN
            } else {
                r
            };
            Key::Num(r.to_bits())
        };
        match v {
            Value::Real(r) => num(*r),
            Value::Int32(i) => num(*i as f64),
            Value::Int64(i) => num(*i as f64),
            Value::Bool(b) => num(*b as i32 as f64),
            Value::Ref(_, i) => num(*i as f64),
            Value::Str(s) => Key::Str(s.clone()),
            Value::Array(a) => Key::Ptr(Rc::as_ptr(a) as *const () as usize),
            Value::Struct(s) => Key::Ptr(Rc::as_ptr(s) as *const () as usize),
            Value::Method(m) => Key::Ptr(Rc::as_ptr(m) as *const () as usize),
            Value::Ptr(p) => Key::Pointer(*p),
            Value::Undefined | Value::Unset => Key::Undefined,
        }
    }
}

pub struct Entry {
    /// The key as it was given (keeps arrays/structs used as keys alive).
    pub key: Value,
    pub value: Value,
    pub mark: Mark,
}

#[derive(Default)]
pub struct DsMap {
    pub entries: IndexMap<Key, Entry>,
}

impl DsMap {
    pub fn get(&self, key: &Value) -> Option<&Entry> {
        self.entries.get(&Key::of(key))
    }
    pub fn get_mut(&mut self, key: &Value) -> Option<&mut Entry> {
        self.entries.get_mut(&Key::of(key))
    }
    pub fn contains(&self, key: &Value) -> bool {
        self.entries.contains_key(&Key::of(key))
    }
    /// Inserts or overwrites (the mark is replaced too).
    pub fn set(&mut self, key: Value, value: Value, mark: Mark) {
        let k = Key::of(&key);
        match self.entries.get_mut(&k) {
            Some(e) => {
                e.value = value;
                e.mark = mark;
            }
            None => {
                self.entries.insert(k, Entry { key, value, mark });
            }
        }
    }
    /// Inserts only when the key is absent; false if it was there.
    pub fn add(&mut self, key: Value, value: Value, mark: Mark) -> bool {
        if self.contains(&key) {
            return false;
        }
        self.set(key, value, mark);
        true
    }
}

pub(crate) fn map_id(args: &[Value], i: usize) -> Result<i64> {
    handle(args, i, "ds_map")
}

impl DsStore {
    pub fn map(&self, id: i64) -> Result<&DsMap> {
        self.maps.get(id).ok_or_else(missing)
    }
    pub fn map_mut(&mut self, id: i64) -> Result<&mut DsMap> {
        self.maps.get_mut(id).ok_or_else(missing)
    }
    /// Empties a map, destroying the structures marked in it.
    pub fn map_clear(&mut self, id: i64) -> Result<()> {
        let entries = std::mem::take(&mut self.map_mut(id)?.entries);
        self.destroy_marked(entries.into_values().map(|e| (e.value, e.mark)));
        Ok(())
    }
}

fn m<'a>(vm: &'a Vm, args: &[Value]) -> Result<&'a DsMap> {
    vm.ds.map(map_id(args, 0)?)
}

fn m_mut<'a>(vm: &'a mut Vm, args: &[Value]) -> Result<&'a mut DsMap> {
    vm.ds.map_mut(map_id(args, 0)?)
}

pub fn ds_map_create(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(handle_value(vm.ds.map_create()))
}

/// Destroying a structure that does not exist is silently ignored.
pub fn ds_map_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = map_id(args, 0)?;
    vm.ds.map_destroy(id);
    Ok(Value::Undefined)
}

pub fn ds_map_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(m(vm, args)?.contains(arg(args, 1))))
}

pub fn ds_map_add(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (k, v) = (arg(args, 1).clone(), arg(args, 2).clone());
    Ok(Value::Bool(m_mut(vm, args)?.add(k, v, Mark::None)))
}

pub fn ds_map_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (k, v) = (arg(args, 1).clone(), arg(args, 2).clone());
    m_mut(vm, args)?.set(k, v, Mark::None);
    Ok(Value::Undefined)
}

/// Sets the key; true if it already existed, false if it was created.
pub fn ds_map_replace(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (k, v) = (arg(args, 1).clone(), arg(args, 2).clone());
    let map = m_mut(vm, args)?;
    let existed = map.contains(&k);
    map.set(k, v, Mark::None);
    Ok(Value::Bool(existed))
}

/// Removes the key; a structure marked in it is not destroyed (as for lists). The last key takes
/// the removed key's place in the iteration order (O(1) removal).
pub fn ds_map_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let k = Key::of(arg(args, 1));
    m_mut(vm, args)?.entries.swap_remove(&k);
    Ok(Value::Undefined)
}

pub fn ds_map_find_value(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(m(vm, args)?
        .get(arg(args, 1))
        .map(|e| e.value.clone())
        .unwrap_or(Value::Undefined))
}

pub fn ds_map_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(m(vm, args)?.entries.len() as f64))
}

pub fn ds_map_empty(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(m(vm, args)?.entries.is_empty()))
}

pub fn ds_map_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = map_id(args, 0)?;
    vm.ds.map_clear(id)?;
    Ok(Value::Undefined)
}

/// Replaces the destination's contents with a shallow copy of the source (marks included).
pub fn ds_map_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dst, src) = (map_id(args, 0)?, map_id(args, 1)?);
    vm.ds.map(dst)?;
    let copy: IndexMap<Key, Entry> = vm
        .ds
        .map(src)?
        .entries
        .iter()
        .map(|(k, e)| {
            (
                k.clone(),
                Entry {
                    key: e.key.clone(),
                    value: e.value.clone(),
                    mark: e.mark,
                },
            )
        })
        .collect();
    vm.ds.map_mut(dst)?.entries = copy;
    Ok(Value::Undefined)
}

fn to_array(vm: &mut Vm, args: &[Value], keys: bool) -> Result<Value> {
    let items: Vec<Value> = m(vm, args)?
        .entries
        .values()
        .map(|e| if keys { e.key.clone() } else { e.value.clone() })
        .collect();
    match args.get(1) {
        None | Some(Value::Undefined) => Ok(Value::new_array(items)),
        Some(_) => {
            let a = array(args, 1)?;
            a.borrow_mut().extend(items);
            Ok(Value::Array(a.clone()))
        }
    }
}

pub fn ds_map_keys_to_array(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    to_array(vm, args, true)
}

pub fn ds_map_values_to_array(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    to_array(vm, args, false)
}

fn key_at(map: &DsMap, i: Option<usize>) -> Value {
    i.and_then(|i| map.entries.get_index(i))
        .map(|(_, e)| e.key.clone())
        .unwrap_or(Value::Undefined)
}

pub fn ds_map_find_first(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let map = m(vm, args)?;
    Ok(key_at(map, Some(0)))
}

pub fn ds_map_find_last(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let map = m(vm, args)?;
    Ok(key_at(map, map.entries.len().checked_sub(1)))
}

/// The key after `key`; undefined at the end or when `key` is not in the map.
pub fn ds_map_find_next(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let map = m(vm, args)?;
    let i = map.entries.get_index_of(&Key::of(arg(args, 1)));
    Ok(key_at(map, i.map(|i| i + 1)))
}

pub fn ds_map_find_previous(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let map = m(vm, args)?;
    let i = map.entries.get_index_of(&Key::of(arg(args, 1)));
    Ok(key_at(map, i.and_then(|i| i.checked_sub(1))))
}

fn is_marked(vm: &mut Vm, args: &[Value], mark: Mark) -> Result<Value> {
    let map = m(vm, args)?;
    Ok(Value::Bool(
        map.get(arg(args, 1)).is_some_and(|e| e.mark == mark),
    ))
}

pub fn ds_map_is_map(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    is_marked(vm, args, Mark::Map)
}

pub fn ds_map_is_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    is_marked(vm, args, Mark::List)
}

/// `ds_map_add_map/list`: adds the key flagged as a nested structure (nothing happens if the
/// key already exists, as for `ds_map_add`).
fn add_marked(vm: &mut Vm, args: &[Value], mark: Mark, replace: bool) -> Result<Value> {
    let kind = if mark == Mark::Map {
        "ds_map"
    } else {
        "ds_list"
    };
    handle(args, 2, kind)?;
    let (k, v) = (arg(args, 1).clone(), arg(args, 2).clone());
    let map = m_mut(vm, args)?;
    if replace {
        map.set(k, v, mark);
    } else {
        map.add(k, v, mark);
    }
    Ok(Value::Undefined)
}

pub fn ds_map_add_map(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    add_marked(vm, args, Mark::Map, false)
}

pub fn ds_map_add_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    add_marked(vm, args, Mark::List, false)
}

/// `ds_map_replace_map/list`: sets the key to the new structure, flagged; the structure that was
/// there before is not destroyed.
pub fn ds_map_replace_map(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    add_marked(vm, args, Mark::Map, true)
}

pub fn ds_map_replace_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    add_marked(vm, args, Mark::List, true)
}

pub fn ds_map_write(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let map = m(vm, args)?;
    let mut w = Writer::new(MAP_VERSION);
    w.u32(map.entries.len() as u32);
    for e in map.entries.values() {
        w.value(&e.key);
        w.value(&e.value);
    }
    Ok(w.finish())
}

/// Clears the map, then fills it from a `ds_map_write` string. A malformed string leaves the
/// map with whatever was read before the problem.
pub fn ds_map_read(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = map_id(args, 0)?;
    let text = crate::builtins::args::string(args, 1)?.to_string();
    vm.ds.map_clear(id)?;
    let map = vm.ds.map_mut(id)?;
    let Some(mut r) = Reader::new(&text) else {
        return Ok(Value::Undefined);
    };
    let _version = r.u32();
    let n = r.count().unwrap_or(0);
    for _ in 0..n {
        let (Some(k), Some(v)) = (r.value(), r.value()) else {
            break;
        };
        map.set(k, v, Mark::None);
    }
    Ok(Value::Undefined)
}
