#![allow(clippy::cloned_ref_to_slice_refs)]

use super::*;

#[test]
fn span_follows_offset_and_length_rules() {
    let s = |len, o, l| {
        let sp = Span::new(len, o, l);
        sp.indices().collect::<Vec<_>>()
    };
    assert_eq!(s(5, 0.0, f64::INFINITY), vec![0, 1, 2, 3, 4]);
    assert_eq!(s(8, 3.0, 3.0), vec![3, 4, 5]);
    assert_eq!(s(8, 3.0, -3.0), vec![3, 2, 1]);
    assert_eq!(s(4, 6.0, 1.0), vec![3]);
    assert_eq!(s(4, f64::NEG_INFINITY, 2.0), vec![0, 1]);
    assert_eq!(
        s(9, -1.0, f64::NEG_INFINITY),
        vec![8, 7, 6, 5, 4, 3, 2, 1, 0]
    );
    assert_eq!(s(9, -2.0, 1.0), vec![7]);
    assert_eq!(s(3, -10.0, 10.0), vec![0, 1, 2]);
    assert_eq!(s(3, 1.0, 0.0), Vec::<usize>::new());
    assert_eq!(s(0, 0.0, 5.0), Vec::<usize>::new());
    assert_eq!(s(3, f64::NAN, f64::NAN), Vec::<usize>::new());
    assert_eq!(s(5, 1.9, 2.9), vec![1, 2]);
    assert_eq!(Span::new(8, 5.0, -3.0).low(), 3);
    assert_eq!(Span::new(0, 0.0, -1.0).low(), 0);
    assert_eq!(Span::new(0, -1.0, f64::NEG_INFINITY).count, 0);
}

#[test]
fn create_and_length() {
    let mut vm = vm();
    assert_eq!(shown(&mut vm, "array_create", &[r(3.0)]), "[ 0,0,0 ]");
    assert_eq!(
        shown(&mut vm, "array_create", &[r(2.0), Value::str("x")]),
        "[ \"x\",\"x\" ]"
    );
    assert_eq!(shown(&mut vm, "array_create", &[r(0.0)]), "[  ]");
    assert_eq!(shown(&mut vm, "array_create", &[r(-1.0)]), "[  ]");
    assert_eq!(shown(&mut vm, "array_create", &[r(2.9)]), "[ 0,0 ]");
    // A real size past 32 bits is never truncated (issue 10): it is refused, quoting it.
    let err = call(&mut vm, "array_create", &[r(4294967296.0 + 5.0)])
        .err()
        .unwrap()
        .message();
    assert!(
        err.starts_with("out of memory: array_create asked for 4294967301 elements"),
        "{err}"
    );
    // An int64 size is read as an int32, as GameMaker's own tests expect (low 32 bits).
    let big = Value::Int64(0x7fff_ffff_0000_0003);
    assert_eq!(shown(&mut vm, "array_create", &[big]), "[ 0,0,0 ]");
    assert!(call(&mut vm, "array_create", &[Value::str("a")]).is_err());
    assert!(call(&mut vm, "array_create", &[r(1e9)]).is_err());
    // Shared reference when the value is an array.
    let inner = nums(&[1.0]);
    let outer = ok(&mut vm, "array_create", &[r(2.0), inner.clone()]);
    if let (Value::Array(o), Value::Array(i)) = (&outer, &inner) {
        assert!(o.borrow()[1].same_ref(&Value::Array(i.clone())));
    }
    assert_eq!(shown(&mut vm, "array_length", &[nums(&[1.0, 2.0])]), "2");
    assert_eq!(shown(&mut vm, "array_length", &[Value::str("abc")]), "0");
    assert_eq!(shown(&mut vm, "array_length", &[Value::Undefined]), "0");
    assert_eq!(shown(&mut vm, "array_length_1d", &[nums(&[1.0])]), "1");
    assert_eq!(shown(&mut vm, "array_height_2d", &[r(4.0)]), "0");
    let grid = Value::new_array(vec![nums(&[1.0, 2.0, 3.0]), r(5.0)]);
    assert_eq!(
        shown(&mut vm, "array_length_2d", &[grid.clone(), r(0.0)]),
        "3"
    );
    assert_eq!(
        shown(&mut vm, "array_length_2d", &[grid.clone(), r(1.0)]),
        "0"
    );
    assert_eq!(shown(&mut vm, "array_length_2d", &[grid, r(7.0)]), "0");
    assert_eq!(shown(&mut vm, "array_length_2d", &[r(1.0), r(0.0)]), "0");
}

