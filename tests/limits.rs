//! Runaway programs end promptly and cleanly (issue 10, points 2, 3, 4 and 8): `--timeout` lands
//! within a fraction of a second whatever runs, static chains cannot loop, `--max-memory` ends
//! runaway allocation as a GML "out of memory" error, and bad option values are usage errors.
//! Every run is out of process under a hard time limit.

#[path = "support/gml_process.rs"]
mod gml_process;

use gml_process::Finished;
use std::path::Path;
use std::time::Duration;

/// Hard limit of every run here: a run killed at this point is a hang.
const HARD_LIMIT: Duration = Duration::from_secs(30);

fn run_in(dir: &Path, src: &str, options: &[&str]) -> Finished {
    std::fs::write(dir.join("main.gml"), src).unwrap();
    let mut args = vec!["run", "--fast"];
    args.extend_from_slice(options);
    args.push("main.gml");
    let r = gml_process::run(dir, &args, HARD_LIMIT);
    assert!(!r.killed, "hung past {HARD_LIMIT:?}: {src}\n{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{src}\n{}", r.stderr);
    r
}

fn run(src: &str, options: &[&str]) -> Finished {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), src, options)
}

// ---- point 2: --timeout lands within a fraction of a second ----

/// Programs that each keep the VM busy in a different way for far longer than the timeout.
const BUSY: &[(&str, &str)] = &[
    ("an empty loop", "while (true) {}"),
    (
        "recursion without loops",
        "function f(n) { if (n > 0) { f(n - 1); f(n - 1); } }\nf(40);",
    ),
    (
        "a loop with an expensive body",
        "while (true) { var a = array_create(100000, 1); }",
    ),
    (
        "a short loop over a slow builtin",
        "var big = array_create(300000);\n\
         for (var i = 0; i < 300000; i++) big[i] = (i * 7919) mod 300007;\n\
         repeat (100000) { array_sort(big, true); array_reverse(big); }",
    ),
    (
        "a throw/catch loop",
        "while (true) { try { throw 1; } catch (e) {} }",
    ),
    (
        "recursion through a callback",
        "function g(n) { array_foreach([n, n], function(v) { if (v > 0) g(v - 1); }); }\ng(40);",
    ),
    (
        "a method-call loop",
        "var s = { f: function(x) { return x + 1; } };\nvar n = 0;\nwhile (true) n = s.f(n);",
    ),
    (
        "printing an array that holds itself twice (a tree of 2^32 leaves)",
        "var a = [0];\na[0] = a;\na[1] = a;\nshow_debug_message(a);",
    ),
];

#[test]
fn timeout_lands_promptly_whatever_runs() {
    const TIMEOUT: f64 = 0.5;
    for (what, src) in BUSY {
        let r = run(src, &["--timeout", &TIMEOUT.to_string()]);
        assert_eq!(r.code, Some(3), "{what}: stderr:\n{}", r.stderr);
        assert_eq!(r.stderr, "gml: --timeout reached\n", "{what}");
        // Start-up, plus the interrupt landing, plus a loaded CI machine.
        let late = r.elapsed.as_secs_f64() - TIMEOUT;
        assert!(late < 0.75, "{what}: ended {late:.3} s after the timeout");
    }
}

/// The text of a value that holds itself more than once (a tree exponential in the print depth)
/// is bounded like any other string: with `--max-memory`, an out-of-memory error the program can
/// catch, not a hang (without it, the 1 GB string limit ends it the same way).
#[test]
fn printing_a_self_holding_struct_ends_as_a_catchable_error() {
    let src = "var s = { a: 0, b: 0 };\ns.a = s;\ns.b = s;\n\
               try { var t = string(s); show_debug_message(string_length(t)); }\n\
               catch (e) { show_debug_message(e.message); }\nshow_debug_message(\"after\");";
    let r = run(src, &["--max-memory", "128M", "--timeout", "60"]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "stdout:\n{}", r.stdout);
    assert!(
        lines[0].starts_with("out of memory: the program holds ")
            && lines[0].ends_with(" bytes, over the limit of 134217728 bytes (--max-memory)"),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1], "after");
}

