#![allow(clippy::cloned_ref_to_slice_refs)]
use super::tests_support::*;
use super::*;
use crate::vm::Vm;

fn num(v: &Value) -> f64 {
    v.as_f64().expect("number")
}

fn text(v: &Value) -> String {
    v.as_str().expect("string").to_string()
}

fn create(vm: &mut Vm, size: i32, kind: f64, align: f64) -> Value {
    ok(vm, "buffer_create", &[r(size as f64), r(kind), r(align)])
}

const FIXED: f64 = 0.0;
const GROW: f64 = 1.0;
const WRAP: f64 = 2.0;
const FAST: f64 = 3.0;

fn hexdump(vm: &Vm, b: &Value) -> String {
    let bytes = vm.buffers.bytes(num(b) as i64).unwrap();
    bytes.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn every_type_round_trips() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let b = create(&mut vm, 1, GROW, 1.0);
    let cases: Vec<(f64, Value)> = vec![
        (1.0, r(200.0)),
        (2.0, r(-100.0)),
        (3.0, r(65000.0)),
        (4.0, r(-30000.0)),
        (5.0, r(4_000_000_000.0)),
        (6.0, r(-2_000_000_000.0)),
        (7.0, r(1.5)),
        (8.0, r(0.25)),
        (9.0, r(-147382821091.992)),
        (10.0, Value::Bool(true)),
        (11.0, s("Hello")),
        (12.0, Value::Int64(14738282109100)),
        (13.0, s("text")),
    ];
    for (ty, v) in &cases {
        assert_eq!(
            num(&ok(
                &mut vm,
                "buffer_write",
                &[b.clone(), r(*ty), v.clone()]
            )),
            0.0
        );
    }
    ok(&mut vm, "buffer_seek", &[b.clone(), r(0.0), r(0.0)]);
    for (ty, v) in &cases {
        let got = ok(&mut vm, "buffer_read", &[b.clone(), r(*ty)]);
        match v {
            Value::Str(_) => assert_eq!(text(&got), text(v)),
            _ => assert_eq!(num(&got), num(v), "type {ty}"),
        }
    }
    // Types of what buffer_read returns.
    let c = create(&mut vm, 16, GROW, 1.0);
    ok(&mut vm, "buffer_write", &[c.clone(), r(6.0), r(-5.0)]);
    ok(&mut vm, "buffer_write", &[c.clone(), r(5.0), r(5.0)]);
    ok(&mut vm, "buffer_write", &[c.clone(), r(12.0), r(7.0)]);
    ok(&mut vm, "buffer_seek", &[c.clone(), r(0.0), r(0.0)]);
    assert!(matches!(
        ok(&mut vm, "buffer_read", &[c.clone(), r(6.0)]),
        Value::Int32(-5)
    ));
    assert!(matches!(
        ok(&mut vm, "buffer_read", &[c.clone(), r(5.0)]),
        Value::Int64(5)
    ));
    assert!(matches!(
        ok(&mut vm, "buffer_read", &[c.clone(), r(12.0)]),
        Value::Int64(7)
    ));
}

#[test]
fn little_endian_bytes_and_wrapping_integers() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let b = create(&mut vm, 16, FIXED, 1.0);
    ok(
        &mut vm,
        "buffer_write",
        &[b.clone(), r(3.0), r(0x1234 as f64)],
    );
    ok(&mut vm, "buffer_write", &[b.clone(), r(1.0), r(-1.0)]);
    ok(&mut vm, "buffer_write", &[b.clone(), r(6.0), r(-2.0)]);
    ok(&mut vm, "buffer_write", &[b.clone(), r(8.0), r(1.0)]);
    assert_eq!(hexdump(&vm, &b), "3412fffeffffff0000803f0000000000");
    assert_eq!(num(&ok(&mut vm, "buffer_tell", &[b.clone()])), 11.0);
}

