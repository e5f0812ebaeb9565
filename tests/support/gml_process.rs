//! Runs the `gml` binary out of process under a hard time limit: a run that hangs is killed and
//! reported as such, so a regression fails its test instead of hanging the suite.
//! (Included with `#[path]` by the tests that need it; each uses only part of it.)
#![allow(dead_code)]

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Finished {
    /// The exit code; `None` when killed by a signal (or by the limit).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
    /// Killed for passing the hard limit.
    pub killed: bool,
    /// The highest resident memory seen (Linux; 0 elsewhere), sampled while it ran.
    pub peak_rss_bytes: u64,
}

/// The peak resident memory of a running process so far (`VmHWM`), on Linux.
fn peak_rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Starts `gml ARGS` in `dir` with piped output.
pub fn spawn(dir: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_gml"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the gml binary")
}

/// Waits for `child`, killing it once `limit` has passed since `started`.
pub fn finish(mut child: Child, started: Instant, limit: Duration) -> Finished {
    // Drain the pipes on threads so a chatty child never blocks on a full pipe.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let mut killed = false;
    let mut peak_rss_bytes = 0;
    let status = loop {
        if let Some(rss) = peak_rss(child.id()) {
            peak_rss_bytes = peak_rss_bytes.max(rss);
        }
        if let Some(s) = child.try_wait().expect("wait for gml") {
            break s;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            killed = true;
            break child.wait().expect("wait for gml");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = started.elapsed();
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).replace("\r\n", "\n");
    Finished {
        code: status.code(),
        stdout: text(out_t.join().unwrap_or_default()),
        stderr: text(err_t.join().unwrap_or_default()),
        elapsed,
        killed,
        peak_rss_bytes,
    }
}

/// Runs `gml ARGS` in `dir`, killed after `limit`.
pub fn run(dir: &Path, args: &[&str], limit: Duration) -> Finished {
    let started = Instant::now();
    let child = spawn(dir, args);
    finish(child, started, limit)
}
