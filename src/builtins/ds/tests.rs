//! Unit tests calling the ds natives directly.
#![allow(clippy::cloned_ref_to_slice_refs, clippy::approx_constant)]

use super::grid::*;
use super::list::*;
use super::map::*;
use super::priority::*;
use super::queue::*;
use super::stack::*;
use super::*;
use crate::vm::value::Value;
use crate::vm::Vm;

fn vm() -> Vm {
    Vm::new(Box::new(Vec::new()))
}

fn r(x: f64) -> Value {
    Value::Real(x)
}

fn s(x: &str) -> Value {
    Value::str(x)
}

fn num(v: &Value) -> f64 {
    v.as_f64()
        .unwrap_or_else(|| panic!("not a number: {}", v.type_name()))
}

fn text(v: &Value) -> String {
    v.as_str().expect("a string").to_string()
}

fn truth(v: &Value) -> bool {
    matches!(v, Value::Bool(true))
}

#[test]
fn map_basics_and_key_types() {
    let mut vm = vm();
    let m = ds_map_create(&mut vm, &[]).unwrap();
    assert!(truth(
        &ds_map_add(&mut vm, &[m.clone(), r(1.0), s("real")]).unwrap()
    ));
    assert!(truth(
        &ds_map_add(&mut vm, &[m.clone(), s("1"), s("string")]).unwrap()
    ));
    // add does not overwrite
    assert!(!truth(
        &ds_map_add(&mut vm, &[m.clone(), r(1.0), s("again")]).unwrap()
    ));
    assert_eq!(
        text(&ds_map_find_value(&mut vm, &[m.clone(), r(1.0)]).unwrap()),
        "real"
    );
    assert_eq!(
        text(&ds_map_find_value(&mut vm, &[m.clone(), Value::Int64(1)]).unwrap()),
        "real"
    );
    assert_eq!(
        text(&ds_map_find_value(&mut vm, &[m.clone(), s("1")]).unwrap()),
        "string"
    );
    assert!(matches!(
        ds_map_find_value(&mut vm, &[m.clone(), s("nope")]).unwrap(),
        Value::Undefined
    ));
    assert_eq!(num(&ds_map_size(&mut vm, &[m.clone()]).unwrap()), 2.0);
    // replace reports whether the key existed
    assert!(!truth(
        &ds_map_replace(&mut vm, &[m.clone(), s("k"), r(5.0)]).unwrap()
    ));
    assert!(truth(
        &ds_map_replace(&mut vm, &[m.clone(), s("k"), r(6.0)]).unwrap()
    ));
    ds_map_delete(&mut vm, &[m.clone(), s("k")]).unwrap();
    assert!(!truth(
        &ds_map_exists(&mut vm, &[m.clone(), s("k")]).unwrap()
    ));
    // iteration in insertion order
    let first = ds_map_find_first(&mut vm, &[m.clone()]).unwrap();
    assert_eq!(num(&first), 1.0);
    let next = ds_map_find_next(&mut vm, &[m.clone(), first]).unwrap();
    assert_eq!(text(&next), "1");
    assert!(matches!(
        ds_map_find_next(&mut vm, &[m.clone(), next.clone()]).unwrap(),
        Value::Undefined
    ));
    assert_eq!(
        num(&ds_map_find_previous(&mut vm, &[m.clone(), next]).unwrap()),
        1.0
    );
    assert_eq!(text(&ds_map_find_last(&mut vm, &[m.clone()]).unwrap()), "1");
    // keys_to_array appends to a given array
    let arr = Value::new_array(vec![s("x")]);
    let out = ds_map_keys_to_array(&mut vm, &[m.clone(), arr.clone()]).unwrap();
    assert!(out.same_ref(&arr));
    if let Value::Array(a) = &arr {
        assert_eq!(a.borrow().len(), 3);
    }
    ds_map_clear(&mut vm, &[m.clone()]).unwrap();
    assert!(truth(&ds_map_empty(&mut vm, &[m.clone()]).unwrap()));
}

#[test]
fn struct_keys_are_compared_by_identity() {
    let mut vm = vm();
    let m = ds_map_create(&mut vm, &[]).unwrap();
    let a = Value::new_struct(crate::vm::value::StructObj::new());
    let b = Value::new_struct(crate::vm::value::StructObj::new());
    ds_map_set(&mut vm, &[m.clone(), a.clone(), r(1.0)]).unwrap();
    ds_map_set(&mut vm, &[m.clone(), b.clone(), r(2.0)]).unwrap();
    assert_eq!(num(&ds_map_size(&mut vm, &[m.clone()]).unwrap()), 2.0);
    assert_eq!(
        num(&ds_map_find_value(&mut vm, &[m.clone(), b]).unwrap()),
        2.0
    );
}

