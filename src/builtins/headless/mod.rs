//! Headless functions: everything whose only effect is on the screen, the speakers, the window or
//! input devices exists and does nothing, returning what GameMaker returns when nothing is drawn,
//! heard or pressed (DESIGN.md section 3). One file per manual section. With `--strict`
//! (`HeadlessState::strict`) each call is a runtime error naming the function instead.
//!
//! Most entries come from the `nothing!` macro: a name, its arity and the value it returns. The
//! few with state (surfaces keep their size, the draw colour reads back) are written out.

mod audio;
mod cameras;
mod debug_overlay;
mod display;
mod drawing;
mod effects;
mod input;
mod particles;
mod shaders;
mod surface_pixels;
mod surfaces;
mod vertex;
mod views;

use super::{Builtin, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use hashbrown::HashMap;

pub use surfaces::surface_exists_id;

/// Every headless function table (the audio module has several).
pub fn function_tables() -> impl Iterator<Item = &'static [Builtin]> {
    FUNCTION_TABLES.iter().chain(audio::TABLES).copied()
}

const FUNCTION_TABLES: &[&[Builtin]] = &[
    drawing::FUNCTIONS,
    drawing::DRAW,
    surfaces::FUNCTIONS,
    surface_pixels::FUNCTIONS,
    shaders::FUNCTIONS,
    views::FUNCTIONS,
    surfaces::NOTHING,
    display::FUNCTIONS,
    display::NOTHING,
    input::FUNCTIONS,
    debug_overlay::FUNCTIONS,
    vertex::FUNCTIONS,
    effects::FUNCTIONS,
    particles::FUNCTIONS,
    particles::NOTHING,
    cameras::FUNCTIONS,
    vertex::NOTHING,
];

pub const CONSTANT_TABLES: &[&[Constant]] = &[
    drawing::CONSTANTS,
    surfaces::CONSTANTS,
    audio::CONSTANTS,
    display::CONSTANTS,
    input::CONSTANTS,
    debug_overlay::CONSTANTS,
    vertex::CONSTANTS,
    particles::CONSTANTS,
];

/// What headless calls remember so that getters read back what setters set.
pub struct HeadlessState {
    /// `--strict`: every headless call is a runtime error.
    pub strict: bool,
    /// Live surfaces by id. Id 0 is the application surface.
    pub surfaces: HashMap<i64, surface_pixels::Surface>,
    pub next_surface: i64,
    pub surface_target: Vec<i64>,
    pub surface_depth_disabled: bool,
    /// `surface_set_target_ext` targets 0-3 (-1: none).
    pub surface_targets_ext: [i64; 4],
    pub audio: audio::AudioState,
    pub vertex: vertex::VertexState,
    pub cameras: cameras::CameraState,
    pub effects: effects::EffectsState,
    pub particles: particles::ParticleState,
    /// Values code wrote to the input built-in variables (`keyboard_string`...).
    pub input_vars: HashMap<&'static str, Value>,
    pub shaders: shaders::ShaderState,
    pub views: views::ViewState,
    pub draw_colour: f64,
    pub draw_alpha: f64,
    pub draw_font: crate::vm::value::Value,
    pub halign: f64,
    pub valign: f64,
    pub window_caption: String,
    pub gui_size: (f64, f64),
}

/// The display and window size headless runs report.
pub const DISPLAY_SIZE: (f64, f64) = (1920.0, 1080.0);

impl Default for HeadlessState {
    fn default() -> Self {
        let mut surfaces = HashMap::new();
        surfaces.insert(
            0,
            surface_pixels::Surface::new(DISPLAY_SIZE.0 as i64, DISPLAY_SIZE.1 as i64, 0),
        );
        HeadlessState {
            strict: false,
            surfaces,
            next_surface: 1,
            surface_target: Vec::new(),
            surface_depth_disabled: false,
            surface_targets_ext: [-1; 4],
            audio: audio::AudioState::default(),
            vertex: vertex::VertexState::default(),
            cameras: cameras::CameraState::default(),
            effects: effects::EffectsState::default(),
            particles: particles::ParticleState::default(),
            input_vars: HashMap::new(),
            shaders: shaders::ShaderState::default(),
            views: views::ViewState::default(),
            draw_colour: 16777215.0,
            draw_alpha: 1.0,
            draw_font: crate::vm::value::Value::Real(-1.0),
            halign: 0.0,
            valign: 0.0,
            window_caption: String::new(),
            gui_size: DISPLAY_SIZE,
        }
    }
}

