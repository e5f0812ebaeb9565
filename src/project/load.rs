//! Reading a project from disk into `model::Project`: the `.yyp`, then every object's and room's
//! `.yy`. GML files are read later, by the builder.

use super::model::*;
use super::yy::{self, Node, ProjectError, Result};
use std::path::{Path, PathBuf};

/// Finds the `.yyp` for `path`: the file itself, or the single `.yyp` in the folder.
pub fn find_yyp(path: &Path) -> Result<PathBuf> {
    let shown = path.display().to_string();
    if path.is_file() {
        return Ok(path.to_path_buf());
    }
    if !path.is_dir() {
        return Err(ProjectError::new(shown, "no such file or folder"));
    }
    let entries = std::fs::read_dir(path)
        .map_err(|e| ProjectError::new(&shown, format!("cannot list the folder: {e}")))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yyp") && p.is_file())
        .collect();
    found.sort();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(ProjectError::new(
            shown,
            "the folder holds no .yyp project file",
        )),
        _ => Err(ProjectError::new(
            shown,
            format!(
                "the folder holds {} .yyp files; name the one to use",
                found.len()
            ),
        )),
    }
}

/// Whether `path` names a project (a `.yyp`, or a folder) rather than a `.gml` file.
pub fn is_project_path(path: &Path) -> bool {
    path.is_dir() || path.extension().is_some_and(|x| x == "yyp")
}

/// Loads the project at `path` (a `.yyp` or the folder holding one).
pub fn load(path: &Path) -> Result<Project> {
    let yyp_path = find_yyp(path)?;
    let dir = yyp_path
        .parent()
        .map(Path::to_path_buf)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| PathBuf::from("."));
    let yyp_name = yyp_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file = yy::read(&dir, &yyp_name)?;
    let root = file.node();
    if root.get("mvc").is_some() {
        return Err(ProjectError::new(
            &file.file,
            "a GameMaker Studio 2.2 (or older) project; only GameMaker 2.3 and later projects load",
        ));
    }
    let name = root
        .name()
        .unwrap_or_else(|_| yyp_name.trim_end_matches(".yyp").to_string());

    let mut assets = Vec::new();
    for r in root.items("resources")? {
        let id = r.field("id")?;
        let path = id.str("path")?;
        assets.push(Asset {
            kind: AssetKind::from_path(&path),
            name: id.name()?,
            yy: path,
        });
    }

    let mut scripts = Vec::new();
    let mut objects = Vec::new();
    let mut extensions = Vec::new();
    for a in &assets {
        match a.kind {
            AssetKind::Script => scripts.push(Script {
                name: a.name.clone(),
                gml: sibling(&a.yy, "gml"),
            }),
            AssetKind::Object => objects.push(load_object(&dir, a)?),
            AssetKind::Extension => extensions.push(super::extension::load_extension(&dir, a)?),
            _ => {}
        }
    }

    // Rooms: RoomOrderNodes first, then rooms the order leaves out.
    let mut room_names: Vec<String> = Vec::new();
    for n in root.items("RoomOrderNodes")? {
        let name = n.field("roomId")?.name()?;
        if !assets
            .iter()
            .any(|a| a.kind == AssetKind::Room && a.name == name)
        {
            return Err(ProjectError::new(
                &file.file,
                format!(
                    "field `{}`: room `{name}` is not among the resources",
                    n.path
                ),
            ));
        }
        room_names.push(name);
    }
    let ordered_rooms = room_names.len();
    for a in &assets {
        if a.kind == AssetKind::Room && !room_names.contains(&a.name) {
            room_names.push(a.name.clone());
        }
    }
    let mut rooms = Vec::new();
    for name in &room_names {
        let a = assets
            .iter()
            .find(|a| a.kind == AssetKind::Room && &a.name == name)
            .expect("room listed among the resources");
        rooms.push(load_room(&dir, a)?);
    }
    super::room_inherit::resolve(&dir, &mut rooms)?;

    let mut audio_groups = Vec::new();
    for g in root.items("AudioGroups")? {
        audio_groups.push(g.name()?);
    }

    let mut configs = vec!["Default".to_string()];
    if let Some(c) = root.get("configs") {
        collect_configs(&c, &mut configs)?;
    }
    let game_speed = read_game_speed(&dir)?;
    let datafiles = Some(dir.join("datafiles")).filter(|d| d.is_dir());
    Ok(Project {
        dir,
        yyp: yyp_name,
        name,
        assets,
        audio_groups,
        scripts,
        objects,
        extensions,
        rooms,
        ordered_rooms,
        configs,
        game_speed,
        datafiles,
    })
}

