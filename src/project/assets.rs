//! The hook where a project's assets are registered: every asset name becomes a constant the
//! compiler resolves (a `ref <kind> N` handle, numbered in the `.yyp`'s order within its kind),
//! before any code is compiled, and the asset registry (`runtime/assets.rs`) learns its name;
//! sprites also bring their facts from their `.yy` (`project/sprite.rs`). Objects and rooms are
//! registered by the builder (they carry code); this registers the rest.

use super::model::{AssetKind, Project};
use super::BuildReport;
use crate::runtime::program::Program;
use crate::vm::value::RefKind;

pub fn register(project: &Project, program: &mut Program, report: &mut BuildReport) {
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
        program.register_asset(kind, &a.name);
    }
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
