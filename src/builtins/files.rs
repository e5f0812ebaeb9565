//! (being written)

use super::{Builtin, Constant};

pub const FUNCTIONS: &[Builtin] = &[];
pub const CONSTANTS: &[Constant] = &[];

#[derive(Default)]
pub struct FileStore {
    pub save_dir: std::path::PathBuf,
}

/// Stand-in until the files module lands.
pub fn builtin_path_var(_vm: &crate::vm::Vm, _name: &str) -> Option<String> {
    None
}
