//! `gml run` and `gml check`.

use super::report::runtime_error_report;
use super::{RunArgs, EXIT_COMPILE_ERROR, EXIT_OK, EXIT_RUNTIME_ERROR, EXIT_TIMEOUT};
use crate::runtime::frame_loop::{self, Outcome, RunOptions};
use crate::runtime::program::Program;
use crate::vm::bytecode::Proto;
use crate::vm::error::Error;
use crate::vm::Vm;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;
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
    // `options::fps` already refused values that are not above 0.
    vm.game.speed = args.fps.unwrap_or(60.0);
    vm.game.parameters = std::iter::once(args.file.display().to_string())
        .chain(args.args.iter().cloned())
        .collect();
    vm.headless.strict = args.strict;
    if let Some(seed) = args.seed {
        vm.rng.set_seed(seed);
    }
    if let Some(bytes) = args.max_memory {
        crate::vm::memory::set_limit(bytes);
    }
    if let Some(bytes) = args.max_http_body {
        vm.async_io
            .set_max_body(usize::try_from(bytes).unwrap_or(usize::MAX));
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
    if crate::project::is_project_path(&args.file) {
        return run_project(args);
    }
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
    execute(program, vec![top], args)
}

/// `gml run DIR` / `gml run PROJECT.yyp`: load, build, then run the scripts' top-level code and
/// the game from its first room.
fn run_project(args: &RunArgs) -> i32 {
    let project = match crate::project::load(&args.file) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gml: {e}");
            return EXIT_COMPILE_ERROR;
        }
    };
    let mut vm = match new_vm(args) {
        Ok(vm) => vm,
        Err(code) => return code,
    };
    if args.fps.is_none() {
        vm.game.speed = project.game_speed;
    }
    vm.files.bundle_dir = project.datafiles.clone();
    let mut program = Program::with_stdlib(vm);
    let opts = crate::project::BuildOptions {
        config: args.config.clone(),
        room: args.room.clone(),
    };
    let report = crate::project::build(&project, &mut program, &opts);
    if !report.errors.is_empty() {
        for e in &report.errors {
            eprint!("{e}");
            if !e.ends_with('\n') {
                eprintln!();
            }
        }
        return EXIT_COMPILE_ERROR;
    }
    execute(program, report.top_levels, args)
}

/// Runs top-level code in order, then frames until the game ends; maps the outcome to an exit
/// code.
fn execute(mut program: Program, tops: Vec<Rc<Proto>>, args: &RunArgs) -> i32 {
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
        .run_global_inits()
        .and_then(|_| {
            tops.into_iter()
                .try_for_each(|top| vm.run_top_level(top).map(|_| ()))
        })
        .and_then(|_| frame_loop::run_game(vm, &opts));
    let _ = vm.out.flush();
    let code = match result {
        Ok(Outcome::Ended(code)) => code,
        Ok(Outcome::MaxFrames) => EXIT_OK,
        Ok(Outcome::TimedOut) | Err(Error::Interrupted) => {
            eprintln!("gml: --timeout reached");
            EXIT_TIMEOUT
        }
        Err(e) => {
            use crate::builtins::debugging::{run_unhandled_handler, Unhandled};
            match run_unhandled_handler(vm, e, EXIT_RUNTIME_ERROR) {
                Unhandled::Handled(code) => code,
                Unhandled::Report(e) => {
                    eprint!("{}", runtime_error_report(vm, &e));
                    EXIT_RUNTIME_ERROR
                }
            }
        }
    };
    let _ = vm.out.flush();
    // The process exits next: freeing gigabytes one value at a time would only delay the exit
    // (a timeout must end the run promptly).
    std::mem::forget(program);
    code
}

/// `gml check DIR`: builds the whole project, printing every error and warning.
fn check_project(path: &std::path::Path, config: &str) -> bool {
    let project = match crate::project::load(path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gml: {e}");
            return false;
        }
    };
    let mut program = Program::with_stdlib(Vm::new(Box::new(std::io::sink())));
    let opts = crate::project::BuildOptions {
        config: config.to_string(),
        room: None,
    };
    let report = crate::project::build(&project, &mut program, &opts);
    for line in report.warnings.iter().chain(&report.errors) {
        eprint!("{line}");
        if !line.ends_with('\n') {
            eprintln!();
        }
    }
    report.errors.is_empty()
}

pub fn check(files: &[PathBuf], config: &str) -> i32 {
    let mut failed = false;
    for f in files {
        if crate::project::is_project_path(f) {
            failed |= !check_project(f, config);
            continue;
        }
        let text = match read_source(f) {
            Ok(t) => t,
            Err(_) => {
                failed = true;
                continue;
            }
        };
        let mut program = Program::with_stdlib(Vm::new(Box::new(std::io::sink())));
        let name = f.display().to_string();
        match program.compile(&name, &text, false) {
            Ok(file) => {
                eprint!(
                    "{}",
                    crate::syntax::render_diagnostics(&file.warnings, &name, &text, true)
                );
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
