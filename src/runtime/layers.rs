//! The current room's layers and their elements (manual: Rooms > General Layer Functions,
//! Backgrounds, Sprites, Tile Map Functions, Tiles, Sequences): real state, so code that reads
//! or edits layers and tile maps for its game logic works headless. Nothing here draws.
//!
//! Layer ids and element ids are two counters, as in GameMaker's runner: entering a room gives
//! its layers new ids, and every element (background, instance, sprite, tile map, tile,
//! sequence) gets an id unique among the elements of the room. A single `.gml` file has no room
//! layers; `layer_create` still works there.

use crate::vm::value::Value;
use hashbrown::HashMap;
use std::rc::Rc;

/// `layerelementtype_*`: what `layer_get_element_type` returns.
pub const ELEMENT_UNDEFINED: f64 = 0.0;
pub const ELEMENT_BACKGROUND: f64 = 1.0;
pub const ELEMENT_INSTANCE: f64 = 2.0;
pub const ELEMENT_OLDTILEMAP: f64 = 3.0;
pub const ELEMENT_SPRITE: f64 = 4.0;
pub const ELEMENT_TILEMAP: f64 = 5.0;
pub const ELEMENT_PARTICLESYSTEM: f64 = 6.0;
pub const ELEMENT_TILE: f64 = 7.0;
pub const ELEMENT_SEQUENCE: f64 = 8.0;

/// Tile data bits (manual: Tile Map Functions > Tile Data): the index in the low 19 bits, then
/// mirror (28), flip (29), rotate (30) and inherit (31).
pub const TILE_INDEX_MASK: u32 = 0x7FFFF;
pub const TILE_MIRROR: u32 = 1 << 28;
pub const TILE_FLIP: u32 = 1 << 29;
pub const TILE_ROTATE: u32 = 1 << 30;
pub const TILE_INHERIT: u32 = 1 << 31;
/// The mask a new tile map (and the global mask) starts with: every bit but inherit.
pub const DEFAULT_TILE_MASK: u32 = !TILE_INHERIT;

/// A tile set asset's facts (from its `.yy`).
#[derive(Clone, Debug, Default)]
pub struct Tileset {
    pub sprite: Option<i64>,
    pub tile_width: f64,
    pub tile_height: f64,
    pub tile_hsep: f64,
    pub tile_vsep: f64,
    pub columns: f64,
    pub tile_count: u32,
    /// Frames per animated tile (1 when the set has no animation).
    pub frames: u32,
    /// Animation frames per second.
    pub animation_speed: f64,
    /// For each animated tile, its frames (`tileAnimationFrames`).
    pub animations: Vec<(u32, Vec<u32>)>,
}

#[derive(Clone)]
pub struct Background {
    pub visible: bool,
    pub sprite: Value,
    pub htiled: bool,
    pub vtiled: bool,
    pub stretch: bool,
    pub xscale: f64,
    pub yscale: f64,
    pub blend: f64,
    pub alpha: f64,
    pub index: f64,
    pub speed: f64,
}

impl Background {
    pub fn new(sprite: Value) -> Background {
        Background {
            visible: true,
            sprite,
            htiled: false,
            vtiled: false,
            stretch: false,
            xscale: 1.0,
            yscale: 1.0,
            blend: 16777215.0,
            alpha: 1.0,
            index: 0.0,
            speed: 1.0,
        }
    }
}

/// A sprite element (the room editor's asset layer sprites, `layer_sprite_create`).
#[derive(Clone)]
pub struct SpriteElement {
    pub sprite: Value,
    pub x: f64,
    pub y: f64,
    pub index: f64,
    pub speed: f64,
    pub xscale: f64,
    pub yscale: f64,
    pub angle: f64,
    pub blend: f64,
    pub alpha: f64,
}