#[test]
fn copy_follows_the_manual() {
    let mut vm = vm();
    let a = nums(&[1.0, 2.0, 3.0, 4.0]);
    let b = nums(&[5.0, 6.0, 7.0, 8.0]);
    ok(
        &mut vm,
        "array_copy",
        &[a.clone(), r(1.0), b, r(-1.0), r(-2.0)],
    );
    assert_eq!(show(&mut vm, &a), "[ 1,8,7,4 ]");
    let a = nums(&[-3.0, -2.0, -1.0]);
    let b = nums(&[1.0, 2.0, 3.0]);
    ok(
        &mut vm,
        "array_copy",
        &[a.clone(), r(5.0), b.clone(), r(0.0), r(3.0)],
    );
    assert_eq!(show(&mut vm, &a), "[ -3,-2,-1,0,0,1,2,3 ]");
    // Length past the end of the source copies what there is.
    let d = nums(&[]);
    ok(
        &mut vm,
        "array_copy",
        &[d.clone(), r(0.0), b.clone(), r(1.0), r(10.0)],
    );
    assert_eq!(show(&mut vm, &d), "[ 2,3 ]");
    // Negative destination counts from the end, clipped to 0.
    let d = nums(&[9.0, 9.0]);
    ok(
        &mut vm,
        "array_copy",
        &[d.clone(), r(-1.0), b.clone(), r(0.0), r(2.0)],
    );
    assert_eq!(show(&mut vm, &d), "[ 9,1,2 ]");
    let d = nums(&[9.0]);
    ok(
        &mut vm,
        "array_copy",
        &[d.clone(), r(-5.0), b.clone(), r(0.0), r(1.0)],
    );
    assert_eq!(show(&mut vm, &d), "[ 1 ]");
    // Copying onto itself (overlapping) uses the old values.
    let s = nums(&[1.0, 2.0, 3.0]);
    ok(
        &mut vm,
        "array_copy",
        &[s.clone(), r(1.0), s.clone(), r(0.0), r(3.0)],
    );
    assert_eq!(show(&mut vm, &s), "[ 1,1,2,3 ]");
    // Zero length does nothing, even from an empty source.
    ok(
        &mut vm,
        "array_copy",
        &[s.clone(), r(0.0), nums(&[]), r(0.0), r(0.0)],
    );
    // A source index past the end means the last element; nothing copied means no change.
    let t = nums(&[]);
    let five = nums(&[1.0, 2.0, 3.0, 4.0, 5.0]);
    ok(
        &mut vm,
        "array_copy",
        &[t.clone(), r(0.0), five, r(16.0), r(100.0)],
    );
    assert_eq!(show(&mut vm, &t), "[ 5 ]");
    ok(
        &mut vm,
        "array_copy",
        &[t.clone(), r(9.0), nums(&[]), r(0.0), r(5.0)],
    );
    assert_eq!(show(&mut vm, &t), "[ 5 ]");
    assert!(call(&mut vm, "array_copy", &[r(1.0), r(0.0), b, r(0.0), r(1.0)]).is_err());
}