impl HeadlessState {
    /// Values held here that the garbage collector must treat as reachable.
    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        self.audio.for_each_value(&mut f);
        self.cameras.for_each_value(&mut f);
        self.effects.for_each_value(&mut f);
    }
}

/// GameMaker's built-in enums of the headless sections (`AudioEffectType.Reverb1`).
pub const ENUMS: &[&[BuiltinEnum]] = &[audio::ENUMS];

/// A built-in enum: its name and its members' names and values.
pub type BuiltinEnum = (&'static str, &'static [(&'static str, i64)]);

/// The value of a built-in enum's member, if `en.member` names one.
pub fn enum_member(en: &str, member: &str) -> Option<i64> {
    ENUMS
        .iter()
        .flat_map(|t| t.iter())
        .find(|(name, _)| *name == en)
        .and_then(|(_, ms)| ms.iter().find(|(m, _)| *m == member))
        .map(|(_, v)| *v)
}

/// Whether `en` is a built-in enum's name.
pub fn is_enum(en: &str) -> bool {
    ENUMS
        .iter()
        .flat_map(|t| t.iter())
        .any(|(name, _)| *name == en)
}

/// Built-in variables of the headless sections (read-only).
pub fn builtin_var(vm: &mut Vm, name: &str) -> Option<Value> {
    match name {
        "audio_bus_main" => Some(audio::audio_bus_main(vm)),
        _ if input::is_input_var(name) => input::input_var(vm, name),
        _ => views::view_var(vm, name),
    }
}

/// Writes one of `builtin_var`'s (`view_enabled` and the input variables are writable).
pub fn set_builtin_var(vm: &mut Vm, name: &str, v: Value) -> Result<()> {
    if input::is_input_var(name) {
        return input::set_input_var(vm, name, v);
    }
    views::set_view_var(vm, name, v)
}

/// Whether `name` is one of `builtin_var`'s.
pub fn is_builtin_var(name: &str) -> bool {
    name == "audio_bus_main" || input::is_input_var(name) || views::is_view_var(name)
}

/// Called first by every headless function: under `--strict` the call is an error.
pub fn check(vm: &Vm, name: &str) -> Result<()> {
    if vm.headless.strict {
        return Err(Error::msg(format!(
            "{name}: this function only affects the screen, speakers, window or input, which gml does not have (--strict)"
        )));
    }
    Ok(())
}

/// Every headless function's name, for the README list and tests.
pub fn names() -> Vec<&'static str> {
    function_tables()
        .flat_map(|t| t.iter().map(|b| b.name))
        .collect()
}

/// `nothing! { "name", min, max => value; ... }`: builtins that check `--strict`, then return
/// `value` (an expression of type `Value`).
macro_rules! nothing {
    ($($name:literal, $min:expr, $max:expr => $ret:expr;)*) => {
        &[$(
            crate::builtins::Builtin::new($name, $min, $max, {
                fn f(
                    vm: &mut crate::vm::Vm,
                    _args: &[crate::vm::value::Value],
                ) -> crate::vm::error::Result<crate::vm::value::Value> {
                    crate::builtins::headless::check(vm, $name)?;
                    #[allow(unused_imports)]
                    use crate::vm::value::Value::*;
                    Ok($ret)
                }
                f
            }),
        )*]
    };
}
pub(crate) use nothing;

#[cfg(test)]
mod tests {
    #[test]
    fn strict_names_the_function() {
        let mut vm = crate::vm::Vm::new(Box::new(std::io::sink()));
        vm.headless.strict = true;
        let b = crate::builtins::lookup("draw_sprite").unwrap();
        let e = (b.f)(&mut vm, &[]).err().unwrap();
        assert!(e.message().starts_with("draw_sprite: "), "{}", e.message());
    }
}

#[cfg(test)]
mod readme {
    /// The README's list of headless functions stays complete.
    #[test]
    fn readme_lists_every_headless_function() {
        let readme = include_str!("../../../README.md");
        let missing: Vec<&str> = super::names()
            .into_iter()
            .filter(|n| !readme.contains(&format!("`{n}`")))
            .collect();
        assert!(missing.is_empty(), "README does not list {missing:?}");
    }
}
