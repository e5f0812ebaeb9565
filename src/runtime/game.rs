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
    /// Code run once the game has ended, after Clean Up (a project's extensions' `final`
    /// functions).
    pub at_end: Vec<std::rc::Rc<crate::vm::bytecode::Proto>>,
    /// `gc_target_frame_time`, in microseconds (kept for `gc_get_target_frame_time`; the
    /// collector here runs between frames by allocation count, not by a time budget).
    pub gc_target_frame_time: f64,
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
            at_end: Vec::new(),
            gc_target_frame_time: 100.0,
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
        BuiltinVar::Room
        | BuiltinVar::RoomWidth
        | BuiltinVar::RoomHeight
        | BuiltinVar::RoomFirst
        | BuiltinVar::RoomLast
        | BuiltinVar::RoomPersistent => room_var(vm, b),
        BuiltinVar::Health => g.health.clone(),
        BuiltinVar::Score => g.score.clone(),
        BuiltinVar::Lives => g.lives.clone(),
        // The innermost running event; -1 outside every event (top-level code, a script
        // called from it).
        BuiltinVar::EventType | BuiltinVar::EventNumber | BuiltinVar::EventObject => {
            match vm.current_event() {
                Some(ctx) => {
                    let (ty, num) = ctx.event.type_number();
                    match b {
                        BuiltinVar::EventType => Value::Real(ty as f64),
                        BuiltinVar::EventNumber => Value::Real(num as f64),
                        _ => Value::Ref(crate::vm::value::RefKind::Object, ctx.object as i64),
                    }
                }
                None => Value::Real(-1.0),
            }
        }
        BuiltinVar::Date(s) => {
            Value::Real(crate::builtins::date::current_field(s.as_str()).unwrap_or(0.0))
        }
        BuiltinVar::Path(s) => match crate::builtins::files::builtin_path_var(vm, s.as_str()) {
            Some(p) => Value::string(p),
            None => Value::str(""),
        },
        BuiltinVar::Os(s) => crate::builtins::os::os_var(vm, s.as_str()),
        BuiltinVar::Headless(s) => {
            crate::builtins::headless::builtin_var(vm, s.as_str()).unwrap_or_default()
        }
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
        BuiltinVar::RoomPersistent => {
            // The current room only: its setting in the project is `room_set_persistent`'s.
            vm.rooms.persistent = crate::vm::ops::truthy(&v)?;
        }
        BuiltinVar::Health => vm.game.health = v,
        BuiltinVar::Score => vm.game.score = v,
        BuiltinVar::Lives => vm.game.lives = v,
        BuiltinVar::Headless(s) => crate::builtins::headless::set_builtin_var(vm, s.as_str(), v)?,
        _ => return Err(Error::msg("this built-in variable is read-only")),
    }
    Ok(())
}

/// The current room's width and height.
pub fn room_size(vm: &Vm) -> (f64, f64) {
    let get = |b| room_var(vm, b).as_f64().unwrap_or(0.0);
    (get(BuiltinVar::RoomWidth), get(BuiltinVar::RoomHeight))
}

/// `room`, `room_width`... from the current room; without rooms (a single file), GameMaker's
/// defaults for an empty project's room.
fn room_var(vm: &Vm, b: BuiltinVar) -> Value {
    use crate::runtime::rooms::room_value;
    let rooms = &vm.rooms;
    let Some(def) = rooms.current_def() else {
        return Value::Real(match b {
            BuiltinVar::RoomWidth => 1366.0,
            BuiltinVar::RoomHeight => 768.0,
            _ => 0.0,
        });
    };
    match b {
        BuiltinVar::Room => room_value(rooms.current.unwrap_or(0)),
        BuiltinVar::RoomWidth => Value::Real(def.width),
        BuiltinVar::RoomHeight => Value::Real(def.height),
        BuiltinVar::RoomFirst => room_value(0),
        BuiltinVar::RoomLast => room_value(rooms.ordered.max(1) - 1),
        _ => Value::Bool(rooms.persistent),
    }
}