#[test]
fn equals_recurses_into_arrays() {
    let mut vm = vm();
    let st = Value::new_struct(crate::vm::value::StructObj::new());
    let other = Value::new_struct(crate::vm::value::StructObj::new());
    let a = Value::new_array(vec![
        st.clone(),
        r(5.0),
        Value::str("hi"),
        strs(&["x", "y"]),
    ]);
    let b = Value::new_array(vec![
        st.clone(),
        r(5.0),
        Value::str("hi"),
        strs(&["x", "y"]),
    ]);
    let c = Value::new_array(vec![other, r(5.0), Value::str("hi"), strs(&["x", "y"])]);
    assert_eq!(shown(&mut vm, "array_equals", &[a.clone(), b]), "1");
    assert_eq!(shown(&mut vm, "array_equals", &[a.clone(), c]), "0");
    assert_eq!(shown(&mut vm, "array_equals", &[a.clone(), a.clone()]), "1");
    assert_eq!(
        shown(
            &mut vm,
            "array_equals",
            &[nums(&[f64::NAN]), nums(&[f64::NAN])]
        ),
        "0"
    );
    let u = Value::new_array(vec![Value::Undefined]);
    let u2 = Value::new_array(vec![Value::Undefined]);
    assert_eq!(shown(&mut vm, "array_equals", &[u, u2]), "1");
    assert_eq!(
        shown(&mut vm, "array_equals", &[nums(&[1.0]), nums(&[1.0, 2.0])]),
        "0"
    );
    assert_eq!(shown(&mut vm, "array_equals", &[nums(&[]), nums(&[])]), "1");
    assert!(call(&mut vm, "array_equals", &[nums(&[]), r(1.0)]).is_err());
    // A self-containing array does not recurse forever.
    let cyc = nums(&[1.0]);
    let cyc2 = nums(&[1.0]);
    if let (Value::Array(x), Value::Array(y)) = (&cyc, &cyc2) {
        x.borrow_mut().push(cyc2.clone());
        y.borrow_mut().push(cyc.clone());
    }
    call(&mut vm, "array_equals", &[cyc, cyc2]).unwrap();
}

#[test]
fn get_set_push_pop_shift() {
    let mut vm = vm();
    let a = nums(&[10.0, 20.0]);
    assert_eq!(shown(&mut vm, "array_get", &[a.clone(), r(1.0)]), "20");
    assert_eq!(shown(&mut vm, "array_get", &[a.clone(), r(1.7)]), "20");
    let e = err(&mut vm, "array_get", &[a.clone(), r(2.0)]);
    assert!(e.message().contains("out of range"));
    assert!(call(&mut vm, "array_get", &[a.clone(), r(-1.0)]).is_err());
    assert!(call(&mut vm, "array_get", &[r(3.0), r(0.0)]).is_err());
    ok(&mut vm, "array_set", &[a.clone(), r(4.0), Value::str("z")]);
    assert_eq!(show(&mut vm, &a), "[ 10,20,0,0,\"z\" ]");
    assert!(call(&mut vm, "array_set", &[a.clone(), r(-1.0), r(0.0)]).is_err());
    let b = nums(&[]);
    ok(&mut vm, "array_push", &[b.clone(), r(1.0), r(2.0), r(3.0)]);
    assert_eq!(show(&mut vm, &b), "[ 1,2,3 ]");
    assert_eq!(shown(&mut vm, "array_pop", &[b.clone()]), "3");
    assert_eq!(shown(&mut vm, "array_shift", &[b.clone()]), "1");
    assert_eq!(show(&mut vm, &b), "[ 2 ]");
    ok(&mut vm, "array_pop", &[b.clone()]);
    assert_eq!(shown(&mut vm, "array_pop", &[b.clone()]), "undefined");
    assert_eq!(shown(&mut vm, "array_shift", &[b.clone()]), "undefined");
    assert_eq!(shown(&mut vm, "array_first", &[b.clone()]), "undefined");
    assert_eq!(shown(&mut vm, "array_last", &[b.clone()]), "undefined");
    assert_eq!(shown(&mut vm, "array_first", &[nums(&[4.0, 5.0])]), "4");
    assert_eq!(shown(&mut vm, "array_last", &[nums(&[4.0, 5.0])]), "5");
    assert!(call(&mut vm, "array_push", &[Value::Undefined, r(1.0)]).is_err());
    assert!(call(&mut vm, "array_pop", &[Value::str("x")]).is_err());
}

