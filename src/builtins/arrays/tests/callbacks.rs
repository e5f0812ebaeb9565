#![allow(clippy::cloned_ref_to_slice_refs)]

use super::*;

#[test]
fn callbacks_over_ranges() {
    let mut vm = vm();
    let even = native(&IS_EVEN);
    let digits = nums(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
    assert_eq!(
        shown(&mut vm, "array_filter", &[digits.clone(), even.clone()]),
        "[ 2,4,6,8 ]"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_filter",
            &[digits.clone(), even.clone(), r(-1.0), ninf()]
        ),
        "[ 8,6,4,2 ]"
    );
    assert_eq!(
        shown(&mut vm, "array_find_index", &[digits.clone(), even.clone()]),
        "1"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_find_index",
            &[digits.clone(), even.clone(), r(-1.0), ninf()]
        ),
        "7"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_find_index",
            &[nums(&[1.0, 3.0]), even.clone()]
        ),
        "-1"
    );
    assert_eq!(
        shown(&mut vm, "array_any", &[digits.clone(), even.clone()]),
        "1"
    );
    assert_eq!(
        shown(&mut vm, "array_any", &[nums(&[1.0, 3.0]), even.clone()]),
        "0"
    );
    assert_eq!(shown(&mut vm, "array_any", &[nums(&[]), even.clone()]), "0");
    assert_eq!(
        shown(&mut vm, "array_all", &[digits.clone(), even.clone()]),
        "0"
    );
    assert_eq!(
        shown(&mut vm, "array_all", &[nums(&[2.0, 4.0]), even.clone()]),
        "1"
    );
    assert_eq!(shown(&mut vm, "array_all", &[nums(&[]), even.clone()]), "1");
    assert_eq!(
        shown(
            &mut vm,
            "array_all",
            &[digits.clone(), even.clone(), r(1.0), r(1.0)]
        ),
        "1"
    );
    let stop = nums(&[2.0, 4.0, 5.0, 6.0]);
    assert_eq!(
        shown(&mut vm, "array_copy_while", &[stop.clone(), even.clone()]),
        "[ 2,4 ]"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_copy_while",
            &[stop.clone(), even.clone(), r(-1.0), ninf()]
        ),
        "[ 6 ]"
    );
    let dbl = native(&DOUBLE);
    assert_eq!(
        shown(&mut vm, "array_map", &[nums(&[1.0, 2.0, 3.0]), dbl.clone()]),
        "[ 2,4,6 ]"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_map",
            &[digits.clone(), dbl.clone(), r(2.0), r(-2.0)]
        ),
        "[ 6,4 ]"
    );
    let epi = native(&ELEM_PLUS_INDEX);
    assert_eq!(
        shown(&mut vm, "array_map", &[nums(&[10.0, 10.0]), epi]),
        "[ 10,11 ]"
    );
    let m = nums(&[7.0, 4.0, 11.0, 9.0, 12.0]);
    assert_eq!(
        shown(
            &mut vm,
            "array_map_ext",
            &[m.clone(), dbl.clone(), r(1.0), r(2.0)]
        ),
        "2"
    );
    assert_eq!(show(&mut vm, &m), "[ 7,8,22,9,12 ]");
    let f = nums(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
    assert_eq!(
        shown(
            &mut vm,
            "array_filter_ext",
            &[f.clone(), even.clone(), r(-2.0), ninf()]
        ),
        "4"
    );
    assert_eq!(show(&mut vm, &f), "[ 1,2,3,4,2,4,6,8,9 ]");
    let f = nums(&[1.0, 2.0, 3.0, 4.0]);
    assert_eq!(
        shown(&mut vm, "array_filter_ext", &[f.clone(), even.clone()]),
        "2"
    );
    assert_eq!(show(&mut vm, &f), "[ 2,4,3,4 ]");
    let sq = native(&INDEX_SQUARED);
    assert_eq!(
        shown(&mut vm, "array_create_ext", &[r(4.0), sq.clone()]),
        "[ 0,1,4,9 ]"
    );
    assert_eq!(shown(&mut vm, "array_create_ext", &[r(0.0), sq]), "[  ]");
    assert!(call(&mut vm, "array_map", &[digits.clone(), r(3.0)]).is_err());
    assert!(call(&mut vm, "array_map", &[r(3.0), dbl]).is_err());
    assert!(call(
        &mut vm,
        "array_foreach",
        &[digits.clone(), Value::Undefined]
    )
    .is_err());
}