#[test]
fn destroyed_and_unknown_handles_are_errors() {
    let mut vm = vm();
    let m = ds_map_create(&mut vm, &[]).unwrap();
    ds_map_destroy(&mut vm, &[m.clone()]).unwrap();
    let e = ds_map_find_value(&mut vm, &[m.clone(), s("a")])
        .err()
        .unwrap();
    assert_eq!(e.message(), "Data structure with index does not exist.");
    assert!(ds_map_set(&mut vm, &[m.clone(), s("a"), r(1.0)]).is_err());
    // destroying twice is harmless
    ds_map_destroy(&mut vm, &[m]).unwrap();
    assert!(ds_list_size(&mut vm, &[r(42.0)]).is_err());
    assert!(ds_grid_width(&mut vm, &[r(-1.0)]).is_err());
    assert!(ds_stack_pop(&mut vm, &[r(0.0)]).is_err());
    assert!(ds_queue_head(&mut vm, &[r(0.0)]).is_err());
    assert!(ds_priority_size(&mut vm, &[r(0.0)]).is_err());
    // wrong argument types
    let e = ds_map_find_value(&mut vm, &[s("map"), s("a")])
        .err()
        .unwrap();
    assert!(matches!(e, crate::vm::error::Error::BadArg(_)));
    assert!(e.message().contains("ds_map"));
    assert!(ds_list_add(&mut vm, &[Value::Undefined, r(1.0)]).is_err());
    let l = ds_list_create(&mut vm, &[]).unwrap();
    assert!(ds_list_find_value(&mut vm, &[l, s("zero")]).is_err());
}

#[test]
fn indexes_are_reused_lowest_first() {
    let mut vm = vm();
    let a = ds_list_create(&mut vm, &[]).unwrap();
    let b = ds_list_create(&mut vm, &[]).unwrap();
    let c = ds_list_create(&mut vm, &[]).unwrap();
    assert_eq!((num(&a), num(&b), num(&c)), (0.0, 1.0, 2.0));
    ds_list_destroy(&mut vm, &[c]).unwrap();
    ds_list_destroy(&mut vm, &[a]).unwrap();
    assert_eq!(num(&ds_list_create(&mut vm, &[]).unwrap()), 0.0);
    assert_eq!(num(&ds_list_create(&mut vm, &[]).unwrap()), 2.0);
    // separate index spaces per kind
    assert_eq!(num(&ds_map_create(&mut vm, &[]).unwrap()), 0.0);
    assert!(truth(
        &ds_exists(&mut vm, &[r(0.0), r(DS_TYPE_MAP as f64)]).unwrap()
    ));
    assert!(!truth(
        &ds_exists(&mut vm, &[r(0.0), r(DS_TYPE_GRID as f64)]).unwrap()
    ));
    assert!(!truth(&ds_exists(&mut vm, &[s("x"), r(1.0)]).unwrap()));
}

#[test]
fn nested_destruction_follows_marks() {
    let mut vm = vm();
    let parent = ds_map_create(&mut vm, &[]).unwrap();
    let child_map = ds_map_create(&mut vm, &[]).unwrap();
    let child_list = ds_list_create(&mut vm, &[]).unwrap();
    let grandchild = ds_map_create(&mut vm, &[]).unwrap();
    let unmarked = ds_list_create(&mut vm, &[]).unwrap();
    ds_list_add(&mut vm, &[child_list.clone(), grandchild.clone()]).unwrap();
    ds_list_mark_as_map(&mut vm, &[child_list.clone(), r(0.0)]).unwrap();
    ds_map_add_map(&mut vm, &[parent.clone(), s("m"), child_map.clone()]).unwrap();
    ds_map_add_list(&mut vm, &[parent.clone(), s("l"), child_list.clone()]).unwrap();
    ds_map_add(&mut vm, &[parent.clone(), s("u"), unmarked.clone()]).unwrap();
    assert!(truth(
        &ds_map_is_map(&mut vm, &[parent.clone(), s("m")]).unwrap()
    ));
    assert!(truth(
        &ds_map_is_list(&mut vm, &[parent.clone(), s("l")]).unwrap()
    ));
    assert!(!truth(
        &ds_map_is_list(&mut vm, &[parent.clone(), s("u")]).unwrap()
    ));
    // a cycle of marks must not loop
    ds_map_add_map(&mut vm, &[child_map.clone(), s("back"), parent.clone()]).unwrap();
    ds_map_destroy(&mut vm, &[parent.clone()]).unwrap();
    let id = |v: &Value| value_index(v).unwrap();
    assert!(!vm.ds.maps.exists(id(&parent)));
    assert!(!vm.ds.maps.exists(id(&child_map)));
    assert!(!vm.ds.lists.exists(id(&child_list)));
    assert!(!vm.ds.maps.exists(id(&grandchild)));
    assert!(vm.ds.lists.exists(id(&unmarked)));
}

