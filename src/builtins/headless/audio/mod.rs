//! Manual: Audio. Nothing is heard: playing a sound gives a fresh sound-instance id that is never
//! playing. What code sets reads back: a sound's or sound instance's gain, pitch, loop flag, loop
//! points and track position; an audio group's gain. Sound ids are GameMaker's: sound assets
//! first, then streams (`audio_create_stream`), buffer sounds from 100000, play queues from
//! 200000 and sound instances from 300000.

mod effects;
mod emitters;
mod groups;
mod sync;

use super::{check, nothing};
use crate::builtins::args::*;
use crate::builtins::{Builtin, ConstValue, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;
use hashbrown::HashMap;
use std::collections::VecDeque;

pub use effects::ENUMS;

pub const TABLES: &[&[Builtin]] = &[
    FUNCTIONS,
    NOTHING,
    emitters::FUNCTIONS,
    effects::FUNCTIONS,
    sync::FUNCTIONS,
    groups::FUNCTIONS,
];

const FUNCTIONS: &[Builtin] = &[
    Builtin::new("audio_play_sound", 3, 7, audio_play_sound),
    Builtin::new("audio_play_sound_at", 9, 13, audio_play_sound_at),
    Builtin::new("audio_play_sound_on", 4, 8, audio_play_sound_on),
    Builtin::new("audio_play_sound_ext", 1, 1, audio_play_sound_ext),
    Builtin::new("audio_stop_sound", 1, 1, audio_stop_sound),
    Builtin::new("audio_stop_all", 0, 0, audio_stop_all),
    Builtin::new("audio_sound_gain", 3, 3, audio_sound_gain),
    Builtin::new("audio_sound_get_gain", 1, 1, audio_sound_get_gain),
    Builtin::new("audio_sound_pitch", 2, 2, audio_sound_pitch),
    Builtin::new("audio_sound_get_pitch", 1, 1, audio_sound_get_pitch),
    Builtin::new("audio_sound_loop", 2, 2, audio_sound_loop),
    Builtin::new("audio_sound_get_loop", 1, 1, audio_sound_get_loop),
    Builtin::new("audio_sound_loop_start", 2, 2, audio_sound_loop_start),
    Builtin::new(
        "audio_sound_get_loop_start",
        1,
        1,
        audio_sound_get_loop_start,
    ),
    Builtin::new("audio_sound_loop_end", 2, 2, audio_sound_loop_end),
    Builtin::new("audio_sound_get_loop_end", 1, 1, audio_sound_get_loop_end),
    Builtin::new(
        "audio_sound_set_track_position",
        2,
        2,
        audio_sound_set_track_position,
    ),
    Builtin::new(
        "audio_sound_get_track_position",
        1,
        1,
        audio_sound_get_track_position,
    ),
    Builtin::new("audio_sound_length", 1, 1, audio_sound_length),
    Builtin::new("audio_sound_get_asset", 1, 1, audio_sound_get_asset),
    Builtin::new("audio_sound_is_playable", 1, 1, audio_sound_is_playable),
    Builtin::new("audio_get_type", 1, 1, audio_get_type),
    Builtin::new("audio_channel_num", 1, 1, audio_channel_num),
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
    ("audio_mono", ConstValue::Real(0.0)),
    ("audio_stereo", ConstValue::Real(1.0)),
    ("audio_3d", ConstValue::Real(2.0)),
    ("audiogroup_default", ConstValue::Real(0.0)),
];

const NOTHING: &[Builtin] = nothing! {
    "audio_pause_sound", 1, 1 => Undefined;
    "audio_pause_all", 0, 0 => Undefined;
    "audio_resume_sound", 1, 1 => Undefined;
    "audio_resume_all", 0, 0 => Undefined;
    "audio_is_playing", 1, 1 => Bool(false);
    "audio_is_paused", 1, 1 => Bool(false);
    "audio_falloff_set_model", 1, 1 => Undefined;
    "audio_system_is_available", 0, 0 => Bool(false);
    "audio_system_is_initialised", 0, 0 => Bool(true);
};

const BUFFER_SOUND_BASE: i64 = 100_000;
const QUEUE_BASE: i64 = 200_000;
const INSTANCE_BASE: i64 = 300_000;

/// What a sound or sound instance remembers.
#[derive(Clone, Copy)]
struct Props {
    gain: f64,
    pitch: f64,
    looping: bool,
    loop_start: f64,
    loop_end: f64,
    track_position: f64,
}

impl Default for Props {
    fn default() -> Self {
        Props {
            gain: 1.0,
            pitch: 1.0,
            looping: false,
            loop_start: 0.0,
            loop_end: 0.0,
            track_position: 0.0,
        }
    }
}

/// A sound instance: the sound it plays and its own properties.
struct Voice {
    id: i64,
    sound: i64,
    props: Props,
}

/// Everything the Audio functions remember.
pub struct AudioState {
    next_instance: i64,
    /// Sound instances, oldest first; at most `channels` are kept, as GameMaker keeps at most
    /// that many voices (older ones are dropped first).
    voices: VecDeque<Voice>,
    channels: usize,
    /// Properties set on sounds (assets, streams, buffer sounds, queues), by sound id.
    sounds: HashMap<i64, Props>,
    /// The project's audio groups and which sounds are in them.
    pub groups: groups::Groups,
    space: emitters::Space,
    sync: sync::SyncState,
}

impl Default for AudioState {
    fn default() -> Self {
        AudioState {
            next_instance: INSTANCE_BASE,
            voices: VecDeque::new(),
            channels: 128,
            sounds: HashMap::new(),
            groups: groups::Groups::default(),
            space: emitters::Space::default(),
            sync: sync::SyncState::default(),
        }
    }
}

impl AudioState {
    /// Live emitters, the highest live index and the slots allocated (`debug_event`).
    pub fn emitter_usage(&self) -> (usize, i64, usize) {
        self.space.emitter_usage()
    }

    /// Drops what was remembered about a sound that no longer exists, and its instances.
    fn forget(&mut self, id: i64) {
        self.sounds.remove(&id);
        self.voices.retain(|v| v.sound != id);
    }

    /// Values the audio state holds that the garbage collector must see (buses).
    pub fn for_each_value(&self, f: impl FnMut(&Value)) {
        self.space.for_each_value(f);
    }
}

/// `audio_bus_main`, GameMaker's built-in bus struct.
pub fn audio_bus_main(vm: &mut Vm) -> Value {
    Value::Struct(vm.headless.audio.space.main_bus())
}

/// What kind of thing a sound id names.
#[derive(Clone, Copy, PartialEq)]
enum Sound {
    Asset,
    Stream,
    Buffer,
    Queue,
    Instance(i64),
}

/// A sound id argument: a sound asset reference or a number.
fn sound_id(args: &[Value], i: usize) -> Result<i64> {
    match arg(args, i) {
        Value::Ref(RefKind::Sound, n) => Ok(*n),
        _ => int(args, i),
    }
}

/// What `id` names, if it names anything live.
fn classify(vm: &Vm, id: i64) -> Option<Sound> {
    let a = &vm.headless.audio;
    if id >= INSTANCE_BASE {
        return a
            .voices
            .iter()
            .find(|v| v.id == id)
            .map(|v| Sound::Instance(v.sound));
    }
    if id >= QUEUE_BASE {
        return a.sync.queue_exists(id).then_some(Sound::Queue);
    }
    if id >= BUFFER_SOUND_BASE {
        return a.sync.buffer_sound(id).map(|_| Sound::Buffer);
    }
    if vm.assets.exists(RefKind::Sound, id) {
        return Some(Sound::Asset);
    }
    a.sync.stream_exists(id).then_some(Sound::Stream)
}

/// The value GML sees for sound `id`: a sound asset reference for assets, else the number.
fn sound_value(vm: &Vm, id: i64) -> Value {
    if vm.assets.exists(RefKind::Sound, id) {
        Value::Ref(RefKind::Sound, id)
    } else {
        Value::Real(id as f64)
    }
}

/// Starts sound `id` (nothing is heard): a fresh sound-instance id, or -1 if the sound does not
/// exist. The instance starts with the sound's properties and the call's loop/gain/pitch/offset.
fn play(vm: &mut Vm, id: i64, looping: bool, extra: [Option<f64>; 3]) -> Value {
    match classify(vm, id) {
        Some(Sound::Instance(_)) | None => return Value::Real(-1.0),
        Some(_) => {}
    }
    let a = &mut vm.headless.audio;
    let mut props = a.sounds.get(&id).copied().unwrap_or_default();
    props.looping = looping;
    let [gain, offset, pitch] = extra;
    props.gain = gain.map_or(props.gain, |g| g.max(0.0));
    props.track_position = offset.unwrap_or(0.0).max(0.0);
    props.pitch = pitch.unwrap_or(props.pitch);
    let vid = a.next_instance;
    a.next_instance += 1;
    a.voices.push_back(Voice {
        id: vid,
        sound: id,
        props,
    });
    while a.voices.len() > a.channels {
        a.voices.pop_front();
    }
    Value::Real(vid as f64)
}

/// The optional gain, offset and pitch arguments from `from` on.
fn extras(args: &[Value], from: usize) -> Result<[Option<f64>; 3]> {
    let opt = |i: usize| -> Result<Option<f64>> {
        match arg(args, i) {
            Value::Undefined => Ok(None),
            _ => real(args, i).map(Some),
        }
    };
    Ok([opt(from)?, opt(from + 1)?, opt(from + 2)?])
}

fn audio_play_sound(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_play_sound")?;
    let (id, looping) = (sound_id(args, 0)?, boolean(args, 2)?);
    real(args, 1)?;
    let extra = extras(args, 3)?;
    Ok(play(vm, id, looping, extra))
}

fn audio_play_sound_at(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_play_sound_at")?;
    let id = sound_id(args, 0)?;
    for i in 1..7 {
        real(args, i)?;
    }
    let looping = boolean(args, 7)?;
    real(args, 8)?;
    let extra = extras(args, 9)?;
    Ok(play(vm, id, looping, extra))
}

fn audio_play_sound_on(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_play_sound_on")?;
    let emitter = int(args, 0)?;
    if !vm.headless.audio.space.emitter_exists(emitter) {
        return Err(Error::msg(format!(
            "audio_play_sound_on: audio emitter {emitter} does not exist"
        )));
    }
    let (id, looping) = (sound_id(args, 1)?, boolean(args, 2)?);
    real(args, 3)?;
    let extra = extras(args, 4)?;
    Ok(play(vm, id, looping, extra))
}

/// `audio_play_sound_ext({sound, loop, gain, offset, pitch, ...})`.
fn audio_play_sound_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_play_sound_ext")?;
    let s = structure(args, 0)?.clone();
    let get = |k: &str| {
        s.borrow()
            .get(crate::vm::intern::Sym::intern(k))
            .cloned()
            .unwrap_or_default()
    };
    let sound = get("sound");
    let id = sound_id(std::slice::from_ref(&sound), 0).map_err(|_| {
        Error::msg(format!(
            "audio_play_sound_ext: the struct's sound must be a sound, got {}",
            sound.type_name()
        ))
    })?;
    let looping = crate::vm::ops::truthy(&get("loop")).unwrap_or(false);
    let fields = [get("gain"), get("offset"), get("pitch")];
    let extra = extras(&fields, 0)?;
    Ok(play(vm, id, looping, extra))
}