#[test]
fn insert_delete_resize() {
    let mut vm = vm();
    let a = nums(&[1.0, 2.0, 3.0, 5.0]);
    ok(&mut vm, "array_insert", &[a.clone(), r(3.0), r(4.0)]);
    assert_eq!(show(&mut vm, &a), "[ 1,2,3,4,5 ]");
    ok(
        &mut vm,
        "array_insert",
        &[a.clone(), r(-1.0), r(9.0), r(8.0)],
    );
    assert_eq!(show(&mut vm, &a), "[ 1,2,3,4,9,8,5 ]");
    ok(&mut vm, "array_insert", &[a.clone(), r(9.0), r(7.0)]);
    assert_eq!(show(&mut vm, &a), "[ 1,2,3,4,9,8,5,0,0,7 ]");
    ok(&mut vm, "array_insert", &[a.clone(), r(-100.0), r(0.0)]);
    assert_eq!(show(&mut vm, &a), "[ 0,1,2,3,4,9,8,5,0,0,7 ]");
    let d = nums(&[96.0, 77.0, 54.0, 89.0, 92.0, 93.0, 80.0, 12.0, 65.0, 71.0]);
    ok(&mut vm, "array_delete", &[d.clone(), r(0.0), r(5.0)]);
    assert_eq!(show(&mut vm, &d), "[ 93,80,12,65,71 ]");
    ok(&mut vm, "array_delete", &[d.clone(), r(-1.0), r(-3.0)]);
    assert_eq!(show(&mut vm, &d), "[ 93,80 ]");
    ok(&mut vm, "array_delete", &[d.clone(), r(1.0), r(100.0)]);
    assert_eq!(show(&mut vm, &d), "[ 93 ]");
    ok(&mut vm, "array_delete", &[d.clone(), r(0.0), r(0.0)]);
    assert_eq!(show(&mut vm, &d), "[ 93 ]");
    // An index outside the array is an error.
    let e = nums(&[]);
    assert!(call(&mut vm, "array_delete", &[e.clone(), r(0.0), r(3.0)]).is_err());
    assert!(call(&mut vm, "array_delete", &[d.clone(), r(1.0), r(1.0)]).is_err());
    assert!(call(&mut vm, "array_delete", &[d.clone(), r(-2.0), r(1.0)]).is_err());
    assert!(call(&mut vm, "array_delete", &[d.clone(), ninf(), r(1.0)]).is_err());
    assert_eq!(show(&mut vm, &d), "[ 93 ]");
    ok(&mut vm, "array_resize", &[e.clone(), r(3.0)]);
    assert_eq!(show(&mut vm, &e), "[ 0,0,0 ]");
    ok(&mut vm, "array_resize", &[e.clone(), r(1.0)]);
    assert_eq!(show(&mut vm, &e), "[ 0 ]");
    assert!(call(&mut vm, "array_resize", &[e.clone(), r(-1.0)]).is_err());
    assert!(call(&mut vm, "array_insert", &[e.clone(), r(1e15), r(1.0)]).is_err());
}