#[test]
fn clear_destroys_marked_children_but_delete_does_not() {
    let mut vm = vm();
    let l = ds_list_create(&mut vm, &[]).unwrap();
    let a = ds_list_create(&mut vm, &[]).unwrap();
    let b = ds_list_create(&mut vm, &[]).unwrap();
    ds_list_add(&mut vm, &[l.clone(), a.clone(), b.clone()]).unwrap();
    ds_list_mark_as_list(&mut vm, &[l.clone(), r(0.0)]).unwrap();
    ds_list_mark_as_list(&mut vm, &[l.clone(), r(1.0)]).unwrap();
    ds_list_delete(&mut vm, &[l.clone(), r(1.0)]).unwrap();
    ds_list_clear(&mut vm, &[l.clone()]).unwrap();
    assert!(!vm.ds.lists.exists(value_index(&a).unwrap()));
    assert!(vm.ds.lists.exists(value_index(&b).unwrap()));
}

#[test]
fn list_operations() {
    let mut vm = vm();
    let l = ds_list_create(&mut vm, &[]).unwrap();
    ds_list_add(&mut vm, &[l.clone(), r(10.0), r(20.0), r(30.0)]).unwrap();
    ds_list_insert(&mut vm, &[l.clone(), r(1.0), s("x")]).unwrap();
    ds_list_insert(&mut vm, &[l.clone(), r(4.0), s("end")]).unwrap();
    ds_list_insert(&mut vm, &[l.clone(), r(9.0), s("ignored")]).unwrap();
    assert_eq!(num(&ds_list_size(&mut vm, &[l.clone()]).unwrap()), 5.0);
    assert_eq!(
        text(&ds_list_find_value(&mut vm, &[l.clone(), r(1.7)]).unwrap()),
        "x"
    );
    assert!(matches!(
        ds_list_find_value(&mut vm, &[l.clone(), r(-1.0)]).unwrap(),
        Value::Undefined
    ));
    assert_eq!(
        num(&ds_list_find_index(&mut vm, &[l.clone(), r(30.00000001)]).unwrap()),
        3.0
    );
    assert_eq!(
        num(&ds_list_find_index(&mut vm, &[l.clone(), s("30")]).unwrap()),
        -1.0
    );
    ds_list_set(&mut vm, &[l.clone(), r(7.0), s("far")]).unwrap();
    assert_eq!(num(&ds_list_size(&mut vm, &[l.clone()]).unwrap()), 8.0);
    assert_eq!(
        num(&ds_list_find_value(&mut vm, &[l.clone(), r(6.0)]).unwrap()),
        0.0
    );
    let e = ds_list_replace(&mut vm, &[l.clone(), r(8.0), r(1.0)])
        .err()
        .unwrap();
    assert_eq!(
        e.message(),
        "ds_list_replace :: Trying to access an out-of-bounds index [| 8]"
    );
    ds_list_replace(&mut vm, &[l.clone(), r(0.0), r(99.0)]).unwrap();
    ds_list_delete(&mut vm, &[l.clone(), r(100.0)]).unwrap();
    ds_list_sort(&mut vm, &[l.clone(), Value::Bool(true)]).unwrap();
    let got: Vec<Value> = vm
        .ds
        .list(0)
        .unwrap()
        .items
        .iter()
        .map(|i| i.value.clone())
        .collect();
    let shown: Vec<String> = got.iter().map(|v| vm.stringify(v).unwrap()).collect();
    assert_eq!(shown, ["0", "0", "20", "30", "99", "end", "far", "x"]);
    ds_list_sort(&mut vm, &[l.clone(), Value::Bool(false)]).unwrap();
    assert_eq!(
        text(&ds_list_find_value(&mut vm, &[l.clone(), r(0.0)]).unwrap()),
        "x"
    );
    let copy = ds_list_create(&mut vm, &[]).unwrap();
    ds_list_copy(&mut vm, &[copy.clone(), l.clone()]).unwrap();
    assert_eq!(num(&ds_list_size(&mut vm, &[copy.clone()]).unwrap()), 8.0);
    ds_list_shuffle(&mut vm, &[copy.clone()]).unwrap();
    ds_list_sort(&mut vm, &[copy.clone(), Value::Bool(false)]).unwrap();
    assert_eq!(
        text(&ds_list_find_value(&mut vm, &[copy, r(0.0)]).unwrap()),
        "x"
    );
}

