//! The hook where a project's assets are registered: every asset name becomes a constant the
//! compiler resolves (a `ref <kind> N` handle, numbered in the `.yyp`'s order within its kind),
//! before any code is compiled, and the asset registry (`runtime/assets.rs`) learns its name;
//! sprites also bring their facts from their `.yy` (`project/sprite.rs`). Objects and rooms are
//! registered by the builder (they carry code); this registers the rest.

use super::model::{AssetKind, Project};
use super::BuildReport;
use crate::runtime::layers::SequenceFacts;
use crate::runtime::program::Program;
use crate::vm::value::{RefKind, Value};
use std::rc::Rc;

pub fn register(project: &Project, program: &mut Program, report: &mut BuildReport) {
    // Audio groups first: sounds name theirs.
    for name in &project.audio_groups {
        let index = program.vm.headless.audio.groups.add(name);
        program
            .env
            .constants
            .insert(Rc::from(name.as_str()), Value::Real(index as f64));
    }
    for a in &project.assets {
        let kind = match a.kind {
            AssetKind::Sprite => RefKind::Sprite,
            AssetKind::Sound => RefKind::Sound,
            AssetKind::Font => RefKind::Font,
            AssetKind::Path => RefKind::Path,
            AssetKind::Shader => RefKind::Shader,
            AssetKind::Sequence => RefKind::Sequence,
            AssetKind::TileSet => RefKind::Tileset,
            AssetKind::Timeline => RefKind::Timeline,
            AssetKind::AnimCurve => RefKind::AnimCurve,
            AssetKind::ParticleSystem => RefKind::ParticleSystem,
            // Objects and rooms are registered with their code by the builder; a script
            // asset's name is its function's name when it declares one.
            AssetKind::Object
            | AssetKind::Room
            | AssetKind::Script
            | AssetKind::Note
            | AssetKind::Extension
            | AssetKind::Other => continue,
        };
        if kind == RefKind::Sprite {
            match load_sprite(project, &a.yy) {
                Ok(spr) => {
                    program.register_sprite(&a.name, spr);
                    continue;
                }
                Err(e) => report.errors.push(e),
            }
        }
        let handle = program.register_asset(kind, &a.name);
        if let Value::Ref(RefKind::Sound, index) = handle {
            // A sound's group, when its `.yy` names one.
            let group = super::yy::read(&project.dir, &a.yy)
                .and_then(|f| f.node().get("audioGroupId").map(|g| g.name()).transpose());
            match group {
                Ok(Some(g)) => program.vm.headless.audio.groups.assign(index, &g),
                Ok(None) => {}
                Err(e) => report.errors.push(e.to_string()),
            }
        }
        if let Value::Ref(RefKind::Path, index) = handle {
            match load_path(project, &a.yy) {
                Ok(path) => program.vm.assets.paths.set(index, path),
                Err(e) => report.errors.push(e.to_string()),
            }
        }
        if let Value::Ref(RefKind::Font, index) = handle {
            let info = super::yy::read(&project.dir, &a.yy)
                .and_then(|f| super::font::load_font(&f.node()));
            match info {
                Ok(info) => program.vm.assets.set_font(index, info),
                Err(e) => report.errors.push(e.to_string()),
            }
        }
        if let Value::Ref(RefKind::AnimCurve, index) = handle {
            match load_curve(project, program, &a.name, &a.yy) {
                Ok(c) => {
                    let list = &mut program.vm.assets.curves.assets;
                    if list.len() <= index as usize {
                        list.resize(index as usize + 1, None);
                    }
                    list[index as usize] = Some(c);
                }
                Err(e) => report.errors.push(e.to_string()),
            }
        }
        if let Value::Ref(RefKind::Shader, index) = handle {
            declare_shader_uniforms(project, program, index, &a.yy);
        }
        if let Value::Ref(RefKind::Tileset, index) = handle {
            match load_tileset(project, program, &a.yy) {
                Ok(t) => program.vm.rooms.layers.set_tileset(index, t),
                Err(e) => report.errors.push(e),
            }
        }
        if let Value::Ref(RefKind::Sequence, index) = handle {
            // A sequence's length, speed and loop mode, for its struct and the getters.
            let facts = super::yy::read(&project.dir, &a.yy).and_then(|f| {
                let n = f.node();
                Ok(SequenceFacts {
                    name: Rc::from(a.name.as_str()),
                    length: n.num_or("length", 0.0)?,
                    playback_speed: n.num_or("playbackSpeed", 60.0)?,
                    loopmode: n.num_or("playback", 0.0)?,
                    playback_speed_type: n.num_or("playbackSpeedType", 0.0)?,
                    volume: n.num_or("volume", 1.0)?,
                    xorigin: n.num_or("xorigin", 0.0)?,
                    yorigin: n.num_or("yorigin", 0.0)?,
                })
            });
            match facts {
                Ok(facts) => {
                    program.vm.rooms.layers.sequences.insert(index, facts);
                }
                Err(e) => report.errors.push(e.to_string()),
            }
        }
    }
}