// ---- point 3: static chains never loop ----

#[test]
fn static_set_refuses_cycles_and_lookups_end() {
    let src = "var s = { a: 1 };\n\
        try { static_set(s, s); } catch (e) { show_debug_message(e.message); }\n\
        var t = { b: 2 };\n\
        static_set(s, t);\n\
        try { static_set(t, s); } catch (e) { show_debug_message(e.message); }\n\
        show_debug_message(s.b);\n\
        show_debug_message(variable_struct_exists(s, \"missing\"));\n\
        show_debug_message(string(s));\n\
        show_debug_message(string_count(\"a\", s));\n\
        try { show_debug_message(s.missing); } catch (e) { show_debug_message(e.message); }\n";
    let r = run(src, &["--timeout", "10"]);
    let refusal =
        "static_set :: the static struct would have the struct in its own static chain (a cycle)";
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[..4], [refusal, refusal, "2", "0"], "{}", r.stdout);
    assert_eq!(lines[4], "{ a : 1 }");
    assert_eq!(lines[5], "1");
    assert!(lines[6].contains("missing"), "{}", r.stdout);
}

// ---- point 4: --max-memory ----

#[test]
fn a_huge_request_is_out_of_memory_quoting_the_size_never_wrapped() {
    let r = run(
        "var a = array_create(4294967296 + 5);\nshow_debug_message(array_length(a));",
        &[],
    );
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr.contains(
            "out of memory: array_create asked for 4294967301 elements (68719476816 bytes)"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn requests_past_the_limit_quote_what_they_asked() {
    let cases = [
        (
            "buffer_create(200000000, buffer_fixed, 1);",
            "out of memory: buffer_create asked for 200000000 bytes",
        ),
        (
            "string_repeat(\"abcd\", 50000000);",
            "out of memory: string_repeat asked for 200000000 bytes",
        ),
        (
            "ds_grid_create(10000, 10000);",
            "out of memory: ds_grid asked for 100000000 elements (1600000000 bytes)",
        ),
        (
            "var a = []; array_resize(a, 20000000);",
            "out of memory: array_resize asked for 20000000 elements (320000000 bytes)",
        ),
        (
            "var s = string_repeat(\"x\", 40000000); s = s + s + s;",
            "out of memory: string concatenation asked for 80000000 bytes",
        ),
    ];
    for (src, expected) in cases {
        let r = run(src, &["--max-memory", "100M"]);
        assert_eq!(r.code, Some(1), "{src}: {}", r.stderr);
        assert!(r.stderr.contains(expected), "{src}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("and a limit of 104857600 bytes (--max-memory)"),
            "{src}: {}",
            r.stderr
        );
    }
}

#[test]
fn runaway_growth_ends_as_out_of_memory() {
    let cases = [
        // Big pieces held in a growing array.
        "var a = []; while (true) array_push(a, array_create(10000));",
        // Small structs only: no single request is big.
        "var l = undefined; while (true) l = { next: l, pad: 0 };",
        // Strings kept in a ds_list.
        "var l = ds_list_create(); var i = 0; while (true) ds_list_add(l, string(i++) + \"-padding\");",
        // Recursion holding arrays on every frame... and buffers that grow.
        "var b = buffer_create(1, buffer_grow, 1); while (true) buffer_write(b, buffer_u64, 1);",
    ];
    for src in cases {
        let r = run(src, &["--max-memory", "128M", "--timeout", "25"]);
        assert_eq!(r.code, Some(1), "{src}: {}", r.stderr);
        assert!(r.stderr.contains("out of memory"), "{src}: {}", r.stderr);
        assert!(
            r.peak_rss_bytes < (128 + 96) << 20,
            "{src}: peak RSS {} bytes",
            r.peak_rss_bytes
        );
    }
}

#[test]
fn a_decompression_bomb_ends_as_out_of_memory() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    // 512 MB of zeros in a small zlib stream.
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..512 {
        enc.write_all(&zeros).unwrap();
    }
    std::fs::write(dir.path().join("bomb.z"), enc.finish().unwrap()).unwrap();
    let r = run_in(
        dir.path(),
        "var b = buffer_load(\"bomb.z\");\nvar d = buffer_decompress(b);\nshow_debug_message(d);",
        &["--max-memory", "128M"],
    );
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("out of memory: buffer_decompress asked for"),
        "{}",
        r.stderr
    );
}

