//! The conformance suite: every `tests/conformance/<section>/<name>.gml` is run through the built
//! `gml` binary and its output compared with the files beside it (see tests/conformance/README.md).
//!
//! - `<name>.out` only: exit code 0 and stdout exactly equal to the file.
//! - `<name>.out` and `<name>.err`: an uncaught runtime error: exit code 1, stdout equal to `.out`,
//!   stderr containing every non-empty line of `.err`.
//! - `<name>.err` only: a compile error: exit code 2, stderr containing every non-empty line of
//!   `.err` and a `<name>.gml:LINE:COL` location.
//!
//! `GML_CASE=<substring>` runs only the cases whose path (relative to tests/conformance) contains
//! the substring. The `async/` section (and any case using the `{{SERVER}}` placeholder) needs a
//! local HTTP server and is run by its own harness.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Sections run elsewhere (they need a server).
const SKIPPED_SECTIONS: &[&str] = &["async"];
/// A case that runs longer than this is killed (the binary's own `--timeout` is 20 s).
const HARD_LIMIT: Duration = Duration::from_secs(60);

struct Case {
    /// Path relative to tests/conformance, with `/` separators, without the extension.
    name: String,
    gml: PathBuf,
    out: Option<String>,
    err: Option<String>,
}

struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance")
}

fn collect(dir: &Path, base: &Path, cases: &mut Vec<Case>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            let rel = path.strip_prefix(base).unwrap_or(&path);
            let first = rel
                .components()
                .next()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .unwrap_or_default();
            if SKIPPED_SECTIONS.contains(&first.as_str()) {
                continue;
            }
            collect(&path, base, cases);
        } else if path.extension().is_some_and(|e| e == "gml") {
            // a case that needs the test HTTP server belongs to the async harness
            if std::fs::read_to_string(&path).is_ok_and(|t| t.contains("{{SERVER}}")) {
                continue;
            }
            let rel = path
                .strip_prefix(base)
                .unwrap_or(&path)
                .with_extension("")
                .to_string_lossy()
                .replace('\\', "/");
            let read = |ext: &str| std::fs::read_to_string(path.with_extension(ext)).ok();
            cases.push(Case {
                name: rel,
                gml: path.clone(),
                out: read("out"),
                err: read("err"),
            });
        }
    }
}

fn normalize(s: &str) -> String {
    s.replace("\r\n", "\n")
}

fn run_case(case: &Case) -> Outcome {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gml"))
        .arg("run")
        .arg("--fast")
        .arg("--timeout")
        .arg("20")
        .arg("--save-dir")
        .arg(dir.path())
        .arg(&case.gml)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the gml binary");
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out_pipe.read_to_end(&mut b);
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err_pipe.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > HARD_LIMIT => {
                let _ = child.kill();
                timed_out = true;
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Outcome {
        code: status.and_then(|s| s.code()),
        stdout: normalize(&stdout),
        stderr: normalize(&stderr),
        timed_out,
    }
}

/// `name.gml:LINE:COL` somewhere in `text`.
fn has_location(text: &str, file_name: &str) -> bool {
    let mut rest = text;
    while let Some(i) = rest.find(file_name) {
        let after = &rest[i + file_name.len()..];
        let mut parts = after.splitn(3, ':');
        let _ = parts.next();
        let line = parts.next().unwrap_or("");
        let col: String = parts
            .next()
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        if after.starts_with(':')
            && !line.is_empty()
            && line.chars().all(|c| c.is_ascii_digit())
            && !col.is_empty()
        {
            return true;
        }
        rest = after;
    }
    false
}

/// A unified-style line diff of `expected` against `actual` (LCS based; long outputs are cut).
fn diff(expected: &str, actual: &str) -> String {
    const MAX: usize = 3000;
    let a: Vec<&str> = expected.lines().take(MAX).collect();
    let b: Vec<&str> = actual.lines().take(MAX).collect();
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // Edit script: (' ' | '-' | '+', text)
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(('+', b[j]));
            j += 1;
        } else {
            ops.push(('-', a[i]));
            i += 1;
        }
    }
    // Print changed lines with two lines of context, "..." between hunks.
    let keep: Vec<bool> = (0..ops.len())
        .map(|k| {
            let lo = k.saturating_sub(2);
            let hi = (k + 3).min(ops.len());
            ops[lo..hi].iter().any(|(c, _)| *c != ' ')
        })
        .collect();
    let mut out = String::from("--- expected\n+++ actual\n");
    let mut skipped = false;
    for (k, (c, text)) in ops.iter().enumerate() {
        if keep[k] {
            if skipped {
                out.push_str("...\n");
                skipped = false;
            }
            out.push(*c);
            out.push_str(text);
            out.push('\n');
        } else {
            skipped = true;
        }
    }
    if expected.ends_with('\n') != actual.ends_with('\n') && !actual.is_empty() {
        out.push_str("(the final newline differs)\n");
    }
    out
}

