//! Manual: Audio > Synchronising Audio, Buffer Sounds, Play Queues, Streams, Recording. Sync
//! groups keep their tracks and their playing/paused state; buffer sounds know their length;
//! play queues and streams are sounds that are never heard; there is no microphone, so no
//! recorder.

use super::super::check;
use super::{sound_id, BUFFER_SOUND_BASE, QUEUE_BASE};
use crate::builtins::args::*;
use crate::builtins::Builtin;
use crate::vm::error::{Error, Result};
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;
use hashbrown::{HashMap, HashSet};

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("audio_create_sync_group", 1, 1, audio_create_sync_group),
    Builtin::new("audio_destroy_sync_group", 1, 1, audio_destroy_sync_group),
    Builtin::new("audio_play_in_sync_group", 2, 2, audio_play_in_sync_group),
    Builtin::new("audio_start_sync_group", 1, 1, audio_start_sync_group),
    Builtin::new("audio_stop_sync_group", 1, 1, audio_stop_sync_group),
    Builtin::new("audio_pause_sync_group", 1, 1, audio_pause_sync_group),
    Builtin::new("audio_resume_sync_group", 1, 1, audio_resume_sync_group),
    Builtin::new(
        "audio_sync_group_is_playing",
        1,
        1,
        audio_sync_group_is_playing,
    ),
    Builtin::new(
        "audio_sync_group_is_paused",
        1,
        1,
        audio_sync_group_is_paused,
    ),
    Builtin::new(
        "audio_sync_group_get_track_pos",
        1,
        1,
        audio_sync_group_get_track_pos,
    ),
    Builtin::new("audio_create_buffer_sound", 6, 6, audio_create_buffer_sound),
    Builtin::new("audio_free_buffer_sound", 1, 1, audio_free_buffer_sound),
    Builtin::new("audio_create_play_queue", 3, 3, audio_create_play_queue),
    Builtin::new("audio_queue_sound", 4, 4, audio_queue_sound),
    Builtin::new("audio_free_play_queue", 1, 1, audio_free_play_queue),
    Builtin::new("audio_create_stream", 1, 1, audio_create_stream),
    Builtin::new("audio_destroy_stream", 1, 1, audio_destroy_stream),
    Builtin::new("audio_get_recorder_count", 0, 0, audio_get_recorder_count),
    Builtin::new("audio_get_recorder_info", 1, 1, audio_get_recorder_info),
    Builtin::new("audio_start_recording", 1, 1, audio_start_recording),
    Builtin::new("audio_stop_recording", 1, 1, audio_stop_recording),
];

#[derive(Clone, Copy, PartialEq)]
enum GroupState {
    Stopped,
    Playing,
    Paused,
}

struct SyncGroup {
    tracks: usize,
    state: GroupState,
}

#[derive(Default)]
pub struct SyncState {
    /// Sync groups by id; ids are the lowest free ones.
    groups: HashMap<i64, SyncGroup>,
    /// Buffer sounds by id: their length in seconds.
    buffer_sounds: HashMap<i64, f64>,
    queues: HashSet<i64>,
    streams: HashSet<i64>,
}

impl SyncState {
    pub fn buffer_sound(&self, id: i64) -> Option<f64> {
        self.buffer_sounds.get(&id).copied()
    }
    pub fn queue_exists(&self, id: i64) -> bool {
        self.queues.contains(&id)
    }
    pub fn stream_exists(&self, id: i64) -> bool {
        self.streams.contains(&id)
    }
}

fn state(vm: &mut Vm) -> &mut SyncState {
    &mut vm.headless.audio.sync
}

/// The lowest id from `base` on that `taken` says is free.
fn lowest_free(base: i64, taken: impl Fn(i64) -> bool) -> i64 {
    (base..).find(|&i| !taken(i)).unwrap_or(base)
}

fn audio_create_sync_group(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_create_sync_group")?;
    boolean(args, 0)?;
    let s = state(vm);
    let id = lowest_free(0, |i| s.groups.contains_key(&i));
    s.groups.insert(
        id,
        SyncGroup {
            tracks: 0,
            state: GroupState::Stopped,
        },
    );
    Ok(Value::Real(id as f64))
}

