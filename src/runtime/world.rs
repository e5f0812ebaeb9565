//! Objects (with their event tables) and the live instances, in creation order.

use super::events::EventKey;
use crate::vm::function::FunctionObj;
use crate::vm::value::StructRef;
use hashbrown::HashMap;
use std::rc::Rc;

pub struct ObjectDef {
    pub name: Rc<str>,
    pub parent: Option<usize>,
    /// Events this object defines itself.
    pub events: HashMap<EventKey, Rc<FunctionObj>>,
    /// The sprite and collision mask new instances start with (indexes; None: no sprite), and
    /// whether they are solid (`object_get_sprite`, the project's `spriteId`/`spriteMaskId`).
    pub sprite: Option<i64>,
    pub mask: Option<i64>,
    pub solid: bool,
    /// Built-in variables a new instance starts with (a project object's `persistent`,
    /// `visible`, `sprite_index`...), set before anything runs.
    pub defaults: Vec<(crate::vm::intern::Sym, crate::vm::value::Value)>,
}

impl ObjectDef {
    pub fn new(name: Rc<str>, parent: Option<usize>) -> ObjectDef {
        ObjectDef {
            name,
            parent,
            events: HashMap::new(),
            defaults: Vec::new(),
            sprite: None,
            mask: None,
            solid: false,
        }
    }
}

/// The first instance id, as in GameMaker.
pub const FIRST_INSTANCE_ID: i64 = 100001;

pub struct World {
    pub objects: Vec<ObjectDef>,
    /// Every instance in creation order; destroyed ones stay until the end-of-frame removal.
    pub instances: Vec<StructRef>,
    pub by_id: HashMap<i64, StructRef>,
    /// Per object index, its own instances in creation order (destroyed ones until the removal),
    /// so the instances of an object without children are found without visiting every one.
    by_object: Vec<Vec<StructRef>>,
    pub next_id: i64,
    /// Some instance was destroyed since the last removal (the end-of-frame removal is skipped
    /// otherwise: it would visit every instance for nothing).
    destroyed_pending: bool,
    /// Event passes running over `instances` by index: removal waits until none is (a destroyed
    /// instance is invisible everywhere until then, so waiting changes nothing observable).
    passes: u32,
    /// The motion planning grids and potential-field settings (`runtime/motion_planning.rs`).
    pub motion_planning: super::motion_planning::MotionPlanning,
}

impl Default for World {
    fn default() -> Self {
        World {
            objects: Vec::new(),
            instances: Vec::new(),
            by_id: HashMap::new(),
            by_object: Vec::new(),
            next_id: FIRST_INSTANCE_ID,
            destroyed_pending: false,
            passes: 0,
            motion_planning: Default::default(),
        }
    }
}

fn is_active(s: &StructRef) -> bool {
    s.borrow().instance().is_some_and(|d| d.is_active())
}

/// The object index of an instance (`usize::MAX` for a struct that is not one).
fn object_of(s: &StructRef) -> usize {
    s.borrow()
        .instance()
        .map(|d| d.object_index)
        .unwrap_or(usize::MAX)
}

impl World {
    /// The most-derived definition of `event` for `object` (its own, else its nearest ancestor's),
    /// with the object that defines it.
    pub fn find_event(&self, object: usize, event: EventKey) -> Option<(usize, Rc<FunctionObj>)> {
        let mut o = Some(object);
        let mut guard = 0;
        while let Some(i) = o {
            let def = self.objects.get(i)?;
            if let Some(f) = def.events.get(&event) {
                return Some((i, f.clone()));
            }
            o = def.parent;
            guard += 1;
            if guard > 1000 {
                return None;
            }
        }
        None
    }

    /// Whether `object` is `ancestor` or descends from it.
    pub fn is_a(&self, object: usize, ancestor: usize) -> bool {
        let mut o = Some(object);
        let mut guard = 0;
        while let Some(i) = o {
            if i == ancestor {
                return true;
            }
            o = self.objects.get(i).and_then(|d| d.parent);
            guard += 1;
            if guard > 1000 {
                return false;
            }
        }
        false
    }

    /// The active instances (neither destroyed nor deactivated), in creation order.
    pub fn live(&self) -> impl Iterator<Item = &StructRef> {
        self.instances.iter().filter(|s| is_active(s))
    }

    /// The deactivated instances (not destroyed), in creation order.
    pub fn deactivated(&self) -> impl Iterator<Item = &StructRef> {
        self.instances.iter().filter(|s| {
            s.borrow()
                .instance()
                .is_some_and(|d| d.deactivated && !d.destroyed)
        })
    }

    /// Whether some object names `object` as its parent.
    fn has_children(&self, object: usize) -> bool {
        self.objects.iter().any(|d| d.parent == Some(object))
    }

    /// Live instances of `object` or its descendants, in creation order.
    pub fn instances_of(&self, object: usize) -> Vec<StructRef> {
        if !self.has_children(object) {
            return self.own_live(object).cloned().collect();
        }
        self.live()
            .filter(|s| self.is_a(object_of(s), object))
            .cloned()
            .collect()
    }