fn snippet(s: &str) -> String {
    const MAX: usize = 2000;
    if s.len() <= MAX {
        s.to_string()
    } else {
        let mut end = MAX;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}... ({} bytes in all)", &s[..end], s.len())
    }
}

/// Checks one case; returns the failure report, if any.
fn check(case: &Case) -> Option<String> {
    let got = run_case(case);
    let mut problems: Vec<String> = Vec::new();
    if got.timed_out {
        problems.push(format!("killed after {} s", HARD_LIMIT.as_secs()));
    }
    let file_name = case
        .gml
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let expected_code = match (&case.out, &case.err) {
        (Some(_), None) => 0,
        (Some(_), Some(_)) => 1,
        (None, Some(_)) => 2,
        (None, None) => {
            return Some("the case has neither a .out nor a .err file".into());
        }
    };
    if got.code != Some(expected_code) {
        problems.push(format!(
            "exit code: expected {expected_code}, got {}",
            got.code
                .map(|c| c.to_string())
                .unwrap_or_else(|| "none (killed by a signal)".into())
        ));
    }
    if let Some(out) = &case.out {
        let mut expected = normalize(out);
        if !expected.is_empty() && !expected.ends_with('\n') {
            expected.push('\n');
        }
        if expected != got.stdout {
            problems.push(format!("stdout differs:\n{}", diff(&expected, &got.stdout)));
        }
    }
    if let Some(err) = &case.err {
        for line in normalize(err).lines().filter(|l| !l.trim().is_empty()) {
            if !got.stderr.contains(line) {
                problems.push(format!("stderr does not contain {line:?}"));
            }
        }
        if expected_code == 2 && !has_location(&got.stderr, &file_name) {
            problems.push(format!("stderr has no {file_name}:LINE:COL location"));
        }
    }
    if problems.is_empty() {
        return None;
    }
    let mut report = problems.join("\n");
    if !got.stderr.is_empty() {
        report.push_str(&format!("\nstderr:\n{}", snippet(&got.stderr)));
    }
    if case.out.is_none() && !got.stdout.is_empty() {
        report.push_str(&format!("\nstdout:\n{}", snippet(&got.stdout)));
    }
    Some(report)
}

#[test]
fn conformance() {
    let base = root();
    let mut cases = Vec::new();
    collect(&base, &base, &mut cases);
    if let Ok(filter) = std::env::var("GML_CASE") {
        cases.retain(|c| c.name.contains(&filter));
    }
    if cases.is_empty() {
        eprintln!("conformance: no cases selected");
        return;
    }
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 8);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(k) else { break };
                if let Some(report) = check(case) {
                    failures.lock().unwrap().push((case.name.clone(), report));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort_by(|a, b| a.0.cmp(&b.0));
    // per-section summary
    let section = |name: &str| name.split('/').next().unwrap_or("").to_string();
    let mut sections: Vec<(String, usize, usize)> = Vec::new();
    for c in &cases {
        let sec = section(&c.name);
        let failed = failures.iter().any(|(n, _)| *n == c.name) as usize;
        match sections.iter_mut().find(|(s, _, _)| *s == sec) {
            Some(e) => {
                e.1 += 1;
                e.2 += failed;
            }
            None => sections.push((sec, 1, failed)),
        }
    }
    for (sec, total, failed) in &sections {
        eprintln!(
            "conformance: {sec:<12} {:>4} passed, {failed:>3} failed",
            total - failed
        );
    }
    if failures.is_empty() {
        eprintln!("conformance: all {} cases pass", cases.len());
        return;
    }
    let mut msg = String::new();
    for (name, report) in &failures {
        msg.push_str(&format!("\n==== {name} ====\n{report}\n"));
    }
    msg.push_str(&format!(
        "\nconformance: {} of {} cases failed:\n",
        failures.len(),
        cases.len()
    ));
    for (name, _) in &failures {
        msg.push_str(&format!("  {name}\n"));
    }
    eprintln!("{msg}");
    panic!(
        "{} of {} conformance cases failed (details above)",
        failures.len(),
        cases.len()
    );
}

#[test]
fn harness_diff_and_location_helpers() {
    let d = diff("a\nb\nc\n", "a\nx\nc\nd\n");
    assert!(d.contains("-b\n"), "{d}");
    assert!(d.contains("+x\n"), "{d}");
    assert!(d.contains("+d\n"), "{d}");
    assert!(d.contains(" a\n"), "{d}");
    assert_eq!(diff("same\n", "same\n"), "--- expected\n+++ actual\n");
    assert!(has_location(
        "/tmp/x/case.gml:12:5: error: oops",
        "case.gml"
    ));
    assert!(!has_location(
        "case.gml: error without position",
        "case.gml"
    ));
    assert!(!has_location("case.gml:12: no column", "case.gml"));
    assert!(has_location("other.gml:1:1 then case.gml:3:9", "case.gml"));
}