// ---- point 8: every option value is validated ----

/// Bad values for each option that takes one (of any subcommand).
const BAD_VALUES: &[(&str, &[&str])] = &[
    (
        "--fps",
        &["NaN", "inf", "-1", "0", "1e300", "1e-300", "x", ""],
    ),
    ("--max-frames", &["NaN", "-1", "1.5", "1e300", "x", ""]),
    (
        "--timeout",
        &["NaN", "inf", "-inf", "-1", "0", "1e300", "x", ""],
    ),
    ("--save-dir", &["", "no/such/dir"]),
    ("--seed", &["NaN", "-1", "1e300", "x", ""]),
    (
        "--max-memory",
        &["NaN", "inf", "-1", "0", "1e300", "12Q", "1K", ""],
    ),
    ("--room", &["", "rm one", "../rm", "1rm"]),
    ("--config", &["", "Release!", "a/b"]),
    ("--max-http-body", &["NaN", "-1", "0", "1e300", "x", ""]),
];

/// Every subcommand.
const SUBCOMMANDS: &[&str] = &["run", "check", "disasm", "repl"];

/// The options `gml SUBCOMMAND --help` lists that take a value.
fn options_with_values(subcommand: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let r = gml_process::run(dir.path(), &[subcommand, "--help"], HARD_LIMIT);
    assert_eq!(r.code, Some(0));
    r.stdout
        .lines()
        .filter_map(|l| {
            let l = l.trim_start();
            let rest = l.strip_prefix("--")?;
            let (name, after) = rest.split_once(' ')?;
            after
                .trim_start()
                .starts_with('<')
                .then(|| format!("--{name}"))
        })
        .collect()
}

#[test]
fn every_option_value_is_validated() {
    let run_options = options_with_values("run");
    let tested: Vec<String> = BAD_VALUES.iter().map(|(o, _)| o.to_string()).collect();
    assert_eq!(
        run_options, tested,
        "every option with a value needs bad values here"
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ok.gml"), "show_debug_message(1);").unwrap();
    let mut tried = 0;
    for subcommand in SUBCOMMANDS {
        for option in options_with_values(subcommand) {
            let values = BAD_VALUES
                .iter()
                .find(|(o, _)| *o == option)
                .unwrap_or_else(|| panic!("gml {subcommand} {option}: no bad values listed"))
                .1;
            for value in values {
                // `--option=value`, so values like -1 reach the option's parser.
                let r = gml_process::run(
                    dir.path(),
                    &[subcommand, &format!("{option}={value}"), "ok.gml"],
                    HARD_LIMIT,
                );
                tried += 1;
                let what = format!("gml {subcommand} {option}={value}");
                assert_eq!(r.code, Some(2), "{what}: {}", r.stderr);
                assert_eq!(r.stdout, "", "{what} ran the script");
                assert!(
                    r.stderr.contains(&option) && !r.stderr.contains("internal error"),
                    "{what}: {}",
                    r.stderr
                );
            }
        }
    }
    assert!(tried >= 45, "only {tried} bad values tried");
    // Good values of the same options run the script.
    let r = gml_process::run(
        dir.path(),
        &[
            "run",
            "--fps",
            "120",
            "--max-frames",
            "2",
            "--timeout",
            "1e9",
            "--save-dir",
            ".",
            "--seed",
            "7",
            "--max-memory",
            "512M",
            "ok.gml",
        ],
        HARD_LIMIT,
    );
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (Some(0), "1\n"),
        "{}",
        r.stderr
    );
}