#[test]
fn alignment_pads_before_each_item() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let b = create(&mut vm, 16, FIXED, 4.0);
    ok(&mut vm, "buffer_write", &[b.clone(), r(1.0), r(1.0)]);
    assert_eq!(num(&ok(&mut vm, "buffer_tell", &[b.clone()])), 1.0);
    ok(&mut vm, "buffer_write", &[b.clone(), r(1.0), r(2.0)]);
    assert_eq!(num(&ok(&mut vm, "buffer_tell", &[b.clone()])), 5.0);
    ok(&mut vm, "buffer_write", &[b.clone(), r(3.0), r(3.0)]);
    assert_eq!(num(&ok(&mut vm, "buffer_tell", &[b.clone()])), 10.0);
    assert_eq!(hexdump(&vm, &b), "01000000020000000300000000000000");
    ok(&mut vm, "buffer_seek", &[b.clone(), r(0.0), r(1.0)]);
    assert_eq!(num(&ok(&mut vm, "buffer_read", &[b.clone(), r(1.0)])), 2.0);
}

#[test]
fn seek_clamps_and_wraps() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let b = create(&mut vm, 64, FIXED, 1.0);
    assert_eq!(
        num(&ok(&mut vm, "buffer_seek", &[b.clone(), r(0.0), r(100.0)])),
        64.0
    );
    assert_eq!(
        num(&ok(&mut vm, "buffer_seek", &[b.clone(), r(1.0), r(-100.0)])),
        0.0
    );
    assert_eq!(
        num(&ok(&mut vm, "buffer_seek", &[b.clone(), r(2.0), r(10.0)])),
        54.0
    );
    assert_eq!(
        num(&ok(&mut vm, "buffer_seek", &[b.clone(), r(2.0), r(0.0)])),
        64.0
    );
    let w = create(&mut vm, 8, WRAP, 1.0);
    assert_eq!(
        num(&ok(&mut vm, "buffer_seek", &[w.clone(), r(0.0), r(10.0)])),
        2.0
    );
    assert_eq!(
        num(&ok(&mut vm, "buffer_seek", &[w.clone(), r(1.0), r(-3.0)])),
        7.0
    );
    // A u32 written at 6 wraps to the start.
    ok(&mut vm, "buffer_seek", &[w.clone(), r(0.0), r(6.0)]);
    ok(
        &mut vm,
        "buffer_write",
        &[w.clone(), r(5.0), r(0x04030201 as f64)],
    );
    assert_eq!(hexdump(&vm, &w), "0304000000000102");
    assert_eq!(num(&ok(&mut vm, "buffer_tell", &[w.clone()])), 2.0);
}

#[test]
fn out_of_range_never_panics() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let b = create(&mut vm, 4, FIXED, 1.0);
    ok(&mut vm, "buffer_write", &[b.clone(), r(5.0), r(7.0)]);
    assert_eq!(
        num(&ok(&mut vm, "buffer_write", &[b.clone(), r(1.0), r(1.0)])),
        -2.0
    );
    assert!(call(&mut vm, "buffer_read", &[b.clone(), r(1.0)]).is_err());
    assert_eq!(text(&ok(&mut vm, "buffer_read", &[b.clone(), r(11.0)])), "");
    assert!(matches!(
        ok(&mut vm, "buffer_peek", &[b.clone(), r(2.0), r(5.0)]),
        Value::Undefined
    ));
    assert!(matches!(
        ok(&mut vm, "buffer_peek", &[b.clone(), r(-1.0), r(1.0)]),
        Value::Undefined
    ));
    ok(&mut vm, "buffer_poke", &[b.clone(), r(3.0), r(5.0), r(1.0)]);
    assert_eq!(hexdump(&vm, &b), "07000000");
    // Wrong value type: buffer_error_invalid_type.
    assert_eq!(
        num(&ok(&mut vm, "buffer_write", &[b.clone(), r(3.0), s("x")])),
        -4.0
    );
    // Fast buffers take u8 only.
    let f = create(&mut vm, 4, FAST, 1.0);
    assert_eq!(
        num(&ok(&mut vm, "buffer_write", &[f.clone(), r(7.0), r(1.0)])),
        -4.0
    );
    // Deleted buffers are errors for every function but buffer_exists.
    ok(&mut vm, "buffer_delete", &[b.clone()]);
    assert!(matches!(
        ok(&mut vm, "buffer_exists", &[b.clone()]),
        Value::Bool(false)
    ));
    let e = call(&mut vm, "buffer_get_size", &[b.clone()])
        .err()
        .unwrap();
    assert!(
        e.message().contains("Illegal Buffer Index 0"),
        "{}",
        e.message()
    );
    assert!(call(&mut vm, "buffer_create", &[r(-1.0), r(0.0), r(1.0)]).is_err());
    assert!(call(&mut vm, "buffer_create", &[r(4.0), r(9.0), r(1.0)]).is_err());
    assert!(call(&mut vm, "buffer_read", &[f.clone(), r(99.0)]).is_err());
}

