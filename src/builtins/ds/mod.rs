//! Data structures (manual section "Data Structures"): ds_map, ds_list, ds_grid, ds_stack,
//! ds_queue and ds_priority. Every structure lives in a `DsStore` slot table owned by the VM
//! (`vm.ds`); GML holds the slot index. Like GameMaker, a freed index is reused by the next
//! structure of the same kind (lowest free index first), and each kind has its own index space.
//!
//! One submodule per structure holds its natives; `serial` holds the `ds_*_write`/`ds_*_read`
//! string format shared by all of them.

pub mod grid;
pub mod list;
pub mod map;
pub mod priority;
pub mod queue;
pub mod secure;
pub mod serial;
pub mod stack;

use super::args::arg;
use super::{Builtin, ConstValue, Constant, VARIADIC};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, VecDeque};

/// How a map value or list item is flagged for JSON and nested destruction
/// (`ds_map_add_map`, `ds_list_mark_as_list`, ...).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub enum Mark {
    #[default]
    None,
    List,
    Map,
}

/// A table of structures of one kind, indexed by handle. Freed indexes are handed out again,
/// lowest first.
pub struct Slots<T> {
    items: Vec<Option<T>>,
    free: BinaryHeap<Reverse<usize>>,
}

impl<T> Default for Slots<T> {
    fn default() -> Self {
        Slots {
            items: Vec::new(),
            free: BinaryHeap::new(),
        }
    }
}

impl<T> Slots<T> {
    pub fn insert(&mut self, v: T) -> i64 {
        if let Some(Reverse(i)) = self.free.pop() {
            self.items[i] = Some(v);
            i as i64
        } else {
            self.items.push(Some(v));
            (self.items.len() - 1) as i64
        }
    }
    pub fn get(&self, id: i64) -> Option<&T> {
        if id < 0 {
            return None;
        }
        self.items.get(id as usize).and_then(|s| s.as_ref())
    }
    pub fn get_mut(&mut self, id: i64) -> Option<&mut T> {
        if id < 0 {
            return None;
        }
        self.items.get_mut(id as usize).and_then(|s| s.as_mut())
    }
    pub fn remove(&mut self, id: i64) -> Option<T> {
        if id < 0 {
            return None;
        }
        let slot = self.items.get_mut(id as usize)?;
        let v = slot.take()?;
        self.free.push(Reverse(id as usize));
        Some(v)
    }
    pub fn exists(&self, id: i64) -> bool {
        self.get(id).is_some()
    }
    /// (live count, highest live index or -1, slots ever allocated): `debug_event`'s figures.
    pub fn usage(&self) -> (usize, i64, usize) {
        let live = self.items.iter().filter(|s| s.is_some()).count();
        let max = self.items.iter().rposition(|s| s.is_some());
        (live, max.map_or(-1, |m| m as i64), self.items.len())
    }
}

/// Every data structure of the running game.
pub struct DsStore {
    pub maps: Slots<map::DsMap>,
    pub lists: Slots<list::DsList>,
    pub grids: Slots<grid::DsGrid>,
    pub stacks: Slots<Vec<Value>>,
    pub queues: Slots<VecDeque<Value>>,
    pub priorities: Slots<priority::DsPriority>,
    /// `ds_set_precision`: the tolerance for comparing reals inside data structures.
    pub precision: f64,
    rng: u64,
}

impl Default for DsStore {
    fn default() -> Self {
        DsStore {
            maps: Slots::default(),
            lists: Slots::default(),
            grids: Slots::default(),
            stacks: Slots::default(),
            queues: Slots::default(),
            priorities: Slots::default(),
            precision: 0.000_000_1,
            rng: 0x2545_F491_4F6C_DD1D,
        }
    }
}

/// GameMaker's text for any access to a structure that does not exist.
pub fn missing() -> Error {
    Error::msg("Data structure with index does not exist.")
}

impl DsStore {
    // ---- the interface the async runtime and the VM use -------------------------------------

    /// A new empty ds_map; returns its index.
    pub fn map_create(&mut self) -> i64 {
        self.maps.insert(map::DsMap::default())
    }

    /// Inserts or overwrites `key` (as `ds_map_set`); false if there is no such map.
    pub fn map_set(&mut self, id: i64, key: Value, v: Value) -> bool {
        match self.maps.get_mut(id) {
            Some(m) => {
                m.set(key, v, Mark::None);
                true
            }
            None => false,
        }
    }

