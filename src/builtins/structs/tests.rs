#![allow(clippy::cloned_ref_to_slice_refs)]

use super::*;
use crate::vm::function::{Callee, Method, MethodKind};
use crate::vm::value::StructObj;
use std::rc::Rc;

fn vm() -> Vm {
    Vm::new(Box::new(Vec::new()))
}

fn r(x: f64) -> Value {
    Value::Real(x)
}

fn s(x: &str) -> Value {
    Value::str(x)
}

fn call(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Value> {
    let b = crate::builtins::lookup(name).expect("builtin");
    vm.call_native(b, args)
}

fn ok(vm: &mut Vm, name: &str, args: &[Value]) -> Value {
    match call(vm, name, args) {
        Ok(v) => v,
        Err(e) => panic!("{name} failed: {}", e.message()),
    }
}

fn show(vm: &mut Vm, v: &Value) -> String {
    vm.stringify(v).unwrap()
}

fn shown(vm: &mut Vm, name: &str, args: &[Value]) -> String {
    let v = ok(vm, name, args);
    show(vm, &v)
}

/// A struct literal with the given members, in order.
fn obj(members: &[(&str, Value)]) -> Value {
    let mut o = StructObj::new();
    for (k, v) in members {
        o.set(Sym::intern(k), v.clone());
    }
    Value::new_struct(o)
}

fn field(v: &Value, name: &str) -> Value {
    match v {
        Value::Struct(st) => st
            .borrow()
            .get(Sym::intern(name))
            .cloned()
            .unwrap_or_default(),
        _ => panic!("not a struct"),
    }
}

#[test]
fn get_set_exists_remove() {
    let mut vm = vm();
    for (get, set, exists, remove) in [
        ("struct_get", "struct_set", "struct_exists", "struct_remove"),
        (
            "variable_struct_get",
            "variable_struct_set",
            "variable_struct_exists",
            "variable_struct_remove",
        ),
    ] {
        let st = obj(&[("a", r(1.0))]);
        assert_eq!(shown(&mut vm, get, &[st.clone(), s("a")]), "1");
        assert_eq!(
            shown(&mut vm, get, &[st.clone(), s("zz_never_interned")]),
            "undefined"
        );
        assert_eq!(shown(&mut vm, exists, &[st.clone(), s("a")]), "1");
        assert_eq!(shown(&mut vm, exists, &[st.clone(), s("shields")]), "0");
        ok(&mut vm, set, &[st.clone(), s("shields"), r(0.5)]);
        assert_eq!(shown(&mut vm, get, &[st.clone(), s("shields")]), "0.50");
        assert_eq!(shown(&mut vm, exists, &[st.clone(), s("shields")]), "1");
        ok(&mut vm, remove, &[st.clone(), s("shields")]);
        ok(&mut vm, remove, &[st.clone(), s("shields")]);
        assert_eq!(shown(&mut vm, exists, &[st.clone(), s("shields")]), "0");
        // Names that are not identifiers are fine.
        ok(&mut vm, set, &[st.clone(), s("two words"), s("x")]);
        assert_eq!(shown(&mut vm, get, &[st.clone(), s("two words")]), "x");
        for bad in [Value::Undefined, r(1.0), s("str"), Value::new_array(vec![])] {
            assert!(call(&mut vm, get, &[bad.clone(), s("a")]).is_err());
            assert!(call(&mut vm, set, &[bad.clone(), s("a"), r(1.0)]).is_err());
            assert!(call(&mut vm, exists, &[bad.clone(), s("a")]).is_err());
            assert!(call(&mut vm, remove, &[bad, s("a")]).is_err());
        }
        assert!(call(&mut vm, get, &[st.clone(), r(3.0)]).is_err());
    }
}

#[test]
fn statics_are_read_but_not_listed() {
    let mut vm = vm();
    let statics = StructObj::new_ref();
    statics.borrow_mut().set(Sym::intern("shared"), r(7.0));
    let mut o = StructObj::new();
    o.set(Sym::intern("own"), r(1.0));
    o.statics = Some(statics);
    let st = Value::new_struct(o);
    assert_eq!(
        shown(&mut vm, "struct_get", &[st.clone(), s("shared")]),
        "7"
    );
    assert_eq!(
        shown(&mut vm, "struct_exists", &[st.clone(), s("shared")]),
        "1"
    );
    assert_eq!(
        shown(&mut vm, "struct_get_names", &[st.clone()]),
        "[ \"own\" ]"
    );
    assert_eq!(shown(&mut vm, "struct_names_count", &[st.clone()]), "1");
    // Removing a static through the struct does nothing.
    ok(&mut vm, "struct_remove", &[st.clone(), s("shared")]);
    assert_eq!(shown(&mut vm, "struct_get", &[st, s("shared")]), "7");
}

#[test]
fn names_and_count() {
    let mut vm = vm();
    let st = obj(&[("a", r(7.0)), ("str", s("a string"))]);
    assert_eq!(
        shown(&mut vm, "struct_get_names", &[st.clone()]),
        "[ \"a\",\"str\" ]"
    );
    assert_eq!(
        shown(&mut vm, "variable_struct_names_count", &[st.clone()]),
        "2"
    );
    let empty = obj(&[]);
    assert_eq!(
        shown(&mut vm, "variable_struct_get_names", &[empty.clone()]),
        "[  ]"
    );
    assert_eq!(shown(&mut vm, "struct_names_count", &[empty]), "0");
    assert!(call(&mut vm, "struct_names_count", &[Value::Undefined]).is_err());
    assert!(call(&mut vm, "struct_get_names", &[r(2.0)]).is_err());
}

thread_local! {
    static SEEN: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

static RECORD: Builtin = Builtin::new("record", 2, 2, |vm, a| {
    let text = format!("{}={}", vm.stringify(&a[0])?, vm.stringify(&a[1])?);
    SEEN.with(|s| s.borrow_mut().push(text));
    Ok(Value::Undefined)
});
static FAIL: Builtin = Builtin::new("fail", 0, 9, |_, _| Err(Error::msg("boom")));

fn native(b: &'static Builtin) -> Value {
    Value::Method(Rc::new(Method {
        callee: Callee::Native(b),
        bound: None,
        kind: MethodKind::NativeRef,
    }))
}

#[test]
fn foreach_visits_every_member() {
    let mut vm = vm();
    let st = obj(&[("apples", r(17.0)), ("lemons", r(5.0))]);
    ok(&mut vm, "struct_foreach", &[st.clone(), native(&RECORD)]);
    let seen = SEEN.with(|s| s.take());
    assert_eq!(seen, vec!["apples=17", "lemons=5"]);
    let e = call(&mut vm, "struct_foreach", &[st.clone(), native(&FAIL)]);
    assert_eq!(e.err().map(|e| e.message()).as_deref(), Some("boom"));
    ok(&mut vm, "struct_foreach", &[obj(&[]), native(&FAIL)]);
    assert!(call(&mut vm, "struct_foreach", &[st, r(1.0)]).is_err());
}

#[test]
fn hashes() {
    let mut vm = vm();
    let st = obj(&[("x", r(5.0)), ("y", r(10.0))]);
    let hz = ok(&mut vm, "variable_get_hash", &[s("z")]);
    let hx = ok(&mut vm, "variable_get_hash", &[s("x")]);
    assert_eq!(
        shown(&mut vm, "variable_get_hash", &[s("x")]),
        show(&mut vm, &hx)
    );
    assert_eq!(
        shown(
            &mut vm,
            "struct_exists_from_hash",
            &[st.clone(), hz.clone()]
        ),
        "0"
    );
    assert_eq!(
        shown(
            &mut vm,
            "struct_exists_from_hash",
            &[st.clone(), hx.clone()]
        ),
        "1"
    );
    assert_eq!(
        shown(&mut vm, "struct_get_from_hash", &[st.clone(), hx.clone()]),
        "5"
    );
    assert_eq!(
        shown(&mut vm, "struct_get_from_hash", &[st.clone(), hz.clone()]),
        "undefined"
    );
    ok(
        &mut vm,
        "struct_set_from_hash",
        &[st.clone(), hz.clone(), r(100.0)],
    );
    assert_eq!(shown(&mut vm, "struct_get", &[st.clone(), s("z")]), "100");
    ok(
        &mut vm,
        "struct_remove_from_hash",
        &[st.clone(), hx.clone()],
    );
    assert_eq!(
        shown(&mut vm, "struct_get_names", &[st.clone()]),
        "[ \"y\",\"z\" ]"
    );
    // Numbers that are no hash read as missing; writing with one is an error, not a panic.
    assert_eq!(
        shown(&mut vm, "struct_get_from_hash", &[st.clone(), r(-5.0)]),
        "undefined"
    );
    assert_eq!(
        shown(&mut vm, "struct_exists_from_hash", &[st.clone(), r(4e9)]),
        "0"
    );
    assert!(call(
        &mut vm,
        "struct_set_from_hash",
        &[st.clone(), r(4e9), r(1.0)]
    )
    .is_err());
    assert!(call(
        &mut vm,
        "struct_set_from_hash",
        &[st.clone(), r(3e9), r(1.0)]
    )
    .is_err());
    ok(&mut vm, "struct_remove_from_hash", &[st.clone(), r(-1.0)]);
    assert!(call(&mut vm, "struct_get_from_hash", &[r(1.0), hx]).is_err());
    assert!(call(&mut vm, "variable_get_hash", &[r(1.0)]).is_err());
}

#[test]
fn globals() {
    let mut vm = vm();
    assert_eq!(
        shown(&mut vm, "variable_global_exists", &[s("enemy_num")]),
        "0"
    );
    assert_eq!(
        shown(&mut vm, "variable_global_get", &[s("enemy_num")]),
        "undefined"
    );
    ok(&mut vm, "variable_global_set", &[s("enemy_num"), r(3.0)]);
    assert_eq!(
        shown(&mut vm, "variable_global_exists", &[s("enemy_num")]),
        "1"
    );
    assert_eq!(
        shown(&mut vm, "variable_global_get", &[s("enemy_num")]),
        "3"
    );
    let g = Value::Struct(vm.global.clone());
    assert_eq!(
        shown(&mut vm, "struct_get", &[g.clone(), s("enemy_num")]),
        "3"
    );
    ok(&mut vm, "struct_set", &[g, s("other_num"), r(4.0)]);
    assert_eq!(
        shown(&mut vm, "variable_global_get", &[s("other_num")]),
        "4"
    );
    assert!(call(&mut vm, "variable_global_get", &[r(1.0)]).is_err());
}

#[test]
fn clone_depths() {
    let mut vm = vm();
    let inner = Value::new_array(vec![s("a"), s("b")]);
    let st = obj(&[("g", s("g"))]);
    let top = Value::new_array(vec![inner.clone(), st.clone(), r(1.0)]);
    let c0 = ok(&mut vm, "variable_clone", &[top.clone(), r(0.0)]);
    let c1 = ok(&mut vm, "variable_clone", &[top.clone(), r(1.0)]);
    let deep = ok(&mut vm, "variable_clone", &[top.clone()]);
    let item = |v: &Value, i: usize| match v {
        Value::Array(a) => a.borrow()[i].clone(),
        _ => panic!(),
    };
    assert!(!c0.same_ref(&top));
    assert!(item(&c0, 0).same_ref(&inner));
    assert!(item(&c0, 1).same_ref(&st));
    assert!(!item(&c1, 0).same_ref(&inner));
    assert!(!item(&c1, 1).same_ref(&st));
    assert!(!item(&deep, 0).same_ref(&inner));
    assert_eq!(show(&mut vm, &deep), show(&mut vm, &top));
    // Scalars come back as they are.
    assert_eq!(shown(&mut vm, "variable_clone", &[s("txt")]), "txt");
    assert_eq!(shown(&mut vm, "variable_clone", &[r(2.5)]), "2.50");
    // Depth 1 copies only one level: the array inside the copied array is shared.
    let nested = Value::new_array(vec![Value::new_array(vec![inner.clone()])]);
    let c = ok(&mut vm, "variable_clone", &[nested.clone(), r(1.0)]);
    assert!(item(&item(&c, 0), 0).same_ref(&inner));
}

#[test]
fn clone_keeps_sharing_cycles_and_rebinds_methods() {
    let mut vm = vm();
    let shared = Value::new_array(vec![r(1.0)]);
    let st = obj(&[("p", shared.clone()), ("q", shared.clone())]);
    let Value::Struct(sr) = &st else { panic!() };
    // A method bound to the struct, and the struct pointing at itself.
    let m = Value::Method(Rc::new(Method {
        callee: Callee::Native(&FAIL),
        bound: Some(sr.clone()),
        kind: MethodKind::Bound,
    }));
    let outside = StructObj::new_ref();
    let m_out = Value::Method(Rc::new(Method {
        callee: Callee::Native(&FAIL),
        bound: Some(outside.clone()),
        kind: MethodKind::Bound,
    }));
    sr.borrow_mut().set(Sym::intern("m"), m);
    sr.borrow_mut().set(Sym::intern("m_out"), m_out);
    sr.borrow_mut().set(Sym::intern("me"), st.clone());
    let c = ok(&mut vm, "variable_clone", &[st.clone()]);
    assert!(!c.same_ref(&st));
    assert!(field(&c, "p").same_ref(&field(&c, "q")));
    assert!(!field(&c, "p").same_ref(&shared));
    assert!(field(&c, "me").same_ref(&c));
    let Value::Struct(cr) = &c else { panic!() };
    match field(&c, "m") {
        Value::Method(m) => assert!(Rc::ptr_eq(m.bound.as_ref().unwrap(), cr)),
        _ => panic!(),
    }
    match field(&c, "m_out") {
        Value::Method(m) => assert!(Rc::ptr_eq(m.bound.as_ref().unwrap(), &outside)),
        _ => panic!(),
    }
    // Statics and constructor are kept (still an instance of the same constructor).
    let statics = StructObj::new_ref();
    let mut o = StructObj::new();
    o.statics = Some(statics.clone());
    let v = ok(&mut vm, "variable_clone", &[Value::new_struct(o)]);
    let Value::Struct(vr) = &v else { panic!() };
    assert!(Rc::ptr_eq(vr.borrow().statics.as_ref().unwrap(), &statics));
    // The global struct is not copied.
    let g = Value::Struct(vm.global.clone());
    assert!(ok(&mut vm, "variable_clone", &[g.clone()]).same_ref(&g));
}

#[test]
fn weak_refs() {
    let mut vm = vm();
    let st = obj(&[("a", r(1.0))]);
    let w = ok(&mut vm, "weak_ref_create", &[st.clone()]);
    assert!(weak::is_weak_ref(&w));
    assert!(weak::weak_ref_target(&w).is_some());
    assert_eq!(shown(&mut vm, "weak_ref_alive", &[w.clone()]), "1");
    let other = obj(&[]);
    let w2 = ok(&mut vm, "weak_ref_create", &[other.clone()]);
    let arr = Value::new_array(vec![w.clone(), w2.clone()]);
    assert_eq!(shown(&mut vm, "weak_ref_any_alive", &[arr.clone()]), "1");
    drop(st);
    assert_eq!(shown(&mut vm, "weak_ref_alive", &[w.clone()]), "0");
    assert!(weak::weak_ref_target(&w).is_none());
    assert_eq!(shown(&mut vm, "weak_ref_any_alive", &[arr.clone()]), "1");
    assert_eq!(
        shown(
            &mut vm,
            "weak_ref_any_alive",
            &[arr.clone(), r(0.0), r(1.0)]
        ),
        "0"
    );
    drop(other);
    assert_eq!(
        shown(
            &mut vm,
            "weak_ref_any_alive",
            &[arr.clone(), s("1"), s("1")]
        ),
        "0"
    );
    let g = Value::Struct(vm.global.clone());
    let w3 = ok(&mut vm, "weak_ref_create", &[g]);
    let arr3 = Value::new_array(vec![w3.clone(), w3.clone(), w3]);
    assert_eq!(
        shown(
            &mut vm,
            "weak_ref_any_alive",
            &[arr3.clone(), s("1"), s("1")]
        ),
        "1"
    );
    assert_eq!(
        shown(
            &mut vm,
            "weak_ref_any_alive",
            &[arr3.clone(), r(-2.0), r(10.0)]
        ),
        "1"
    );
    assert_eq!(
        shown(
            &mut vm,
            "weak_ref_any_alive",
            &[arr3.clone(), r(1.0), r(-2.0)]
        ),
        "1"
    );
    for (i, l) in [(-20.0, 1.0), (22.0, 33.0), (-2.0, -10.0), (4.0, -1.0)] {
        let v = ok(&mut vm, "weak_ref_any_alive", &[arr3.clone(), r(i), r(l)]);
        assert!(matches!(v, Value::Undefined), "{i} {l}");
    }
    assert_eq!(shown(&mut vm, "weak_ref_any_alive", &[arr.clone()]), "0");
    assert_eq!(shown(&mut vm, "weak_ref_alive", &[obj(&[])]), "undefined");
    assert_eq!(shown(&mut vm, "weak_ref_alive", &[r(3.0)]), "undefined");
    let mixed = Value::new_array(vec![w, r(1.0)]);
    assert_eq!(shown(&mut vm, "weak_ref_any_alive", &[mixed]), "undefined");
    assert_eq!(
        shown(&mut vm, "weak_ref_any_alive", &[Value::new_array(vec![])]),
        "0"
    );
    assert!(call(&mut vm, "weak_ref_create", &[r(1.0)]).is_err());
    // Methods can be watched too.
    let m = Value::Method(Rc::new(Method {
        callee: Callee::Native(&FAIL),
        bound: None,
        kind: MethodKind::Bound,
    }));
    let wm = ok(&mut vm, "weak_ref_create", &[m.clone()]);
    assert_eq!(shown(&mut vm, "weak_ref_alive", &[wm.clone()]), "1");
    assert!(weak::weak_ref_target(&wm).is_some_and(|t| t.same_ref(&m)));
    drop(m);
    assert_eq!(shown(&mut vm, "weak_ref_alive", &[wm]), "0");
    assert!(call(&mut vm, "weak_ref_any_alive", &[r(1.0)]).is_err());
    // Many short-lived weak refs do not grow the table without bound.
    for _ in 0..1000 {
        let t = obj(&[]);
        ok(&mut vm, "weak_ref_create", &[t]);
    }
}

#[test]
fn instances_work_through_their_handle() {
    let mut vm = vm();
    let inst = crate::runtime::instance::new_instance(100001, 0, 0.0, 0.0, 0.0);
    vm.world.add(inst.clone());
    let id = Value::Ref(RefKind::Instance, 100001);
    ok(&mut vm, "struct_set", &[id.clone(), s("hp"), r(5.0)]);
    assert_eq!(
        shown(&mut vm, "variable_struct_get", &[id.clone(), s("hp")]),
        "5"
    );
    assert_eq!(shown(&mut vm, "struct_exists", &[id.clone(), s("hp")]), "1");
    // Built-in variables keep their side effects.
    ok(&mut vm, "struct_set", &[id.clone(), s("hspeed"), r(3.0)]);
    assert_eq!(shown(&mut vm, "struct_get", &[id.clone(), s("speed")]), "3");
    assert_eq!(
        shown(&mut vm, "struct_get_names", &[id.clone()]),
        "[ \"hp\" ]"
    );
    assert_eq!(shown(&mut vm, "struct_names_count", &[id.clone()]), "1");
    ok(&mut vm, "struct_remove", &[id.clone(), s("hp")]);
    assert_eq!(shown(&mut vm, "struct_exists", &[id.clone(), s("hp")]), "0");
    // An instance is never cloned; a weak reference to it dies when it is destroyed.
    let me = Value::Struct(inst.clone());
    assert!(ok(&mut vm, "variable_clone", &[me.clone()]).same_ref(&me));
    let w = ok(&mut vm, "weak_ref_create", &[id.clone()]);
    assert_eq!(shown(&mut vm, "weak_ref_alive", &[w.clone()]), "1");
    if let Some(d) = inst.borrow_mut().instance_mut() {
        d.destroyed = true;
    }
    assert_eq!(shown(&mut vm, "weak_ref_alive", &[w]), "0");
    assert!(call(&mut vm, "struct_get", &[id, s("x")]).is_err());
    assert!(call(
        &mut vm,
        "struct_get",
        &[Value::Ref(RefKind::Instance, 5), s("x")]
    )
    .is_err());
}