#[test]
fn searching() {
    let mut vm = vm();
    let a = strs(&["a", "b", "c", "d", "e", "d", "c", "b", "a"]);
    let d = Value::str("d");
    assert_eq!(
        shown(&mut vm, "array_get_index", &[a.clone(), d.clone()]),
        "3"
    );
    assert_eq!(
        shown(&mut vm, "array_get_index", &[a.clone(), d.clone(), r(6.0)]),
        "-1"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_get_index",
            &[a.clone(), d.clone(), r(-1.0), ninf()]
        ),
        "5"
    );
    assert_eq!(
        shown(&mut vm, "array_get_index", &[nums(&[]), d.clone()]),
        "-1"
    );
    assert_eq!(
        shown(&mut vm, "array_contains", &[a.clone(), d.clone()]),
        "1"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_contains",
            &[a.clone(), d.clone(), r(0.0), r(3.0)]
        ),
        "0"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_contains",
            &[nums(&[1.0, 2.0]), Value::str("2")]
        ),
        "1"
    );
    let inner = nums(&[0.0, 1.0]);
    let outer = Value::new_array(vec![inner.clone()]);
    assert_eq!(
        shown(&mut vm, "array_contains", &[outer.clone(), inner]),
        "1"
    );
    assert_eq!(
        shown(&mut vm, "array_contains", &[outer, nums(&[0.0, 1.0])]),
        "0"
    );
    let hand = strs(&["1", "4", "J", "J", "Q", "7"]);
    assert_eq!(
        shown(
            &mut vm,
            "array_contains_ext",
            &[hand.clone(), strs(&["A", "K", "Q"])]
        ),
        "1"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_contains_ext",
            &[hand.clone(), strs(&["A", "K"])]
        ),
        "0"
    );
    let t = Value::Bool(true);
    assert_eq!(
        shown(
            &mut vm,
            "array_contains_ext",
            &[hand.clone(), strs(&["J", "J"]), t.clone()]
        ),
        "1"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_contains_ext",
            &[hand.clone(), strs(&["J", "J", "J"]), t.clone()]
        ),
        "0"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_contains_ext",
            &[hand.clone(), strs(&["J", "Q"]), t.clone(), r(3.0)]
        ),
        "1"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_contains_ext",
            &[hand.clone(), strs(&[]), t.clone()]
        ),
        "1"
    );
    assert_eq!(
        shown(&mut vm, "array_contains_ext", &[hand.clone(), strs(&[])]),
        "0"
    );
    assert!(call(&mut vm, "array_contains_ext", &[hand, r(1.0)]).is_err());
}

#[test]
fn reverse_and_shuffle() {
    let mut vm = vm();
    let a = nums(&[5.0, 4.0, 3.0, 2.0, 1.0, 0.0]);
    assert_eq!(
        shown(&mut vm, "array_reverse", &[a.clone()]),
        "[ 0,1,2,3,4,5 ]"
    );
    assert_eq!(
        shown(&mut vm, "array_reverse", &[a.clone(), r(1.0), r(3.0)]),
        "[ 2,3,4 ]"
    );
    assert_eq!(
        shown(&mut vm, "array_reverse", &[a.clone(), r(3.0), r(-3.0)]),
        "[ 4,3,2 ]"
    );
    assert_eq!(show(&mut vm, &a), "[ 5,4,3,2,1,0 ]");
    assert_eq!(shown(&mut vm, "array_reverse", &[nums(&[])]), "[  ]");
    let v = nums(&[1.0, 2.0, 3.0, 4.0, 8.0, 7.0, 6.0, 5.0]);
    assert_eq!(
        shown(&mut vm, "array_reverse_ext", &[v.clone(), r(-4.0), r(4.0)]),
        "4"
    );
    assert_eq!(show(&mut vm, &v), "[ 1,2,3,4,5,6,7,8 ]");
    assert_eq!(
        shown(&mut vm, "array_reverse_ext", &[v.clone(), r(2.0), r(-2.0)]),
        "2"
    );
    assert_eq!(show(&mut vm, &v), "[ 1,3,2,4,5,6,7,8 ]");
    assert_eq!(shown(&mut vm, "array_reverse_ext", &[nums(&[])]), "0");
    for name in [
        "array_reverse_ext",
        "array_reverse",
        "array_shuffle_ext",
        "array_shuffle",
        "array_unique_ext",
        "array_unique",
    ] {
        ok(&mut vm, name, &[nums(&[]), r(-1.0), ninf()]);
        ok(&mut vm, name, &[nums(&[]), r(5.0), r(-3.0)]);
    }
    assert!(call(&mut vm, "array_delete", &[nums(&[]), r(-1.0), r(-3.0)]).is_err());
    let n = nums(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]);
    let s = ok(&mut vm, "array_shuffle", &[n.clone()]);
    ok(&mut vm, "array_sort", &[s.clone(), Value::Bool(true)]);
    assert_eq!(shown(&mut vm, "array_equals", &[s, n.clone()]), "1");
    let part = ok(&mut vm, "array_shuffle", &[n.clone(), r(2.0), r(3.0)]);
    ok(&mut vm, "array_sort", &[part.clone(), Value::Bool(true)]);
    assert_eq!(show(&mut vm, &part), "[ 3,4,5 ]");
    ok(&mut vm, "array_shuffle_ext", &[n.clone(), r(5.0)]);
    let head = ok(&mut vm, "array_reverse", &[n.clone(), r(4.0), r(-5.0)]);
    assert_eq!(show(&mut vm, &head), "[ 1,2,3,4,5 ]");
    ok(&mut vm, "array_sort", &[n.clone(), Value::Bool(true)]);
    assert_eq!(show(&mut vm, &n), "[ 1,2,3,4,5,6,7,8,9,10 ]");
    assert_eq!(shown(&mut vm, "array_shuffle", &[nums(&[])]), "[  ]");
}