    pub fn map_get(&self, id: i64, key: &Value) -> Option<Value> {
        self.maps.get(id)?.get(key).map(|e| e.value.clone())
    }

    /// Destroys the map and, recursively, the maps and lists marked inside it.
    pub fn map_destroy(&mut self, id: i64) -> bool {
        match self.maps.remove(id) {
            Some(m) => {
                self.destroy_marked(m.entries.into_values().map(|e| (e.value, e.mark)));
                true
            }
            None => false,
        }
    }

    pub fn map_exists(&self, id: i64) -> bool {
        self.maps.exists(id)
    }

    /// Key/value pairs in the map's iteration order (the order of `ds_map_find_first/next`).
    pub fn map_entries(&self, id: i64) -> Option<Vec<(Value, Value)>> {
        let m = self.maps.get(id)?;
        Some(
            m.entries
                .values()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
        )
    }

    /// Flags an existing key as holding a nested map (as `ds_map_add_map` does), so destroying
    /// the parent destroys it too.
    pub fn map_mark_map(&mut self, id: i64, key: Value) {
        if let Some(m) = self.maps.get_mut(id) {
            if let Some(e) = m.get_mut(&key) {
                e.mark = Mark::Map;
            }
        }
    }

    /// Same as `map_mark_map` for a nested list.
    pub fn map_mark_list(&mut self, id: i64, key: Value) {
        if let Some(m) = self.maps.get_mut(id) {
            if let Some(e) = m.get_mut(&key) {
                e.mark = Mark::List;
            }
        }
    }

    pub fn list_create(&mut self) -> i64 {
        self.lists.insert(list::DsList::default())
    }

    /// Destroys the list and, recursively, the maps and lists marked inside it.
    pub fn list_destroy(&mut self, id: i64) -> bool {
        match self.lists.remove(id) {
            Some(l) => {
                self.destroy_marked(l.items.into_iter().map(|i| (i.value, i.mark)));
                true
            }
            None => false,
        }
    }

    /// Destroys the nested structures among `items` (already detached from their parent, so a
    /// cycle of marks ends when it meets a structure that is already gone). Iterative, so deep
    /// nesting cannot overflow the stack.
    pub(crate) fn destroy_marked(&mut self, items: impl Iterator<Item = (Value, Mark)>) {
        let mut work: Vec<(i64, Mark)> = Vec::new();
        let push = |work: &mut Vec<(i64, Mark)>, items: &mut dyn Iterator<Item = (Value, Mark)>| {
            for (v, m) in items {
                if m != Mark::None {
                    if let Some(i) = value_index(&v) {
                        work.push((i, m));
                    }
                }
            }
        };
        push(&mut work, &mut { items });
        while let Some((id, mark)) = work.pop() {
            match mark {
                Mark::Map => {
                    if let Some(m) = self.maps.remove(id) {
                        push(
                            &mut work,
                            &mut m.entries.into_values().map(|e| (e.value, e.mark)),
                        );
                    }
                }
                Mark::List => {
                    if let Some(l) = self.lists.remove(id) {
                        push(
                            &mut work,
                            &mut l.items.into_iter().map(|i| (i.value, i.mark)),
                        );
                    }
                }
                Mark::None => {}
            }
        }
    }

    /// Visits every value held by any structure (map keys included): the roots a cycle collector
    /// must treat as reachable.
    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        for m in self.maps.items.iter().flatten() {
            for e in m.entries.values() {
                f(&e.key);
                f(&e.value);
            }
        }
        for l in self.lists.items.iter().flatten() {
            l.items.iter().for_each(|i| f(&i.value));
        }
        for g in self.grids.items.iter().flatten() {
            g.cells.iter().for_each(&mut f);
        }
        for s in self.stacks.items.iter().flatten() {
            s.iter().for_each(&mut f);
        }
        for q in self.queues.items.iter().flatten() {
            q.iter().for_each(&mut f);
        }
        for p in self.priorities.items.iter().flatten() {
            p.entries().iter().for_each(|e| f(&e.value));
        }
    }

    /// A pseudo-random number in [0, 1) for the shuffles (xorshift64*).
    pub(crate) fn random(&mut self) -> f64 {
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Fisher-Yates shuffle driven by `random`.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = ((self.random() * (i + 1) as f64) as usize).min(i);
            items.swap(i, j);
        }
    }
}

