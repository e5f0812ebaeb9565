//! The game around the VM: instances, objects and their event tables, the frame loop and the
//! async queue.

pub mod async_io;
pub mod events;
pub mod game;
pub mod instance;
pub mod world;