#[test]
fn sets() {
    let mut vm = vm();
    let a1 = nums(&[1.0, 2.0, 3.0]);
    let a2 = nums(&[3.0, 4.0]);
    let a3 = nums(&[4.0, 5.0, 1.0]);
    assert_eq!(
        shown(
            &mut vm,
            "array_concat",
            &[a1.clone(), a2.clone(), a3.clone()]
        ),
        "[ 1,2,3,3,4,4,5,1 ]"
    );
    assert_eq!(
        shown(&mut vm, "array_concat", &[nums(&[]), nums(&[])]),
        "[  ]"
    );
    assert!(call(&mut vm, "array_concat", &[a1.clone(), r(1.0)]).is_err());
    assert_eq!(
        shown(
            &mut vm,
            "array_union",
            &[a1.clone(), a2.clone(), a3.clone()]
        ),
        "[ 1,2,3,4,5 ]"
    );
    assert_eq!(
        shown(&mut vm, "array_union", &[nums(&[2.0, 2.0, 1.0])]),
        "[ 2,1 ]"
    );
    let i1 = nums(&[1.0, 1.0, 2.0, 7.0, 12.0]);
    let i2 = nums(&[1.0, 2.0, 4.0, 5.0, 7.0]);
    let i3 = nums(&[1.0, 4.0, 5.0, 7.0]);
    assert_eq!(
        shown(&mut vm, "array_intersection", &[i1.clone(), i2, i3]),
        "[ 1,7 ]"
    );
    assert_eq!(
        shown(&mut vm, "array_intersection", &[i1.clone(), nums(&[])]),
        "[  ]"
    );
    assert_eq!(shown(&mut vm, "array_intersection", &[i1]), "[ 1,2,7,12 ]");
    let rps = strs(&["rock", "paper", "scissors", "rock", "paper"]);
    assert_eq!(
        shown(&mut vm, "array_unique", &[rps.clone()]),
        "[ \"rock\",\"paper\",\"scissors\" ]"
    );
    assert_eq!(
        shown(&mut vm, "array_unique", &[rps.clone(), r(-1.0), ninf()]),
        "[ \"paper\",\"rock\",\"scissors\" ]"
    );
    let v = nums(&[1.0, 1.0, 2.0, 3.0, 3.0]);
    assert_eq!(shown(&mut vm, "array_unique_ext", &[v.clone()]), "3");
    assert_eq!(show(&mut vm, &v), "[ 1,2,3,3,3 ]");
    let v = nums(&[1.0, 1.0, 2.0, 3.0, 3.0]);
    assert_eq!(
        shown(&mut vm, "array_unique_ext", &[v.clone(), r(-1.0), ninf()]),
        "3"
    );
    assert_eq!(show(&mut vm, &v), "[ 1,1,1,2,3 ]");
}