// ---- helpers shared by the submodules ---------------------------------------------------------

/// The index a value names when used as a structure handle (numbers, bools, handles).
pub fn value_index(v: &Value) -> Option<i64> {
    match v {
        Value::Real(r) => {
            if r.is_nan() {
                None
            } else {
                Some(*r as i64)
            }
        }
        Value::Int32(i) => Some(*i as i64),
        Value::Int64(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Ref(_, i) => Some(*i),
        _ => None,
    }
}

/// A structure handle argument: any number is accepted as an index (legacy GameMaker code
/// passes plain reals); anything else is "argument N incorrect type ... expecting a <kind>".
pub fn handle(args: &[Value], i: usize, kind: &'static str) -> Result<i64> {
    let v = arg(args, i);
    value_index(v).ok_or_else(|| Error::bad_arg(i, kind, v))
}

/// The value GML receives for a new structure.
pub fn handle_value(id: i64) -> Value {
    Value::Real(id as f64)
}

/// An index argument (list positions, grid cells): reals are floored, NaN is an error.
pub fn index(args: &[Value], i: usize) -> Result<i64> {
    let v = arg(args, i);
    match v {
        Value::Int32(n) => Ok(*n as i64),
        Value::Int64(n) => Ok(*n),
        _ => match v.as_f64() {
            Some(r) if !r.is_nan() => Ok(r.floor() as i64),
            _ => Err(Error::bad_arg(i, "Number", v)),
        },
    }
}

fn is_num(v: &Value) -> bool {
    matches!(
        v,
        Value::Real(_) | Value::Int32(_) | Value::Int64(_) | Value::Bool(_)
    )
}

/// Equality inside data structures (`ds_list_find_index`, grid searches, priorities): numbers
/// within `ds_set_precision`, strings exactly, arrays/structs/methods by identity.
pub fn ds_equal(a: &Value, b: &Value, prec: f64) -> bool {
    if is_num(a) && is_num(b) {
        let (x, y) = (a.as_f64().unwrap_or(0.0), b.as_f64().unwrap_or(0.0));
        return x == y || (x - y).abs() < prec;
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Undefined, Value::Undefined) => true,
        (Value::Ptr(x), Value::Ptr(y)) => x == y,
        (Value::Ref(k1, x), Value::Ref(k2, y)) => k1 == k2 && x == y,
        (Value::Ref(_, x), n) | (n, Value::Ref(_, x)) if is_num(n) => n.as_f64() == Some(*x as f64),
        _ => a.same_ref(b),
    }
}

/// Ordering used by `ds_list_sort`, `ds_grid_sort` and grid min/max: numbers (compared with the
/// precision) before strings (compared by character code) before everything else.
pub fn ds_compare(a: &Value, b: &Value, prec: f64) -> Ordering {
    fn rank(v: &Value) -> u8 {
        if is_num(v) {
            0
        } else if matches!(v, Value::Str(_)) {
            1
        } else {
            2
        }
    }
    let (ra, rb) = (rank(a), rank(b));
    if ra != rb {
        return ra.cmp(&rb);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
        _ if ra == 0 => {
            let (x, y) = (a.as_f64().unwrap_or(0.0), b.as_f64().unwrap_or(0.0));
            if x == y || (x - y).abs() < prec {
                Ordering::Equal
            } else {
                x.partial_cmp(&y).unwrap_or(Ordering::Equal)
            }
        }
        _ => Ordering::Equal,
    }
}

/// A total order for sorting (`ds_list_sort`, `ds_grid_sort`): like `ds_compare` but numbers
/// compare exactly (a tolerance is not transitive, and sorting needs a consistent order).
pub fn ds_sort_compare(a: &Value, b: &Value) -> Ordering {
    match ds_compare(a, b, 0.0) {
        Ordering::Equal if is_num(a) && is_num(b) => {
            let (x, y) = (a.as_f64().unwrap_or(0.0), b.as_f64().unwrap_or(0.0));
            if x == y {
                Ordering::Equal
            } else {
                x.total_cmp(&y)
            }
        }
        o => o,
    }
}

// ---- general natives --------------------------------------------------------------------------

pub const DS_TYPE_MAP: i64 = 1;
pub const DS_TYPE_LIST: i64 = 2;
pub const DS_TYPE_STACK: i64 = 3;
pub const DS_TYPE_QUEUE: i64 = 4;
pub const DS_TYPE_GRID: i64 = 5;
pub const DS_TYPE_PRIORITY: i64 = 6;

