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
    /// In a child room: the parent room's instance this one stands for (`inheritedItemId`).
    pub inherited_from: Option<String>,
    /// `inheritItemSettings`: object, position, scale... and variables come from the parent's.
    pub inherit_settings: bool,
    /// `inheritCode`: the creation code is the parent instance's.
    pub inherit_code: bool,
}

#[derive(Clone, Debug)]
pub struct Layer {
    pub name: String,
    pub depth: f64,
    pub visible: bool,
    /// In a child room: `inheritLayerSettings` (the layer is the parent's, its instances too),
    /// `inheritLayerDepth`, `inheritVisibility`.
    pub inherit_settings: bool,
    pub inherit_depth: bool,
    pub inherit_visibility: bool,
    /// Backgrounds, sprites and tile data (`project::room_layers`).
    pub data: super::room_layers::LayerData,
}

/// What a child room takes from its parent (`parentRoom`), by the room file's flags.
#[derive(Clone, Debug, Default)]
pub struct RoomInheritance {
    pub parent: String,
    /// `inheritRoomSettings`: width, height, persistent.
    pub settings: bool,
    /// `inheritCode`: the room creation code.
    pub code: bool,
    /// `inheritLayers`: the layers (with the per-layer flags deciding each).
    pub layers: bool,
    /// `inheritCreationOrder`.
    pub creation_order: bool,
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
    /// A child room's parent and what it inherits (resolved at load: the fields above are the
    /// room as the game sees it).
    pub inheritance: Option<RoomInheritance>,
}

/// A function an extension declares (`files[].functions[]` of its `.yy`).
#[derive(Clone, Debug)]
pub struct ExtensionFunction {
    /// The name GML code calls.
    pub name: String,
    /// The name in the extension's file: for a GML file, the `#define` (or `function`) that
    /// implements it.
    pub external_name: String,
    /// `argCount`, when fixed (GameMaker writes -1 for any number).
    pub arg_count: Option<usize>,
}

/// One file of an extension: a native library (`kind` 1), GML code (2), a placeholder for
/// proxy files and options (4) or JavaScript (5).
#[derive(Clone, Debug)]
pub struct ExtensionFile {
    pub filename: String,
    pub kind: i64,
    /// The GML code's path when the file is GML (`extensions/E/E.gml`).
    pub gml: Option<String>,
    /// The function called at game start (`init`), if any.
    pub init: Option<String>,
    /// The function called when the game ends (`final`), if any.
    pub final_fn: Option<String>,
    pub functions: Vec<ExtensionFunction>,
    /// Constants: name and the GML text of their value (macros, as GameMaker compiles them).
    pub constants: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct Extension {
    pub name: String,
    pub yy: String,
    pub files: Vec<ExtensionFile>,
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
    /// Extensions in the `.yyp`'s order.
    pub extensions: Vec<Extension>,
    /// Rooms in the room order (`RoomOrderNodes`), then any room not listed there.
    pub rooms: Vec<Room>,
    /// How many rooms `RoomOrderNodes` lists (the rest cannot be reached by room_goto_next).
    pub ordered_rooms: usize,
    /// The audio groups of the `.yyp`, in order (`audiogroup_default` is 0).
    pub audio_groups: Vec<String>,
    /// The configurations the project defines (`Default` first).
    pub configs: Vec<String>,
    /// Game speed from `options/main/options_main.yy` (60 when absent).
    pub game_speed: f64,
    /// The included files' folder (`datafiles/`), when present.
    pub datafiles: Option<PathBuf>,
}
