//! The command line: `gml run`, `gml check`, `gml disasm`, `gml repl` (DESIGN.md section 1).

pub mod disasm;
mod options;
pub mod repl;
pub mod report;
mod run;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "gml",
    version,
    about = "Run GameMaker Language (GML) scripts headless"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(clap::Args, Clone, Debug)]
pub struct RunArgs {
    /// The .gml file to run, or a GameMaker project (its folder or .yyp)
    pub file: PathBuf,
    /// Frame rate (default: the project's game speed, else GameMaker's default 60)
    #[arg(long, value_parser = options::fps)]
    pub fps: Option<f64>,
    /// Run frames back to back without sleeping
    #[arg(long)]
    pub fast: bool,
    /// Stop after this many frames
    #[arg(long)]
    pub max_frames: Option<u64>,
    /// Stop after this many seconds (exit code 3)
    #[arg(long, value_parser = options::seconds)]
    pub timeout: Option<f64>,
    /// The file sandbox: every path a script gives resolves inside it (default: current directory)
    #[arg(long)]
    pub save_dir: Option<PathBuf>,
    /// Random seed (default: GameMaker's fixed seed until randomize())
    #[arg(long)]
    pub seed: Option<u64>,
    /// Make every headless call (drawing, audio, window, input) a runtime error naming it
    #[arg(long)]
    pub strict: bool,
    /// Memory limit, e.g. 512M or 2G (default: 4G, or half the machine's memory if less)
    #[arg(long, value_parser = options::memory_size)]
    pub max_memory: Option<u64>,
    /// Project: the room to start in instead of the first of the room order
    #[arg(long, value_parser = options::resource_name)]
    pub room: Option<String>,
    /// Project: the configuration for `#macro Config:NAME value` lines
    #[arg(long, default_value = "Default", value_parser = options::resource_name)]
    pub config: String,
    /// The most bytes of one HTTP response body held in memory; a larger body ends its request
    /// as a network failure (default 268435456, 256 MiB; http_get_file is not bounded by it)
    #[arg(long, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_http_body: Option<u64>,
    /// Arguments for the script, read with parameter_string(1..)
    #[arg(last = true)]
    pub args: Vec<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run a script: top-level code once, then frames until the game ends
    Run(RunArgs),
    /// Parse and compile only; print every diagnostic (files, or a project's folder or .yyp)
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Project: the configuration for `#macro Config:NAME value` lines
        #[arg(long, default_value = "Default", value_parser = options::resource_name)]
        config: String,
    },
    /// Print the bytecode of each function and event
    Disasm { file: PathBuf },
    /// The interactive REPL
    Repl { file: Option<PathBuf> },
}

/// Exit codes (DESIGN.md section 1).
pub const EXIT_OK: i32 = 0;
pub const EXIT_RUNTIME_ERROR: i32 = 1;
pub const EXIT_COMPILE_ERROR: i32 = 2;
pub const EXIT_TIMEOUT: i32 = 3;

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                EXIT_COMPILE_ERROR
            } else {
                EXIT_OK
            };
            let _ = e.print();
            return code;
        }
    };
    // The VM runs on a thread with a large stack: GML called from natives (callbacks, events)
    // nests Rust frames, and the depth limits must trip before the stack does.
    let worker = std::thread::Builder::new()
        .name("gml-vm".into())
        .stack_size(VM_STACK_BYTES)
        .spawn(move || dispatch(cli.command));
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("gml: internal error");
            EXIT_RUNTIME_ERROR
        }
    }
}

const VM_STACK_BYTES: usize = 512 << 20;

fn dispatch(command: Option<Command>) -> i32 {
    match command {
        Some(Command::Run(args)) => run::run(&args),
        Some(Command::Check { files, config }) => run::check(&files, &config),
        Some(Command::Disasm { file }) => disasm::disasm_file(&file),
        Some(Command::Repl { file }) => repl::run(file),
        None => repl::run(None),
    }
}
