//! Manual: Audio. Nothing is heard: playing a sound gives a fresh sound-instance id that is
//! never playing; gains and pitches read back as 1; groups are loaded at once.

use super::{check, nothing};
use crate::builtins::{Builtin, ConstValue, Constant};
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("audio_play_sound", 3, 7, audio_play_sound),
    Builtin::new("audio_play_sound_at", 9, 13, audio_play_sound_at),
    Builtin::new("audio_play_sound_on", 4, 8, audio_play_sound_on),
    Builtin::new("audio_play_sound_ext", 1, 1, audio_play_sound_ext),
    Builtin::new("audio_emitter_create", 0, 0, audio_emitter_create),
];

pub const CONSTANTS: &[Constant] = &[
    ("audio_falloff_none", ConstValue::Real(0.0)),
    ("audio_falloff_inverse_distance", ConstValue::Real(1.0)),
    (
        "audio_falloff_inverse_distance_clamped",
        ConstValue::Real(2.0),
    ),
    ("audio_falloff_linear_distance", ConstValue::Real(3.0)),
    (
        "audio_falloff_linear_distance_clamped",
        ConstValue::Real(4.0),
    ),
    ("audio_falloff_exponent_distance", ConstValue::Real(5.0)),
    (
        "audio_falloff_exponent_distance_clamped",
        ConstValue::Real(6.0),
    ),
];

pub const NOTHING: &[Builtin] = nothing! {
    "audio_stop_sound", 1, 1 => Undefined;
    "audio_stop_all", 0, 0 => Undefined;
    "audio_pause_sound", 1, 1 => Undefined;
    "audio_pause_all", 0, 0 => Undefined;
    "audio_resume_sound", 1, 1 => Undefined;
    "audio_resume_all", 0, 0 => Undefined;
    "audio_is_playing", 1, 1 => Bool(false);
    "audio_is_paused", 1, 1 => Bool(false);
    "audio_sound_gain", 3, 3 => Undefined;
    "audio_sound_pitch", 2, 2 => Undefined;
    "audio_sound_get_gain", 1, 1 => Real(1.0);
    "audio_sound_get_pitch", 1, 1 => Real(1.0);
    "audio_sound_length", 1, 1 => Real(0.0);
    "audio_sound_get_track_position", 1, 1 => Real(0.0);
    "audio_sound_set_track_position", 2, 2 => Undefined;
    "audio_sound_loop", 2, 2 => Undefined;
    "audio_sound_get_loop", 1, 1 => Bool(false);
    "audio_master_gain", 1, 1 => Undefined;
    "audio_set_master_gain", 2, 2 => Undefined;
    "audio_get_master_gain", 1, 1 => Real(1.0);
    "audio_channel_num", 1, 1 => Undefined;
    "audio_falloff_set_model", 1, 1 => Undefined;
    "audio_listener_position", 3, 3 => Undefined;
    "audio_listener_velocity", 3, 3 => Undefined;
    "audio_listener_orientation", 6, 6 => Undefined;
    "audio_emitter_free", 1, 1 => Undefined;
    "audio_emitter_exists", 1, 1 => Bool(true);
    "audio_emitter_position", 4, 4 => Undefined;
    "audio_emitter_velocity", 4, 4 => Undefined;
    "audio_emitter_gain", 2, 2 => Undefined;
    "audio_emitter_pitch", 2, 2 => Undefined;
    "audio_emitter_falloff", 4, 4 => Undefined;
    "audio_group_load", 1, 1 => Bool(true);
    "audio_group_unload", 1, 1 => Bool(true);
    "audio_group_is_loaded", 1, 1 => Bool(true);
    "audio_group_load_progress", 1, 1 => Real(100.0);
    "audio_group_set_gain", 3, 3 => Undefined;
    "audio_group_stop_all", 1, 1 => Undefined;
    "audio_system_is_available", 0, 0 => Bool(false);
    "audio_system_is_initialised", 0, 0 => Bool(true);
};

/// A fresh sound-instance id (never playing: nothing is heard).
fn fresh_instance(vm: &mut Vm, name: &str) -> Result<Value> {
    check(vm, name)?;
    let id = vm.headless.next_sound_instance;
    vm.headless.next_sound_instance += 1;
    Ok(Value::Real(id as f64))
}

fn audio_play_sound(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    fresh_instance(vm, "audio_play_sound")
}
fn audio_play_sound_at(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    fresh_instance(vm, "audio_play_sound_at")
}
fn audio_play_sound_on(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    fresh_instance(vm, "audio_play_sound_on")
}
fn audio_play_sound_ext(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    fresh_instance(vm, "audio_play_sound_ext")
}

fn audio_emitter_create(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "audio_emitter_create")?;
    let id = vm.headless.next_emitter;
    vm.headless.next_emitter += 1;
    Ok(Value::Real(id as f64))
}