/// Stops an instance, or every instance of a sound: their ids no longer name anything.
fn audio_stop_sound(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_stop_sound")?;
    let id = sound_id(args, 0)?;
    vm.headless
        .audio
        .voices
        .retain(|v| v.id != id && v.sound != id);
    Ok(Value::Undefined)
}

fn audio_stop_all(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "audio_stop_all")?;
    vm.headless.audio.voices.clear();
    Ok(Value::Undefined)
}

/// The properties of `id` (an instance's own, or a sound's), to change them; `None` if `id`
/// names nothing. Setting a sound's property also sets it on the sound's instances.
fn with_props(vm: &mut Vm, id: i64, f: impl Fn(&mut Props)) -> bool {
    let Some(kind) = classify(vm, id) else {
        return false;
    };
    let a = &mut vm.headless.audio;
    match kind {
        Sound::Instance(_) => a
            .voices
            .iter_mut()
            .filter(|v| v.id == id)
            .for_each(|v| f(&mut v.props)),
        _ => {
            f(a.sounds.entry(id).or_default());
            a.voices
                .iter_mut()
                .filter(|v| v.sound == id)
                .for_each(|v| f(&mut v.props));
        }
    }
    true
}

/// The properties of `id`, or the defaults if it names nothing.
fn props(vm: &Vm, id: i64) -> Props {
    let a = &vm.headless.audio;
    if let Some(v) = a.voices.iter().find(|v| v.id == id) {
        return v.props;
    }
    a.sounds.get(&id).copied().unwrap_or_default()
}

