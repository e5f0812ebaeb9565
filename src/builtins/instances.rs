//! (being written)

use super::{Builtin, Constant};

pub const FUNCTIONS: &[Builtin] = &[];
pub const CONSTANTS: &[Constant] = &[];
