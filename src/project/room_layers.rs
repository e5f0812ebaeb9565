//! What a room file's layers hold besides instances: background layers, asset layers' sprites,
//! tile layers' tile data (both the 2.3 `TileSerialiseData` and the compressed
//! `TileCompressedData` formats); and tile set assets' facts. Loaded here by name, resolved to
//! runtime handles when the project is built (`runtime::layers`).

use super::yy::{Node, ProjectError, Result};
use crate::runtime::layers::{
    decode_tiles, Background, ElementKind, LayerSetup, SpriteElement, Tilemap, Tileset,
};
use crate::runtime::program::Program;
use crate::vm::value::{RefKind, Value};

#[derive(Clone, Debug, Default)]
pub struct LayerData {
    pub x: f64,
    pub y: f64,
    pub hspeed: f64,
    pub vspeed: f64,
    pub elements: Vec<ElementData>,
}

#[derive(Clone, Debug)]
pub enum ElementData {
    Background {
        sprite: Option<String>,
        /// ABGR as the file stores it.
        colour: u32,
        htiled: bool,
        vtiled: bool,
        stretch: bool,
        visible: bool,
        speed: f64,
    },
    Sprite {
        sprite: String,
        x: f64,
        y: f64,
        scale_x: f64,
        scale_y: f64,
        rotation: f64,
        colour: u32,
        frame: f64,
        speed: f64,
    },
    Tilemap {
        tileset: Option<String>,
        x: f64,
        y: f64,
        width: usize,
        height: usize,
        cells: Vec<u32>,
    },
}

fn colour(n: &Node, field: &str) -> Result<u32> {
    // 2.2-era files store a colour as {"Value": n}.
    let v = match n.get(field) {
        Some(c) if c.value.is_object() => c.num_or("Value", 4294967295.0)?,
        _ => n.num_or(field, 4294967295.0)?,
    };
    Ok(v as u32)
}

/// The non-instance content of one layer of a room file.
pub fn load(l: &Node) -> Result<LayerData> {
    let mut d = LayerData {
        x: l.num_or("x", 0.0)?,
        y: l.num_or("y", 0.0)?,
        hspeed: l.num_or("hspeed", 0.0)?,
        vspeed: l.num_or("vspeed", 0.0)?,
        elements: Vec::new(),
    };
    match l.resource_type().as_deref() {
        Some("GMRBackgroundLayer") => d.elements.push(ElementData::Background {
            sprite: l.ref_name("spriteId")?,
            colour: colour(l, "colour")?,
            htiled: l.bool_or("htiled", false)?,
            vtiled: l.bool_or("vtiled", false)?,
            stretch: l.bool_or("stretch", false)?,
            visible: l.bool_or("visible", true)?,
            speed: l.num_or("animationFPS", 1.0)?,
        }),
        Some("GMRAssetLayer") => {
            for a in l.items("assets")? {
                if a.resource_type().as_deref() != Some("GMRSpriteGraphic") {
                    continue; // sequences, particle systems, legacy tiles: not kept
                }
                let Some(sprite) = a.ref_name("spriteId")? else {
                    continue;
                };
                d.elements.push(ElementData::Sprite {
                    sprite,
                    x: a.num_or("x", 0.0)?,
                    y: a.num_or("y", 0.0)?,
                    scale_x: a.num_or("scaleX", 1.0)?,
                    scale_y: a.num_or("scaleY", 1.0)?,
                    rotation: a.num_or("rotation", 0.0)?,
                    colour: colour(&a, "colour")?,
                    frame: a.num_or("headPosition", 0.0)?,
                    speed: a.num_or("animationSpeed", 1.0)?,
                });
            }
        }
        Some("GMRTileLayer") => {
            let tiles = l.field("tiles")?;
            let (width, height, cells) = tile_data(&tiles)?;
            // The layer's x and y are its offset; the tile map itself sits at 0, 0.
            d.elements.push(ElementData::Tilemap {
                tileset: l.ref_name("tilesetId")?,
                x: 0.0,
                y: 0.0,
                width,
                height,
                cells,
            });
        }
        _ => {}
    }
    Ok(d)
}

/// A `tiles` object: its width, height and cells.
fn tile_data(tiles: &Node) -> Result<(usize, usize, Vec<u32>)> {
    let width = tiles.num("SerialiseWidth")?.max(0.0) as usize;
    let height = tiles.num("SerialiseHeight")?.max(0.0) as usize;
    let (field, compressed) = if tiles.get("TileCompressedData").is_some() {
        ("TileCompressedData", true)
    } else {
        ("TileSerialiseData", false)
    };
    let mut data = Vec::new();
    for v in tiles.items(field)? {
        match v.value.as_f64() {
            Some(n) => data.push(n as i64),
            None => {
                return Err(ProjectError::new(
                    v.file,
                    format!("field `{}`: expected a number", v.path),
                ))
            }
        }
    }
    let cells = decode_tiles(compressed, &data, width * height).map_err(|e| {
        ProjectError::new(tiles.file, format!("field `{}.{field}`: {e}", tiles.path))
    })?;
    Ok((width, height, cells))
}