#[test]
fn reduce() {
    let mut vm = vm();
    let sum = native(&SUM3);
    let a = nums(&[2.0, 1.0, 3.0, 4.0, 5.0]);
    assert_eq!(
        shown(&mut vm, "array_reduce", &[a.clone(), sum.clone()]),
        "15"
    );
    assert_eq!(
        shown(&mut vm, "array_reduce", &[a.clone(), sum.clone(), r(100.0)]),
        "115"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_reduce",
            &[a.clone(), sum.clone(), r(0.0), r(3.0), r(-2.0)]
        ),
        "7"
    );
    assert_eq!(
        shown(&mut vm, "array_reduce", &[nums(&[9.0]), sum.clone()]),
        "9"
    );
    assert_eq!(
        shown(&mut vm, "array_reduce", &[nums(&[]), sum.clone(), r(5.0)]),
        "5"
    );
    assert!(call(&mut vm, "array_reduce", &[nums(&[]), sum.clone()]).is_err());
    // The index passed is the element's own index.
    static IDX: Builtin = Builtin::new("idx", 3, 3, |_, a| Ok(a[2].clone()));
    assert_eq!(
        shown(&mut vm, "array_reduce", &[a.clone(), native(&IDX)]),
        "4"
    );
    assert_eq!(
        shown(
            &mut vm,
            "array_reduce",
            &[a.clone(), native(&IDX), Value::Undefined, r(-1.0), ninf()]
        ),
        "0"
    );
}

#[test]
fn callback_errors_propagate() {
    let mut vm = vm();
    let fail = native(&FAIL);
    let a = nums(&[1.0, 2.0]);
    for name in [
        "array_foreach",
        "array_map",
        "array_map_ext",
        "array_filter",
        "array_filter_ext",
        "array_any",
        "array_all",
        "array_find_index",
        "array_copy_while",
        "array_reduce",
        "array_sort",
    ] {
        let e = err(&mut vm, name, &[a.clone(), fail.clone()]);
        assert_eq!(e.message(), "boom", "{name}");
    }
    assert!(call(&mut vm, "array_create_ext", &[r(2.0), fail]).is_err());
    // Nothing is called on an empty range.
    let e = nums(&[]);
    call(&mut vm, "array_foreach", &[e, native(&FAIL)]).unwrap();
}

#[test]
fn callbacks_may_modify_the_array() {
    let mut vm = vm();
    let m = native(&MUTATOR);
    for name in [
        "array_foreach",
        "array_map",
        "array_map_ext",
        "array_filter",
        "array_filter_ext",
        "array_all",
        "array_copy_while",
        "array_sort",
    ] {
        let a = nums(&[1.0, 2.0, 3.0, 4.0]);
        if let Value::Array(x) = &a {
            VICTIM.with(|v| *v.borrow_mut() = Some(x.clone()));
        }
        call(&mut vm, name, &[a.clone(), m.clone()]).unwrap();
        VICTIM.with(|v| *v.borrow_mut() = None);
    }
}

