//! Source text to syntax tree: the logos lexer, the thin token pass that absorbs GML's looseness,
//! macro expansion, the LALRPOP grammar and diagnostics.

pub mod ast;
