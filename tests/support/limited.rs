//! Runs the `gml` binary out of process under a hard time limit, so that a hang fails a test
//! instead of hanging it.
#![allow(dead_code)]

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct Limited {
    /// `None` when the process was killed by a signal (or by the limit).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    /// True when the run passed its limit and was killed.
    pub timed_out: bool,
    pub elapsed: Duration,
}

/// Runs `gml ARGS` in `dir`, killing it once `limit` has passed.
pub fn gml_limited(dir: &Path, args: &[&str], limit: Duration) -> Limited {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gml"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the gml binary");
    let reader = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            String::from_utf8_lossy(&buf).replace("\r\n", "\n")
        })
    };
    let out = reader(Box::new(child.stdout.take().unwrap()));
    let err = reader(Box::new(child.stderr.take().unwrap()));
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait for gml") {
            break s;
        }
        if start.elapsed() > limit {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("wait for gml");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Limited {
        code: status.code(),
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        timed_out,
        elapsed: start.elapsed(),
    }
}