#[test]
fn grow_buffers_grow_and_track_used_size() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let b = create(&mut vm, 16, GROW, 1.0);
    for _ in 0..6 {
        ok(&mut vm, "buffer_write", &[b.clone(), r(8.0), r(4.0)]);
    }
    assert_eq!(
        num(&ok(&mut vm, "buffer_get_used_size", &[b.clone()])),
        24.0
    );
    assert_eq!(num(&ok(&mut vm, "buffer_get_size", &[b.clone()])), 32.0);
    ok(&mut vm, "buffer_set_used_size", &[b.clone(), r(4.0)]);
    assert_eq!(num(&ok(&mut vm, "buffer_get_used_size", &[b.clone()])), 4.0);
    ok(&mut vm, "buffer_resize", &[b.clone(), r(2.0)]);
    assert_eq!(num(&ok(&mut vm, "buffer_get_size", &[b.clone()])), 2.0);
    assert_eq!(num(&ok(&mut vm, "buffer_tell", &[b.clone()])), 2.0);
}

#[test]
fn fill_copy_and_decode_ext() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let b = create(&mut vm, 512, GROW, 1.0);
    ok(
        &mut vm,
        "buffer_fill",
        &[b.clone(), r(0.0), r(13.0), s("a"), r(512.0)],
    );
    ok(
        &mut vm,
        "buffer_fill",
        &[b.clone(), r(256.0), r(13.0), s("b"), r(512.0)],
    );
    assert_eq!(num(&ok(&mut vm, "buffer_get_size", &[b.clone()])), 512.0);
    let md5 = ok(&mut vm, "buffer_md5", &[b.clone(), r(0.0), r(512.0)]);
    assert_eq!(text(&md5), "c079f6826f66954147e7b57e224fd3e2");
    let sha = ok(&mut vm, "buffer_sha1", &[b.clone(), r(0.0), r(512.0)]);
    assert_eq!(text(&sha), "127ea4584777256b3b1ddcfb2395ff0b59f851c5");
    let enc = ok(
        &mut vm,
        "buffer_base64_encode",
        &[b.clone(), r(0.0), r(512.0)],
    );
    let d = ok(&mut vm, "buffer_base64_decode", &[enc.clone()]);
    assert_eq!(num(&ok(&mut vm, "buffer_get_size", &[d.clone()])), 512.0);
    assert_eq!(hexdump(&vm, &d), hexdump(&vm, &b));
    ok(
        &mut vm,
        "buffer_base64_decode_ext",
        &[b.clone(), enc, r(512.0)],
    );
    assert_eq!(num(&ok(&mut vm, "buffer_get_size", &[b.clone()])), 1024.0);
    // Aligned fill of u16 into a 2-aligned fixed buffer.
    let f = create(&mut vm, 8, FIXED, 2.0);
    ok(
        &mut vm,
        "buffer_fill",
        &[f.clone(), r(1.0), r(3.0), r(0xabcd as f64), r(7.0)],
    );
    assert_eq!(hexdump(&vm, &f), "0000cdabcdabcdab");
    // Copy clips into fixed, grows grow buffers exactly.
    let g = create(&mut vm, 1, GROW, 1.0);
    ok(
        &mut vm,
        "buffer_copy",
        &[f.clone(), r(2.0), r(100.0), g.clone(), r(3.0)],
    );
    assert_eq!(hexdump(&vm, &g), "000000cdabcdabcdab");
    let small = create(&mut vm, 4, FIXED, 1.0);
    ok(
        &mut vm,
        "buffer_copy",
        &[f.clone(), r(2.0), r(6.0), small.clone(), r(1.0)],
    );
    assert_eq!(hexdump(&vm, &small), "00cdabcd");
}

