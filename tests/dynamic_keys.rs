//! Struct keys made at run time (`s[$ k]`, `struct_set`, `variable_struct_set`) must not stay in
//! the interned-name table once no struct holds them: a long-running program that uses many
//! distinct keys would otherwise grow without bound.

use gml::runtime::program::Program;
use gml::vm::intern::interned_count;
use gml::vm::Vm;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

#[derive(Clone, Default)]
struct Out(Rc<RefCell<Vec<u8>>>);

impl Write for Out {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn run(src: &str) -> String {
    let out = Out::default();
    let mut program = Program::with_stdlib(Vm::new(Box::new(out.clone())));
    let compiled = match program.compile("keys.gml", src, false) {
        Ok(c) => c,
        Err(_) => panic!("does not compile"),
    };
    let top = program.install(compiled);
    if let Err(e) = program.vm.run_top_level(top) {
        panic!("run failed: {}", e.message());
    }
    let text = String::from_utf8_lossy(&out.0.borrow()).into_owned();
    text
}

#[test]
fn a_million_distinct_dynamic_keys_leave_a_bounded_name_table() {
    let before = interned_count();
    // Every 100,000th key stays in a struct: reclaiming the others must keep those.
    let out = run(r#"
        var s = {};
        var kept = {};
        for (var i = 0; i < 1000000; i++) {
            var k = "dyn" + string(i);
            switch (i mod 3) {
                case 0: s[$ k] = i; break;
                case 1: struct_set(s, k, i); break;
                default: variable_struct_set(s, k, i); break;
            }
            if (i mod 100000 == 0) kept[$ k] = s[$ k];
            struct_remove(s, k);
        }
        show_debug_message(struct_names_count(s));
        show_debug_message(struct_names_count(kept));
        show_debug_message(kept[$ "dyn300000"]);
        show_debug_message(kept[$ "dyn900000"]);
        show_debug_message(s[$ "dyn5"]);
    "#);
    assert_eq!(out, "0\n10\n300000\n900000\nundefined\n");
    let grown = interned_count() - before;
    // The table reclaims past 65,536 dynamic names; a leak would leave a million.
    assert!(grown < 140_000, "the name table grew by {grown}");
}
