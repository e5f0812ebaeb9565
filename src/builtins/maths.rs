//! (being written)

use super::{Builtin, Constant};

pub const FUNCTIONS: &[Builtin] = &[];
pub const CONSTANTS: &[Constant] = &[];

#[derive(Default)]
pub struct Rng {}

impl Rng {
    pub fn set_seed(&mut self, _seed: u64) {}
}
