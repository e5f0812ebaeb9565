//! Rooms of a loaded project (DESIGN.md sections 3 and 4): entering a room in the manual's Event
//! Order, room changes at the end of the phase that asked for them, persistent instances, layers
//! by name, `game_restart`. A single `.gml` file has no rooms: then none of this runs.

use super::events::EventKey;
use super::frame_loop::{fire_event, fire_event_all, fire_event_with_other};
use crate::vm::error::{Error, Result};
use crate::vm::function::FunctionObj;
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, StructRef, Value};
use crate::vm::Vm;
use hashbrown::{HashMap, HashSet};
use std::rc::Rc;

/// An instance placed in a room: its fixed id and the fields the room file gives it.
#[derive(Clone)]
pub struct InstanceDef {
    pub name: Rc<str>,
    pub id: i64,
    pub object: usize,
    /// Index into the room's layers.
    pub layer: usize,
    pub x: f64,
    pub y: f64,
    pub scale_x: f64,
    pub scale_y: f64,
    pub rotation: f64,
    /// The room file's ABGR colour: blend is its BGR part, alpha its top byte.
    pub colour: u32,
    pub image_index: f64,
    pub image_speed: f64,
    /// The instance's overridden Object Variables (runs after the object's own).
    pub overrides: Option<Rc<FunctionObj>>,
    /// Its creation code (runs after Create).
    pub creation_code: Option<Rc<FunctionObj>>,
}

#[derive(Clone)]
pub struct LayerDef {
    pub name: Rc<str>,
    pub depth: f64,
    pub visible: bool,
    /// Position, speed and elements (backgrounds, sprites, tile maps) from the room file.
    pub setup: super::layers::LayerSetup,
}

#[derive(Clone)]
pub struct RoomDef {
    pub name: Rc<str>,
    pub width: f64,
    pub height: f64,
    pub persistent: bool,
    pub layers: Vec<LayerDef>,
    pub instances: Vec<InstanceDef>,
    pub creation_code: Option<Rc<FunctionObj>>,
}

pub use super::layers::Layer;

#[derive(Copy, Clone, Debug, PartialEq)]
pub enum RoomChange {
    Goto(usize),
    /// `game_restart()`.
    Restart,
}

#[derive(Default)]
pub struct Rooms {
    /// Every room: the room order first (`ordered` of them), then rooms the order leaves out.
    pub defs: Vec<RoomDef>,
    pub ordered: usize,
    /// The room the game starts in (the first of the order, or `--room`).
    pub start: usize,
    pub current: Option<usize>,
    /// A change asked for during the current phase, applied when it ends.
    pub pending: Option<RoomChange>,
    /// The current room's layers and their elements (`runtime::layers`).
    pub layers: super::layers::LayerManager,
    /// Whether the current room is persistent (`room_persistent`; set from the room's own
    /// setting when it is entered fresh).
    pub persistent: bool,
    /// Persistent rooms left behind, by room: their instances and layers as they were, put
    /// back when the room is entered again.
    kept: HashMap<usize, KeptRoom>,
}

/// A persistent room while the game is elsewhere.
struct KeptRoom {
    instances: Vec<StructRef>,
    layers: super::layers::RoomLayers,
}

/// How many room changes may follow each other without a frame in between (a room whose
/// Create events always leave it would otherwise never let the game run a frame).
const MAX_CHAINED_CHANGES: usize = 10_000;

impl Rooms {
    /// Whether the program is a project with rooms.
    pub fn active(&self) -> bool {
        !self.defs.is_empty()
    }

    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.defs.iter().position(|r| &*r.name == name)
    }

    pub fn current_def(&self) -> Option<&RoomDef> {
        self.defs.get(self.current?)
    }

    /// The room a value names (a room handle or its number), if it exists.
    pub fn room_of(&self, v: &Value) -> Option<usize> {
        let n = match v {
            Value::Ref(RefKind::Room, n) => *n,
            other => {
                let r = other.as_f64()?;
                if r.fract() != 0.0 {
                    return None;
                }
                r as i64
            }
        };
        (n >= 0 && (n as usize) < self.defs.len()).then_some(n as usize)
    }

    /// The next room in the room order (None after the last, or for a room outside the order).
    pub fn next(&self, r: usize) -> Option<usize> {
        (r + 1 < self.ordered).then_some(r + 1)
    }

    pub fn previous(&self, r: usize) -> Option<usize> {
        (r > 0 && r < self.ordered).then(|| r - 1)
    }

    /// Adds a room made by code (`room_add`, `room_duplicate`): outside the room order, named
    /// `__newroom<N>` as GameMaker names them. Returns its index.
    pub fn add(&mut self, mut def: RoomDef) -> usize {
        let r = self.defs.len();
        def.name = Rc::from(format!("__newroom{r}"));
        self.defs.push(def);
        r
    }

    /// A layer of the current room by id or name.
    pub fn layer(&self, v: &Value) -> Option<&Layer> {
        self.layers.get(v)
    }
}