fn audio_sound_gain(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_gain")?;
    let (id, gain) = (sound_id(args, 0)?, real(args, 1)?.max(0.0));
    real(args, 2)?;
    with_props(vm, id, |p| p.gain = gain);
    Ok(Value::Undefined)
}

fn audio_sound_pitch(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_pitch")?;
    let (id, pitch) = (sound_id(args, 0)?, real(args, 1)?);
    with_props(vm, id, |p| p.pitch = pitch);
    Ok(Value::Undefined)
}

fn audio_sound_loop(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_loop")?;
    let (id, on) = (sound_id(args, 0)?, boolean(args, 1)?);
    // a sound's loop flag is given per play: only instances have one
    if matches!(classify(vm, id), Some(Sound::Instance(_))) {
        with_props(vm, id, |p| p.looping = on);
    }
    Ok(Value::Undefined)
}

/// Loop points are in seconds and never negative; a start past a set end is moved to the end.
fn audio_sound_loop_start(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_loop_start")?;
    let (id, at) = (sound_id(args, 0)?, real(args, 1)?.max(0.0));
    with_props(vm, id, |p| {
        p.loop_start = if p.loop_end > 0.0 {
            at.min(p.loop_end)
        } else {
            at
        }
    });
    Ok(Value::Undefined)
}

