//! Built-in functions, one module per section of the GameMaker manual. Each module exports a
//! `FUNCTIONS` table (GML name, arity, Rust function) and, where it has any, a `CONSTANTS` table;
//! `registry()` gathers them all once at start-up.

pub mod animcurves;
pub mod args;
pub mod arrays;
pub mod assets;
pub mod buffers;
pub mod collisions;
pub mod colour;
pub mod core;
pub mod date;
pub mod debugging;
pub mod dialog;
pub mod ds;
pub mod files;
pub mod fonts;
pub mod game;
pub mod headless;
pub mod http;
pub mod instance_activation;
pub mod instances;
pub mod json;
pub mod layer_elements;
pub mod layer_fx;
pub mod layers;
pub mod maths;
pub mod matrix;
pub mod motion_planning;
pub mod movement;
pub mod network;
pub mod os;
pub mod paths;
pub mod rooms;
pub mod sprites;
pub mod strings;
pub mod structs;
pub mod time_sources;
pub mod timelines;

use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;
use hashbrown::HashMap;
use std::sync::OnceLock;

pub type NativeFn = fn(&mut Vm, &[Value]) -> Result<Value>;

/// Marks a builtin that takes any number of arguments from `min` up.
pub const VARIADIC: u8 = u8::MAX;

pub struct Builtin {
    pub name: &'static str,
    pub min_args: u8,
    pub max_args: u8,
    pub f: NativeFn,
}

impl Builtin {
    pub const fn new(name: &'static str, min_args: u8, max_args: u8, f: NativeFn) -> Builtin {
        Builtin {
            name,
            min_args,
            max_args,
            f,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum ConstValue {
    Real(f64),
    Int64(i64),
    Bool(bool),
    Ptr(i64),
    Str(&'static str),
    Undefined,
}

impl ConstValue {
    pub fn to_value(self) -> Value {
        match self {
            ConstValue::Real(r) => Value::Real(r),
            ConstValue::Int64(i) => Value::Int64(i),
            ConstValue::Bool(b) => Value::Bool(b),
            ConstValue::Ptr(p) => Value::Ptr(p),
            ConstValue::Str(s) => Value::str(s),
            ConstValue::Undefined => Value::Undefined,
        }
    }
}

pub type Constant = (&'static str, ConstValue);

pub struct Registry {
    pub functions: Vec<&'static Builtin>,
    pub by_name: HashMap<&'static str, u32>,
    pub constants: HashMap<&'static str, ConstValue>,
}

const FUNCTION_TABLES: &[&[Builtin]] = &[
    core::FUNCTIONS,
    arrays::FUNCTIONS,
    structs::FUNCTIONS,
    game::FUNCTIONS,
    instances::FUNCTIONS,
    instance_activation::FUNCTIONS,
    strings::FUNCTIONS,
    maths::FUNCTIONS,
    date::FUNCTIONS,
    ds::FUNCTIONS,
    json::FUNCTIONS,
    buffers::FUNCTIONS,
    files::FUNCTIONS,
    http::FUNCTIONS,
    assets::FUNCTIONS,
    animcurves::FUNCTIONS,
    fonts::FUNCTIONS,
    sprites::FUNCTIONS,
    collisions::FUNCTIONS,
    movement::FUNCTIONS,
    paths::FUNCTIONS,
    motion_planning::FUNCTIONS,
    network::FUNCTIONS,
    os::FUNCTIONS,
    dialog::FUNCTIONS,
    colour::FUNCTIONS,
    time_sources::FUNCTIONS,
    timelines::FUNCTIONS,
    matrix::FUNCTIONS,
    rooms::FUNCTIONS,
    layers::FUNCTIONS,
    layer_elements::FUNCTIONS,
    layer_fx::FUNCTIONS,
    debugging::FUNCTIONS,
];
const CONSTANT_TABLES: &[&[Constant]] = &[
    core::CONSTANTS,
    animcurves::CONSTANTS,
    arrays::CONSTANTS,
    structs::CONSTANTS,
    game::CONSTANTS,
    instances::CONSTANTS,
    strings::CONSTANTS,
    maths::CONSTANTS,
    date::CONSTANTS,
    ds::CONSTANTS,
    json::CONSTANTS,
    buffers::CONSTANTS,
    files::CONSTANTS,
    http::CONSTANTS,
    assets::CONSTANTS,
    sprites::CONSTANTS,
    collisions::CONSTANTS,
    paths::CONSTANTS,
    network::CONSTANTS,
    os::CONSTANTS,
    colour::CONSTANTS,
    time_sources::CONSTANTS,
    matrix::CONSTANTS,
    debugging::CONSTANTS,
    layers::CONSTANTS,
];

/// Every builtin and constant, indexed by name. Built once per process.
pub fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let mut functions = Vec::new();
        let mut by_name = HashMap::new();
        for table in FUNCTION_TABLES
            .iter()
            .copied()
            .chain(headless::function_tables())
        {
            for b in table.iter() {
                if by_name.insert(b.name, functions.len() as u32).is_some() {
                    panic!("builtin {} registered twice", b.name);
                }
                functions.push(b);
            }
        }
        let mut constants = HashMap::new();
        for table in CONSTANT_TABLES.iter().chain(headless::CONSTANT_TABLES) {
            for (name, v) in table.iter() {
                constants.insert(*name, *v);
            }
        }
        Registry {
            functions,
            by_name,
            constants,
        }
    })
}

pub fn lookup(name: &str) -> Option<&'static Builtin> {
    let r = registry();
    r.by_name.get(name).map(|&i| r.functions[i as usize])
}

#[cfg(test)]
mod tests {
    #[test]
    fn registry_builds_without_duplicates() {
        assert!(super::registry().functions.len() > 10);
    }
}