impl SpriteElement {
    pub fn new(sprite: Value, x: f64, y: f64) -> SpriteElement {
        SpriteElement {
            sprite,
            x,
            y,
            index: 0.0,
            speed: 1.0,
            xscale: 1.0,
            yscale: 1.0,
            angle: 0.0,
            blend: 16777215.0,
            alpha: 1.0,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Tilemap {
    /// The tile set (its asset index; -1 for none).
    pub tileset: i64,
    pub x: f64,
    pub y: f64,
    pub width: usize,
    pub height: usize,
    /// Tile data, row after row.
    pub cells: Vec<u32>,
    pub mask: u32,
    /// The game frame it was created on: its tile animation starts there (frame 0).
    pub start_frame: u64,
}

impl Tilemap {
    pub fn new(tileset: i64, x: f64, y: f64, width: usize, height: usize) -> Tilemap {
        Tilemap {
            tileset,
            x,
            y,
            width,
            height,
            cells: vec![0; width * height],
            mask: DEFAULT_TILE_MASK,
            start_frame: 0,
        }
    }

    pub fn cell(&self, x: i64, y: i64) -> Option<usize> {
        (x >= 0 && y >= 0 && (x as usize) < self.width && (y as usize) < self.height)
            .then(|| y as usize * self.width + x as usize)
    }

    /// New width and height, keeping the tiles that still fit (at least 1 by 1).
    pub fn resize(&mut self, width: usize, height: usize) {
        let (width, height) = (width.max(1), height.max(1));
        let mut cells = vec![0; width * height];
        for y in 0..height.min(self.height) {
            for x in 0..width.min(self.width) {
                cells[y * width + x] = self.cells[y * self.width + x];
            }
        }
        self.cells = cells;
        self.width = width;
        self.height = height;
    }
}

/// A legacy tile (`layer_tile_create`): a region of a tile set or sprite.
#[derive(Clone)]
pub struct Tile {
    pub sprite: Value,
    pub x: f64,
    pub y: f64,
    pub region: [f64; 4],
    pub xscale: f64,
    pub yscale: f64,
    pub blend: f64,
    pub alpha: f64,
    pub visible: bool,
}

/// A sequence element: its properties are kept; nothing plays headless.
#[derive(Clone)]
pub struct SequenceElement {
    pub sequence: Value,
    pub x: f64,
    pub y: f64,
    pub angle: f64,
    pub xscale: f64,
    pub yscale: f64,
    pub headpos: f64,
    pub headdir: f64,
    pub speedscale: f64,
    pub paused: bool,
}

#[derive(Clone)]
pub enum ElementKind {
    Background(Background),
    /// An instance on the layer, by id.
    Instance(i64),
    Sprite(SpriteElement),
    Tilemap(Tilemap),
    Tile(Tile),
    Sequence(SequenceElement),
}

impl ElementKind {
    pub fn type_number(&self) -> f64 {
        match self {
            ElementKind::Background(_) => ELEMENT_BACKGROUND,
            ElementKind::Instance(_) => ELEMENT_INSTANCE,
            ElementKind::Sprite(_) => ELEMENT_SPRITE,
            ElementKind::Tilemap(_) => ELEMENT_TILEMAP,
            ElementKind::Tile(_) => ELEMENT_TILE,
            ElementKind::Sequence(_) => ELEMENT_SEQUENCE,
        }
    }
}

#[derive(Clone)]
pub struct Element {
    pub layer: i64,
    pub kind: ElementKind,
}

/// What a room file gives a layer besides its name, depth and visibility.
#[derive(Clone, Default)]
pub struct LayerSetup {
    pub x: f64,
    pub y: f64,
    pub hspeed: f64,
    pub vspeed: f64,
    pub elements: Vec<ElementKind>,
}

/// A layer of the current room.
#[derive(Clone)]
pub struct Layer {
    pub id: i64,
    pub name: Rc<str>,
    pub depth: f64,
    pub visible: bool,
    pub x: f64,
    pub y: f64,
    pub hspeed: f64,
    pub vspeed: f64,
    pub script_begin: Value,
    pub script_end: Value,
    pub shader: Value,
    /// The layer's filter or effect (`layer_set_fx`; an FX struct), -1 for none.
    pub fx: Value,
    pub fx_enabled: bool,
    /// Element ids in the order they were added.
    pub elements: Vec<i64>,
}

impl Layer {
    pub fn new(id: i64, name: Rc<str>, depth: f64) -> Layer {
        Layer {
            id,
            name,
            depth,
            fx: Value::Real(-1.0),
            fx_enabled: true,
            visible: true,
            x: 0.0,
            y: 0.0,
            hspeed: 0.0,
            vspeed: 0.0,
            script_begin: Value::Real(-1.0),
            script_end: Value::Real(-1.0),
            shader: Value::Real(-1.0),
            elements: Vec::new(),
        }
    }
}

/// What a project's sequence asset says about itself (its `.yy`), for the sequence structs and
/// the `layer_sequence_*` getters; tracks are not loaded.
#[derive(Clone)]
pub struct SequenceFacts {
    pub name: Rc<str>,
    pub length: f64,
    pub playback_speed: f64,
    /// `playback` in the `.yy`: `seqplay_oneshot` (0), `seqplay_loop` (1) or `seqplay_pingpong` (2).
    pub loopmode: f64,
    /// `spritespeed_framespersecond` (0) or `spritespeed_framespergameframe` (1).
    pub playback_speed_type: f64,
    pub volume: f64,
    pub xorigin: f64,
    pub yorigin: f64,
}

/// The current room's layers and elements, plus the settings that outlive a room.
pub struct LayerManager {
    /// Sorted by depth (lowest first); equal depths keep their creation order.
    pub layers: Vec<Layer>,
    pub elements: HashMap<i64, Element>,
    /// Instance id -> its element.
    pub instance_elements: HashMap<i64, i64>,
    next_layer_id: i64,
    next_element_id: i64,
    pub global_mask: u32,
    pub depth_forced: bool,
    pub forced_depth: f64,
    /// `layer_set_target_room` (-1: the current room).
    pub target_room: f64,
    /// Tile sets by asset index.
    pub tilesets: Vec<Option<Rc<Tileset>>>,
    /// Sequence assets by index.
    pub sequences: HashMap<i64, SequenceFacts>,
}

impl Default for LayerManager {
    fn default() -> Self {
        LayerManager {
            layers: Vec::new(),
            elements: HashMap::new(),
            instance_elements: HashMap::new(),
            next_layer_id: 0,
            next_element_id: 0,
            global_mask: DEFAULT_TILE_MASK,
            depth_forced: false,
            forced_depth: 0.0,
            target_room: -1.0,
            tilesets: Vec::new(),
            sequences: HashMap::new(),
        }
    }
}

/// A persistent room's own layers and elements while the game is elsewhere.
pub struct RoomLayers {
    layers: Vec<Layer>,
    elements: HashMap<i64, Element>,
    instance_elements: HashMap<i64, i64>,
}

impl LayerManager {
    /// Takes the current room's layers and elements out (leaving a persistent room); ids keep
    /// counting up, so they stay unique when the room comes back.
    pub fn take_room(&mut self) -> RoomLayers {
        RoomLayers {
            layers: std::mem::take(&mut self.layers),
            elements: std::mem::take(&mut self.elements),
            instance_elements: std::mem::take(&mut self.instance_elements),
        }
    }

    /// Starts the tile animation of every tile map now (a room being entered).
    pub fn start_tile_animations(&mut self, frame: u64) {
        for e in self.elements.values_mut() {
            if let ElementKind::Tilemap(t) = &mut e.kind {
                t.start_frame = frame;
            }
        }
    }

    /// Puts a persistent room's layers and elements back.
    pub fn restore_room(&mut self, room: RoomLayers) {
        self.layers = room.layers;
        self.elements = room.elements;
        self.instance_elements = room.instance_elements;
    }

    /// Replaces the layers with a room's: `defs` are (name, depth, visible, setup).
    pub fn enter_room<'a>(
        &mut self,
        defs: impl Iterator<Item = (&'a Rc<str>, f64, bool, &'a LayerSetup)>,
    ) {
        self.layers.clear();
        self.elements.clear();
        self.instance_elements.clear();
        for (name, depth, visible, setup) in defs {
            let id = self.next_layer_id;
            self.next_layer_id += 1;
            let mut layer = Layer::new(id, name.clone(), depth);
            layer.visible = visible;
            layer.x = setup.x;
            layer.y = setup.y;
            layer.hspeed = setup.hspeed;
            layer.vspeed = setup.vspeed;
            // Room layers keep the file's order (top to bottom is lowest depth first).
            self.layers.push(layer);
            for e in &setup.elements {
                self.add_element(id, e.clone());
            }
        }
    }

    /// `layer_create`: a new layer placed by depth; its id.
    /// Once a step, with instance motion: each layer moves by its speeds (`layer_hspeed`,
    /// `layer_vspeed`, or the room editor's layer speeds).
    pub fn scroll(&mut self) {
        for l in &mut self.layers {
            l.x += l.hspeed;
            l.y += l.vspeed;
        }
    }

    pub fn create(&mut self, depth: f64, name: Option<&str>) -> i64 {
        let id = self.next_layer_id;
        self.next_layer_id += 1;
        let name: Rc<str> = match name {
            Some(n) => Rc::from(n),
            None => Rc::from(format!("_layer_{id:x}").as_str()),
        };
        let layer = Layer::new(id, name, depth);
        let at = self.layers.partition_point(|l| l.depth <= depth);
        self.layers.insert(at, layer);
        id
    }

    /// The layer a value names: a layer id or a layer name.
    pub fn find(&self, v: &Value) -> Option<usize> {
        match v {
            Value::Str(s) => self.layers.iter().position(|l| *l.name == ***s),
            other => {
                let id = other.as_f64()?;
                self.layers.iter().position(|l| l.id as f64 == id)
            }
        }
    }

    pub fn get(&self, v: &Value) -> Option<&Layer> {
        self.find(v).map(|i| &self.layers[i])
    }

    pub fn get_mut(&mut self, v: &Value) -> Option<&mut Layer> {
        self.find(v).map(move |i| &mut self.layers[i])
    }

    /// `layer_depth`: moves the layer to its new place in the depth order.
    pub fn set_depth(&mut self, i: usize, depth: f64) {
        let mut layer = self.layers.remove(i);
        layer.depth = depth;
        let at = self.layers.partition_point(|l| l.depth <= depth);
        self.layers.insert(at, layer);
    }

    /// Adds an element to layer `layer` (an id known to exist); its element id.
    pub fn add_element(&mut self, layer: i64, kind: ElementKind) -> i64 {
        let id = self.next_element_id;
        self.next_element_id += 1;
        if let ElementKind::Instance(inst) = kind {
            if let Some(old) = self.instance_elements.insert(inst, id) {
                self.remove_element(old);
            }
        }
        if let Some(l) = self.layers.iter_mut().find(|l| l.id == layer) {
            l.elements.push(id);
        }
        self.elements.insert(id, Element { layer, kind });
        id
    }

    /// Moves element `id` to layer `to` (an id known to exist), keeping its id.
    pub fn move_element(&mut self, id: i64, to: i64) {
        let Some(e) = self.elements.get_mut(&id) else {
            return;
        };
        let from = std::mem::replace(&mut e.layer, to);
        for l in self.layers.iter_mut() {
            if l.id == from {
                l.elements.retain(|x| *x != id);
            }
            if l.id == to {
                l.elements.push(id);
            }
        }
    }

    pub fn remove_element(&mut self, id: i64) -> Option<Element> {
        let e = self.elements.remove(&id)?;
        if let ElementKind::Instance(inst) = e.kind {
            if self.instance_elements.get(&inst) == Some(&id) {
                self.instance_elements.remove(&inst);
            }
        }
        if let Some(l) = self.layers.iter_mut().find(|l| l.id == e.layer) {
            l.elements.retain(|x| *x != id);
        }
        Some(e)
    }

    /// Removes a layer and its elements; the ids of the instances that were on it.
    pub fn destroy(&mut self, i: usize) -> Vec<i64> {
        let layer = self.layers.remove(i);
        let mut instances = Vec::new();
        for id in layer.elements {
            if let Some(Element {
                kind: ElementKind::Instance(inst),
                ..
            }) = self.remove_element(id)
            {
                instances.push(inst);
            }
        }
        instances
    }

    /// Forgets the element of an instance that no longer exists.
    pub fn forget_instance(&mut self, inst: i64) {
        if let Some(id) = self.instance_elements.get(&inst).copied() {
            self.remove_element(id);
        }
    }

    /// The element `v` names when it is of the kind `pick` accepts.
    pub fn element<T>(&self, v: &Value, pick: impl Fn(&ElementKind) -> Option<&T>) -> Option<&T> {
        let id = v.as_f64()?;
        if id.fract() != 0.0 {
            return None;
        }
        pick(&self.elements.get(&(id as i64))?.kind)
    }

    pub fn element_mut<T>(
        &mut self,
        v: &Value,
        pick: impl Fn(&mut ElementKind) -> Option<&mut T>,
    ) -> Option<&mut T> {
        let id = v.as_f64()?;
        if id.fract() != 0.0 {
            return None;
        }
        pick(&mut self.elements.get_mut(&(id as i64))?.kind)
    }

    /// The layer holding tile map `id`, with the tile map.
    pub fn tilemap_and_layer(&self, v: &Value) -> Option<(&Tilemap, &Layer)> {
        let id = v.as_f64()?;
        let e = self.elements.get(&(id as i64))?;
        let ElementKind::Tilemap(t) = &e.kind else {
            return None;
        };
        let layer = self.layers.iter().find(|l| l.id == e.layer)?;
        Some((t, layer))
    }

    pub fn tileset(&self, index: i64) -> Option<&Rc<Tileset>> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.tilesets.get(i))?
            .as_ref()
    }

