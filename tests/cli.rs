//! The command line as users see it: `gml check`, `gml run` exit codes and error reports,
//! script parameters and `gml disasm` (DESIGN.md sections 1 and 7).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code(),
            stdout: String::from_utf8_lossy(&o.stdout).replace("\r\n", "\n"),
            stderr: String::from_utf8_lossy(&o.stderr).replace("\r\n", "\n"),
        }
    }
}

fn gml(dir: &Path, args: &[&str]) -> Run {
    Command::new(env!("CARGO_BIN_EXE_gml"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("start the gml binary")
        .into()
}

/// Writes `text` to `name` inside a fresh temporary directory.
fn script(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

fn run_script(text: &str, extra: &[&str]) -> Run {
    let (dir, path) = script("main.gml", text);
    let mut args = vec!["run", "--fast", "--timeout", "20", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    gml(dir.path(), &args)
}

#[test]
fn check_reports_every_syntax_error_with_location_and_caret() {
    let src =
        "var a = 1;\nvar b = (2 + ;\nshow_debug_message(a);\nvar c = ;\nvar d = 4;\nvar e = * 2;\n";
    let (dir, path) = script("three.gml", src);
    let r = gml(dir.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(r.code, Some(2), "stderr:\n{}", r.stderr);
    for line in [2, 4, 6] {
        let loc = format!("three.gml:{line}:");
        let at = r
            .stderr
            .find(&loc)
            .unwrap_or_else(|| panic!("no diagnostic at {loc} in:\n{}", r.stderr));
        // the location is followed by a column number
        let after = &r.stderr[at + loc.len()..];
        assert!(
            after.starts_with(|c: char| c.is_ascii_digit()),
            "{loc} has no column in:\n{}",
            r.stderr
        );
    }
    assert!(
        !r.stderr.contains("three.gml:1:")
            && !r.stderr.contains("three.gml:3:")
            && !r.stderr.contains("three.gml:5:"),
        "diagnostics on correct lines:\n{}",
        r.stderr
    );
    // each diagnostic shows its source line and a caret under the column
    for text in ["var b = (2 + ;", "var c = ;", "var e = * 2;"] {
        assert!(
            r.stderr.contains(text),
            "source line {text:?} not shown:\n{}",
            r.stderr
        );
    }
    assert!(
        r.stderr.matches('^').count() >= 3,
        "fewer than three carets:\n{}",
        r.stderr
    );
}

#[test]
fn check_clean_file_exits_zero() {
    let (dir, path) = script(
        "ok.gml",
        "function f(a) { return a * 2; }\nvar x1 = f(2);\n",
    );
    let r = gml(dir.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert!(
        r.stdout.is_empty(),
        "check should not run code: {}",
        r.stdout
    );
}

#[test]
fn check_does_not_run_the_code() {
    let (dir, path) = script("side.gml", "show_debug_message(\"ran\");\n");
    let r = gml(dir.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(r.code, Some(0));
    assert!(!r.stdout.contains("ran"));
}

#[test]
fn run_exit_code_0_on_normal_end() {
    let r = run_script("show_debug_message(\"hi\");\n", &[]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "hi\n");
}

#[test]
fn run_exit_code_1_on_uncaught_error() {
    let r = run_script("show_debug_message(\"a\");\nvar v = \"x\" + 1;\n", &[]);
    assert_eq!(r.code, Some(1), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "a\n");
}

#[test]
fn run_exit_code_2_on_compile_error() {
    let r = run_script("show_debug_message(\"a\");\nvar = ;\n", &[]);
    assert_eq!(r.code, Some(2), "stderr:\n{}", r.stderr);
    assert!(r.stdout.is_empty(), "nothing runs on a compile error");
    assert!(r.stderr.contains("main.gml:2:"), "stderr:\n{}", r.stderr);
}

#[test]
fn run_exit_code_2_on_missing_file_or_bad_option() {
    let dir = tempfile::tempdir().unwrap();
    let r = gml(dir.path(), &["run", "does_not_exist.gml"]);
    assert_eq!(r.code, Some(2));
    let r = gml(dir.path(), &["run", "--no-such-option", "x.gml"]);
    assert_eq!(r.code, Some(2));
}

#[test]
fn run_exit_code_3_on_timeout() {
    let (dir, path) = script("spin.gml", "while (true) {}\n");
    let start = std::time::Instant::now();
    let r = gml(
        dir.path(),
        &["run", "--fast", "--timeout", "1", path.to_str().unwrap()],
    );
    assert_eq!(r.code, Some(3), "stderr:\n{}", r.stderr);
    assert!(
        start.elapsed() < std::time::Duration::from_secs(15),
        "--timeout 1 took {:?}",
        start.elapsed()
    );
}

#[test]
fn run_timeout_also_stops_a_frame_loop() {
    let src = "instance_create_depth(0, 0, 0, obj_a);\n#object obj_a\n#event step\nn = 1;\n";
    let (dir, path) = script("frames.gml", src);
    let r = gml(
        dir.path(),
        &["run", "--fast", "--timeout", "1", path.to_str().unwrap()],
    );
    assert_eq!(r.code, Some(3), "stderr:\n{}", r.stderr);
}

#[test]
fn parameters_after_double_dash() {
    let src = "show_debug_message(parameter_count());\n\
               for (var i = 1; i <= parameter_count(); i++) show_debug_message(parameter_string(i));\n\
               show_debug_message(parameter_string(0));\n";
    let (dir, path) = script("main.gml", src);
    let p = path.to_str().unwrap();
    let r = gml(
        dir.path(),
        &["run", "--fast", p, "--", "alpha", "beta gamma", "42"],
    );
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, format!("3\nalpha\nbeta gamma\n42\n{p}\n"));
}

#[test]
fn parameters_none() {
    let r = run_script("show_debug_message(parameter_count());\n", &[]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "0\n");
}

#[test]
fn uncaught_error_report_shape() {
    let src = "function my_adder(a, b) {\n    return a + b;\n}\nshow_debug_message(my_adder(\"s\", 1));\n";
    let r = run_script(src, &[]);
    assert_eq!(r.code, Some(1), "stderr:\n{}", r.stderr);
    let e = &r.stderr;
    assert!(e.contains("ERROR in action number 1"), "stderr:\n{e}");
    assert!(e.contains("DoAdd :: Execution Error"), "stderr:\n{e}");
    assert!(
        e.contains(" at gml_Script_my_adder (line 2)"),
        "no ' at gml_Script_my_adder (line 2)' in:\n{e}"
    );
    assert!(e.contains("return a + b;"), "source line missing:\n{e}");
    // the call stack names the function
    assert!(e.contains("gml_Script_my_adder (line 2)"), "stderr:\n{e}");
    // the message comes before the location
    let msg = e.find("DoAdd").unwrap();
    let at = e.find(" at gml_Script_my_adder").unwrap();
    assert!(msg < at, "stderr:\n{e}");
}

#[test]
fn uncaught_error_in_an_event_names_the_object() {
    let src = "instance_create_depth(0, 0, 0, obj_bad);\n#object obj_bad\n#event create\nvar q = [1];\nshow_debug_message(q[3]);\n";
    let r = run_script(src, &[]);
    assert_eq!(r.code, Some(1), "stderr:\n{}", r.stderr);
    assert!(
        r.stderr.contains("ERROR in action number 1"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("obj_bad"), "{}", r.stderr);
    assert!(r.stderr.contains("out of range"), "{}", r.stderr);
}

#[test]
fn runtime_errors_go_to_stderr_not_stdout() {
    let r = run_script("show_debug_message(\"out\");\nthrow \"bad\";\n", &[]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stdout, "out\n");
    assert!(r.stderr.contains("bad"), "{}", r.stderr);
}

#[test]
fn disasm_names_the_functions() {
    let src = "function alpha_fn(a) { return a + 1; }\nfunction Beta_ctor() constructor { v = 1; }\nvar r = alpha_fn(2);\n";
    let (dir, path) = script("dis.gml", src);
    let r = gml(dir.path(), &["disasm", path.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert!(r.stdout.contains("alpha_fn"), "stdout:\n{}", r.stdout);
    assert!(r.stdout.contains("Beta_ctor"), "stdout:\n{}", r.stdout);
    assert!(r.stdout.lines().count() > 3, "stdout:\n{}", r.stdout);
}

#[test]
fn disasm_on_a_compile_error_exits_2() {
    let (dir, path) = script("bad.gml", "var = ;\n");
    let r = gml(dir.path(), &["disasm", path.to_str().unwrap()]);
    assert_eq!(r.code, Some(2), "stderr:\n{}", r.stderr);
    assert!(r.stderr.contains("bad.gml:1:"), "stderr:\n{}", r.stderr);
}

#[test]
fn game_end_stops_the_frame_loop() {
    let src = "instance_create_depth(0, 0, 0, obj_a);\n#object obj_a\n#event step\nshow_debug_message(\"step\");\ngame_end();\n";
    let r = run_script(src, &[]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "step\n");
}

#[test]
fn crlf_source_and_no_final_newline() {
    let r = run_script(
        "var a = 1;\r\nshow_debug_message(a + 1);\r\nshow_debug_message(\"end\")",
        &[],
    );
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "2\nend\n");
}

#[test]
fn check_several_files_reports_each() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.gml");
    let bad1 = dir.path().join("bad1.gml");
    let bad2 = dir.path().join("bad2.gml");
    std::fs::write(&good, "var a = 1;\n").unwrap();
    std::fs::write(&bad1, "var a = ;\n").unwrap();
    std::fs::write(&bad2, "\n\nif (\n").unwrap();
    let r = gml(
        dir.path(),
        &[
            "check",
            good.to_str().unwrap(),
            bad1.to_str().unwrap(),
            bad2.to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, Some(2), "stderr:\n{}", r.stderr);
    assert!(r.stderr.contains("bad1.gml:1:"), "stderr:\n{}", r.stderr);
    assert!(r.stderr.contains("bad2.gml:"), "stderr:\n{}", r.stderr);
    assert!(!r.stderr.contains("good.gml:"), "stderr:\n{}", r.stderr);
}

#[test]
fn compile_error_column_is_one_based_and_counts_characters() {
    // "é" is one character (two bytes): the column must count characters
    let (dir, path) = script("col.gml", "var s = \"é\"; var t = ;\n");
    let r = gml(dir.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(r.code, Some(2), "stderr:\n{}", r.stderr);
    assert!(r.stderr.contains("col.gml:1:22"), "stderr:\n{}", r.stderr);
}

#[test]
fn run_max_frames_stops_after_that_many_frames_and_ends_the_game() {
    let r = run_script(
        "instance_create_depth(0, 0, 0, obj_ticker);\n\
         #object obj_ticker\n#event step\nshow_debug_message(\"step\");\n\
         #event other_game_end\nshow_debug_message(\"game end\");\n",
        &["--max-frames", "3"],
    );
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "step\nstep\nstep\ngame end\n");
}

#[test]
fn check_knows_the_gml_written_stdlib() {
    // a call of every function of stdlib/*.gml is not an unknown function
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("stdlib");
    let mut calls = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("function ") {
                let name = &rest[..rest.find('(').unwrap()];
                calls.push_str(&format!("{name}();\n"));
            }
        }
    }
    assert!(calls.lines().count() >= 5, "no stdlib functions found");
    let (dir, path) = script("uses_stdlib.gml", &calls);
    let r = gml(dir.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(r.stderr, "", "warnings for stdlib functions");
    // and they are among the suggestions for a typo
    let (dir, path) = script("typo.gml", "point_in_circel(1, 1, 0, 0, 5);\n");
    let r = gml(dir.path(), &["check", path.to_str().unwrap()]);
    assert!(
        r.stderr
            .contains("warning: unknown function 'point_in_circel' (did you mean point_in_circle"),
        "stderr:\n{}",
        r.stderr
    );
}

#[test]
fn check_does_not_call_methods_unknown_functions() {
    // a static method calling a sibling static, and a method assigned in another constructor
    let src = "function Base() constructor {\n    helper = function() { return 1; }\n}\n\
               function Child() : Base() constructor {\n    static a = function() { return b() + helper(); }\n\
               \x20   static b = function() { return 2; }\n}\nnot_defined_anywhere();\n";
    let (dir, path) = script("methods.gml", src);
    let r = gml(dir.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(
        r.stderr.matches("warning:").count(),
        1,
        "only the real unknown call warns:\n{}",
        r.stderr
    );
    assert!(r.stderr.contains("unknown function 'not_defined_anywhere'"));
}

#[test]
fn unhandled_exception_handler_replaces_the_report_and_sets_the_exit_code() {
    // A number the handler returns is the exit code; the default report is not printed.
    let r = run_script(
        "exception_unhandled_handler(function(ex) {\n    show_debug_message(\"saved: \" + ex.message);\n    return 7;\n});\nshow_error(\"Disk full\", true);\n",
        &[],
    );
    assert_eq!(r.code, Some(7), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "saved: Disk full\n");
    assert_eq!(r.stderr, "");

    // No number returned: the run still failed, so the code stays 1.
    let r = run_script(
        "exception_unhandled_handler(function(ex) { show_debug_message(ex.line); });\nvar v = \"x\" + 1;\n",
        &[],
    );
    assert_eq!(r.code, Some(1), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "2\n");
    assert_eq!(r.stderr, "");

    // An error inside the handler is what gets reported.
    let r = run_script(
        "exception_unhandled_handler(function(ex) { show_error(\"handler broke\", true); });\nshow_error(\"first\", true);\n",
        &[],
    );
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains("handler broke"), "stderr:\n{}", r.stderr);
    assert!(!r.stderr.contains("first"), "stderr:\n{}", r.stderr);
}

/// A `call_later` callback may cancel its own timer (a timeout that ends what it guards): the
/// timer still exists while its callback runs, so nothing is reported. Cancelling it after its
/// last call is reported on stderr, and the game goes on (GameMaker's runner does both).
#[test]
fn call_cancel_inside_its_own_callback_is_quiet_and_after_it_reported() {
    let r = run_script(
        r#"
        global.handle = call_later(2, time_source_units_frames, function() {
            show_debug_message("fired");
            call_cancel(global.handle);
            show_debug_message("cancelled inside");
        });
        instance_create_depth(0, 0, 0, obj_watch);

        #object obj_watch
        #event create
        frames = 0;
        #event step
        frames += 1;
        if (frames == 5) {
            call_cancel(global.handle);
            show_debug_message("after");
            game_end();
        }
        "#,
        &[],
    );
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "fired\ncancelled inside\nafter\n");
    let reports: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.contains("call_cancel"))
        .collect();
    assert_eq!(
        reports,
        ["call_cancel: Error: Index 3 does not correspond to an existing time source"],
        "stderr:\n{}",
        r.stderr
    );
}
