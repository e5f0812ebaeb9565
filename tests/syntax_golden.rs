//! Golden tests for the syntax stage: lexer token dumps (`tests/golden/lexer/*.gml` ->
//! `*.tokens`) and rendered parse errors (`tests/golden/parse_errors/*.gml` -> `*.txt`), plus a
//! robustness test over truncated and garbled GML and a manual timing check.
//!
//! Regenerate the expected files with `GML_BLESS=1 cargo test --test syntax_golden`, then review
//! every changed file by eye.

use gml::syntax::{dump_tokens, is_incomplete, parse_file, parse_repl_input, MacroTable};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn golden_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(sub)
}

fn bless() -> bool {
    std::env::var("GML_BLESS").is_ok_and(|v| v == "1")
}

/// Runs `render` over every `.gml` in `sub` and compares with the file of extension `ext`.
fn check_dir(sub: &str, ext: &str, render: impl Fn(&str, &str) -> String) {
    let dir = golden_dir(sub);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "gml"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "no golden inputs in {}", dir.display());
    let mut failures = Vec::new();
    for path in entries {
        let src = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let got = render(&name, &src);
        let expected_path = path.with_extension(ext);
        if bless() {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("--- {}\n{got}", expected_path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatches (GML_BLESS=1 regenerates):\n{}",
        failures.join("\n")
    );
}

#[test]
fn lexer_goldens() {
    check_dir("lexer", "tokens", |_, src| dump_tokens(src));
}

fn render_errors(name: &str, src: &str) -> String {
    let mut macros = MacroTable::default();
    match parse_file(src, &mut macros) {
        Ok(_) => "OK\n".to_string(),
        Err(diags) => {
            let mut out = String::new();
            for d in diags {
                out.push_str(&d.render(name, src));
                out.push('\n');
            }
            out
        }
    }
}

#[test]
fn parse_error_goldens() {
    check_dir("parse_errors", "txt", render_errors);
}

#[test]
fn corpus_parses_cleanly() {
    let src = std::fs::read_to_string(golden_dir("corpus.gml")).unwrap();
    let mut macros = MacroTable::default();
    match parse_file(&src, &mut macros) {
        Ok(f) => {
            assert!(f.top_level.len() > 20);
            assert_eq!(f.objects.len(), 2);
            assert_eq!(f.objects[0].events.len(), 6);
        }
        Err(d) => panic!(
            "{}",
            d.iter()
                .map(|d| d.render("corpus.gml", &src))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
    // CRLF line endings give the same tree shape
    let crlf = src.replace('\n', "\r\n");
    assert!(parse_file(&crlf, &mut MacroTable::default()).is_ok());
}

/// A small deterministic generator (no external crates).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const NOISE: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "'",
    "@\"",
    "$\"",
    "#",
    "#macro X ",
    "#event ",
    "#object ",
    "\\",
    "/*",
    "*/",
    "//",
    ";",
    ",",
    ".",
    "?",
    "??",
    ":",
    "=",
    "++",
    "--",
    "begin",
    "end",
    "if",
    "else",
    "function",
    "var",
    "return",
    "case",
    "\n",
    "\r\n",
    "\u{e9}",
    "\u{1F600}",
    "$",
    "0x",
    "1e",
    "[$",
    "[?",
    "#FF00",
    "{}",
    "new",
    "static",
    "enum",
    "try",
    "catch",
];

fn exercise(src: &str) {
    let start = Instant::now();
    let mut macros = MacroTable::default();
    match parse_file(src, &mut macros) {
        Ok(_) => {}
        Err(d) => {
            assert!(!d.is_empty(), "Err without diagnostics for {src:?}");
            for diag in &d {
                let r = diag.render("fuzz.gml", src);
                assert!(r.contains("error:"));
            }
        }
    }
    let _ = is_incomplete(src);
    let _ = parse_repl_input(src, &mut macros);
    let elapsed = start.elapsed();
    assert!(
        elapsed < Duration::from_secs(2),
        "took {elapsed:?} on an input of {} bytes",
        src.len()
    );
}

#[test]
fn truncated_and_garbled_inputs_never_panic() {
    let corpus = std::fs::read_to_string(golden_dir("corpus.gml")).unwrap();
    let bytes = corpus.as_bytes();
    // every truncation point on a char boundary (stride keeps the test quick)
    let mut cut = 0;
    let mut n = 0;
    while cut <= bytes.len() {
        if corpus.is_char_boundary(cut) {
            exercise(&corpus[..cut]);
            n += 1;
        }
        cut += 7;
    }
    // random edits: delete a range, insert noise, duplicate a range, swap bytes
    let mut rng = Lcg(0x5eed);
    for _ in 0..400 {
        let mut s = corpus.clone().into_bytes();
        for _ in 0..1 + rng.below(6) {
            let len = s.len().max(1);
            let at = rng.below(len);
            match rng.below(5) {
                0 => {
                    let end = (at + rng.below(40)).min(s.len());
                    s.drain(at..end);
                }
                1 => {
                    let noise = NOISE[rng.below(NOISE.len())].as_bytes();
                    s.splice(at..at, noise.iter().copied());
                }
                2 => {
                    let end = (at + rng.below(80)).min(s.len());
                    let piece: Vec<u8> = s[at..end].to_vec();
                    let to = rng.below(s.len().max(1));
                    s.splice(to..to, piece);
                }
                3 => {
                    if at < s.len() {
                        s[at] = (rng.below(95) + 32) as u8;
                    }
                }
                _ => {
                    let b = rng.below(len);
                    if at < s.len() && b < s.len() {
                        s.swap(at, b);
                    }
                }
            }
        }
        // garbling may split UTF-8 sequences: the parser takes &str, so repair lossily
        let text = String::from_utf8_lossy(&s).into_owned();
        exercise(&text);
        n += 1;
    }
    // token soup: random sequences of fragments, names and numbers
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..rng.below(60) {
            match rng.below(4) {
                0 => text.push_str(" a"),
                1 => text.push_str(" 1"),
                _ => text.push_str(NOISE[rng.below(NOISE.len())]),
            }
        }
        exercise(&text);
        n += 1;
    }
    // pathological shapes
    exercise(&"(".repeat(100_000));
    exercise(&"-".repeat(100_000));
    exercise(&format!("x = {}1{};", "(".repeat(5_000), ")".repeat(5_000)));
    exercise(&"[".repeat(50_000));
    exercise(&format!("x = a{};", "[0]".repeat(100_000)));
    exercise(&format!("x = f{};", "()".repeat(100_000)));
    exercise(&format!("x = a{};", ".b".repeat(100_000)));
    exercise(&format!("if a {{}}{}", " else if a {}".repeat(20_000)));
    exercise(&"if a\n".repeat(20_000));
    exercise(&"{".repeat(50_000));
    exercise(&"$\"{".repeat(10_000));
    exercise("#macro A A A A A A A A\nx = A");
    exercise("#macro A B B B B B B B B B B\n#macro B C C C C C C C C C C\n#macro C D D D D D D D D D D\n#macro D E E E E E E E E E E\n#macro E F F F F F F F F F F\n#macro F G G G G G G G G G G\n#macro G 1 +\nx = A 1");
    exercise("\u{0}\u{1}\u{7f}\u{feff}");
    assert!(n > 400);
}

/// Manual timing: `cargo test --release --test syntax_golden -- --ignored --nocapture`.
#[test]
#[ignore]
fn time_100k_lines() {
    let corpus = std::fs::read_to_string(golden_dir("corpus.gml")).unwrap();
    // top-level code only (no #object sections), repeated to 100,000 lines
    let top: String = corpus
        .split("#object")
        .next()
        .unwrap()
        .lines()
        .filter(|l| {
            !l.starts_with("#macro")
                && !l.contains('\\')
                && !l.starts_with("    2 +")
                && !l.starts_with("    3")
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let per = top.lines().count();
    let mut src = String::new();
    let mut i = 0;
    while src.lines().count() < 100_000 {
        // rename functions and enums so the file is plausible
        src.push_str(
            &top.replace("Vec2", &format!("Vec2_{i}"))
                .replace("State", &format!("State{i}")),
        );
        i += 1;
    }
    let lines = src.lines().count();
    let mut macros = MacroTable::default();
    gml::syntax::collect_macros("#macro SCREEN_W 1280\n#macro SCREEN_H 720\n#macro HALF_W (SCREEN_W / 2)\n#macro DEBUG true\n#macro LOG_PREFIX \"x\"\n#macro LONG_SUM 6", &mut macros);
    let start = Instant::now();
    let (toks, _) = gml::syntax::lexer::lex(&src, 0);
    println!(
        "lexing alone: {} tokens in {:?}",
        toks.len(),
        start.elapsed()
    );
    let start = Instant::now();
    let mut diags = Vec::new();
    let toks = gml::syntax::tokens::Pass::new(&src, &macros, &mut diags).run(toks);
    println!("token pass alone: {:?}", start.elapsed());
    let start = Instant::now();
    let stmts = gml::syntax::parser::parse_program(toks, src.len(), &mut diags);
    println!(
        "grammar alone: {} statements in {:?}",
        stmts.len(),
        start.elapsed()
    );
    let start = Instant::now();
    drop(stmts);
    println!("dropping the tree: {:?}", start.elapsed());
    let start = Instant::now();
    let r = parse_file(&src, &mut macros);
    let t = start.elapsed();
    if let Err(d) = &r {
        panic!("{}", d[0].render("big.gml", &src));
    }
    println!(
        "parse_file: {lines} lines ({} bytes, {per} lines per copy) in {t:?}",
        src.len()
    );
}

/// Manual check over real files: `GML_PARSE_DIR=/path cargo test --test syntax_golden
/// parse_dir -- --ignored --nocapture` parses every `.gml` under the directory and prints the
/// diagnostics of those that fail.
#[test]
#[ignore]
fn parse_dir_from_env() {
    let Ok(dir) = std::env::var("GML_PARSE_DIR") else {
        return;
    };
    let mut stack = vec![PathBuf::from(dir)];
    let (mut ok, mut bad) = (0, 0);
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "gml") {
                let src = std::fs::read_to_string(&p).unwrap_or_default();
                match parse_file(&src, &mut MacroTable::default()) {
                    Ok(_) => ok += 1,
                    Err(d) => {
                        bad += 1;
                        println!("== {}", p.display());
                        for x in d.iter().take(3) {
                            println!("{}", x.render(&p.to_string_lossy(), &src));
                        }
                    }
                }
            }
        }
    }
    println!("{ok} files parsed, {bad} with errors");
}