#[test]
fn marks_travel_with_sorted_values() {
    let mut vm = vm();
    let l = ds_list_create(&mut vm, &[]).unwrap();
    ds_list_add(&mut vm, &[l.clone(), r(50.0), r(3.0)]).unwrap();
    ds_list_mark_as_list(&mut vm, &[l.clone(), r(1.0)]).unwrap();
    ds_list_sort(&mut vm, &[l.clone(), Value::Bool(true)]).unwrap();
    assert!(truth(
        &ds_list_is_list(&mut vm, &[l.clone(), r(0.0)]).unwrap()
    ));
    assert!(!truth(
        &ds_list_is_list(&mut vm, &[l.clone(), r(1.0)]).unwrap()
    ));
    assert_eq!(
        num(&ds_list_mark_as_map(&mut vm, &[l.clone(), r(5.0)]).unwrap()),
        -1.0
    );
}

#[test]
fn write_strings_match_gamemaker() {
    let mut vm = vm();
    // a map holding one nested map index (GameMaker's own test string)
    let m = ds_map_create(&mut vm, &[]).unwrap();
    ds_map_set(&mut vm, &[m.clone(), s("Map"), r(1.0)]).unwrap();
    assert_eq!(
        text(&ds_map_write(&mut vm, &[m.clone()]).unwrap()),
        "930100000100000001000000030000004D617000000000000000000000F03F"
    );
    let l = ds_list_create(&mut vm, &[]).unwrap();
    let baked = "2F01000005000000010000000500000068656C6C6F000000000000000000003E400000000000000000000034400000000000000000000024400100000005000000776F726C64";
    ds_list_read(&mut vm, &[l.clone(), s(baked)]).unwrap();
    assert_eq!(text(&ds_list_write(&mut vm, &[l.clone()]).unwrap()), baked);
    let st = ds_stack_create(&mut vm, &[]).unwrap();
    let arr = Value::new_array(vec![r(3.14159), s("world")]);
    ds_stack_push(
        &mut vm,
        &[st.clone(), r(50.0), r(100.0), r(200.0), s("hello"), arr],
    )
    .unwrap();
    let v103 = "6700000005000000000000000000000000004940000000000000000000005940000000000000000000006940010000000500000068656C6C6F0200000002000000000000006E861BF0F92109400100000005000000776F726C64";
    assert_eq!(text(&ds_stack_write(&mut vm, &[st.clone()]).unwrap()), v103);
    let p = ds_priority_create(&mut vm, &[]).unwrap();
    ds_priority_add(&mut vm, &[p.clone(), r(100.0), r(20.0)]).unwrap();
    assert_eq!(
        text(&ds_priority_write(&mut vm, &[p.clone()]).unwrap()),
        "F701000001000000000000000000000000003440000000000000000000005940"
    );
    // GameMaker's native queue layout (a 16-slot ring buffer) reads back
    let q = ds_queue_create(&mut vm, &[]).unwrap();
    let native = format!(
        "CB000000030000000000000010000000000000000000000000005940000000000000000000006940000000000000000000C07240{}",
        "000000000000000000000000".repeat(13)
    );
    ds_queue_read(&mut vm, &[q.clone(), s(&native)]).unwrap();
    assert_eq!(num(&ds_queue_size(&mut vm, &[q.clone()]).unwrap()), 3.0);
    assert_eq!(num(&ds_queue_tail(&mut vm, &[q.clone()]).unwrap()), 300.0);
    // ... and is what ds_queue_write produces (GameMaker's BasicDataStructuresQueue suite).
    assert_eq!(
        text(&ds_queue_write(&mut vm, &[q.clone()]).unwrap()),
        native
    );
}