impl RoomDef {
    /// An empty room with GameMaker's default size for a new room.
    pub fn blank() -> RoomDef {
        RoomDef {
            name: Rc::from(""),
            width: 1366.0,
            height: 768.0,
            persistent: false,
            layers: Vec::new(),
            instances: Vec::new(),
            creation_code: None,
        }
    }

    /// Adds an instance of `object` at (x, y) with the given id, on the room's first instance
    /// layer (made at depth 0 if the room has no layer).
    pub fn add_instance(&mut self, id: i64, object: usize, x: f64, y: f64) {
        if self.layers.is_empty() {
            self.layers.push(LayerDef {
                name: Rc::from("Instances"),
                depth: 0.0,
                visible: true,
                setup: Default::default(),
            });
        }
        self.instances.push(InstanceDef {
            name: Rc::from(format!("inst_{id:X}")),
            id,
            object,
            layer: 0,
            x,
            y,
            scale_x: 1.0,
            scale_y: 1.0,
            rotation: 0.0,
            colour: 0xFFFF_FFFF,
            image_index: 0.0,
            image_speed: 1.0,
            overrides: None,
            creation_code: None,
        });
    }
}

pub fn room_value(r: usize) -> Value {
    Value::Ref(RefKind::Room, r as i64)
}

/// Game start for a project: the start room is entered with Game Start; a room change asked for
/// meanwhile follows at once.
pub fn start(vm: &mut Vm) -> Result<()> {
    let first = match vm.rooms.pending.take() {
        // room_goto in a script's top-level code chooses the first room.
        Some(RoomChange::Goto(r)) => r,
        _ => vm.rooms.start,
    };
    enter(vm, first, true)?;
    apply_pending(vm)
}

/// Applies the room change asked for during the phase that just ended (and any that entering
/// the new room asks for).
pub fn apply_pending(vm: &mut Vm) -> Result<()> {
    let mut chained = 0;
    while let Some(change) = vm.rooms.pending.take() {
        if vm.game.ending {
            return Ok(());
        }
        chained += 1;
        if chained > MAX_CHAINED_CHANGES {
            return Err(Error::msg(format!(
                "room changes did not settle: {MAX_CHAINED_CHANGES} room changes in a row without a frame"
            )));
        }
        match change {
            RoomChange::Goto(r) => {
                leave(vm)?;
                if vm.game.ending {
                    return Ok(());
                }
                enter(vm, r, false)?;
            }
            RoomChange::Restart => restart(vm)?,
        }
    }
    Ok(())
}

fn is_persistent(inst: &StructRef) -> bool {
    let v = inst.borrow().get(Sym::intern("persistent")).cloned();
    v.is_some_and(|v| crate::vm::ops::truthy(&v).unwrap_or(false))
}

/// Leaves the current room: Room End for every instance, then the non-persistent ones go
/// (Clean Up runs, Destroy does not). A persistent room keeps them instead, as they are, with
/// its layers, and no event runs for them.
fn leave(vm: &mut Vm) -> Result<()> {
    fire_event_all(vm, EventKey::RoomEnd)?;
    if vm.game.ending {
        return Ok(());
    }
    let leaving: Vec<StructRef> = vm
        .world
        .live()
        .filter(|i| !is_persistent(i))
        .cloned()
        .collect();
    let deactivated: Vec<StructRef> = vm.world.deactivated().cloned().collect();
    match vm.rooms.current.filter(|_| vm.rooms.persistent) {
        Some(r) => {
            vm.world.remove_destroyed();
            // A persistent room keeps its deactivated instances, still deactivated.
            let ids: HashSet<i64> = leaving
                .iter()
                .chain(&deactivated)
                .filter_map(|i| i.borrow().instance().map(|d| d.id))
                .collect();
            let instances = vm.world.detach(&ids);
            let layers = vm.rooms.layers.take_room();
            vm.rooms.kept.insert(r, KeptRoom { instances, layers });
        }
        None => {
            for inst in leaving {
                crate::builtins::instances::destroy_instance(vm, &inst, false)?;
            }
            discard(vm, &deactivated);
            vm.world.remove_destroyed();
        }
    }
    Ok(())
}

/// Removes deactivated instances without running any event: the manual says a deactivated
/// instance (persistent or not) does not survive leaving its room.
fn discard(vm: &mut Vm, instances: &[StructRef]) {
    for inst in instances {
        if let Some(d) = inst.borrow_mut().instance_mut() {
            d.destroyed = true;
        }
    }
    if !instances.is_empty() {
        vm.world.note_destroyed();
    }
}

/// Enters persistent room `r` as it was left: its instances and layers come back (before the
/// persistent instances that came along, as in GameMaker) and only Room Start runs.
fn reenter(vm: &mut Vm, r: usize, kept: KeptRoom) -> Result<()> {
    vm.rooms.layers.restore_room(kept.layers);
    vm.rooms.current = Some(r);
    vm.rooms.persistent = true;
    vm.world.attach_first(kept.instances);
    fire_event_all(vm, EventKey::RoomStart)
}