/// `scripts/a/a.yy` -> `scripts/a/a.gml`.
fn sibling(yy: &str, ext: &str) -> String {
    match yy.rsplit_once('.') {
        Some((stem, _)) => format!("{stem}.{ext}"),
        None => format!("{yy}.{ext}"),
    }
}

/// The folder of a resource file (`objects/o/o.yy` -> `objects/o`).
pub(super) fn folder(yy: &str) -> &str {
    yy.rsplit_once('/').map(|(d, _)| d).unwrap_or("")
}

fn collect_configs(node: &Node, out: &mut Vec<String>) -> Result<()> {
    let name = node.str_or("name", "Default")?;
    if !out.contains(&name) {
        out.push(name);
    }
    for child in node.items("children")? {
        collect_configs(&child, out)?;
    }
    Ok(())
}

fn read_game_speed(dir: &Path) -> Result<f64> {
    let rel = "options/main/options_main.yy";
    if !yy::locate(dir, rel).is_file() {
        return Ok(60.0);
    }
    let f = yy::read(dir, rel)?;
    let speed = f.node().num_or("option_game_speed", 60.0)?;
    Ok(if speed > 0.0 { speed } else { 60.0 })
}

/// GameMaker's file name for an event's code (`Step_1`, `Collision_obj_wall`, `Other_10`).
pub fn event_file_stem(event_type: i64, event_num: i64, collision: Option<&str>) -> Option<String> {
    let prefix = match event_type {
        0 => "Create",
        1 => "Destroy",
        2 => "Alarm",
        3 => "Step",
        4 => return Some(format!("Collision_{}", collision?)),
        5 => "Keyboard",
        6 => "Mouse",
        7 => "Other",
        8 => "Draw",
        9 => "KeyPress",
        10 => "KeyRelease",
        11 => "Trigger",
        12 => "CleanUp",
        13 => "Gesture",
        14 => "PreCreate",
        _ => return None,
    };
    Some(format!("{prefix}_{event_num}"))
}

fn load_object(dir: &Path, a: &Asset) -> Result<Object> {
    let f = yy::read(dir, &a.yy)?;
    let n = f.node();
    let base = folder(&a.yy);
    let mut events = Vec::new();
    for e in n.items("eventList")? {
        let event_type = e.num("eventType")? as i64;
        let event_num = e.num_or("eventNum", 0.0)? as i64;
        let collision_object = e.ref_name("collisionObjectId")?;
        let stem = event_file_stem(event_type, event_num, collision_object.as_deref()).ok_or_else(
            || {
                ProjectError::new(
                    &f.file,
                    format!(
                        "field `{}`: unknown event type {event_type} (number {event_num}){}",
                        e.path,
                        if event_type == 4 {
                            ": a Collision event needs `collisionObjectId`"
                        } else {
                            ""
                        }
                    ),
                )
            },
        )?;
        events.push(EventFile {
            event_type,
            event_num,
            collision_object,
            gml: format!("{base}/{stem}.gml"),
        });
    }
    let mut properties = Vec::new();
    for p in n.items("properties")? {
        properties.push(Property {
            name: p.name()?,
            var_type: p.num_or("varType", 4.0)? as i64,
            value: p.str_or("value", "")?,
        });
    }
    let mut overridden = Vec::new();
    for p in n.items("overriddenProperties")? {
        overridden.push(Override {
            name: p.field("propertyId")?.name()?,
            value: p.str_or("value", "")?,
        });
    }
    Ok(Object {
        name: a.name.clone(),
        yy: a.yy.clone(),
        parent: n.ref_name("parentObjectId")?,
        persistent: n.bool_or("persistent", false)?,
        visible: n.bool_or("visible", true)?,
        solid: n.bool_or("solid", false)?,
        sprite: n.ref_name("spriteId")?,
        mask: n.ref_name("spriteMaskId")?,
        properties,
        overridden,
        events,
    })
}