#[test]
fn everything_round_trips_through_write_and_read() {
    let mut vm = vm();
    let g = ds_grid_create(&mut vm, &[r(3.0), r(2.0)]).unwrap();
    ds_grid_set(&mut vm, &[g.clone(), r(2.0), r(1.0), s("corner")]).unwrap();
    ds_grid_set(&mut vm, &[g.clone(), r(0.0), r(1.0), r(-4.5)]).unwrap();
    let w = ds_grid_write(&mut vm, &[g.clone()]).unwrap();
    let g2 = ds_grid_create(&mut vm, &[r(10.0), r(10.0)]).unwrap();
    ds_grid_read(&mut vm, &[g2.clone(), w]).unwrap();
    assert_eq!(num(&ds_grid_width(&mut vm, &[g2.clone()]).unwrap()), 3.0);
    assert_eq!(num(&ds_grid_height(&mut vm, &[g2.clone()]).unwrap()), 2.0);
    assert_eq!(
        text(&ds_grid_get(&mut vm, &[g2.clone(), r(2.0), r(1.0)]).unwrap()),
        "corner"
    );
    assert_eq!(
        num(&ds_grid_get(&mut vm, &[g2, r(0.0), r(1.0)]).unwrap()),
        -4.5
    );

    let m = ds_map_create(&mut vm, &[]).unwrap();
    ds_map_set(&mut vm, &[m.clone(), s("a"), r(1.5)]).unwrap();
    ds_map_set(&mut vm, &[m.clone(), r(2.0), s("two")]).unwrap();
    let w = ds_map_write(&mut vm, &[m.clone()]).unwrap();
    let m2 = ds_map_create(&mut vm, &[]).unwrap();
    ds_map_set(&mut vm, &[m2.clone(), s("old"), r(0.0)]).unwrap();
    ds_map_read(&mut vm, &[m2.clone(), w]).unwrap();
    assert_eq!(num(&ds_map_size(&mut vm, &[m2.clone()]).unwrap()), 2.0);
    assert_eq!(
        text(&ds_map_find_value(&mut vm, &[m2.clone(), r(2.0)]).unwrap()),
        "two"
    );

    let p = ds_priority_create(&mut vm, &[]).unwrap();
    ds_priority_add(&mut vm, &[p.clone(), s("low"), r(1.0)]).unwrap();
    ds_priority_add(&mut vm, &[p.clone(), s("high"), r(9.0)]).unwrap();
    let w = ds_priority_write(&mut vm, &[p.clone()]).unwrap();
    ds_priority_clear(&mut vm, &[p.clone()]).unwrap();
    ds_priority_read(&mut vm, &[p.clone(), w]).unwrap();
    assert_eq!(
        text(&ds_priority_find_max(&mut vm, &[p.clone()]).unwrap()),
        "high"
    );

    // garbage is ignored (the structure is left cleared)
    ds_map_read(&mut vm, &[m2.clone(), s("not hex")]).unwrap();
    assert_eq!(num(&ds_map_size(&mut vm, &[m2]).unwrap()), 0.0);
}

#[test]
fn grid_regions_disks_and_searches() {
    let mut vm = vm();
    let g = ds_grid_create(&mut vm, &[r(10.0), r(10.0)]).unwrap();
    ds_grid_set_disk(&mut vm, &[g.clone(), r(7.0), r(7.0), r(3.0), r(10.0)]).unwrap();
    ds_grid_add_disk(&mut vm, &[g.clone(), r(7.0), r(7.0), r(3.0), r(-5.0)]).unwrap();
    ds_grid_multiply_disk(&mut vm, &[g.clone(), r(7.0), r(7.0), r(3.0), r(3.0)]).unwrap();
    let disk = [g.clone(), r(7.0), r(7.0), r(3.0)];
    assert_eq!(num(&ds_grid_get_disk_sum(&mut vm, &disk).unwrap()), 405.0);
    assert_eq!(num(&ds_grid_get_disk_min(&mut vm, &disk).unwrap()), 15.0);
    assert_eq!(num(&ds_grid_get_disk_mean(&mut vm, &disk).unwrap()), 15.0);
    let find = [g.clone(), r(7.0), r(7.0), r(3.0), r(15.0)];
    assert_eq!(num(&ds_grid_value_disk_x(&mut vm, &find).unwrap()), 4.0);
    assert_eq!(num(&ds_grid_value_disk_y(&mut vm, &find).unwrap()), 7.0);

    ds_grid_clear(&mut vm, &[g.clone(), r(0.0)]).unwrap();
    // corners given swapped, region clipped to the grid
    ds_grid_set_region(
        &mut vm,
        &[g.clone(), r(4.0), r(4.0), r(-3.0), r(0.0), r(2.0)],
    )
    .unwrap();
    ds_grid_add_region(
        &mut vm,
        &[g.clone(), r(0.0), r(0.0), r(4.0), r(4.0), r(3.0)],
    )
    .unwrap();
    ds_grid_multiply_region(
        &mut vm,
        &[g.clone(), r(0.0), r(0.0), r(4.0), r(4.0), r(5.0)],
    )
    .unwrap();
    let reg = [g.clone(), r(0.0), r(0.0), r(4.0), r(4.0)];
    assert_eq!(num(&ds_grid_get_sum(&mut vm, &reg).unwrap()), 625.0);
    assert_eq!(num(&ds_grid_get_max(&mut vm, &reg).unwrap()), 25.0);
    assert_eq!(num(&ds_grid_get_mean(&mut vm, &reg).unwrap()), 25.0);
    ds_grid_set(&mut vm, &[g.clone(), r(6.0), r(3.0), s("a")]).unwrap();
    ds_grid_add(&mut vm, &[g.clone(), r(6.0), r(3.0), s("b")]).unwrap();
    ds_grid_add(&mut vm, &[g.clone(), r(6.0), r(3.0), r(1.0)]).unwrap();
    assert_eq!(
        text(&ds_grid_get(&mut vm, &[g.clone(), r(6.0), r(3.0)]).unwrap()),
        "ab"
    );
    let all = [g.clone(), r(0.0), r(0.0), r(9.0), r(9.0), s("ab")];
    assert!(truth(&ds_grid_value_exists(&mut vm, &all).unwrap()));
    assert_eq!(num(&ds_grid_value_x(&mut vm, &all).unwrap()), 6.0);
    assert_eq!(num(&ds_grid_value_y(&mut vm, &all).unwrap()), 3.0);
    let none = [g.clone(), r(0.0), r(0.0), r(9.0), r(9.0), s("zz")];
    assert_eq!(num(&ds_grid_value_x(&mut vm, &none).unwrap()), -1.0);
    assert!(matches!(
        ds_grid_get(&mut vm, &[g.clone(), r(10.0), r(0.0)]).unwrap(),
        Value::Undefined
    ));

    // grid regions between grids, including a grid with itself
    let src = ds_grid_create(&mut vm, &[r(2.0), r(2.0)]).unwrap();
    ds_grid_clear(&mut vm, &[src.clone(), r(2.0)]).unwrap();
    let dst = ds_grid_create(&mut vm, &[r(10.0), r(10.0)]).unwrap();
    ds_grid_set(&mut vm, &[dst.clone(), r(9.0), r(9.0), r(4.0)]).unwrap();
    let args = |op_dst: &Value| {
        [
            op_dst.clone(),
            src.clone(),
            r(0.0),
            r(0.0),
            r(1.0),
            r(1.0),
            r(8.0),
            r(8.0),
        ]
    };
    ds_grid_multiply_grid_region(&mut vm, &args(&dst)).unwrap();
    assert_eq!(
        num(&ds_grid_get(&mut vm, &[dst.clone(), r(9.0), r(9.0)]).unwrap()),
        8.0
    );
    ds_grid_add_grid_region(&mut vm, &args(&dst)).unwrap();
    assert_eq!(
        num(&ds_grid_get(&mut vm, &[dst.clone(), r(8.0), r(8.0)]).unwrap()),
        2.0
    );
    ds_grid_set_grid_region(
        &mut vm,
        &[
            dst.clone(),
            dst.clone(),
            r(8.0),
            r(8.0),
            r(9.0),
            r(9.0),
            r(0.0),
            r(0.0),
        ],
    )
    .unwrap();
    assert_eq!(
        num(&ds_grid_get(&mut vm, &[dst.clone(), r(1.0), r(1.0)]).unwrap()),
        10.0
    );
}

