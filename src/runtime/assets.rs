//! The asset registry: every named asset of the game (sprite, sound, font, path, room, shader,
//! sequence, tileset, timeline, animation curve), each a handle `ref <kind> <index>` as in
//! GameMaker 2023.8+. Objects live in `World::objects` and script functions in the VM's script
//! table; the asset functions look there for those two kinds.
//!
//! The project loader registers assets through `Program::register_asset` /
//! `Program::register_sprite` (which also make the names compile-time constants); single-file
//! scripts create sprites at run time (`sprite_add`, `sprite_create_from_surface`).

use super::sprite::Sprite;
use crate::vm::value::{RefKind, Value};
use hashbrown::HashMap;
use std::cell::RefCell;
use std::rc::Rc;

/// The sprites by index, shared with every instance so that writing `sprite_index` or
/// `mask_index` can find the new sprite's geometry without the VM.
pub type SpriteTable = Rc<RefCell<Vec<Option<Rc<Sprite>>>>>;

#[derive(Default)]
pub struct Assets {
    /// Names by kind, indexed by the asset's index (None once deleted).
    names: HashMap<RefKind, Vec<Option<Rc<str>>>>,
    by_name: HashMap<Rc<str>, (RefKind, i64)>,
    pub sprites: SpriteTable,
    /// The paths' points and settings, by path index (`runtime/paths.rs`).
    pub paths: super::paths::PathStore,
    /// Font facts by font index (a font without an entry has GameMaker's defaults).
    fonts: HashMap<i64, Rc<super::font::FontInfo>>,
    /// Animation curves (the project's by index, and created ones).
    pub curves: super::animcurve::CurveStore,
    /// Timelines' moments by timeline index.
    pub timelines: super::timelines::Timelines,
    /// Extension function name -> the extension that declares it.
    pub extension_functions: HashMap<String, String>,
}

/// `asset_get_type`'s constants for each kind (`asset_object` 0 ... `asset_animationcurve` 12).
pub fn asset_type_number(kind: RefKind) -> f64 {
    match kind {
        RefKind::Object => 0.0,
        RefKind::Sprite => 1.0,
        RefKind::Sound => 2.0,
        RefKind::Room => 3.0,
        RefKind::Path => 4.0,
        RefKind::Script => 5.0,
        RefKind::Font => 6.0,
        RefKind::Timeline => 7.0,
        RefKind::Shader => 8.0,
        RefKind::Sequence => 9.0,
        RefKind::AnimCurve => 10.0,
        RefKind::ParticleSystem => 11.0,
        RefKind::Tileset => 13.0,
        RefKind::Instance | RefKind::DbgRef => -1.0,
    }
}

/// The kind an `asset_*` constant names (for `asset_get_ids`).
pub fn kind_of_asset_type(n: i64) -> Option<RefKind> {
    RefKind::ALL
        .into_iter()
        .find(|k| asset_type_number(*k) >= 0.0 && asset_type_number(*k) as i64 == n)
}

impl Assets {
    /// Registers a named asset of `kind` (not an object or script function) as the next index
    /// of that kind and returns the index. A name registered twice keeps its first asset.
    pub fn add(&mut self, kind: RefKind, name: &str) -> i64 {
        if let Some(&(k, i)) = self.by_name.get(name) {
            if k == kind {
                return i;
            }
        }
        let list = self.names.entry(kind).or_default();
        let index = list.len() as i64;
        let name: Rc<str> = Rc::from(name);
        list.push(Some(name.clone()));
        self.by_name.entry(name).or_insert((kind, index));
        if kind == RefKind::Sprite {
            let mut s = self.sprites.borrow_mut();
            if s.len() <= index as usize {
                s.resize(index as usize + 1, None);
            }
        }
        index
    }

    /// Registers a sprite with its data; returns its index.
    pub fn add_sprite(&mut self, name: &str, sprite: Sprite) -> i64 {
        let index = self.add(RefKind::Sprite, name);
        self.sprites.borrow_mut()[index as usize] = Some(Rc::new(sprite));
        index
    }

    /// A sprite made at run time (`sprite_add`...): GameMaker names these `__newsprite<N>`.
    pub fn add_runtime_sprite(&mut self, sprite: Sprite) -> i64 {
        let next = self.names.get(&RefKind::Sprite).map_or(0, |l| l.len());
        self.add_sprite(&format!("__newsprite{next}"), sprite)
    }

    /// A path made at run time (`path_add`, `path_duplicate`): named `__newpath<N>`.
    pub fn add_runtime_path(&mut self, path: super::paths::Path) -> i64 {
        let next = self.names.get(&RefKind::Path).map_or(0, |l| l.len());
        let index = self.add(RefKind::Path, &format!("__newpath{next}"));
        self.paths.set(index, path);
        index
    }