fn load_room(dir: &Path, a: &Asset) -> Result<Room> {
    let f = yy::read(dir, &a.yy)?;
    let n = f.node();
    let base = folder(&a.yy);
    let settings = n.get("roomSettings");
    let (width, height, persistent) = match &settings {
        Some(s) => (
            s.num_or("Width", 1366.0)?,
            s.num_or("Height", 768.0)?,
            s.bool_or("persistent", false)?,
        ),
        None => (1366.0, 768.0, false),
    };
    let creation_code = match n.str_or("creationCodeFile", "")? {
        s if s.is_empty() => None,
        // 2.3 writes `${project_dir}/rooms/...`.
        s if s.starts_with("${project_dir}") => Some(
            s["${project_dir}".len()..]
                .trim_start_matches(['/', '\\'])
                .to_string(),
        ),
        // 2.3 writes the full path; some tools write only the file name.
        s if s.contains('/') => Some(s),
        s => Some(format!("{base}/{s}")),
    };
    let mut layers = Vec::new();
    let mut placed = Vec::new();
    collect_layers(&n, &f.file, base, &mut layers, &mut placed)?;
    // The instance creation order; instances it leaves out come after, in layer order.
    let mut instances = Vec::new();
    for r in n.items("instanceCreationOrder")? {
        let name = r.name()?;
        match placed.iter().position(|i: &RoomInstance| i.name == name) {
            Some(i) => instances.push(placed.remove(i)),
            None => {
                return Err(ProjectError::new(
                    &f.file,
                    format!(
                        "field `{}`: instance `{name}` is on none of the room's layers",
                        r.path
                    ),
                ))
            }
        }
    }
    instances.append(&mut placed);
    let inheritance = match n.ref_name("parentRoom")? {
        Some(parent) => Some(RoomInheritance {
            parent,
            settings: match &settings {
                Some(s) => s.bool_or("inheritRoomSettings", false)?,
                None => false,
            },
            code: n.bool_or("inheritCode", false)?,
            layers: n.bool_or("inheritLayers", false)?,
            creation_order: n.bool_or("inheritCreationOrder", false)?,
        }),
        None => None,
    };
    Ok(Room {
        inheritance,
        name: a.name.clone(),
        yy: a.yy.clone(),
        width,
        height,
        persistent,
        creation_code,
        layers,
        instances,
    })
}

fn collect_layers(
    n: &Node,
    file: &str,
    base: &str,
    layers: &mut Vec<Layer>,
    placed: &mut Vec<RoomInstance>,
) -> Result<()> {
    for l in n.items("layers")? {
        let layer = Layer {
            name: l.name()?,
            depth: l.num_or("depth", 0.0)?,
            visible: l.bool_or("visible", true)?,
            inherit_settings: l.bool_or("inheritLayerSettings", false)?,
            inherit_depth: l.bool_or("inheritLayerDepth", false)?,
            inherit_visibility: l.bool_or("inheritVisibility", false)?,
            data: super::room_layers::load(&l)?,
        };
        for i in l.items("instances")? {
            placed.push(load_instance(&i, file, base, &layer.name)?);
        }
        layers.push(layer);
        collect_layers(&l, file, base, layers, placed)?;
    }
    Ok(())
}

fn load_instance(i: &Node, file: &str, base: &str, layer: &str) -> Result<RoomInstance> {
    let name = i.name()?;
    let object = i
        .ref_name("objectId")?
        .ok_or_else(|| ProjectError::new(file, format!("field `{}.objectId`: missing", i.path)))?;
    // 2.2-era files store the colour as {"Value": n}.
    let colour = match i.get("colour") {
        Some(c) if c.value.is_object() => c.num_or("Value", 4294967295.0)?,
        _ => i.num_or("colour", 4294967295.0)?,
    };
    let mut overrides = Vec::new();
    for p in i.items("properties")? {
        overrides.push(Override {
            name: p.field("propertyId")?.name()?,
            value: p.str_or("value", "")?,
        });
    }
    let creation_code = i
        .bool_or("hasCreationCode", false)?
        .then(|| format!("{base}/InstanceCreationCode_{name}.gml"));
    Ok(RoomInstance {
        object,
        layer: layer.to_string(),
        x: i.num_or("x", 0.0)?,
        y: i.num_or("y", 0.0)?,
        scale_x: i.num_or("scaleX", 1.0)?,
        scale_y: i.num_or("scaleY", 1.0)?,
        rotation: i.num_or("rotation", 0.0)?,
        colour: colour as u32,
        image_index: i.num_or("imageIndex", 0.0)?,
        image_speed: i.num_or("imageSpeed", 1.0)?,
        overrides,
        creation_code,
        inherited_from: i.ref_name("inheritedItemId")?,
        inherit_settings: i.bool_or("inheritItemSettings", false)?,
        inherit_code: i.bool_or("inheritCode", false)?,
        name,
    })
}
