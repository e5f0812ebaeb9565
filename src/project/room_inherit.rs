//! Room inheritance (manual: The Room Editor, Inheritance): a child room (`parentRoom`) is a
//! linked copy of its parent. The IDE writes the child's file as a full copy, with flags saying
//! which parts still follow the parent; those parts are taken from the parent here, so that a
//! parent edited after its child was saved still shows through:
//! - `inheritRoomSettings`: width, height, persistent; `inheritCode`: the room creation code;
//! - `inheritLayers`: the parent's layers, each child layer taking the parent's depth
//!   (`inheritLayerDepth`), visibility (`inheritVisibility`), or everything including the
//!   instances placed on it (`inheritLayerSettings`); parent layers the child lacks are added;
//! - per instance (`inheritedItemId`): `inheritItemSettings` (object, position, scale, rotation,
//!   colour, image, variables) and `inheritCode` (its creation code);
//! - `inheritCreationOrder`: instances are created in the parent's order.
//!
//! An inherited instance keeps its parent's name, so both rooms' copies have the same id.

use super::model::{Room, RoomInstance};
use super::yy::{ProjectError, Result};
use std::path::Path;

/// Resolves every child room against its (resolved) parent, parents first.
pub fn resolve(dir: &Path, rooms: &mut [Room]) -> Result<()> {
    let mut state = vec![State::Todo; rooms.len()];
    for i in 0..rooms.len() {
        visit(dir, rooms, i, &mut state)?;
    }
    Ok(())
}

#[derive(Copy, Clone, PartialEq)]
enum State {
    Todo,
    InProgress,
    Done,
}

fn visit(dir: &Path, rooms: &mut [Room], i: usize, state: &mut [State]) -> Result<()> {
    match state[i] {
        State::Done => return Ok(()),
        State::InProgress => {
            return Err(ProjectError::new(
                dir.join(&rooms[i].yy).display().to_string(),
                format!(
                    "field `parentRoom`: the parent chain of `{}` loops back to it",
                    rooms[i].name
                ),
            ))
        }
        State::Todo => {}
    }
    let Some(inherit) = rooms[i].inheritance.clone() else {
        state[i] = State::Done;
        return Ok(());
    };
    let Some(p) = rooms.iter().position(|r| r.name == inherit.parent) else {
        return Err(ProjectError::new(
            dir.join(&rooms[i].yy).display().to_string(),
            format!(
                "field `parentRoom`: room `{}` is not among the project's rooms",
                inherit.parent
            ),
        ));
    };
    state[i] = State::InProgress;
    visit(dir, rooms, p, state)?;
    let parent = rooms[p].clone();
    let child = &mut rooms[i];
    if inherit.settings {
        child.width = parent.width;
        child.height = parent.height;
        child.persistent = parent.persistent;
    }
    if inherit.code {
        child.creation_code = parent.creation_code.clone();
    }
    if inherit.layers {
        inherit_layers(child, &parent);
    }
    for inst in &mut child.instances {
        let Some(from) = inst
            .inherited_from
            .as_ref()
            .and_then(|n| parent.instances.iter().find(|p| &p.name == n))
        else {
            continue;
        };
        if inst.inherit_settings {
            *inst = RoomInstance {
                name: inst.name.clone(),
                layer: inst.layer.clone(),
                creation_code: inst.creation_code.take(),
                inherited_from: inst.inherited_from.take(),
                inherit_settings: true,
                inherit_code: inst.inherit_code,
                ..from.clone()
            };
        }
        if inst.inherit_code {
            inst.creation_code = from.creation_code.clone();
        }
    }
    if inherit.creation_order {
        let rank = |i: &RoomInstance| {
            let name = i.inherited_from.as_ref().unwrap_or(&i.name);
            parent
                .instances
                .iter()
                .position(|p| &p.name == name)
                .unwrap_or(usize::MAX)
        };
        child.instances.sort_by_key(rank);
    }
    state[i] = State::Done;
    Ok(())
}

fn inherit_layers(child: &mut Room, parent: &Room) {
    // Layers whose content is the parent's: wholly inherited ones, and those the child lacks.
    let mut whole: Vec<String> = Vec::new();
    for layer in &mut child.layers {
        let Some(p) = parent.layers.iter().find(|p| p.name == layer.name) else {
            continue;
        };
        if layer.inherit_settings {
            whole.push(layer.name.clone());
            layer.depth = p.depth;
            layer.visible = p.visible;
            continue;
        }
        if layer.inherit_depth {
            layer.depth = p.depth;
        }
        if layer.inherit_visibility {
            layer.visible = p.visible;
        }
    }
    for p in &parent.layers {
        if !child.layers.iter().any(|l| l.name == p.name) {
            whole.push(p.name.clone());
            child.layers.push(p.clone());
        }
    }
    for p in &parent.instances {
        let present = child
            .instances
            .iter()
            .any(|i| i.name == p.name || i.inherited_from.as_ref() == Some(&p.name));
        if whole.contains(&p.layer) && !present {
            child.instances.push(RoomInstance {
                inherited_from: Some(p.name.clone()),
                inherit_settings: true,
                inherit_code: true,
                ..p.clone()
            });
        }
    }
}