    /// The path at `index` if it exists (a registered path without loaded data is empty).
    pub fn path_mut(&mut self, index: i64) -> Option<&mut super::paths::Path> {
        if !self.exists(RefKind::Path, index) {
            return None;
        }
        self.paths.get_or_default(index)
    }

    pub fn path(&self, index: i64) -> Option<&super::paths::Path> {
        if !self.exists(RefKind::Path, index) {
            return None;
        }
        Some(self.paths.get(index).unwrap_or(&super::paths::EMPTY))
    }

    pub fn set_font(&mut self, index: i64, info: super::font::FontInfo) {
        self.fonts.insert(index, Rc::new(info));
    }

    /// A live font's facts.
    pub fn font(&self, index: i64) -> Option<Rc<super::font::FontInfo>> {
        if !self.exists(RefKind::Font, index) {
            return None;
        }
        self.fonts.get(&index).cloned()
    }

    pub fn sprite(&self, index: i64) -> Option<Rc<Sprite>> {
        if index < 0 {
            return None;
        }
        self.sprites.borrow().get(index as usize).cloned().flatten()
    }

    /// Replaces a sprite's data (`sprite_collision_mask`, `sprite_set_offset`...).
    pub fn set_sprite(&mut self, index: i64, sprite: Sprite) {
        if let Some(slot) = self.sprites.borrow_mut().get_mut(index as usize) {
            if slot.is_some() {
                *slot = Some(Rc::new(sprite));
            }
        }
    }

    pub fn delete(&mut self, kind: RefKind, index: i64) -> bool {
        let Some(slot) = self
            .names
            .get_mut(&kind)
            .and_then(|l| l.get_mut(index as usize))
        else {
            return false;
        };
        let Some(name) = slot.take() else {
            return false;
        };
        if self.by_name.get(&name) == Some(&(kind, index)) {
            self.by_name.remove(&name);
        }
        if kind == RefKind::Sprite {
            if let Some(s) = self.sprites.borrow_mut().get_mut(index as usize) {
                *s = None;
            }
        }
        if kind == RefKind::Path {
            self.paths.remove(index);
        }
        true
    }

    /// How many assets of `kind` exist (deleted ones excluded).
    pub fn count(&self, kind: RefKind) -> usize {
        self.names
            .get(&kind)
            .map_or(0, |l| l.iter().filter(|n| n.is_some()).count())
    }

    pub fn find(&self, name: &str) -> Option<(RefKind, i64)> {
        self.by_name.get(name).copied()
    }

    pub fn name(&self, kind: RefKind, index: i64) -> Option<Rc<str>> {
        if index < 0 {
            return None;
        }
        self.names
            .get(&kind)?
            .get(index as usize)
            .cloned()
            .flatten()
    }

    pub fn exists(&self, kind: RefKind, index: i64) -> bool {
        self.name(kind, index).is_some()
    }

    /// The indexes of every live asset of `kind`, in index order.
    pub fn ids(&self, kind: RefKind) -> Vec<i64> {
        self.names.get(&kind).map_or_else(Vec::new, |l| {
            l.iter()
                .enumerate()
                .filter(|(_, n)| n.is_some())
                .map(|(i, _)| i as i64)
                .collect()
        })
    }
}

/// Gives a new instance its object's sprite, mask and `solid` (before its Create event), and
/// the sprite table its `sprite_index`/`mask_index` writes resolve through.
pub fn apply_object_sprite(vm: &mut crate::vm::Vm, inst: &crate::vm::value::StructRef) {
    let table = vm.assets.sprites.clone();
    let mut s = inst.borrow_mut();
    let Some(d) = s.instance_mut() else {
        return;
    };
    d.sprites = Some(table);
    let object = d.object_index;
    let (sprite, mask, solid) = match vm.world.objects.get(object) {
        Some(o) => (o.sprite, o.mask, o.solid),
        None => (None, None, false),
    };
    super::instance_sprite::with_syms(|k| {
        // Values the object's defaults already put there are resolved now.
        for name in [k.sprite_index, k.mask_index] {
            if let Some(v) = s.get(name).cloned() {
                super::instance_sprite::set_var(&mut s, name, &v);
            }
        }
        if let Some(i) = sprite {
            super::instance_sprite::set_var(&mut s, k.sprite_index, &Value::Real(i as f64));
        }
        if let Some(i) = mask {
            super::instance_sprite::set_var(&mut s, k.mask_index, &Value::Real(i as f64));
        }
        if solid {
            s.set(k.solid, Value::Bool(true));
        }
    });
}