/// A tile set's facts from its `.yy`; `sprite` is its sprite's index when the project has it.
pub fn load_tileset(n: &Node, sprite: Option<i64>, sprite_width: Option<u32>) -> Result<Tileset> {
    let tile_width = n.num_or("tileWidth", 16.0)?;
    let tile_height = n.num_or("tileHeight", 16.0)?;
    let tile_hsep = n.num_or("tilehsep", 0.0)?;
    let tile_xoff = n.num_or("tilexoff", 0.0)?;
    let mut animations = Vec::new();
    let mut frames = 1u32;
    for a in n.items("tileAnimationFrames")? {
        let mut list = Vec::new();
        for f in a.items("frames")? {
            list.push(f.value.as_f64().unwrap_or(0.0) as u32);
        }
        if let Some(&first) = list.first() {
            frames = frames.max(list.len() as u32);
            animations.push((first, list));
        }
    }
    let columns = match sprite_width {
        Some(w) if tile_width + tile_hsep > 0.0 => ((w as f64 - tile_xoff + tile_hsep)
            / (tile_width + tile_hsep))
            .floor()
            .max(1.0),
        _ => n.num_or("out_columns", 1.0)?,
    };
    Ok(Tileset {
        sprite,
        tile_width,
        tile_height,
        tile_hsep,
        tile_vsep: n.num_or("tilevsep", 0.0)?,
        columns,
        tile_count: n.num_or("tile_count", 0.0)?.max(0.0) as u32,
        frames,
        animation_speed: n.num_or("tileAnimationSpeed", 15.0)?,
        animations,
    })
}

/// Resolves a layer's asset names to handles (an unknown name is left out, as GameMaker's
/// loader would have refused the project; the asset check reports it).
pub fn to_setup(d: &LayerData, program: &Program) -> LayerSetup {
    let assets = &program.vm.assets;
    let handle = |name: &str, kind: RefKind| match assets.find(name) {
        Some((k, i)) if k == kind => Some(i),
        _ => None,
    };
    let mut setup = LayerSetup {
        x: d.x,
        y: d.y,
        hspeed: d.hspeed,
        vspeed: d.vspeed,
        elements: Vec::new(),
    };
    for e in &d.elements {
        let kind = match e {
            ElementData::Background {
                sprite,
                colour,
                htiled,
                vtiled,
                stretch,
                visible,
                speed,
            } => {
                let sprite = sprite
                    .as_deref()
                    .and_then(|s| handle(s, RefKind::Sprite))
                    .map_or(Value::Real(-1.0), |i| Value::Ref(RefKind::Sprite, i));
                let mut b = Background::new(sprite);
                b.blend = (colour & 0x00FF_FFFF) as f64;
                b.alpha = (colour >> 24) as f64 / 255.0;
                b.htiled = *htiled;
                b.vtiled = *vtiled;
                b.stretch = *stretch;
                b.visible = *visible;
                b.speed = *speed;
                ElementKind::Background(b)
            }
            ElementData::Sprite {
                sprite,
                x,
                y,
                scale_x,
                scale_y,
                rotation,
                colour,
                frame,
                speed,
            } => {
                let Some(i) = handle(sprite, RefKind::Sprite) else {
                    continue;
                };
                let mut s = SpriteElement::new(Value::Ref(RefKind::Sprite, i), *x, *y);
                s.xscale = *scale_x;
                s.yscale = *scale_y;
                s.angle = *rotation;
                s.blend = (colour & 0x00FF_FFFF) as f64;
                s.alpha = (colour >> 24) as f64 / 255.0;
                s.index = *frame;
                s.speed = *speed;
                ElementKind::Sprite(s)
            }
            ElementData::Tilemap {
                tileset,
                x,
                y,
                width,
                height,
                cells,
            } => {
                let set = tileset
                    .as_deref()
                    .and_then(|s| handle(s, RefKind::Tileset))
                    .unwrap_or(-1);
                let mut t = Tilemap::new(set, *x, *y, *width, *height);
                t.cells = cells.clone();
                ElementKind::Tilemap(t)
            }
        };
        setup.elements.push(kind);
    }
    setup
}
