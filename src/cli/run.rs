//! `gml run` and `gml check`.

use super::report::runtime_error_report;
use super::{RunArgs, EXIT_COMPILE_ERROR, EXIT_OK, EXIT_RUNTIME_ERROR, EXIT_TIMEOUT};
use crate::runtime::frame_loop::{self, Outcome, RunOptions};
use crate::runtime::program::Program;
use crate::vm::error::Error;
use crate::vm::Vm;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

fn read_source(path: &PathBuf) -> Result<String, i32> {
    std::fs::read(path)
        .map_err(|e| {
            eprintln!("gml: cannot read {}: {e}", path.display());
            EXIT_COMPILE_ERROR
        })
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// A VM writing to stdout, configured from the run options.
pub fn new_vm(args: &RunArgs) -> Result<Vm, i32> {
    let mut vm = Vm::new(Box::new(std::io::LineWriter::new(std::io::stdout())));
    vm.game.speed = if args.fps > 0.0 { args.fps } else { 60.0 };
    vm.game.parameters = std::iter::once(args.file.display().to_string())
        .chain(args.args.iter().cloned())
        .collect();
    vm.headless.strict = args.strict;
    if let Some(seed) = args.seed {
        vm.rng.set_seed(seed);
    }
    if let Some(dir) = &args.save_dir {
        if !dir.is_dir() {
            eprintln!("gml: --save-dir {} is not a directory", dir.display());
            return Err(EXIT_COMPILE_ERROR);
        }
        vm.files.save_dir = dir.clone();
    }
    Ok(vm)
}

pub fn run(args: &RunArgs) -> i32 {
    let text = match read_source(&args.file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let vm = match new_vm(args) {
        Ok(vm) => vm,
        Err(code) => return code,
    };
    let mut program = Program::with_stdlib(vm);
    let name = args.file.display().to_string();
    let top = match program.load(&name, &text) {
        Ok(t) => t,
        Err(e) => {
            eprint!("{}", e.render());
            return EXIT_COMPILE_ERROR;
        }
    };
    let opts = RunOptions {
        fast: args.fast,
        max_frames: args.max_frames,
        timeout: args.timeout.map(Duration::from_secs_f64),
    };
    if let Some(t) = opts.timeout {
        // A watchdog stops code stuck in a loop inside one frame.
        let flag = program.vm.interrupt.clone();
        std::thread::spawn(move || {
            std::thread::sleep(t);
            flag.store(true, std::sync::atomic::Ordering::Relaxed);
        });
    }
    let vm = &mut program.vm;
    let result = vm
        .run_top_level(top)
        .and_then(|_| frame_loop::run_game(vm, &opts));
    let _ = vm.out.flush();
    match result {
        Ok(Outcome::Ended(code)) => code,
        Ok(Outcome::MaxFrames) => EXIT_OK,
        Ok(Outcome::TimedOut) | Err(Error::Interrupted) => {
            eprintln!("gml: --timeout reached");
            EXIT_TIMEOUT
        }
        Err(e) => {
            eprint!("{}", runtime_error_report(vm, &e));
            EXIT_RUNTIME_ERROR
        }
    }
}

pub fn check(files: &[PathBuf]) -> i32 {
    let mut failed = false;
    for f in files {
        let text = match read_source(f) {
            Ok(t) => t,
            Err(_) => {
                failed = true;
                continue;
            }
        };
        let mut program = Program::new(Vm::new(Box::new(std::io::sink())));
        let name = f.display().to_string();
        match program.compile(&name, &text, false) {
            Ok(file) => {
                for w in &file.warnings {
                    eprintln!("{}", w.render_warning(&name, &text));
                }
            }
            Err(e) => {
                eprint!("{}", e.render());
                failed = true;
            }
        }
    }
    if failed {
        EXIT_COMPILE_ERROR
    } else {
        EXIT_OK
    }
}