#[test]
fn grid_resize_sort_copy_shuffle() {
    let mut vm = vm();
    let g = ds_grid_create(&mut vm, &[r(2.0), r(5.0)]).unwrap();
    for (y, v) in [9.0, 8.0, 7.0, 6.0, 5.0].iter().enumerate() {
        ds_grid_set(&mut vm, &[g.clone(), r(0.0), r(y as f64), r(*v)]).unwrap();
        ds_grid_set(&mut vm, &[g.clone(), r(1.0), r(y as f64), r(y as f64)]).unwrap();
    }
    ds_grid_sort(&mut vm, &[g.clone(), r(0.0), Value::Bool(true)]).unwrap();
    assert_eq!(
        num(&ds_grid_get(&mut vm, &[g.clone(), r(0.0), r(0.0)]).unwrap()),
        5.0
    );
    // rows move together
    assert_eq!(
        num(&ds_grid_get(&mut vm, &[g.clone(), r(1.0), r(0.0)]).unwrap()),
        4.0
    );
    ds_grid_resize(&mut vm, &[g.clone(), r(3.0), r(2.0)]).unwrap();
    assert_eq!(
        num(&ds_grid_get(&mut vm, &[g.clone(), r(1.0), r(1.0)]).unwrap()),
        3.0
    );
    assert_eq!(
        num(&ds_grid_get(&mut vm, &[g.clone(), r(2.0), r(1.0)]).unwrap()),
        0.0
    );
    let c = ds_grid_create(&mut vm, &[r(1.0), r(1.0)]).unwrap();
    ds_grid_copy(&mut vm, &[c.clone(), g.clone()]).unwrap();
    assert_eq!(num(&ds_grid_width(&mut vm, &[c.clone()]).unwrap()), 3.0);
    ds_grid_shuffle(&mut vm, &[c.clone()]).unwrap();
    let reg = [c.clone(), r(0.0), r(0.0), r(2.0), r(1.0)];
    assert_eq!(
        num(&ds_grid_get_sum(&mut vm, &reg).unwrap()),
        5.0 + 6.0 + 4.0 + 3.0
    );
}

