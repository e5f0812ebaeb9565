//! Memory reclamation. Arrays, structs and methods are reference counted, which frees almost
//! everything at once; what counting cannot free is a cycle (a struct that refers to itself, two
//! arrays holding each other). So every array and struct is also registered here, and between
//! frames, when enough have been allocated, a mark phase walks everything reachable from the
//! roots (globals, instances, the VM stack and frames, function statics, ds_* contents, REPL
//! locals); whatever is registered but unreachable is garbage held only by a cycle, and its
//! contents are cleared, which breaks the cycle and lets reference counting free it.

use super::function::{Callee, FunctionObj};
use super::value::{ArrayRef, StructObj, StructRef, Value};
use super::Vm;
use hashbrown::HashSet;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Default)]
struct Registry {
    arrays: Vec<Weak<RefCell<Vec<Value>>>>,
    structs: Vec<Weak<RefCell<StructObj>>>,
    /// Registered count after the last collection: the next one runs at twice this.
    live_after_last: usize,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

const MIN_THRESHOLD: usize = 100_000;

pub fn register_array(a: &ArrayRef) {
    REGISTRY.with(|r| r.borrow_mut().arrays.push(Rc::downgrade(a)));
}

pub fn register_struct(s: &StructRef) {
    REGISTRY.with(|r| r.borrow_mut().structs.push(Rc::downgrade(s)));
}

/// Whether enough has been allocated since the last collection to make one worthwhile (or
/// enough dynamic struct keys made to look for unused ones).
pub fn should_collect() -> bool {
    REGISTRY.with(|r| {
        let r = r.borrow();
        let n = r.arrays.len() + r.structs.len();
        n > MIN_THRESHOLD.max(2 * r.live_after_last)
    }) || super::intern::reclaim_due()
}

/// Frees the dynamic struct-key names (`s[$ k]`, `struct_set`, JSON keys) that no struct holds.
///
/// Only where no Rust code holds a name's text or a struct under construction that is not yet
/// registered: between frames (from `collect`) and from the dispatch loop's `[$ ]` store when no
/// native is running. Skipped when some struct is being written at the time.
pub fn reclaim_keys(vm: &Vm) {
    let mut in_use = vec![false; super::intern::capacity()];
    let mut mark = |s: &StructObj| {
        for k in s.fields.keys() {
            if let Some(u) = in_use.get_mut(k.0 as usize) {
                *u = true;
            }
        }
    };
    let Ok(g) = vm.global.try_borrow() else {
        return;
    };
    mark(&g);
    drop(g);
    let complete = REGISTRY.with(|r| {
        for w in r.borrow().structs.iter() {
            if let Some(s) = w.upgrade() {
                match s.try_borrow() {
                    Ok(b) => mark(&b),
                    Err(_) => return false,
                }
            }
        }
        true
    });
    if complete {
        super::intern::free_unused(&in_use);
    }
}

#[derive(Default)]
struct Marker {
    seen: HashSet<usize>,
    work: Vec<Value>,
    functions: HashSet<usize>,
}

impl Marker {
    fn value(&mut self, v: &Value) {
        match v {
            Value::Array(a) if self.seen.insert(Rc::as_ptr(a) as *const u8 as usize) => {
                self.work.push(v.clone());
            }
            Value::Struct(s) => self.structure(s),
            Value::Method(m) => {
                if let Some(b) = &m.bound {
                    self.structure(b);
                }
                if let Callee::Script(f) = &m.callee {
                    self.function(f);
                }
            }
            _ => {}
        }
    }
    fn structure(&mut self, s: &StructRef) {
        if self.seen.insert(Rc::as_ptr(s) as *const u8 as usize) {
            self.work.push(Value::Struct(s.clone()));
        }
    }
    fn function(&mut self, f: &Rc<FunctionObj>) {
        if self.functions.insert(Rc::as_ptr(f) as *const u8 as usize) {
            if let Some(s) = f.statics.borrow().as_ref() {
                self.structure(s);
            }
            if let Some(p) = f.parent.borrow().as_ref() {
                self.function(p);
            }
        }
    }
    fn drain(&mut self) {
        while let Some(v) = self.work.pop() {
            match &v {
                Value::Array(a) => {
                    let items = a.borrow().clone();
                    for i in &items {
                        self.value(i);
                    }
                }
                Value::Struct(s) => {
                    let (fields, statics, ctor): (Vec<Value>, _, _) = {
                        let b = s.borrow();
                        let builtins = b.instance().into_iter().flat_map(|d| d.held_values());
                        (
                            b.fields.values().chain(builtins).cloned().collect(),
                            b.statics.clone(),
                            b.constructor.clone(),
                        )
                    };
                    for f in &fields {
                        self.value(f);
                    }
                    if let Some(st) = statics {
                        self.structure(&st);
                    }
                    if let Some(c) = ctor {
                        self.function(&c);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Runs a collection; returns how many unreachable arrays and structs were cleared.
/// Only call between frames or inputs: values held in Rust locals are not roots.
pub fn collect(vm: &mut Vm) -> usize {
    let mut m = Marker::default();
    m.structure(&vm.global.clone());
    for inst in &vm.world.instances {
        m.structure(inst);
    }
    for v in &vm.stack {
        m.value(v);
    }
    for f in &vm.frames {
        m.structure(&f.self_);
        m.structure(&f.other);
        for a in f.args() {
            m.value(a);
        }
        {
            m.function(&f.func);
        }
    }
    for w in &vm.withs {
        for t in &w.targets {
            m.structure(t);
        }
        m.structure(&w.saved_self);
        m.structure(&w.saved_other);
    }
    for f in vm.scripts.iter().flatten() {
        m.function(f);
    }
    for f in vm.fn_cache_values() {
        m.function(&f);
    }
    for o in &vm.world.objects {
        for f in o.events.values() {
            m.function(f);
        }
    }
    for v in &vm.repl_locals {
        m.value(v);
    }
    if let Some(k) = &vm.kept_locals {
        for v in k {
            m.value(v);
        }
    }
    vm.ds.for_each_value(|v| m.value(v));
    vm.time_sources.for_each_value(|v| m.value(v));
    vm.headless.for_each_value(|v| m.value(v));
    vm.debug.for_each_value(|v| m.value(v));
    vm.assets.curves.for_each_value(&mut |v| m.value(v));
    vm.assets.timelines.for_each_value(&mut |v| m.value(v));
    m.drain();

    // Sweep: clear what is registered, alive, and not reached. Dropping the contents happens
    // after the registry borrow ends, since it can run destructors that register nothing but
    // may free other registered values.
    let mut garbage_arrays: Vec<Vec<Value>> = Vec::new();
    let mut garbage_fields = Vec::new();
    let mut garbage_values: Vec<Value> = Vec::new();
    let cleared = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let seen = &m.seen;
        let mut cleared = 0;
        r.arrays.retain(|w| match w.upgrade() {
            Some(a) => {
                if !seen.contains(&(Rc::as_ptr(&a) as *const u8 as usize)) {
                    garbage_arrays.push(std::mem::take(&mut *a.borrow_mut()));
                    cleared += 1;
                    false
                } else {
                    true
                }
            }
            None => false,
        });
        r.structs.retain(|w| match w.upgrade() {
            Some(s) => {
                if !seen.contains(&(Rc::as_ptr(&s) as *const u8 as usize)) {
                    let mut b = s.borrow_mut();
                    garbage_fields.push((std::mem::take(&mut b.fields), b.statics.take()));
                    if let Some(d) = b.instance_mut() {
                        garbage_values.extend(d.take_values());
                    }
                    cleared += 1;
                    false
                } else {
                    true
                }
            }
            None => false,
        });
        r.live_after_last = r.arrays.len() + r.structs.len();
        cleared
    });
    drop(garbage_arrays);
    drop(garbage_fields);
    drop(garbage_values);
    reclaim_keys(vm);
    cleared
}

/// How many arrays and structs are registered (alive or not yet pruned).
pub fn registered() -> usize {
    REGISTRY.with(|r| {
        let r = r.borrow();
        r.arrays.len() + r.structs.len()
    })
}

#[cfg(test)]
mod tests {
    use crate::runtime::program::Program;
    use crate::vm::Vm;

    fn run(p: &mut Program, src: &str) {
        match p.run_file("gc_test.gml", src) {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => panic!("runtime error: {}", e.message()),
            Err(e) => panic!("compile error: {}", e.render()),
        }
    }

    #[test]
    fn cycles_are_cleared_and_reachable_values_kept() {
        let mut p = Program::new(Vm::new(Box::new(std::io::sink())));
        run(
            &mut p,
            "global.keep = { name: \"kept\" }; global.keep.me = global.keep;\n\
             global.list = ds_list_create(); var held = [1]; held[1] = held; ds_list_add(global.list, held);\n\
             repeat (1000) { var a = {}; a.me = a; var b = [0]; b[0] = b; }",
        );
        let cleared = super::collect(&mut p.vm);
        assert!(cleared >= 2000, "cleared only {cleared}");
        // A second collection finds nothing new: everything left is reachable.
        assert_eq!(super::collect(&mut p.vm), 0);
        let out = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);
        impl std::io::Write for Shared {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0.borrow_mut().extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        p.vm.out = Box::new(Shared(out.clone()));
        run(
            &mut p,
            "show_debug_message(global.keep.me.name); var l = global.list[| 0]; show_debug_message(l[1][0]);",
        );
        assert_eq!(
            String::from_utf8(out.borrow().clone()).unwrap(),
            "kept\n1\n"
        );
    }
}