#[test]
fn hashes_match_known_digests() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let b = create(&mut vm, 256, GROW, 1.0);
    for i in 0..256 {
        ok(&mut vm, "buffer_write", &[b.clone(), r(1.0), r(i as f64)]);
    }
    let crc = ok(&mut vm, "buffer_crc32", &[b.clone(), r(32.0), r(64.0)]);
    assert_eq!(num(&crc), 0xE809C6C8u32 as f64);
    let abc = create(&mut vm, 3, FIXED, 1.0);
    ok(&mut vm, "buffer_write", &[abc.clone(), r(13.0), s("abc")]);
    let m = ok(&mut vm, "buffer_md5", &[abc.clone(), r(0.0), r(3.0)]);
    assert_eq!(text(&m), "900150983cd24fb0d6963f7d28e17f72");
    let h = ok(&mut vm, "buffer_sha1", &[abc.clone(), r(0.0), r(3.0)]);
    assert_eq!(text(&h), "a9993e364706816aba3e25717850c26c9cd0d89d");
    let c = ok(&mut vm, "buffer_crc32", &[abc.clone(), r(0.0), r(3.0)]);
    assert_eq!(num(&c), !0x352441C2u32 as f64);
    let e = ok(&mut vm, "buffer_base64_encode", &[abc, r(0.0), r(3.0)]);
    assert_eq!(text(&e), "YWJj");
}

#[test]
fn compress_round_trip() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let b = create(&mut vm, 1024, GROW, 1.0);
    for i in 0..300 {
        ok(
            &mut vm,
            "buffer_write",
            &[b.clone(), r(11.0), s(&format!("line {i}"))],
        );
    }
    let used = num(&ok(&mut vm, "buffer_tell", &[b.clone()]));
    let c = ok(&mut vm, "buffer_compress", &[b.clone(), r(0.0), r(used)]);
    let csize = num(&ok(&mut vm, "buffer_get_size", &[c.clone()]));
    assert!(csize > 0.0 && csize < used);
    assert_eq!(
        num(&ok(&mut vm, "buffer_peek", &[c.clone(), r(0.0), r(1.0)])),
        0x78 as f64
    );
    let d = ok(&mut vm, "buffer_decompress", &[c]);
    assert_eq!(num(&ok(&mut vm, "buffer_get_size", &[d.clone()])), used);
    assert_eq!(
        text(&ok(&mut vm, "buffer_read", &[d.clone(), r(11.0)])),
        "line 0"
    );
    assert_eq!(num(&ok(&mut vm, "buffer_decompress", &[b])), -1.0);
}

