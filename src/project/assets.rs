//! The hook where a project's assets are registered: every asset name becomes a constant the
//! compiler resolves (`env.constants`), before any code is compiled. Objects and rooms are
//! registered by the builder (they carry code); this registers the rest.
//!
//! Until an asset registry with per-kind facts exists, sprites and sounds are handles
//! (`ref sprite 3`) numbered in the `.yyp`'s order within their kind, and the other kinds their
//! index within their kind, as GameMaker numbers assets.

use super::model::{AssetKind, Project};
use crate::runtime::program::Program;
use crate::vm::value::{RefKind, Value};
use hashbrown::HashMap;
use std::rc::Rc;

pub fn register(project: &Project, program: &mut Program) {
    let mut counts: HashMap<AssetKind, i64> = HashMap::new();
    for a in &project.assets {
        let kind = match a.kind {
            // Registered with their code by the builder.
            AssetKind::Object | AssetKind::Room => continue,
            // A script asset's name is its function's name when it declares one.
            AssetKind::Script | AssetKind::Note | AssetKind::Extension | AssetKind::Other => {
                continue
            }
            k => k,
        };
        let n = counts.entry(kind).or_insert(0);
        let value = match kind {
            AssetKind::Sprite => Value::Ref(RefKind::Sprite, *n),
            AssetKind::Sound => Value::Ref(RefKind::Sound, *n),
            _ => Value::Real(*n as f64),
        };
        *n += 1;
        program
            .env
            .constants
            .insert(Rc::from(a.name.as_str()), value);
    }
}
