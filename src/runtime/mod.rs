//! The game around the VM: instances, objects and their event tables, the frame loop and the
//! async queue.

pub mod animcurve;
pub mod assets;
pub mod async_dispatch;
pub mod async_io;
pub mod collision;
pub mod events;
pub mod font;
pub mod frame_loop;
pub mod game;
pub mod instance;
pub mod instance_sprite;
pub mod layers;
pub mod motion_planning;
pub mod path_following;
pub mod paths;
pub mod program;
pub mod rooms;
pub mod sprite;
pub mod sprite_phases;
pub mod time_sources;
pub mod timelines;
pub mod world;
