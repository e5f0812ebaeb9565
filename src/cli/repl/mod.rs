//! The interactive REPL (REPL.md): `session` is the engine, `terminal` the rustyline front-end.

pub mod session;
mod terminal;

pub use terminal::run;
