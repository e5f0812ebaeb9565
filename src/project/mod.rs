//! GameMaker projects on disk.

pub mod sprite;