    /// The first live instance of `object` or its descendants, in creation order.
    pub fn first_of(&self, object: usize) -> Option<StructRef> {
        if !self.has_children(object) {
            return self.own_live(object).next().cloned();
        }
        self.live()
            .find(|s| self.is_a(object_of(s), object))
            .cloned()
    }

    /// The live instances whose object is exactly `object`, in creation order.
    fn own_live(&self, object: usize) -> impl Iterator<Item = &StructRef> {
        self.by_object
            .get(object)
            .into_iter()
            .flatten()
            .filter(|s| is_active(s))
    }

    /// The active instance with this id.
    pub fn get_live(&self, id: i64) -> Option<StructRef> {
        let s = self.by_id.get(&id)?;
        is_active(s).then(|| s.clone())
    }

    /// The instance with this id, active or deactivated (not destroyed): the manual lets code
    /// that holds a deactivated instance's id read and write its variables.
    pub fn get_existing(&self, id: i64) -> Option<StructRef> {
        let s = self.by_id.get(&id)?;
        let exists = s.borrow().instance().is_some_and(|d| !d.destroyed);
        exists.then(|| s.clone())
    }

    /// A new instance of `object` with the given id, its object's defaults applied, added at
    /// the end of the creation order. No event runs.
    pub fn spawn(&mut self, id: i64, object: usize, x: f64, y: f64, depth: f64) -> StructRef {
        let inst = super::instance::new_instance(id, object, x, y, depth);
        if let Some(def) = self.objects.get(object) {
            let mut b = inst.borrow_mut();
            for (k, v) in &def.defaults {
                b.set(*k, v.clone());
            }
        }
        self.add(inst.clone());
        inst
    }

    /// Adds an instance (made by `instance::new_instance`) at the end of the creation order.
    pub fn add(&mut self, inst: StructRef) {
        let (id, object) = match inst.borrow().instance() {
            Some(d) => (d.id, d.object_index),
            None => return,
        };
        if self.by_object.len() <= object {
            self.by_object.resize_with(object + 1, Vec::new);
        }
        self.by_object[object].push(inst.clone());
        self.by_id.insert(id, inst.clone());
        self.instances.push(inst);
    }

    /// Turns an instance into one of `object` (`instance_change`): it moves to the end of that
    /// object's list and keeps its place in the creation order.
    pub fn change_object(&mut self, inst: &StructRef, object: usize) {
        let old = object_of(inst);
        if let Some(list) = self.by_object.get_mut(old) {
            list.retain(|s| !Rc::ptr_eq(s, inst));
        }
        if let Some(d) = inst.borrow_mut().instance_mut() {
            d.set_object(object);
        }
        if self.by_object.len() <= object {
            self.by_object.resize_with(object + 1, Vec::new);
        }
        self.by_object[object].push(inst.clone());
    }

    pub fn object_index(&self, name: &str) -> Option<usize> {
        self.objects.iter().position(|o| &*o.name == name)
    }

    /// Takes live instances out of the world without destroying them (a persistent room being
    /// left keeps them); no event runs. Returns them in creation order.
    pub fn detach(&mut self, ids: &hashbrown::HashSet<i64>) -> Vec<StructRef> {
        let mut out = Vec::new();
        self.instances.retain(|s| {
            let id = s.borrow().instance().map(|d| d.id);
            match id {
                Some(id) if ids.contains(&id) => {
                    out.push(s.clone());
                    false
                }
                _ => true,
            }
        });
        for id in ids {
            self.by_id.remove(id);
        }
        for list in &mut self.by_object {
            list.retain(|s| s.borrow().instance().is_none_or(|d| !ids.contains(&d.id)));
        }
        out
    }

    /// Puts detached instances back, before every other instance in the creation order.
    pub fn attach_first(&mut self, instances: Vec<StructRef>) {
        for inst in instances.iter().rev() {
            let Some((id, object)) = inst.borrow().instance().map(|d| (d.id, d.object_index))
            else {
                continue;
            };
            self.by_id.insert(id, inst.clone());
            if let Some(list) = self.by_object.get_mut(object) {
                list.insert(0, inst.clone());
            }
        }
        self.instances.splice(0..0, instances);
    }

    /// Records that an instance was just flagged destroyed (see `remove_destroyed`).
    pub fn note_destroyed(&mut self) {
        self.destroyed_pending = true;
    }

    /// Marks the start of a pass that walks `instances` by index (see `end_pass`): until it
    /// ends, no instance moves in the list, and instances created meanwhile go at its end.
    pub fn begin_pass(&mut self) {
        self.passes += 1;
    }

    pub fn end_pass(&mut self) {
        self.passes -= 1;
    }

    /// Physically removes destroyed instances (end of frame). Inside an event pass this waits
    /// for the next call, so the pass's indexes stay valid.
    pub fn remove_destroyed(&mut self) {
        if !self.destroyed_pending || self.passes > 0 {
            return;
        }
        self.destroyed_pending = false;
        let alive = |s: &StructRef| s.borrow().instance().is_some_and(|d| !d.destroyed);
        for list in &mut self.by_object {
            list.retain(alive);
        }
        let by_id = &mut self.by_id;
        self.instances.retain(|s| {
            let b = s.borrow();
            match b.instance() {
                Some(d) if d.destroyed => {
                    by_id.remove(&d.id);
                    false
                }
                _ => true,
            }
        });
    }
}
