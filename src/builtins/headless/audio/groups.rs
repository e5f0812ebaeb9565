//! Manual: Audio > Audio Groups. A project's audio groups (the `.yyp`'s `AudioGroups`, in
//! order: `audiogroup_default` is 0) are constants, and each sound asset belongs to the group
//! its `.yy` names. The default group is loaded from the start; `audio_group_load` loads another
//! at once and queues the Async Save/Load event (`async_load`: "type" = "audiogroup_load",
//! "group_id"), as GameMaker does when the group's audio is in memory.

use super::{check, classify, sound_id, state};
use crate::builtins::args::*;
use crate::builtins::Builtin;
use crate::vm::error::Result;
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;
use hashbrown::HashMap;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new(
        "audio_sound_get_audio_group",
        1,
        1,
        audio_sound_get_audio_group,
    ),
    Builtin::new("audio_group_name", 1, 1, audio_group_name),
    Builtin::new("audio_group_get_assets", 1, 1, audio_group_get_assets),
    Builtin::new("audio_group_set_gain", 3, 3, audio_group_set_gain),
    Builtin::new("audio_group_get_gain", 1, 1, audio_group_get_gain),
    Builtin::new("audio_group_load", 1, 1, audio_group_load),
    Builtin::new("audio_group_unload", 1, 1, audio_group_unload),
    Builtin::new("audio_group_is_loaded", 1, 1, audio_group_is_loaded),
    Builtin::new("audio_group_load_progress", 1, 1, audio_group_load_progress),
    Builtin::new("audio_group_stop_all", 1, 1, audio_group_stop_all),
];

/// The Async Save/Load event's subtype (`ev_async_save_load`).
const EV_ASYNC_SAVE_LOAD: u8 = 72;

pub struct Groups {
    /// Name and loaded flag, by group index.
    list: Vec<(String, bool)>,
    /// Sound asset index -> its group (sounds not listed are in the default group).
    sound_group: HashMap<i64, i64>,
    gains: HashMap<i64, f64>,
}

impl Default for Groups {
    fn default() -> Self {
        Groups {
            list: vec![("audiogroup_default".to_string(), true)],
            sound_group: HashMap::new(),
            gains: HashMap::new(),
        }
    }
}

impl Groups {
    /// The group named `name`, added after the others if new; returns its index.
    pub fn add(&mut self, name: &str) -> i64 {
        let i = match self.list.iter().position(|(n, _)| n == name) {
            Some(i) => i,
            None => {
                self.list.push((name.to_string(), false));
                self.list.len() - 1
            }
        };
        i as i64
    }

    /// Puts sound asset `sound` in the group named `group` (added if new).
    pub fn assign(&mut self, sound: i64, group: &str) {
        let g = self.add(group);
        self.sound_group.insert(sound, g);
    }

    fn get(&self, g: i64) -> Option<&(String, bool)> {
        usize::try_from(g).ok().and_then(|i| self.list.get(i))
    }

    fn set_loaded(&mut self, g: i64, loaded: bool) -> bool {
        match usize::try_from(g).ok().and_then(|i| self.list.get_mut(i)) {
            Some(entry) if entry.1 != loaded => {
                entry.1 = loaded;
                true
            }
            _ => false,
        }
    }

    fn group_of(&self, sound: i64) -> i64 {
        self.sound_group.get(&sound).copied().unwrap_or(0)
    }
}

fn group(vm: &mut Vm) -> &mut Groups {
    &mut state(vm).groups
}

/// The group of a sound asset; buffer sounds, streams and queues are in the default group; -1
/// for an id that names no sound.
fn audio_sound_get_audio_group(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_sound_get_audio_group")?;
    let id = sound_id(args, 0)?;
    if classify(vm, id).is_none() {
        return Ok(Value::Real(-1.0));
    }
    let is_asset = vm.assets.ids(RefKind::Sound).contains(&id);
    let g = if is_asset { group(vm).group_of(id) } else { 0 };
    Ok(Value::Real(g as f64))
}

fn audio_group_name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_group_name")?;
    let g = int(args, 0)?;
    Ok(Value::str(
        group(vm).get(g).map_or("<undefined>", |(n, _)| n.as_str()),
    ))
}

/// The sound assets of a group, in asset order.
fn audio_group_get_assets(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_group_get_assets")?;
    let g = int(args, 0)?;
    let sounds = vm.assets.ids(RefKind::Sound);
    let groups = &vm.headless.audio.groups;
    let list = sounds
        .into_iter()
        .filter(|s| groups.group_of(*s) == g)
        .map(|i| Value::Ref(RefKind::Sound, i))
        .collect();
    Ok(Value::new_array(list))
}

fn audio_group_set_gain(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_group_set_gain")?;
    let (g, gain) = (int(args, 0)?, real(args, 1)?.max(0.0));
    real(args, 2)?;
    group(vm).gains.insert(g, gain);
    Ok(Value::Undefined)
}

fn audio_group_get_gain(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_group_get_gain")?;
    let g = int(args, 0)?;
    Ok(Value::Real(group(vm).gains.get(&g).copied().unwrap_or(1.0)))
}

/// True when loading starts; false for a group that is already loaded or does not exist.
fn audio_group_load(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_group_load")?;
    let g = int(args, 0)?;
    if !group(vm).set_loaded(g, true) {
        return Ok(Value::Bool(false));
    }
    let map = vm.ds.map_create();
    vm.ds
        .map_set(map, Value::str("type"), Value::str("audiogroup_load"));
    vm.ds
        .map_set(map, Value::str("group_id"), Value::Real(g as f64));
    vm.async_queue.push_user(EV_ASYNC_SAVE_LOAD, map);
    Ok(Value::Bool(true))
}

/// True when a loaded group is unloaded.
fn audio_group_unload(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_group_unload")?;
    let g = int(args, 0)?;
    Ok(Value::Bool(group(vm).set_loaded(g, false)))
}

fn audio_group_is_loaded(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_group_is_loaded")?;
    let g = int(args, 0)?;
    Ok(Value::Bool(group(vm).get(g).is_some_and(|(_, l)| *l)))
}

/// 100 for a loaded group, else 0.
fn audio_group_load_progress(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_group_load_progress")?;
    let g = int(args, 0)?;
    let loaded = group(vm).get(g).is_some_and(|(_, l)| *l);
    Ok(Value::Real(if loaded { 100.0 } else { 0.0 }))
}

/// Nothing plays, so there is nothing to stop; the group is only checked.
fn audio_group_stop_all(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_group_stop_all")?;
    int(args, 0)?;
    Ok(Value::Undefined)
}
