//! Never panic on user input: every `.gml` under tests/conformance is cut short at 20 points
//! and garbled in 60 seeded ways, and each variant is compiled (and, when it compiles, run for
//! a moment) in-process through the library API. Every variant must end in Ok, diagnostics or a GML
//! runtime error; a Rust panic fails the test. The variants are deterministic, so a failure repeats.
//!
//! `GML_CASE=<substring>` limits the test to matching case files; `GML_ROBUST_SEED=<n>` changes the
//! garbling seed (to explore; failures print the seed and variant needed to reproduce them).
//! A failed allocation aborts the whole process (it is not a panic); `GML_ROBUST_VERBOSE=1` prints
//! each variant before it runs, so the last line names the culprit.

use gml::runtime::frame_loop::{self, RunOptions};
use gml::runtime::program::Program;
use gml::vm::Vm;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Truncation points per file.
const CUTS: usize = 20;
/// Garbled variants per file, each with 1..=4 mutations.
const GARBLES: usize = 60;
/// How long one variant may run before the watchdog interrupts it.
const RUN_LIMIT: Duration = Duration::from_millis(150);
/// Total time after which variants are only compiled, not run (keeps the test near a minute).
const RUN_BUDGET: Duration = Duration::from_secs(40);

thread_local! {
    static PANIC_MSG: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Deterministic xorshift64* generator.
struct Rng(u64);
impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

/// Bytes that make interesting garbage in GML source.
const ALPHABET: &[u8] = b"{}()[];:,.=+-*/%<>!&|^~?@$#\"'\\\n \t0123456789aefxz_";

/// Values that stress numeric code paths (sizes, indexes, counts, shifts).
// (sizes large enough to allocate gigabytes are tested out of process, in `pathological`)
const EXTREMES: &[&str] = &[
    "0",
    "-1",
    "0.5",
    "-0",
    "NaN",
    "-infinity",
    "undefined",
    "\"\"",
    "[]",
    "{}",
    "255",
    "1.5",
];

fn garble(src: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut v = src.to_vec();
    let n = 1 + rng.below(4);
    for _ in 0..n {
        let pos = rng.below(v.len() + 1);
        match rng.below(6) {
            4 | 5 => {
                // replace a number literal with an extreme value
                let digits: Vec<usize> = (0..v.len()).filter(|&i| v[i].is_ascii_digit()).collect();
                if digits.is_empty() {
                    continue;
                }
                let mut a = digits[rng.below(digits.len())];
                while a > 0 && (v[a - 1].is_ascii_digit() || v[a - 1] == b'.') {
                    a -= 1;
                }
                let mut b = a;
                while b < v.len() && (v[b].is_ascii_digit() || v[b] == b'.') {
                    b += 1;
                }
                let with = EXTREMES[rng.below(EXTREMES.len())].as_bytes().to_vec();
                v.splice(a..b, with);
            }
            0 if pos < v.len() => v[pos] = ALPHABET[rng.below(ALPHABET.len())],
            1 => v.insert(pos, ALPHABET[rng.below(ALPHABET.len())]),
            2 if pos < v.len() => {
                let len = 1 + rng.below(8);
                let end = (pos + len).min(v.len());
                v.drain(pos..end);
            }
            _ => {
                // duplicate a slice elsewhere (repeats brackets, keywords, statements)
                if !v.is_empty() {
                    let a = rng.below(v.len());
                    let len = 1 + rng.below(24);
                    let b = (a + len).min(v.len());
                    let piece: Vec<u8> = v[a..b].to_vec();
                    let at = rng.below(v.len() + 1);
                    v.splice(at..at, piece);
                }
            }
        }
    }
    v
}

fn variants(text: &str, seed: u64) -> Vec<(String, String)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for k in 1..=CUTS {
        let cut = bytes.len() * k / (CUTS + 1);
        let s = String::from_utf8_lossy(&bytes[..cut]).into_owned();
        out.push((format!("cut at byte {cut}"), s));
    }
    let mut rng = Rng::new(seed);
    for g in 0..GARBLES {
        let v = garble(bytes, &mut rng);
        out.push((
            format!("garble #{g} (seed {seed})"),
            String::from_utf8_lossy(&v).into_owned(),
        ));
    }
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "gml") {
            out.push(p);
        }
    }
}

/// Interrupts runs that pass their deadline.
#[derive(Clone, Default)]
struct Watchdog(Arc<Mutex<Vec<Watched>>>);
/// A run's deadline and the interrupt flag of its VM.
type Watched = (Instant, Arc<AtomicBool>);
impl Watchdog {
    fn start(&self) {
        let list = self.0.clone();
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(10));
            let now = Instant::now();
            let mut l = list.lock().unwrap();
            l.retain(|(deadline, flag)| {
                if now >= *deadline {
                    flag.store(true, Ordering::Relaxed);
                    false
                } else {
                    Arc::strong_count(flag) > 1
                }
            });
        });
    }
    fn watch(&self, flag: Arc<AtomicBool>) {
        self.0
            .lock()
            .unwrap()
            .push((Instant::now() + RUN_LIMIT, flag));
    }
}

