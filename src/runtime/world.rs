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
    pub next_id: i64,
}

impl Default for World {
    fn default() -> Self {
        World {
            objects: Vec::new(),
            instances: Vec::new(),
            by_id: HashMap::new(),
            next_id: FIRST_INSTANCE_ID,
        }
    }
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

    pub fn live(&self) -> impl Iterator<Item = &StructRef> {
        self.instances
            .iter()
            .filter(|s| s.borrow().instance().map(|d| !d.destroyed).unwrap_or(false))
    }

    /// Live instances of `object` or its descendants, in creation order.
    pub fn instances_of(&self, object: usize) -> Vec<StructRef> {
        self.live()
            .filter(|s| {
                let o = s
                    .borrow()
                    .instance()
                    .map(|d| d.object_index)
                    .unwrap_or(usize::MAX);
                self.is_a(o, object)
            })
            .cloned()
            .collect()
    }

    pub fn get_live(&self, id: i64) -> Option<StructRef> {
        let s = self.by_id.get(&id)?;
        let alive = s.borrow().instance().map(|d| !d.destroyed).unwrap_or(false);
        alive.then(|| s.clone())
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
        self.instances.push(inst.clone());
        self.by_id.insert(id, inst.clone());
        inst
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
        out
    }

    /// Puts detached instances back, before every other instance in the creation order.
    pub fn attach_first(&mut self, instances: Vec<StructRef>) {
        for inst in &instances {
            if let Some(id) = inst.borrow().instance().map(|d| d.id) {
                self.by_id.insert(id, inst.clone());
            }
        }
        self.instances.splice(0..0, instances);
    }

    /// Physically removes destroyed instances (end of frame).
    pub fn remove_destroyed(&mut self) {
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
