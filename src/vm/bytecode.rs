//! The instruction set and compiled function prototypes.

use crate::syntax::ast::Span;

/// A compiled function body.
pub struct Proto {
    pub name: String,
    pub code: Vec<u32>,
    pub spans: Vec<Span>,
    pub is_constructor: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BitOp {
    And,
    Or,
    Xor,
    Shl,
    Shr,
}