/// `game_restart()`: Game End and Clean Up for every instance, persistent ones included, the
/// `call_later` timers go, then the start room as at game start (Game Start fires again).
/// Globals are kept.
fn restart(vm: &mut Vm) -> Result<()> {
    fire_event_all(vm, EventKey::GameEnd)?;
    let all: Vec<StructRef> = vm.world.live().cloned().collect();
    for inst in all {
        crate::builtins::instances::destroy_instance(vm, &inst, false)?;
    }
    let deactivated: Vec<StructRef> = vm.world.deactivated().cloned().collect();
    discard(vm, &deactivated);
    vm.world.remove_destroyed();
    // Persistent rooms start afresh.
    vm.rooms.kept.clear();
    // The manual: every `call_later` timer is destroyed on a restart.
    vm.time_sources
        .destroy(super::time_sources::CALL_LATER, true);
    if vm.game.ending {
        return Ok(());
    }
    let start = vm.rooms.start;
    enter(vm, start, true)
}

/// Enters room `r`: all of its instances are created first (a persistent instance already
/// alive keeps its place), then for each in creation order: Object Variables, the instance's
/// overrides, Create, its creation code; then Game Start (`game_start`), the room's creation
/// code, and Room Start for every instance.
fn enter(vm: &mut Vm, r: usize, game_start: bool) -> Result<()> {
    if let Some(kept) = vm.rooms.kept.remove(&r) {
        if !game_start {
            return reenter(vm, r, kept);
        }
    }
    let Some(def) = vm.rooms.defs.get(r) else {
        return Err(Error::msg(format!("room {r} does not exist")));
    };
    let persistent = def.persistent;
    let layer_defs = def
        .layers
        .iter()
        .map(|l| (&l.name, l.depth, l.visible, &l.setup));
    vm.rooms.layers.enter_room(layer_defs);
    let frame = vm.game.frame;
    vm.rooms.layers.start_tile_animations(frame);
    let placed: Vec<(usize, i64)> = def
        .instances
        .iter()
        .enumerate()
        .map(|(i, d)| (i, d.id))
        .collect();
    vm.rooms.current = Some(r);
    vm.rooms.persistent = persistent;

    let mut created = Vec::new();
    for (i, id) in placed {
        if vm.world.by_id.contains_key(&id) {
            continue; // a persistent instance placed in this room is still alive
        }
        let inst = spawn_placed(vm, r, i);
        created.push((inst, i));
    }
    for (inst, i) in created {
        let (overrides, code) = {
            let d = &vm.rooms.defs[r].instances[i];
            (d.overrides.clone(), d.creation_code.clone())
        };
        if inst.borrow().instance().is_none_or(|d| d.destroyed) {
            continue;
        }
        fire_event(vm, &inst, EventKey::PreCreate)?;
        if let Some(f) = overrides {
            vm.call_function(&f, inst.clone(), inst.clone(), &[], None)?;
        }
        fire_event_with_other(vm, &inst, &inst, EventKey::Create)?;
        if let Some(f) = code {
            if inst.borrow().instance().is_some_and(|d| !d.destroyed) {
                vm.call_function(&f, inst.clone(), inst.clone(), &[], None)?;
            }
        }
        if vm.game.ending {
            return Ok(());
        }
    }
    if game_start {
        fire_event_all(vm, EventKey::GameStart)?;
        if vm.game.ending {
            return Ok(());
        }
    }
    if let Some(f) = vm.rooms.defs[r].creation_code.clone() {
        let g = vm.global.clone();
        vm.call_function(&f, g.clone(), g, &[], None)?;
        if vm.game.ending {
            return Ok(());
        }
    }
    fire_event_all(vm, EventKey::RoomStart)
}

/// Creates placed instance `i` of room `r` with the room file's fields; no event runs.
fn spawn_placed(vm: &mut Vm, r: usize, i: usize) -> StructRef {
    let d = &vm.rooms.defs[r].instances[i];
    let layer = vm.rooms.layers.layers.get(d.layer);
    let depth = layer.map_or(0.0, |l| l.depth);
    let layer_id = layer.map_or(-1.0, |l| l.id as f64);
    let fields = [
        ("image_xscale", d.scale_x),
        ("image_yscale", d.scale_y),
        ("image_angle", d.rotation),
        ("image_blend", (d.colour & 0x00FF_FFFF) as f64),
        ("image_alpha", (d.colour >> 24) as f64 / 255.0),
        ("image_index", d.image_index),
        ("image_speed", d.image_speed),
        ("layer", layer_id),
    ];
    let (id, object, x, y) = (d.id, d.object, d.x, d.y);
    if let Some(l) = layer.map(|l| l.id) {
        let element = super::layers::ElementKind::Instance(id);
        vm.rooms.layers.add_element(l, element);
    }
    let inst = vm.world.spawn(id, object, x, y, depth);
    crate::runtime::assets::apply_object_sprite(vm, &inst);
    let mut b = inst.borrow_mut();
    for (name, v) in fields {
        b.set(Sym::intern(name), Value::Real(v));
    }
    // Scale and rotation change the bounding box.
    crate::runtime::instance_sprite::refresh(&mut b);
    drop(b);
    inst
}

/// Asks for a room change at the end of the current phase (`room_goto` and friends).
pub fn request(vm: &mut Vm, change: RoomChange) {
    vm.rooms.pending = Some(change);
}