/// The sync group named by argument 0, or an error naming the function.
fn group<'a>(vm: &'a mut Vm, name: &str, args: &[Value]) -> Result<&'a mut SyncGroup> {
    check(vm, name)?;
    let id = int(args, 0)?;
    state(vm)
        .groups
        .get_mut(&id)
        .ok_or_else(|| Error::msg(format!("{name}: sync group {id} does not exist")))
}

fn audio_destroy_sync_group(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    group(vm, "audio_destroy_sync_group", args)?;
    let id = int(args, 0)?;
    state(vm).groups.remove(&id);
    Ok(Value::Undefined)
}

/// Adds a sound to the group; returns its track number (0, 1, ...), or -1 if the sound does not
/// exist.
fn audio_play_in_sync_group(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    group(vm, "audio_play_in_sync_group", args)?;
    let sound = sound_id(args, 1)?;
    if !matches!(
        super::classify(vm, sound),
        Some(super::Sound::Asset | super::Sound::Stream | super::Sound::Buffer)
    ) {
        return Ok(Value::Real(-1.0));
    }
    let g = group(vm, "audio_play_in_sync_group", args)?;
    g.tracks += 1;
    Ok(Value::Real((g.tracks - 1) as f64))
}

/// Moves the group from one of `from` to `to`.
fn change(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    from: &[GroupState],
    to: GroupState,
) -> Result<Value> {
    let g = group(vm, name, args)?;
    if from.contains(&g.state) {
        g.state = to;
    }
    Ok(Value::Undefined)
}

use GroupState::*;

fn audio_start_sync_group(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    change(
        vm,
        "audio_start_sync_group",
        args,
        &[Stopped, Playing, Paused],
        Playing,
    )
}
fn audio_stop_sync_group(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    change(
        vm,
        "audio_stop_sync_group",
        args,
        &[Stopped, Playing, Paused],
        Stopped,
    )
}
fn audio_pause_sync_group(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    change(vm, "audio_pause_sync_group", args, &[Playing], Paused)
}
fn audio_resume_sync_group(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    change(vm, "audio_resume_sync_group", args, &[Paused], Playing)
}

fn audio_sync_group_is_playing(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let g = group(vm, "audio_sync_group_is_playing", args)?;
    Ok(Value::Bool(g.state == Playing))
}

fn audio_sync_group_is_paused(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let g = group(vm, "audio_sync_group_is_paused", args)?;
    Ok(Value::Bool(g.state == Paused))
}

/// Nothing is heard, so the track never moves on.
fn audio_sync_group_get_track_pos(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    group(vm, "audio_sync_group_get_track_pos", args)?;
    Ok(Value::Real(0.0))
}

/// Bytes per sample of a buffer sound's data type: buffer_u8 or buffer_s16 only.
fn sample_bytes(name: &str, format: i64) -> Result<f64> {
    match format {
        1 => Ok(1.0),
        4 => Ok(2.0),
        _ => Err(Error::msg(format!(
            "{name}: the format must be buffer_u8 or buffer_s16, got {format}"
        ))),
    }
}

/// Channels of audio_mono, audio_stereo or audio_3d.
fn channel_count(name: &str, channels: i64) -> Result<f64> {
    match channels {
        0 | 2 => Ok(1.0),
        1 => Ok(2.0),
        _ => Err(Error::msg(format!(
            "{name}: the channels must be audio_mono, audio_stereo or audio_3d, got {channels}"
        ))),
    }
}

/// A sound made from `length` bytes of a buffer from `offset`; its id is from 100000 on.
fn audio_create_buffer_sound(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    const NAME: &str = "audio_create_buffer_sound";
    check(vm, NAME)?;
    let buffer = int(args, 0)?;
    let bytes = sample_bytes(NAME, int(args, 1)?)?;
    let rate = int(args, 2)?;
    let (offset, length) = (int(args, 3)?, int(args, 4)?);
    let channels = channel_count(NAME, int(args, 5)?)?;
    let Some(size) = vm.buffers.get(buffer).map(|b| b.size() as i64) else {
        return Err(Error::msg(format!(
            "{NAME}: buffer {buffer} does not exist"
        )));
    };
    if !(1000..=48000).contains(&rate) {
        return Err(Error::msg(format!(
            "{NAME}: the sample rate must be from 1000 to 48000, got {rate}"
        )));
    }
    if offset < 0 || length < 0 || offset + length > size {
        return Err(Error::msg(format!(
            "{NAME}: {length} bytes from offset {offset} do not fit in buffer {buffer} ({size} bytes)"
        )));
    }
    let secs = length as f64 / (bytes * channels) / rate as f64;
    let s = state(vm);
    let id = lowest_free(BUFFER_SOUND_BASE, |i| s.buffer_sounds.contains_key(&i));
    s.buffer_sounds.insert(id, secs);
    Ok(Value::Real(id as f64))
}