/// Compiles (and maybe runs) one variant; Ok tells whether it compiled, Err holds the panic message.
fn exercise(
    name: &str,
    text: &str,
    save_dir: &Path,
    run: bool,
    dog: &Watchdog,
) -> Result<bool, String> {
    PANIC_MSG.with(|m| *m.borrow_mut() = None);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut program = Program::with_stdlib(Vm::new(Box::new(std::io::sink())));
        program.vm.files.save_dir = save_dir.to_path_buf();
        let Ok(compiled) = program.compile(name, text, false) else {
            return false;
        };
        if !run {
            return true;
        }
        let top = program.install(compiled);
        let flag = program.vm.interrupt.clone();
        dog.watch(flag);
        let vm = &mut program.vm;
        let opts = RunOptions {
            fast: true,
            max_frames: Some(3),
            timeout: Some(RUN_LIMIT),
        };
        if vm.run_top_level(top).is_ok() {
            let _ = frame_loop::run_game(vm, &opts);
        }
        true
    }));
    result.map_err(|_| {
        PANIC_MSG
            .with(|m| m.borrow_mut().take())
            .unwrap_or_else(|| "panic (no message)".into())
    })
}

#[test]
fn never_panics_on_truncated_or_garbled_source() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let mut files = Vec::new();
    collect(&root, &mut files);
    if let Ok(filter) = std::env::var("GML_CASE") {
        files.retain(|f| f.to_string_lossy().contains(&filter));
    }
    let extra_seed: u64 = std::env::var("GML_ROBUST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);

    std::panic::set_hook(Box::new(|info| {
        let msg = match info.payload().downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => match info.payload().downcast_ref::<String>() {
                Some(s) => s.clone(),
                None => "panic".to_string(),
            },
        };
        let loc = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        PANIC_MSG.with(|m| *m.borrow_mut() = Some(format!("{msg}{loc}")));
    }));

    let dog = Watchdog::default();
    dog.start();
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let checked = AtomicUsize::new(0);
    let ran = AtomicUsize::new(0);
    let compiled = AtomicUsize::new(0);
    let failures: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let save = tempfile::tempdir().unwrap();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 8);
    let verbose = std::env::var_os("GML_ROBUST_VERBOSE").is_some();

    std::thread::scope(|s| {
        for _ in 0..threads {
            let builder = std::thread::Builder::new().stack_size(16 << 20);
            builder
                .spawn_scoped(s, || loop {
                    let k = next.fetch_add(1, Ordering::SeqCst);
                    let Some(path) = files.get(k) else { break };
                    let rel = path
                        .strip_prefix(&root)
                        .unwrap_or(path)
                        .to_string_lossy()
                        .replace('\\', "/");
                    let Ok(text) = std::fs::read_to_string(path) else {
                        continue;
                    };
                    // cases that talk to the test server must not reach a real one
                    let text = text.replace("{{SERVER}}", "127.0.0.1:9");
                    let dir = save.path().join(format!("case{k}"));
                    let _ = std::fs::create_dir_all(&dir);
                    for (what, variant) in variants(&text, hash(&rel) ^ extra_seed) {
                        let run = started.elapsed() < RUN_BUDGET;
                        if verbose {
                            eprintln!("robustness: {rel}, {what}");
                        }
                        checked.fetch_add(1, Ordering::Relaxed);
                        let result = exercise(&rel, &variant, &dir, run, &dog);
                        if let Ok(true) = result {
                            compiled.fetch_add(1, Ordering::Relaxed);
                            if run {
                                ran.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        if let Err(msg) = result {
                            failures.lock().unwrap().push(format!(
                                "{rel}, {what}: {msg}\n----- source -----\n{}\n------------------",
                                if variant.len() > 3000 {
                                    &variant[..variant
                                        .char_indices()
                                        .nth(3000)
                                        .map(|(i, _)| i)
                                        .unwrap_or(variant.len())]
                                } else {
                                    &variant
                                }
                            ));
                        }
                    }
                })
                .unwrap();
        }
    });
    let _ = std::panic::take_hook();
    let failures = failures.into_inner().unwrap();
    eprintln!(
        "robustness: {} files, {} variants, {} of them compiled, {} run, {:.1} s",
        files.len(),
        checked.load(Ordering::Relaxed),
        compiled.load(Ordering::Relaxed),
        ran.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
    if !failures.is_empty() {
        for f in &failures {
            eprintln!("\nPANIC: {f}");
        }
        panic!("{} variants panicked (details above)", failures.len());
    }
}

/// Inputs built to break recursive parsers, compilers and printers. Each runs in the real binary
/// (a Rust stack overflow aborts the process, which catch_unwind cannot see) and must end with
/// exit code 0, 1, 2 or 3: never a panic (101) or a signal.
fn pathological() -> Vec<(&'static str, String)> {
    let nest = |open: &str, inner: &str, close: &str, n: usize| {
        format!("{}{}{}", open.repeat(n), inner, close.repeat(n))
    };
    vec![
        ("nested parentheses", format!("var a = {};\nshow_debug_message(a);\n", nest("(", "1", ")", 5000))),
        ("nested arrays", format!("var a = {};\n", nest("[", "", "]", 5000))),
        ("nested structs", format!("var a = {};\n", nest("{a:", "1", "}", 3000))),
        ("nested blocks", nest("{", "", "}", 5000)),
        ("nested calls", format!("function f(v) {{ return v; }}\nvar a = {};\n", nest("f(", "1", ")", 3000))),
        ("nested ternaries", format!("var a = {};\n", nest("(true ? ", "1", " : 0)", 2000))),
        ("nested templates", format!("var a = {};\n", nest("$\"{", "1", "}\"", 500))),
        ("nested ifs", format!("{}show_debug_message(1);\n", "if (true) ".repeat(5000))),
        ("nested functions", nest("function() {", "", "}", 2000)),
        ("long sum", format!("var a = {};\nshow_debug_message(a);\n", vec!["1"; 100_000].join("+"))),
        ("long concatenation", format!("var a = {};\n", vec!["\"x\""; 50_000].join(" + "))),
        ("many unary operators", format!("var a = {}1;\n", "- ".repeat(10_000))),
        ("many nots", format!("var a = {}true;\n", "!".repeat(10_000))),
        ("long member chain", format!("var s = {{}};\nvar a = s{};\n", ".a".repeat(10_000))),
        ("long index chain", format!("var s = [];\nvar a = s{};\n", "[0]".repeat(10_000))),
        ("self-referencing array", "var a = [1]; a[0] = a; show_debug_message(a);\n".into()),
        ("self-referencing struct", "var s = {}; s.me = s; show_debug_message(s);\n".into()),
        ("recursive toString", "var s = {}; s.toString = function() { return string(self); }; show_debug_message(s);\n".into()),
        ("huge array request", "var a = array_create(1e12);\n".into()),
        ("negative array request", "var a = array_create(-5); show_debug_message(a);\n".into()),
        ("huge repeat count", "var n = 0; repeat (1e300) { n++; }\n".into()),
        ("huge string repeat", "var s = 1e15 * \"ab\";\n".into()),
        ("huge shift", "show_debug_message(1 << 1e300); show_debug_message(1 >> -5);\n".into()),
        ("deep recursion in with", "var s = {};\nfunction w(n) { if (n > 0) with (s) w(n - 1); }\nw(100000);\n".into()),
        ("deep recursion through try", "function t(n) { try { t(n + 1); } finally { } }\nt(0);\n".into()),
        ("deep recursion in a method", "var o = {f: function(n) { return o.f(n + 1); }};\no.f(0);\n".into()),
        ("recursion through script_execute", "function r(n) { return script_execute(r, n + 1); }\nr(0);\n".into()),
        ("mutually recursive macros", "#macro A B\n#macro B A\nshow_debug_message(A);\n".into()),
        ("self-referencing macro", "#macro A A + 1\nshow_debug_message(A);\n".into()),
        ("long string literal", format!("var s = \"{}\";\n", "x".repeat(1_000_000))),
        ("unterminated everything", "var s = \"abc\nvar t = @'x\nvar u = $\"{1 + \n/* comment\n".into()),
        ("only operators", "+-*/%<>=!&|^~?:;,.[]{}()@$#".repeat(200)),
        ("null bytes", "var a = 1;\0\0show_debug_message(a);\0".into()),
        ("lone surrogate escapes", "show_debug_message(\"\\uD800\\u{110000}\\x\\u\");\n".into()),
        ("huge literals", "show_debug_message(99999999999999999999999999999999999999 + 0xFFFFFFFFFFFFFFFFFFFFFF + 1e999 + 0b1111111111111111111111111111111111111111111111111111111111111111111);\n".into()),
        ("division corner cases", "show_debug_message(int64(-9223372036854775807 - 1) div int64(-1)); show_debug_message(int64(-9223372036854775807 - 1) mod int64(-1));\n".into()),
        ("object sections without code", "#object\n#event\n#object o : o\n#event create\n#object o\n".into()),
        ("self-parented object", "instance_create_depth(0, 0, 0, o);\n#object o : o\n#event create\nevent_inherited();\n".into()),
    ]
}

#[test]
fn pathological_inputs_end_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for (k, (what, src)) in pathological().into_iter().enumerate() {
        let path = dir.path().join(format!("p{k}.gml"));
        std::fs::write(&path, src).unwrap();
        let start = Instant::now();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_gml"))
            .args(["run", "--fast", "--timeout", "5", "--max-frames", "5"])
            .arg(&path)
            .current_dir(dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .output()
            .expect("start the gml binary");
        let code = out.status.code();
        if !matches!(code, Some(0..=3)) {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let tail: String = stderr
                .chars()
                .rev()
                .take(1500)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            failures.push(format!(
                "{what}: exit {code:?} after {:.1} s (panic is 101, None is a signal such as a stack overflow)\n{tail}",
                start.elapsed().as_secs_f64()
            ));
        }
    }
    if !failures.is_empty() {
        for f in &failures {
            eprintln!("\nFAILED: {f}");
        }
        panic!("{} pathological inputs crashed the binary", failures.len());
    }
}