static IDENTITY: Builtin = Builtin::new("identity", 0, VARIADIC, |_, a| {
    Ok(a.first().cloned().unwrap_or_default())
});

/// Every array and struct builtin, called with many combinations of awkward arguments, never
/// panics (errors are fine).
#[test]
fn no_panics_on_awkward_arguments() {
    let mut vm = vm();
    let pool = || {
        vec![
            Value::Undefined,
            r(0.0),
            r(-1.0),
            r(2.0),
            r(1.5),
            r(-7.0),
            r(f64::NAN),
            inf(),
            ninf(),
            r(1e18),
            Value::Int64(i64::MIN),
            Value::Bool(true),
            Value::str("a"),
            Value::str("2"),
            nums(&[]),
            nums(&[3.0, 1.0, 2.0]),
            Value::new_array(vec![nums(&[1.0]), Value::str("x"), Value::Undefined]),
            Value::new_struct(crate::vm::value::StructObj::new()),
            native(&IDENTITY),
            native(&IS_EVEN),
        ]
    };
    let tables = [super::FUNCTIONS, crate::builtins::structs::FUNCTIONS];
    let mut seed: u64 = 12345;
    for table in tables {
        for b in table.iter() {
            let max = if b.max_args == VARIADIC {
                5
            } else {
                b.max_args as usize
            };
            for _ in 0..400 {
                let values = pool();
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let n =
                    b.min_args as usize + (seed >> 33) as usize % (max - b.min_args as usize + 1);
                let args: Vec<Value> = (0..n)
                    .map(|k| {
                        let pick = ((seed >> (k * 5 + 3)) as usize) % values.len();
                        values[pick].clone()
                    })
                    .collect();
                let _ = vm.call_native(b, &args);
            }
        }
    }
}

#[test]
fn dedup_fast_path_agrees_with_equality() {
    let mut vm = vm();
    // Mixed strings and numbers use `==`: "2" equals 2.
    let mixed = Value::new_array(vec![r(2.0), Value::str("2"), Value::str("a"), r(2.0)]);
    assert_eq!(shown(&mut vm, "array_unique", &[mixed]), "[ 2,\"a\" ]");
    // Fractions compare with the epsilon.
    assert_eq!(
        shown(&mut vm, "array_unique", &[nums(&[0.1, 0.1000001, 0.2])]),
        "[ 0.10,0.20 ]"
    );
    let big: Vec<f64> = (0..20000).map(|i| (i % 1000) as f64).collect();
    let u = ok(&mut vm, "array_unique", &[nums(&big)]);
    assert_eq!(shown(&mut vm, "array_length", &[u]), "1000");
    let words = Value::new_array(
        (0..20000)
            .map(|i| Value::string(format!("w{}", i % 500)))
            .collect(),
    );
    let u = ok(&mut vm, "array_union", &[words.clone(), strs(&["new"])]);
    assert_eq!(shown(&mut vm, "array_length", &[u]), "501");
    let i = ok(
        &mut vm,
        "array_intersection",
        &[words, strs(&["w3", "zz", "w3"])],
    );
    assert_eq!(show(&mut vm, &i), "[ \"w3\" ]");
    let i = ok(
        &mut vm,
        "array_intersection",
        &[nums(&big), nums(&[5.0, 5000.0])],
    );
    assert_eq!(show(&mut vm, &i), "[ 5 ]");
}
