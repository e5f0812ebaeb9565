//! `gml`: a GameMaker Language interpreter.
//!
//! The pipeline, one folder per stage: `syntax` (tokens, grammar, AST) -> `compiler` (AST to
//! bytecode) -> `vm` (values, frames, dispatch loop) -> `runtime` (instances, events, the frame
//! loop, the async queue). `builtins` holds the native functions by manual section; `cli` is the
//! command line and REPL at the edge.

pub mod builtins;
pub mod cli;
pub mod compiler;
pub mod project;
pub mod runtime;
pub mod syntax;
pub mod vm;