#[test]
fn save_and_load_are_atomic_and_sandboxed() {
    let dir = tempfile::tempdir().unwrap();
    let mut vm = vm_in(dir.path());
    let b = create(&mut vm, 8, FIXED, 1.0);
    ok(
        &mut vm,
        "buffer_write",
        &[b.clone(), r(5.0), r(0xdeadbeefu32 as f64)],
    );
    ok(&mut vm, "buffer_save", &[b.clone(), s("sub/a.sav")]);
    assert_eq!(
        std::fs::read(dir.path().join("sub/a.sav")).unwrap(),
        vec![0xef, 0xbe, 0xad, 0xde, 0, 0, 0, 0]
    );
    // No temporary files are left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path().join("sub")).unwrap().collect();
    assert_eq!(names.len(), 1);
    ok(
        &mut vm,
        "buffer_save_ext",
        &[b.clone(), s("b.sav"), r(1.0), r(2.0)],
    );
    assert_eq!(
        std::fs::read(dir.path().join("b.sav")).unwrap(),
        vec![0xbe, 0xad]
    );
    let l = ok(&mut vm, "buffer_load", &[s("sub/a.sav")]);
    assert_eq!(num(&ok(&mut vm, "buffer_get_size", &[l.clone()])), 8.0);
    assert_eq!(num(&ok(&mut vm, "buffer_get_type", &[l.clone()])), 1.0);
    assert_eq!(num(&ok(&mut vm, "buffer_load", &[s("missing.sav")])), -1.0);
    let g = create(&mut vm, 1, GROW, 1.0);
    ok(
        &mut vm,
        "buffer_load_ext",
        &[g.clone(), s("sub/a.sav"), r(2.0)],
    );
    assert_eq!(hexdump(&vm, &g), "0000efbeadde00000000");
    let p = create(&mut vm, 1, GROW, 1.0);
    ok(
        &mut vm,
        "buffer_load_partial",
        &[p.clone(), s("sub/a.sav"), r(1.0), r(2.0), r(1.0)],
    );
    assert_eq!(hexdump(&vm, &p), "00bead");
    // Refusals write nothing.
    for bad in ["../x.sav", "/etc/passwd", "a/../../x.sav"] {
        let e = call(&mut vm, "buffer_save", &[b.clone(), s(bad)])
            .err()
            .unwrap();
        assert!(e.message().contains(bad), "{}", e.message());
        assert!(call(&mut vm, "buffer_load", &[s(bad)]).is_err());
    }
    assert!(!dir.path().parent().unwrap().join("x.sav").exists());
}

#[test]
fn async_save_copies_at_call_and_groups_submit_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut vm = vm_in(dir.path());
    let b = create(&mut vm, 4, FIXED, 1.0);
    let id1 = num(&ok(
        &mut vm,
        "buffer_save_async",
        &[b.clone(), s("x.sav"), r(0.0), r(4.0)],
    ));
    ok(&mut vm, "buffer_delete", &[b.clone()]);
    assert!(id1 > 0.0);
    let b = create(&mut vm, 4, FIXED, 1.0);
    ok(&mut vm, "buffer_async_group_begin", &[s("SaveGame")]);
    ok(
        &mut vm,
        "buffer_async_group_option",
        &[s("showdialog"), Value::Bool(false)],
    );
    let a = num(&ok(
        &mut vm,
        "buffer_save_async",
        &[b.clone(), s("one.sav"), r(0.0), r(4.0)],
    ));
    let c = num(&ok(
        &mut vm,
        "buffer_save_async",
        &[b.clone(), s("two.sav"), r(0.0), r(4.0)],
    ));
    let end = num(&ok(&mut vm, "buffer_async_group_end", &[]));
    assert!(a != c && end != a && end != c);
    assert!(call(&mut vm, "buffer_async_group_end", &[]).is_err());
    // Loads: the completion writes into the recorded buffer/offset.
    let t = create(&mut vm, 2, GROW, 1.0);
    let lid = num(&ok(
        &mut vm,
        "buffer_load_async",
        &[t.clone(), s("x.sav"), r(1.0), r(-1.0)],
    ));
    assert!(vm
        .buffers
        .complete_load(lid as i64, vec![Some(vec![9, 8, 7])]));
    assert_eq!(hexdump(&vm, &t), "00090807");
    let lid2 = num(&ok(
        &mut vm,
        "buffer_load_async",
        &[t.clone(), s("nope.sav"), r(0.0), r(-1.0)],
    ));
    assert!(!vm.buffers.complete_load(lid2 as i64, vec![None]));
    let lid3 = num(&ok(
        &mut vm,
        "buffer_load_async",
        &[t.clone(), s("x.sav"), r(0.0), r(-1.0)],
    ));
    ok(&mut vm, "buffer_delete", &[t]);
    assert!(!vm.buffers.complete_load(lid3 as i64, vec![Some(vec![1])]));
    assert!(call(
        &mut vm,
        "buffer_save_async",
        &[b.clone(), s("../x"), r(0.0), r(1.0)]
    )
    .is_err());
}

