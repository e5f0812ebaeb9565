//! Game-wide state the frame loop keeps: speed, timing, `game_end`, and the built-in variables
//! that read it.

use crate::vm::bytecode::BuiltinVar;
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::time::Instant;

pub struct GameState {
    pub started: Instant,
    /// Frames per second asked for (`game_set_speed`, `room_speed`, `--fps`).
    pub speed: f64,
    /// Measured frames per second over the last second.
    pub fps: f64,
    pub fps_real: f64,
    /// Microseconds the last frame took (`delta_time`).
    pub delta_time: f64,
    pub frame: u64,
    /// `game_end()` was called: the loop stops at the end of this frame.
    pub ending: bool,
    pub exit_code: i32,
    pub health: Value,
    pub score: Value,
    pub lives: Value,
    /// `parameter_string`: the script path, then the arguments after `--`.
    pub parameters: Vec<String>,
}

impl Default for GameState {
    fn default() -> Self {
        GameState {
            started: Instant::now(),
            speed: 60.0,
            fps: 60.0,
            fps_real: 60.0,
            delta_time: 0.0,
            frame: 0,
            ending: false,
            exit_code: 0,
            health: Value::Real(100.0),
            score: Value::Real(0.0),
            lives: Value::Real(-1.0),
            parameters: Vec::new(),
        }
    }
}

pub fn load_builtin_var(vm: &mut Vm, b: BuiltinVar) -> Result<Value> {
    let g = &vm.game;
    Ok(match b {
        BuiltinVar::CurrentTime => Value::Real(g.started.elapsed().as_millis() as f64),
        BuiltinVar::DeltaTime => Value::Real(g.delta_time),
        BuiltinVar::Fps => Value::Real(g.fps.round()),
        BuiltinVar::FpsReal => Value::Real(g.fps_real),
        BuiltinVar::RoomSpeed => Value::Real(g.speed),
        BuiltinVar::Room => Value::Real(0.0),
        BuiltinVar::Health => g.health.clone(),
        BuiltinVar::Score => g.score.clone(),
        BuiltinVar::Lives => g.lives.clone(),
        BuiltinVar::Date(s) => {
            Value::Real(crate::builtins::date::current_field(s.as_str()).unwrap_or(0.0))
        }
        BuiltinVar::Path(s) => match crate::builtins::files::builtin_path_var(vm, s.as_str()) {
            Some(p) => Value::string(p),
            None => Value::str(""),
        },
        BuiltinVar::Os(s) => crate::builtins::os::os_var(vm, s.as_str()),
        BuiltinVar::ArgumentCount
        | BuiltinVar::AsyncLoad
        | BuiltinVar::InstanceCount
        | BuiltinVar::InstanceIds => Value::Undefined,
    })
}

pub fn store_builtin_var(vm: &mut Vm, b: BuiltinVar, v: Value) -> Result<()> {
    match b {
        BuiltinVar::RoomSpeed => {
            let n = v
                .as_f64()
                .ok_or_else(|| Error::msg("room_speed must be a number"))?;
            if n > 0.0 {
                vm.game.speed = n;
            }
        }
        BuiltinVar::Health => vm.game.health = v,
        BuiltinVar::Score => vm.game.score = v,
        BuiltinVar::Lives => vm.game.lives = v,
        _ => return Err(Error::msg("this built-in variable is read-only")),
    }
    Ok(())
}