fn audio_sound_loop_end(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_loop_end")?;
    let (id, at) = (sound_id(args, 0)?, real(args, 1)?);
    with_props(vm, id, |p| p.loop_end = at.max(p.loop_start).max(0.0));
    Ok(Value::Undefined)
}

fn audio_sound_set_track_position(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_set_track_position")?;
    let (id, at) = (sound_id(args, 0)?, real(args, 1)?.max(0.0));
    with_props(vm, id, |p| p.track_position = at);
    Ok(Value::Undefined)
}

macro_rules! prop_getters {
    ($($name:ident => |$p:ident| $get:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
            check(vm, stringify!($name))?;
            let $p = props(vm, sound_id(args, 0)?);
            Ok($get)
        }
    )*};
}

prop_getters! {
    audio_sound_get_gain => |p| Value::Real(p.gain);
    audio_sound_get_pitch => |p| Value::Real(p.pitch);
    audio_sound_get_loop => |p| Value::Bool(p.looping);
    audio_sound_get_loop_start => |p| Value::Real(p.loop_start);
    audio_sound_get_loop_end => |p| Value::Real(p.loop_end);
    audio_sound_get_track_position => |p| Value::Real(p.track_position);
}

/// The sound's length in seconds: known for buffer sounds (their samples and rate); sound
/// assets and streams are not decoded, so 0.
fn audio_sound_length(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_length")?;
    let mut id = sound_id(args, 0)?;
    if let Some(Sound::Instance(s)) = classify(vm, id) {
        id = s;
    }
    let secs = vm.headless.audio.sync.buffer_sound(id).unwrap_or(0.0);
    Ok(Value::Real(secs))
}

/// The sound an instance plays; `undefined` for anything else.
fn audio_sound_get_asset(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_get_asset")?;
    Ok(match classify(vm, sound_id(args, 0)?) {
        Some(Sound::Instance(s)) => sound_value(vm, s),
        _ => Value::Undefined,
    })
}

/// Nothing can be heard, so nothing is playable.
fn audio_sound_is_playable(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_is_playable")?;
    sound_id(args, 0)?;
    Ok(Value::Bool(false))
}

/// 1 for a streamed sound, 0 for any other sound, -1 if there is no such sound.
fn audio_get_type(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_get_type")?;
    let mut kind = classify(vm, sound_id(args, 0)?);
    if let Some(Sound::Instance(s)) = kind {
        kind = classify(vm, s);
    }
    Ok(Value::Real(match kind {
        Some(Sound::Stream) => 1.0,
        Some(_) => 0.0,
        None => -1.0,
    }))
}

/// How many sound instances are kept at once (older ones are dropped first).
fn audio_channel_num(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_channel_num")?;
    let n = int(args, 0)?.max(1) as usize;
    let a = &mut vm.headless.audio;
    a.channels = n;
    while a.voices.len() > n {
        a.voices.pop_front();
    }
    Ok(Value::Undefined)
}

fn state(vm: &mut Vm) -> &mut AudioState {
    &mut vm.headless.audio
}