fn ds_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Some(id) = value_index(arg(args, 0)) else {
        return Ok(Value::Bool(false));
    };
    let kind = super::args::int(args, 1)?;
    let ds = &vm.ds;
    let exists = match kind {
        DS_TYPE_MAP => ds.maps.exists(id),
        DS_TYPE_LIST => ds.lists.exists(id),
        DS_TYPE_STACK => ds.stacks.exists(id),
        DS_TYPE_QUEUE => ds.queues.exists(id),
        DS_TYPE_GRID => ds.grids.exists(id),
        DS_TYPE_PRIORITY => ds.priorities.exists(id),
        _ => false,
    };
    Ok(Value::Bool(exists))
}

fn ds_set_precision(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = super::args::real(args, 0)?;
    if p >= 0.0 {
        vm.ds.precision = p;
    }
    Ok(Value::Undefined)
}

pub const CONSTANTS: &[Constant] = &[
    ("ds_type_map", ConstValue::Real(DS_TYPE_MAP as f64)),
    ("ds_type_list", ConstValue::Real(DS_TYPE_LIST as f64)),
    ("ds_type_stack", ConstValue::Real(DS_TYPE_STACK as f64)),
    ("ds_type_queue", ConstValue::Real(DS_TYPE_QUEUE as f64)),
    ("ds_type_grid", ConstValue::Real(DS_TYPE_GRID as f64)),
    (
        "ds_type_priority",
        ConstValue::Real(DS_TYPE_PRIORITY as f64),
    ),
];

