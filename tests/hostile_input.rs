//! Hostile inputs end quickly with bounded output and a clear message (issue 10, points 7 and 9).
//! Each runs the binary out of process under a hard time limit.

mod support;

use std::time::Duration;
use support::limited::gml_limited;

/// Generous for a debug build on a busy 2-core machine; a release build needs well under 1 s.
const LIMIT: Duration = Duration::from_secs(60);

fn check_file(name: &str, text: &str) -> support::limited::Limited {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), text).unwrap();
    let r = gml_limited(dir.path(), &["check", name], LIMIT);
    assert!(!r.timed_out, "gml check {name} passed {LIMIT:?}");
    r
}

#[test]
fn check_of_80000_errors_shows_the_first_100_then_the_exact_count() {
    let r = check_file("many.gml", &"a = x x;\n".repeat(80_000));
    assert_eq!(r.code, Some(2));
    assert_eq!(r.stdout, "");
    let lines: Vec<&str> = r.stderr.lines().collect();
    // 100 diagnostics of three lines each (location, source line, caret), then the count
    assert_eq!(
        lines.len(),
        301,
        "{}",
        &r.stderr[..r.stderr.len().min(2000)]
    );
    let message = "error: this expression cannot be a statement \
                   (only calls, `new`, `++`/`--` and assignments can)";
    assert_eq!(lines[0], format!("many.gml:1:7: {message}"));
    assert_eq!(lines[1], "a = x x;");
    assert_eq!(lines[2], "      ^");
    assert_eq!(lines[297], format!("many.gml:100:7: {message}"));
    assert_eq!(
        lines[300],
        "many.gml: 80000 errors in all; only the first 100 are shown"
    );
}

#[test]
fn check_of_a_long_line_of_errors_echoes_a_window_of_it() {
    // 160 KB of `#define ` on one line: every diagnostic used to echo the whole line
    let r = check_file("define.gml", &"#define ".repeat(20_000));
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.len() < 30_000,
        "{} bytes of diagnostics",
        r.stderr.len()
    );
    let last = r.stderr.lines().last().unwrap();
    assert!(
        last.starts_with("define.gml: ")
            && last.ends_with(" errors in all; only the first 100 are shown"),
        "{last}"
    );
    for line in r.stderr.lines() {
        assert!(line.chars().count() <= 130, "echoed line too long: {line}");
    }
}

#[test]
fn check_of_100000_nested_new_is_one_error() {
    let src = format!("x = {}a();\n", "new ".repeat(100_000));
    let r = check_file("new.gml", &src);
    assert_eq!(r.code, Some(2));
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines[0], "new.gml:1:9: error: unexpected `new`");
    assert_eq!(lines[1], format!("x = {}...", "new ".repeat(29)));
    assert_eq!(lines[2], "        ^^^");
    assert_eq!(
        lines[3],
        "  note: expected identifier, `self`, `other`, `global` or `(`"
    );
    assert_eq!(lines.len(), 4, "{}", r.stderr);
}

#[test]
fn a_macro_that_doubles_itself_is_refused_at_once() {
    let mut src: String = (0..40)
        .map(|i| format!("#macro A{i} A{} A{}\n", i + 1, i + 1))
        .collect();
    src.push_str("#macro A40 x\ny = A0;\n");
    let r = check_file("double.gml", &src);
    assert_eq!(r.code, Some(2));
    assert_eq!(
        r.stderr,
        "double.gml:42:5: error: macro expansion produces too much code (1099511627776 tokens, \
         more than the limit of 1000000) (expanding macro `A0`)\ny = A0;\n    ^^\n"
    );
    assert!(r.elapsed < Duration::from_secs(20), "took {:?}", r.elapsed);
}

fn run_file(text: &str) -> support::limited::Limited {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.gml"), text).unwrap();
    let r = gml_limited(dir.path(), &["run", "--timeout", "50", "main.gml"], LIMIT);
    assert!(!r.timed_out, "gml run passed {LIMIT:?}");
    r
}

#[test]
fn deep_and_cyclic_arrays_compare_by_content() {
    let r = run_file(
        "var a = [], b = [];\n\
         repeat (100000) { a = [a]; b = [b]; }\n\
         show_debug_message(array_equals(a, b));\n\
         var c = b; repeat (99999) c = c[0];\n\
         c[0] = [1];\n\
         show_debug_message(array_equals(a, b));\n\
         var p = [1], q = [1]; p[1] = p; q[1] = q;\n\
         show_debug_message(array_equals(p, q));\n\
         q[2] = 0;\n\
         show_debug_message(array_equals(p, q));\n",
    );
    assert_eq!(r.stdout, "1\n0\n1\n0\n", "{}", r.stderr);
    assert_eq!(r.code, Some(0));
}

#[test]
fn json_stringify_of_too_deep_a_value_is_an_error_not_a_cut_document() {
    let r = run_file(
        "var a = [];\nrepeat (200) a = [a];\n\
         try { json_stringify(a); } catch (e) { show_debug_message(e.message); }\n\
         var s = {};\nrepeat (200) s = { x: s };\n\
         try { json_stringify(s); } catch (e) { show_debug_message(e.message); }\n",
    );
    let msg = "json_stringify: the value nests more than 128 arrays or structs deep\n";
    assert_eq!(r.stdout, format!("{msg}{msg}"), "{}", r.stderr);
}