#[test]
fn stacks_queues_priorities() {
    let mut vm = vm();
    let st = ds_stack_create(&mut vm, &[]).unwrap();
    ds_stack_push(&mut vm, &[st.clone(), r(1.0), r(2.0), r(3.0)]).unwrap();
    assert_eq!(num(&ds_stack_top(&mut vm, &[st.clone()]).unwrap()), 3.0);
    assert_eq!(num(&ds_stack_pop(&mut vm, &[st.clone()]).unwrap()), 3.0);
    assert_eq!(num(&ds_stack_size(&mut vm, &[st.clone()]).unwrap()), 2.0);
    let st2 = ds_stack_create(&mut vm, &[]).unwrap();
    ds_stack_copy(&mut vm, &[st2.clone(), st.clone()]).unwrap();
    ds_stack_clear(&mut vm, &[st.clone()]).unwrap();
    assert!(matches!(
        ds_stack_pop(&mut vm, &[st.clone()]).unwrap(),
        Value::Undefined
    ));
    assert!(truth(&ds_stack_empty(&mut vm, &[st]).unwrap()));
    assert_eq!(num(&ds_stack_pop(&mut vm, &[st2]).unwrap()), 2.0);

    let q = ds_queue_create(&mut vm, &[]).unwrap();
    ds_queue_enqueue(&mut vm, &[q.clone(), r(100.0), r(200.0), r(300.0)]).unwrap();
    assert_eq!(num(&ds_queue_head(&mut vm, &[q.clone()]).unwrap()), 100.0);
    assert_eq!(
        num(&ds_queue_dequeue(&mut vm, &[q.clone()]).unwrap()),
        100.0
    );
    let w = ds_queue_write(&mut vm, &[q.clone()]).unwrap();
    let q2 = ds_queue_create(&mut vm, &[]).unwrap();
    ds_queue_read(&mut vm, &[q2.clone(), w]).unwrap();
    assert_eq!(num(&ds_queue_head(&mut vm, &[q2.clone()]).unwrap()), 200.0);
    ds_queue_clear(&mut vm, &[q.clone()]).unwrap();
    assert!(matches!(
        ds_queue_dequeue(&mut vm, &[q]).unwrap(),
        Value::Undefined
    ));

    let p = ds_priority_create(&mut vm, &[]).unwrap();
    for (v, pr) in [(1000.0, 10.0), (2000.0, 8.0), (3000.0, 6.0), (5000.0, 2.0)] {
        ds_priority_add(&mut vm, &[p.clone(), r(v), r(pr)]).unwrap();
    }
    assert_eq!(
        num(&ds_priority_find_min(&mut vm, &[p.clone()]).unwrap()),
        5000.0
    );
    assert_eq!(
        num(&ds_priority_find_max(&mut vm, &[p.clone()]).unwrap()),
        1000.0
    );
    ds_priority_change_priority(&mut vm, &[p.clone(), r(3000.0), r(80.0)]).unwrap();
    assert_eq!(
        num(&ds_priority_delete_max(&mut vm, &[p.clone()]).unwrap()),
        3000.0
    );
    assert_eq!(
        num(&ds_priority_find_priority(&mut vm, &[p.clone(), r(2000.0)]).unwrap()),
        8.0
    );
    assert!(matches!(
        ds_priority_find_priority(&mut vm, &[p.clone(), r(7.0)]).unwrap(),
        Value::Undefined
    ));
    ds_priority_delete_value(&mut vm, &[p.clone(), r(2000.0)]).unwrap();
    assert_eq!(num(&ds_priority_size(&mut vm, &[p.clone()]).unwrap()), 2.0);
    ds_priority_delete_min(&mut vm, &[p.clone()]).unwrap();
    ds_priority_delete_min(&mut vm, &[p.clone()]).unwrap();
    assert_eq!(
        num(&ds_priority_delete_min(&mut vm, &[p.clone()]).unwrap()),
        0.0
    );
    assert!(matches!(
        ds_priority_find_max(&mut vm, &[p]).unwrap(),
        Value::Undefined
    ));
}

#[test]
fn rust_interface_for_the_runtime() {
    let mut vm = vm();
    let ds = &mut vm.ds;
    let m = ds.map_create();
    assert!(ds.map_set(m, Value::str("id"), Value::Real(3.0)));
    let h = ds.map_create();
    ds.map_set(h, Value::str("content-type"), Value::str("text/plain"));
    ds.map_set(m, Value::str("response_headers"), Value::Real(h as f64));
    ds.map_mark_map(m, Value::str("response_headers"));
    let entries = ds.map_entries(m).unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].0.as_str(), Some("id"));
    assert!(matches!(ds.map_get(m, &Value::str("id")), Some(Value::Real(x)) if x == 3.0));
    assert!(ds.map_get(m, &Value::str("none")).is_none());
    assert!(ds.map_destroy(m));
    assert!(!ds.map_exists(m));
    assert!(!ds.map_exists(h));
    assert!(!ds.map_destroy(m));
    assert!(!ds.map_set(m, Value::str("x"), Value::Undefined));
    assert!(ds.map_entries(m).is_none());
}