/// A path's points and settings from its `.yy` (GMPath: `points` of x, y, speed; `kind` 0
/// straight or 1 smooth; `closed`; `precision`).
fn load_path(project: &Project, rel: &str) -> super::yy::Result<crate::runtime::paths::Path> {
    let file = super::yy::read(&project.dir, rel)?;
    let n = file.node();
    let mut points = Vec::new();
    for p in n.items("points")? {
        points.push(crate::runtime::paths::PathPoint {
            x: p.num("x")?,
            y: p.num("y")?,
            speed: p.num_or("speed", 100.0)?,
        });
    }
    Ok(crate::runtime::paths::Path::new(
        points,
        n.num_or("kind", 0.0)? as i64,
        n.bool_or("closed", false)?,
        n.num_or("precision", 4.0)? as i64,
    ))
}

/// The uniforms a shader's `.vsh` and `.fsh` (beside its `.yy`) declare, for
/// `shader_get_uniform`. A missing source declares none.
fn declare_shader_uniforms(project: &Project, program: &mut Program, index: i64, yy: &str) {
    let stem = yy.strip_suffix(".yy").unwrap_or(yy);
    let sources: Vec<String> = ["vsh", "fsh"]
        .iter()
        .filter_map(|ext| {
            let path = super::yy::locate(&project.dir, &format!("{stem}.{ext}"));
            std::fs::read_to_string(path).ok()
        })
        .collect();
    let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
    program.vm.headless.shaders.declare(index, &sources);
}

/// A tile set's facts from its `.yy` (its sprite must be registered first, as the `.yyp`'s
/// order of kinds has it; otherwise the tile set's columns come from its export settings).
fn load_tileset(
    project: &Project,
    program: &Program,
    rel: &str,
) -> Result<crate::runtime::layers::Tileset, String> {
    let file = super::yy::read(&project.dir, rel).map_err(|e| e.to_string())?;
    let n = file.node();
    let sprite = match n.ref_name("spriteId").map_err(|e| e.to_string())? {
        Some(name) => match program.vm.assets.find(&name) {
            Some((RefKind::Sprite, i)) => Some(i),
            _ => None,
        },
        None => None,
    };
    let width = sprite
        .and_then(|i| program.vm.assets.sprite(i))
        .map(|s| s.width);
    super::room_layers::load_tileset(&n, sprite, width).map_err(|e| e.to_string())
}

/// A sprite's facts from its `.yy` (frame images from its folder, for precise masks).
fn load_sprite(project: &Project, rel: &str) -> Result<crate::runtime::sprite::Sprite, String> {
    let file = super::yy::read(&project.dir, rel).map_err(|e| e.to_string())?;
    let dir = super::yy::locate(&project.dir, rel)
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_else(|| project.dir.clone());
    super::sprite::load_sprite(&file.root, &dir, &file.file)
}

/// An animation curve's `.yy`: its channels' points (`x`, `y` and the tangent handles `th0`,
/// `tv0`, `th1`, `tv1`), all of the curve's `function` (linear, smooth, bezier).
fn load_curve(
    project: &Project,
    program: &mut Program,
    name: &str,
    rel: &str,
) -> super::yy::Result<crate::vm::value::StructRef> {
    use crate::runtime::animcurve::{CurveStore, Point};
    let file = super::yy::read(&project.dir, rel)?;
    let n = file.node();
    let kind = n.num_or("function", 0.0)? as i64;
    let mut channels = Vec::new();
    for ch in n.items("channels")? {
        let mut points = Vec::new();
        for p in ch.items("points")? {
            points.push(Point {
                x: p.num_or("x", 0.0)?,
                value: p.num_or("y", 0.0)?,
                handles: [
                    p.num_or("th0", 0.0)?,
                    p.num_or("tv0", 0.0)?,
                    p.num_or("th1", 0.0)?,
                    p.num_or("tv1", 0.0)?,
                ],
            });
        }
        let channel_name = ch.name().unwrap_or_default();
        let iterations = crate::builtins::animcurves::DEFAULT_ITERATIONS;
        let c = program
            .vm
            .assets
            .curves
            .new_channel(&channel_name, kind, iterations, &points);
        channels.push(c);
    }
    Ok(CurveStore::new_curve(name, channels))
}