use grid::*;
use list::*;
use map::*;
use priority::*;
use queue::*;
use stack::*;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("ds_exists", 2, 2, ds_exists),
    Builtin::new("ds_set_precision", 1, 1, ds_set_precision),
    // maps
    Builtin::new("ds_map_create", 0, 0, ds_map_create),
    Builtin::new("ds_map_destroy", 1, 1, ds_map_destroy),
    Builtin::new("ds_map_exists", 2, 2, ds_map_exists),
    Builtin::new("ds_map_add", 3, 3, ds_map_add),
    Builtin::new("ds_map_set", 3, 3, ds_map_set),
    Builtin::new("ds_map_replace", 3, 3, ds_map_replace),
    Builtin::new("ds_map_delete", 2, 2, ds_map_delete),
    Builtin::new("ds_map_find_value", 2, 2, ds_map_find_value),
    Builtin::new("ds_map_size", 1, 1, ds_map_size),
    Builtin::new("ds_map_empty", 1, 1, ds_map_empty),
    Builtin::new("ds_map_clear", 1, 1, ds_map_clear),
    Builtin::new("ds_map_copy", 2, 2, ds_map_copy),
    Builtin::new("ds_map_keys_to_array", 1, 2, ds_map_keys_to_array),
    Builtin::new("ds_map_values_to_array", 1, 2, ds_map_values_to_array),
    Builtin::new("ds_map_find_first", 1, 1, ds_map_find_first),
    Builtin::new("ds_map_find_last", 1, 1, ds_map_find_last),
    Builtin::new("ds_map_find_next", 2, 2, ds_map_find_next),
    Builtin::new("ds_map_find_previous", 2, 2, ds_map_find_previous),
    Builtin::new("ds_map_is_map", 2, 2, ds_map_is_map),
    Builtin::new("ds_map_is_list", 2, 2, ds_map_is_list),
    Builtin::new("ds_map_add_map", 3, 3, ds_map_add_map),
    Builtin::new("ds_map_add_list", 3, 3, ds_map_add_list),
    Builtin::new("ds_map_replace_map", 3, 3, ds_map_replace_map),
    Builtin::new("ds_map_replace_list", 3, 3, ds_map_replace_list),
    Builtin::new("ds_map_write", 1, 1, ds_map_write),
    Builtin::new("ds_map_read", 2, 3, ds_map_read),
    Builtin::new("ds_map_secure_save", 2, 2, secure::ds_map_secure_save),
    Builtin::new("ds_map_secure_load", 1, 1, secure::ds_map_secure_load),
    Builtin::new(
        "ds_map_secure_save_buffer",
        2,
        2,
        secure::ds_map_secure_save_buffer,
    ),
    Builtin::new(
        "ds_map_secure_load_buffer",
        1,
        1,
        secure::ds_map_secure_load_buffer,
    ),
    // lists
    Builtin::new("ds_list_create", 0, 0, ds_list_create),
    Builtin::new("ds_list_destroy", 1, 1, ds_list_destroy),
    Builtin::new("ds_list_clear", 1, 1, ds_list_clear),
    Builtin::new("ds_list_empty", 1, 1, ds_list_empty),
    Builtin::new("ds_list_size", 1, 1, ds_list_size),
    Builtin::new("ds_list_add", 2, VARIADIC, ds_list_add),
    Builtin::new("ds_list_set", 3, 3, ds_list_set),
    Builtin::new("ds_list_delete", 2, 2, ds_list_delete),
    Builtin::new("ds_list_find_index", 2, 2, ds_list_find_index),
    Builtin::new("ds_list_find_value", 2, 2, ds_list_find_value),
    Builtin::new("ds_list_insert", 3, 3, ds_list_insert),
    Builtin::new("ds_list_replace", 3, 3, ds_list_replace),
    Builtin::new("ds_list_shuffle", 1, 1, ds_list_shuffle),
    Builtin::new("ds_list_sort", 2, 2, ds_list_sort),
    Builtin::new("ds_list_copy", 2, 2, ds_list_copy),
    Builtin::new("ds_list_mark_as_list", 2, 2, ds_list_mark_as_list),
    Builtin::new("ds_list_mark_as_map", 2, 2, ds_list_mark_as_map),
    Builtin::new("ds_list_is_list", 2, 2, ds_list_is_list),
    Builtin::new("ds_list_is_map", 2, 2, ds_list_is_map),
    Builtin::new("ds_list_write", 1, 1, ds_list_write),
    Builtin::new("ds_list_read", 2, 3, ds_list_read),
    // grids
    Builtin::new("ds_grid_create", 2, 2, ds_grid_create),
    Builtin::new("ds_grid_destroy", 1, 1, ds_grid_destroy),
    Builtin::new("ds_grid_width", 1, 1, ds_grid_width),
    Builtin::new("ds_grid_height", 1, 1, ds_grid_height),
    Builtin::new("ds_grid_resize", 3, 3, ds_grid_resize),
    Builtin::new("ds_grid_clear", 2, 2, ds_grid_clear),
    Builtin::new("ds_grid_set", 4, 4, ds_grid_set),
    Builtin::new("ds_grid_get", 3, 3, ds_grid_get),
    Builtin::new("ds_grid_add", 4, 4, ds_grid_add),
    Builtin::new("ds_grid_multiply", 4, 4, ds_grid_multiply),
    Builtin::new("ds_grid_set_region", 6, 6, ds_grid_set_region),
    Builtin::new("ds_grid_add_region", 6, 6, ds_grid_add_region),
    Builtin::new("ds_grid_multiply_region", 6, 6, ds_grid_multiply_region),
    Builtin::new("ds_grid_set_disk", 5, 5, ds_grid_set_disk),
    Builtin::new("ds_grid_add_disk", 5, 5, ds_grid_add_disk),
    Builtin::new("ds_grid_multiply_disk", 5, 5, ds_grid_multiply_disk),
    Builtin::new("ds_grid_set_grid_region", 8, 8, ds_grid_set_grid_region),
    Builtin::new("ds_grid_add_grid_region", 8, 8, ds_grid_add_grid_region),
    Builtin::new(
        "ds_grid_multiply_grid_region",
        8,
        8,
        ds_grid_multiply_grid_region,
    ),
    Builtin::new("ds_grid_get_sum", 5, 5, ds_grid_get_sum),
    Builtin::new("ds_grid_get_max", 5, 5, ds_grid_get_max),
    Builtin::new("ds_grid_get_min", 5, 5, ds_grid_get_min),
    Builtin::new("ds_grid_get_mean", 5, 5, ds_grid_get_mean),
    Builtin::new("ds_grid_get_disk_sum", 4, 4, ds_grid_get_disk_sum),
    Builtin::new("ds_grid_get_disk_max", 4, 4, ds_grid_get_disk_max),
    Builtin::new("ds_grid_get_disk_min", 4, 4, ds_grid_get_disk_min),
    Builtin::new("ds_grid_get_disk_mean", 4, 4, ds_grid_get_disk_mean),
    Builtin::new("ds_grid_value_exists", 6, 6, ds_grid_value_exists),
    Builtin::new("ds_grid_value_x", 6, 6, ds_grid_value_x),
    Builtin::new("ds_grid_value_y", 6, 6, ds_grid_value_y),
    Builtin::new("ds_grid_value_disk_exists", 5, 5, ds_grid_value_disk_exists),
    Builtin::new("ds_grid_value_disk_x", 5, 5, ds_grid_value_disk_x),
    Builtin::new("ds_grid_value_disk_y", 5, 5, ds_grid_value_disk_y),
    Builtin::new("ds_grid_copy", 2, 2, ds_grid_copy),
    Builtin::new("ds_grid_shuffle", 1, 1, ds_grid_shuffle),
    Builtin::new("ds_grid_sort", 3, 3, ds_grid_sort),
    Builtin::new("ds_grid_write", 1, 1, ds_grid_write),
    Builtin::new("ds_grid_read", 2, 3, ds_grid_read),
    // stacks
    Builtin::new("ds_stack_create", 0, 0, ds_stack_create),
    Builtin::new("ds_stack_destroy", 1, 1, ds_stack_destroy),
    Builtin::new("ds_stack_clear", 1, 1, ds_stack_clear),
    Builtin::new("ds_stack_copy", 2, 2, ds_stack_copy),
    Builtin::new("ds_stack_size", 1, 1, ds_stack_size),
    Builtin::new("ds_stack_empty", 1, 1, ds_stack_empty),
    Builtin::new("ds_stack_push", 2, VARIADIC, ds_stack_push),
    Builtin::new("ds_stack_pop", 1, 1, ds_stack_pop),
    Builtin::new("ds_stack_top", 1, 1, ds_stack_top),
    Builtin::new("ds_stack_write", 1, 1, ds_stack_write),
    Builtin::new("ds_stack_read", 2, 3, ds_stack_read),
    // queues
    Builtin::new("ds_queue_create", 0, 0, ds_queue_create),
    Builtin::new("ds_queue_destroy", 1, 1, ds_queue_destroy),
    Builtin::new("ds_queue_clear", 1, 1, ds_queue_clear),
    Builtin::new("ds_queue_copy", 2, 2, ds_queue_copy),
    Builtin::new("ds_queue_size", 1, 1, ds_queue_size),
    Builtin::new("ds_queue_empty", 1, 1, ds_queue_empty),
    Builtin::new("ds_queue_enqueue", 2, VARIADIC, ds_queue_enqueue),
    Builtin::new("ds_queue_dequeue", 1, 1, ds_queue_dequeue),
    Builtin::new("ds_queue_head", 1, 1, ds_queue_head),
    Builtin::new("ds_queue_tail", 1, 1, ds_queue_tail),
    Builtin::new("ds_queue_write", 1, 1, ds_queue_write),
    Builtin::new("ds_queue_read", 2, 3, ds_queue_read),
    // priority queues
    Builtin::new("ds_priority_create", 0, 0, ds_priority_create),
    Builtin::new("ds_priority_destroy", 1, 1, ds_priority_destroy),
    Builtin::new("ds_priority_clear", 1, 1, ds_priority_clear),
    Builtin::new("ds_priority_copy", 2, 2, ds_priority_copy),
    Builtin::new("ds_priority_size", 1, 1, ds_priority_size),
    Builtin::new("ds_priority_empty", 1, 1, ds_priority_empty),
    Builtin::new("ds_priority_add", 3, 3, ds_priority_add),
    Builtin::new(
        "ds_priority_change_priority",
        3,
        3,
        ds_priority_change_priority,
    ),
    Builtin::new("ds_priority_find_priority", 2, 2, ds_priority_find_priority),
    Builtin::new("ds_priority_delete_value", 2, 2, ds_priority_delete_value),
    Builtin::new("ds_priority_delete_min", 1, 1, ds_priority_delete_min),
    Builtin::new("ds_priority_find_min", 1, 1, ds_priority_find_min),
    Builtin::new("ds_priority_delete_max", 1, 1, ds_priority_delete_max),
    Builtin::new("ds_priority_find_max", 1, 1, ds_priority_find_max),
    Builtin::new("ds_priority_write", 1, 1, ds_priority_write),
    Builtin::new("ds_priority_read", 2, 3, ds_priority_read),
];

#[cfg(test)]
mod tests;