#[test]
fn sorting() {
    let mut vm = vm();
    let t = Value::Bool(true);
    let f = Value::Bool(false);
    let a = nums(&[10.0, 9.0, 8.5, -7.0, 6.0]);
    ok(&mut vm, "array_sort", &[a.clone(), t.clone()]);
    assert_eq!(show(&mut vm, &a), "[ -7,6,8.50,9,10 ]");
    ok(&mut vm, "array_sort", &[a.clone(), f.clone()]);
    assert_eq!(show(&mut vm, &a), "[ 10,9,8.50,6,-7 ]");
    let s = strs(&["pear", "Apple", "apple", "banana", ""]);
    ok(&mut vm, "array_sort", &[s.clone(), t.clone()]);
    assert_eq!(
        show(&mut vm, &s),
        "[ \"\",\"Apple\",\"apple\",\"banana\",\"pear\" ]"
    );
    let mixed = Value::new_array(vec![
        Value::str("b"),
        r(2.0),
        Value::Undefined,
        r(1.0),
        Value::str("a"),
    ]);
    ok(&mut vm, "array_sort", &[mixed.clone(), t.clone()]);
    assert_eq!(show(&mut vm, &mixed), "[ 1,2,\"a\",\"b\",undefined ]");
    let n = nums(&[3.0, f64::NAN, 1.0]);
    ok(&mut vm, "array_sort", &[n.clone(), t.clone()]);
    assert_eq!(show(&mut vm, &n), "[ 1,3,NaN ]");
    let c = nums(&[1.0, 5.0, 3.0, 2.0, 4.0]);
    ok(&mut vm, "array_sort", &[c.clone(), native(&DESC)]);
    assert_eq!(show(&mut vm, &c), "[ 5,4,3,2,1 ]");
    // Fractions below 1 count as 0 ("equal"), and equal elements keep their order (stable).
    let c = nums(&[5.0, 1.0, 3.0]);
    ok(&mut vm, "array_sort", &[c.clone(), native(&FRACTION)]);
    assert_eq!(show(&mut vm, &c), "[ 5,1,3 ]");
    let c = nums(&[25.0, 11.0, 22.0, 15.0, 3.0, 21.0]);
    ok(&mut vm, "array_sort", &[c.clone(), native(&BY_TENS)]);
    assert_eq!(show(&mut vm, &c), "[ 3,11,15,25,22,21 ]");
    // A comparator answering only 1 or 0 (a bool) still sorts.
    static GREATER: Builtin = Builtin::new("greater", 2, 2, |_, a| {
        Ok(Value::Bool(num_arg(a, 0) > num_arg(a, 1)))
    });
    let c = nums(&[3.0, 1.0, 2.0, 5.0, 4.0]);
    ok(&mut vm, "array_sort", &[c.clone(), native(&GREATER)]);
    assert_eq!(show(&mut vm, &c), "[ 1,2,3,4,5 ]");
    // An inconsistent comparator still terminates without panicking.
    let c = nums(&(0..200).map(|x| x as f64).collect::<Vec<_>>());
    ok(&mut vm, "array_sort", &[c.clone(), native(&RANDOM_CMP)]);
    assert_eq!(shown(&mut vm, "array_length", &[c]), "200");
    let e = nums(&[]);
    ok(&mut vm, "array_sort", &[e.clone(), t.clone()]);
    assert!(call(&mut vm, "array_sort", &[r(1.0), t]).is_err());
    assert!(call(&mut vm, "array_sort", &[e, Value::str("x")]).is_err());
    let _ = inf();
}

#[test]
fn builtins_as_callbacks_get_only_the_arguments_they_take() {
    let mut vm = vm();
    let is_numeric = native(crate::builtins::lookup("is_numeric").expect("is_numeric"));
    let mixed = Value::new_array(vec![r(1.0), r(2.0), Value::str("a"), r(3.0)]);
    assert_eq!(
        shown(
            &mut vm,
            "array_copy_while",
            &[mixed.clone(), is_numeric.clone()]
        ),
        "[ 1,2 ]"
    );
    assert_eq!(shown(&mut vm, "array_all", &[mixed, is_numeric]), "0");
}