    pub fn set_tileset(&mut self, index: i64, t: Tileset) {
        let i = index as usize;
        if self.tilesets.len() <= i {
            self.tilesets.resize(i + 1, None);
        }
        self.tilesets[i] = Some(Rc::new(t));
    }
}

pub fn tilemap_kind(k: &ElementKind) -> Option<&Tilemap> {
    match k {
        ElementKind::Tilemap(t) => Some(t),
        _ => None,
    }
}

pub fn tilemap_kind_mut(k: &mut ElementKind) -> Option<&mut Tilemap> {
    match k {
        ElementKind::Tilemap(t) => Some(t),
        _ => None,
    }
}

/// Decodes a room's or tile set's tile data: `TileCompressedData` (format 1: a negative count
/// -n then one value repeated n times, or a positive count n then n values) or the older
/// `TileSerialiseData` (one value per cell). The inherit bit is dropped as the editor's mask does.
pub fn decode_tiles(compressed: bool, data: &[i64], cells: usize) -> Result<Vec<u32>, String> {
    let mut out = Vec::with_capacity(cells);
    if compressed {
        let mut i = 0;
        while i < data.len() {
            let n = data[i];
            i += 1;
            if n < 0 {
                let Some(&v) = data.get(i) else {
                    return Err(format!("a run of {} cells has no value", -n));
                };
                i += 1;
                out.extend(std::iter::repeat_n(
                    v as u32 & DEFAULT_TILE_MASK,
                    (-n) as usize,
                ));
            } else {
                let end = i + n as usize;
                if end > data.len() {
                    return Err(format!("a run of {n} values ends past the data"));
                }
                out.extend(data[i..end].iter().map(|&v| v as u32 & DEFAULT_TILE_MASK));
                i = end;
            }
            if out.len() > cells {
                return Err(format!("more than the {cells} cells the size gives"));
            }
        }
    } else {
        out.extend(data.iter().map(|&v| v as u32 & DEFAULT_TILE_MASK));
    }
    if out.len() != cells {
        return Err(format!("{} cells where the size gives {cells}", out.len()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_tile_data_runs() {
        let t = decode_tiles(true, &[-3, 0, 2, 5, 6, -1, 7], 6).unwrap();
        assert_eq!(t, vec![0, 0, 0, 5, 6, 7]);
        assert_eq!(
            decode_tiles(true, &[-3, 0], 4).unwrap_err(),
            "3 cells where the size gives 4"
        );
        assert_eq!(
            decode_tiles(true, &[3, 1], 3).unwrap_err(),
            "a run of 3 values ends past the data"
        );
        let old = decode_tiles(false, &[1, 2147483648, 3], 3).unwrap();
        assert_eq!(old, vec![1, 0, 3]);
    }

    #[test]
    fn layers_sorted_by_depth_and_elements_follow_their_layer() {
        let mut m = LayerManager::default();
        let a = m.create(100.0, Some("a"));
        let b = m.create(-50.0, None);
        assert_eq!(m.layers[0].id, b);
        assert_eq!(&*m.layers[0].name, &format!("_layer_{b:x}"));
        let e = m.add_element(a, ElementKind::Instance(100001));
        assert_eq!(m.layers[1].elements, vec![e]);
        let i = m.find(&Value::Real(a as f64)).unwrap();
        assert_eq!(m.destroy(i), vec![100001]);
        assert!(m.elements.is_empty());
    }
}