#[test]
fn grid_of_short_strings_reads_back() {
    let mut vm = vm();
    let g = ds_grid_create(&mut vm, &[r(2.0), r(1.0)]).unwrap();
    ds_grid_set(&mut vm, &[g.clone(), r(0.0), r(0.0), s("")]).unwrap();
    ds_grid_set(&mut vm, &[g.clone(), r(1.0), r(0.0), s("x")]).unwrap();
    let w = ds_grid_write(&mut vm, std::slice::from_ref(&g)).unwrap();
    let g2 = ds_grid_create(&mut vm, &[r(5.0), r(5.0)]).unwrap();
    ds_grid_read(&mut vm, &[g2.clone(), w]).unwrap();
    assert_eq!(
        num(&ds_grid_width(&mut vm, std::slice::from_ref(&g2)).unwrap()),
        2.0
    );
    assert_eq!(
        text(&ds_grid_get(&mut vm, &[g2, r(1.0), r(0.0)]).unwrap()),
        "x"
    );
}

#[test]
fn region_search_is_row_by_row_and_disk_search_column_by_column() {
    let mut vm = vm();
    let g = ds_grid_create(&mut vm, &[r(5.0), r(5.0)]).unwrap();
    ds_grid_set(&mut vm, &[g.clone(), r(1.0), r(3.0), s("v")]).unwrap();
    ds_grid_set(&mut vm, &[g.clone(), r(3.0), r(1.0), s("v")]).unwrap();
    let region = [g.clone(), r(0.0), r(0.0), r(4.0), r(4.0), s("v")];
    assert_eq!(num(&ds_grid_value_x(&mut vm, &region).unwrap()), 3.0);
    assert_eq!(num(&ds_grid_value_y(&mut vm, &region).unwrap()), 1.0);
    let disk = [g.clone(), r(2.0), r(2.0), r(3.0), s("v")];
    assert_eq!(num(&ds_grid_value_disk_x(&mut vm, &disk).unwrap()), 1.0);
    assert_eq!(num(&ds_grid_value_disk_y(&mut vm, &disk).unwrap()), 3.0);
}

#[test]
fn deep_nesting_and_odd_sorts_do_not_crash() {
    let mut vm = vm();
    // a chain of 100000 marked lists is destroyed without recursion
    let root = vm.ds.list_create();
    let mut parent = root;
    for _ in 0..100_000 {
        let child = vm.ds.list_create();
        vm.ds.lists.get_mut(parent).unwrap().items.push(list::Item {
            value: Value::Real(child as f64),
            mark: Mark::List,
        });
        parent = child;
    }
    assert!(vm.ds.list_destroy(root));
    assert!(!vm.ds.lists.exists(parent));
    // NaN, near-equal reals and mixed types sort without panicking
    let l = ds_list_create(&mut vm, &[]).unwrap();
    let mut vals = vec![l.clone()];
    for i in 0..200 {
        vals.push(match i % 5 {
            0 => r(f64::NAN),
            1 => r(1.0 + i as f64 * 1e-9),
            2 => s("b"),
            3 => Value::Undefined,
            _ => r(-(i as f64)),
        });
    }
    ds_list_add(&mut vm, &vals).unwrap();
    ds_list_sort(&mut vm, &[l.clone(), Value::Bool(true)]).unwrap();
    ds_list_sort(&mut vm, &[l, Value::Bool(false)]).unwrap();
}

#[test]
fn for_each_value_visits_every_structure() {
    let mut vm = vm();
    let m = ds_map_create(&mut vm, &[]).unwrap();
    ds_map_set(&mut vm, &[m, s("k"), r(1.0)]).unwrap();
    let l = ds_list_create(&mut vm, &[]).unwrap();
    ds_list_add(&mut vm, &[l, r(2.0)]).unwrap();
    let g = ds_grid_create(&mut vm, &[r(1.0), r(2.0)]).unwrap();
    let _ = g;
    let st = ds_stack_create(&mut vm, &[]).unwrap();
    ds_stack_push(&mut vm, &[st, r(3.0)]).unwrap();
    let q = ds_queue_create(&mut vm, &[]).unwrap();
    ds_queue_enqueue(&mut vm, &[q, r(4.0)]).unwrap();
    let p = ds_priority_create(&mut vm, &[]).unwrap();
    ds_priority_add(&mut vm, &[p, r(5.0), r(1.0)]).unwrap();
    let mut n = 0;
    vm.ds.for_each_value(|_| n += 1);
    assert_eq!(n, 2 + 1 + 2 + 1 + 1 + 1);
}
