//! A GameMaker project as plain data, read from its `.yyp` and `.yy` files: what the builder
//! compiles and what the asset registry registers. Paths are relative to the project folder,
//! `/`-separated, as the project files write them.

use std::path::PathBuf;

/// The kind of an asset, from its folder in the project (`sprites/`, `sounds/`...).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum AssetKind {
    Sprite,
    Sound,
    Font,
    Path,
    Room,
    Object,
    Script,
    Shader,
    Sequence,
    TileSet,
    Timeline,
    AnimCurve,
    ParticleSystem,
    Extension,
    Note,
    /// A resource in a folder this version does not know.
    Other,
}

impl AssetKind {
    /// The kind of a resource at `path` (`sprites/spr_a/spr_a.yy`), from its top folder.
    pub fn from_path(path: &str) -> AssetKind {
        match path.split(['/', '\\']).next().unwrap_or("") {
            "sprites" => AssetKind::Sprite,
            "sounds" => AssetKind::Sound,
            "fonts" => AssetKind::Font,
            "paths" => AssetKind::Path,
            "rooms" => AssetKind::Room,
            "objects" => AssetKind::Object,
            "scripts" => AssetKind::Script,
            "shaders" => AssetKind::Shader,
            "sequences" => AssetKind::Sequence,
            "tilesets" => AssetKind::TileSet,
            "timelines" => AssetKind::Timeline,
            "animcurves" => AssetKind::AnimCurve,
            "particles" => AssetKind::ParticleSystem,
            "extensions" => AssetKind::Extension,
            "notes" => AssetKind::Note,
            _ => AssetKind::Other,
        }
    }
}

/// One entry of the `.yyp`'s resource list.
#[derive(Clone, Debug)]
pub struct Asset {
    pub kind: AssetKind,
    pub name: String,
    /// Its `.yy` file.
    pub yy: String,
}

#[derive(Clone, Debug)]
pub struct Script {
    pub name: String,
    /// Its `.gml` file (beside the `.yy`).
    pub gml: String,
}

/// An Object Variable (`properties` of an object's `.yy`).
#[derive(Clone, Debug)]
pub struct Property {
    pub name: String,
    /// GameMaker's `varType`: 0 real, 1 integer, 2 string, 3 boolean, 4 expression, 5 asset,
    /// 6 list, 7 colour.
    pub var_type: i64,
    pub value: String,
}

/// An overridden Object Variable: a value for a variable defined by an ancestor (or, in a room,
/// by the instance's object).
#[derive(Clone, Debug)]
pub struct Override {
    pub name: String,
    pub value: String,
}

/// One event of an object: GameMaker's `(eventType, eventNumber)`, the collision object's name
/// for Collision events, and its code file.
#[derive(Clone, Debug)]
pub struct EventFile {
    pub event_type: i64,
    pub event_num: i64,
    pub collision_object: Option<String>,
    pub gml: String,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub yy: String,
    pub parent: Option<String>,
    pub persistent: bool,
    pub visible: bool,
    pub solid: bool,
    pub sprite: Option<String>,
    pub mask: Option<String>,
    pub properties: Vec<Property>,
    pub overridden: Vec<Override>,
    pub events: Vec<EventFile>,
}

#[derive(Clone, Debug)]
pub struct RoomInstance {
    /// Its name in the room editor (`inst_5CF49C44`): a constant holding its id.
    pub name: String,
    pub object: String,
    pub layer: String,
    pub x: f64,
    pub y: f64,
    pub scale_x: f64,
    pub scale_y: f64,
    pub rotation: f64,
    /// ABGR, as the room file stores it.
    pub colour: u32,
    pub image_index: f64,
    pub image_speed: f64,
    pub overrides: Vec<Override>,
    /// `rooms/R/InstanceCreationCode_inst_X.gml`.
    pub creation_code: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Layer {
    pub name: String,
    pub depth: f64,
    pub visible: bool,
}

#[derive(Clone, Debug)]
pub struct Room {
    pub name: String,
    pub yy: String,
    pub width: f64,
    pub height: f64,
    pub persistent: bool,
    /// `RoomCreationCode.gml`, when the room has one.
    pub creation_code: Option<String>,
    /// Every layer, nested ones flattened, in the file's order.
    pub layers: Vec<Layer>,
    /// The placed instances in the room's instance creation order.
    pub instances: Vec<RoomInstance>,
}

/// A loaded project.
#[derive(Clone, Debug)]
pub struct Project {
    /// The folder holding the `.yyp`.
    pub dir: PathBuf,
    /// The `.yyp` file name.
    pub yyp: String,
    pub name: String,
    /// Every resource of the `.yyp`, in its order.
    pub assets: Vec<Asset>,
    /// Scripts in the `.yyp`'s order (the order their top-level code runs).
    pub scripts: Vec<Script>,
    /// Objects in the `.yyp`'s order (their indices, as `object_index` gives).
    pub objects: Vec<Object>,
    /// Rooms in the room order (`RoomOrderNodes`), then any room not listed there.
    pub rooms: Vec<Room>,
    /// How many rooms `RoomOrderNodes` lists (the rest cannot be reached by room_goto_next).
    pub ordered_rooms: usize,
    /// The configurations the project defines (`Default` first).
    pub configs: Vec<String>,
    /// Game speed from `options/main/options_main.yy` (60 when absent).
    pub game_speed: f64,
    /// The included files' folder (`datafiles/`), when present.
    pub datafiles: Option<PathBuf>,
}