fn audio_free_buffer_sound(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_free_buffer_sound")?;
    let id = sound_id(args, 0)?;
    // Like freeing a play queue: an id that is not (or no longer) a buffer sound does nothing
    // (GameMaker's own tests free a never-created sound, id 0, in their Clean Up).
    if state(vm).buffer_sounds.remove(&id).is_some() {
        vm.headless.audio.forget(id);
    }
    Ok(Value::Undefined)
}

/// A play queue (a sound from 200000 on); -1 for an unsupported format or channel setting.
fn audio_create_play_queue(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    const NAME: &str = "audio_create_play_queue";
    check(vm, NAME)?;
    let (format, _, channels) = (int(args, 0)?, int(args, 1)?, int(args, 2)?);
    if sample_bytes(NAME, format).is_err() || channel_count(NAME, channels).is_err() {
        return Ok(Value::Real(-1.0));
    }
    let s = state(vm);
    let id = lowest_free(QUEUE_BASE, |i| s.queues.contains(&i));
    s.queues.insert(id);
    Ok(Value::Real(id as f64))
}

/// Queues buffer data on a play queue. Nothing is played, so no Audio Playback event follows.
fn audio_queue_sound(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    const NAME: &str = "audio_queue_sound";
    check(vm, NAME)?;
    let (queue, buffer) = (sound_id(args, 0)?, int(args, 1)?);
    int(args, 2)?;
    int(args, 3)?;
    if !state(vm).queues.contains(&queue) {
        return Err(Error::msg(format!("{NAME}: {queue} is not a play queue")));
    }
    if !vm.buffers.exists(buffer) {
        return Err(Error::msg(format!(
            "{NAME}: buffer {buffer} does not exist"
        )));
    }
    Ok(Value::Undefined)
}

fn audio_free_play_queue(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_free_play_queue")?;
    let id = sound_id(args, 0)?;
    // Freeing a queue that is already gone does nothing (code commonly frees it every step
    // until the playback-ended event arrives).
    if state(vm).queues.remove(&id) {
        vm.headless.audio.forget(id);
    }
    Ok(Value::Undefined)
}

/// A streamed sound from a file; its id follows the sound assets (the lowest free one). The
/// file is not read: nothing is heard.
fn audio_create_stream(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_create_stream")?;
    string(args, 0)?;
    let first = vm
        .assets
        .ids(RefKind::Sound)
        .last()
        .map_or(0, |last| last + 1);
    let s = state(vm);
    let id = lowest_free(first, |i| s.streams.contains(&i));
    s.streams.insert(id);
    Ok(Value::Real(id as f64))
}

/// True if `id` was a stream (now destroyed), false otherwise.
fn audio_destroy_stream(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_destroy_stream")?;
    let id = sound_id(args, 0)?;
    let was = state(vm).streams.remove(&id);
    if was {
        vm.headless.audio.forget(id);
    }
    Ok(Value::Bool(was))
}

fn audio_get_recorder_count(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "audio_get_recorder_count")?;
    Ok(Value::Real(0.0))
}

/// A new ds_map describing recorder `n`, as the manual says; there is no recorder, so it is
/// empty (code that skips the count check reads undefined from it instead of failing).
fn audio_get_recorder_info(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_get_recorder_info")?;
    int(args, 0)?;
    Ok(crate::builtins::ds::handle_value(vm.ds.map_create()))
}

/// There is no recording device: recording never starts (-1, no buffer, no async event).
fn audio_start_recording(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_start_recording")?;
    int(args, 0)?;
    Ok(Value::Real(-1.0))
}

fn audio_stop_recording(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_stop_recording")?;
    int(args, 0)?;
    Ok(Value::Undefined)
}