#[test]
fn public_interface() {
    let mut store = BufferStore::default();
    let id = store.create_from(vec![1, 2, 3]);
    assert!(store.exists(id));
    assert!(store.write_at(id, 5, &[9]));
    assert_eq!(store.bytes(id).unwrap(), vec![1, 2, 3, 0, 0, 9]);
    assert!(!store.write_at(id + 1, 0, &[1]));
    assert_eq!(store.bytes(id + 1), None);
}

#[test]
fn sizeof_and_constants() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let sizes = [
        (1, 1),
        (2, 1),
        (3, 2),
        (4, 2),
        (5, 4),
        (6, 4),
        (7, 2),
        (8, 4),
        (9, 8),
        (10, 1),
        (11, 1),
        (12, 8),
        (13, 1),
    ];
    for (t, n) in sizes {
        assert_eq!(num(&ok(&mut vm, "buffer_sizeof", &[r(t as f64)])), n as f64);
    }
    let b = create(&mut vm, 4, FAST, 8.0);
    assert_eq!(num(&ok(&mut vm, "buffer_get_alignment", &[b.clone()])), 8.0);
    assert_eq!(num(&ok(&mut vm, "buffer_get_type", &[b])), 3.0);
}

#[test]
fn huge_offsets_and_seeks_are_safe() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let g = create(&mut vm, 4, GROW, 1.0);
    let w = create(&mut vm, 4, WRAP, 1.0);
    for b in [&g, &w] {
        ok(
            &mut vm,
            "buffer_poke",
            &[b.clone(), r(9e18), r(9.0), r(1.0)],
        );
        ok(&mut vm, "buffer_seek", &[b.clone(), r(1.0), r(-9.3e18)]);
        ok(&mut vm, "buffer_seek", &[b.clone(), r(2.0), r(-9.3e18)]);
        ok(&mut vm, "buffer_seek", &[b.clone(), r(1.0), r(9.3e18)]);
        ok(
            &mut vm,
            "buffer_base64_decode_ext",
            &[b.clone(), s("AQID"), r(9e18)],
        );
        ok(
            &mut vm,
            "buffer_copy",
            &[b.clone(), r(0.0), r(4.0), b.clone(), r(3e9)],
        );
        ok(
            &mut vm,
            "buffer_fill",
            &[b.clone(), r(1e18), r(1.0), r(1.0), r(9e18)],
        );
        let args = [
            b.clone(),
            r(9e18),
            r(1.0),
            r(9e18),
            r(9e18),
            b.clone(),
            r(9e18),
            r(9e18),
        ];
        ok(&mut vm, "buffer_copy_stride", &args);
        assert!(matches!(
            ok(&mut vm, "buffer_peek", &[b.clone(), r(9.2e18), r(9.0)]),
            Value::Undefined
        ));
    }
    assert_eq!(num(&ok(&mut vm, "buffer_get_size", &[g.clone()])), 4.0);
    assert!(call(&mut vm, "buffer_resize", &[g, r(3e9)]).is_err());
}

#[test]
fn copy_stride_copies_strided_items() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let src = create(&mut vm, 8, FIXED, 1.0);
    for i in 1..=8 {
        ok(&mut vm, "buffer_write", &[src.clone(), r(1.0), r(i as f64)]);
    }
    let dst = create(&mut vm, 6, FIXED, 1.0);
    // Two bytes from every fourth source byte, into every third destination byte.
    let args = [
        src.clone(),
        r(0.0),
        r(2.0),
        r(4.0),
        r(2.0),
        dst.clone(),
        r(0.0),
        r(3.0),
    ];
    ok(&mut vm, "buffer_copy_stride", &args);
    assert_eq!(hexdump(&vm, &dst), "010200050600");
}
