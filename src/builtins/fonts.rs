//! Fonts and text measuring (manual: Asset Management > Fonts, Drawing > Text). A project's
//! fonts report what their `.yy` says and measure text with its glyphs (`runtime/font.rs`);
//! `font_add` fonts know their family, size, style and range but have no glyphs. Text measures
//! 0 in the default font (no font set), whose metrics belong to the platform.

use super::args::*;
use super::assets::asset_index;
use super::Builtin;
use crate::runtime::font::FontInfo;
use crate::vm::error::Result;
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, StructObj, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("font_get_fontname", 1, 1, font_get_fontname),
    Builtin::new("font_get_size", 1, 1, font_get_size),
    Builtin::new("font_get_bold", 1, 1, font_get_bold),
    Builtin::new("font_get_italic", 1, 1, font_get_italic),
    Builtin::new("font_get_first", 1, 1, font_get_first),
    Builtin::new("font_get_last", 1, 1, font_get_last),
    Builtin::new("font_get_info", 1, 1, font_get_info),
    Builtin::new("font_add", 6, 6, font_add),
    Builtin::new("font_delete", 1, 1, font_delete),
    Builtin::new("font_set_cache_size", 2, 2, font_set_cache_size),
    Builtin::new("string_width", 1, 1, string_width),
    Builtin::new("string_height", 1, 1, string_height),
    Builtin::new("string_width_ext", 3, 3, string_width_ext),
    Builtin::new("string_height_ext", 3, 3, string_height_ext),
];

/// The facts of the font an argument names, if it exists (defaults for one without any).
fn font_arg(vm: &Vm, v: &Value) -> Option<Rc<FontInfo>> {
    let i = asset_index(v, RefKind::Font)?;
    if !vm.assets.exists(RefKind::Font, i) {
        return None;
    }
    Some(vm.assets.font(i).unwrap_or_default())
}

fn font_get_fontname(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = font_arg(vm, arg(args, 0));
    Ok(Value::str(f.as_ref().map_or("", |f| f.family.as_str())))
}

fn font_get_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(
        font_arg(vm, arg(args, 0)).map_or(0.0, |f| f.size),
    ))
}

fn font_get_bold(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(
        font_arg(vm, arg(args, 0)).is_some_and(|f| f.bold),
    ))
}

fn font_get_italic(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(
        font_arg(vm, arg(args, 0)).is_some_and(|f| f.italic),
    ))
}

fn font_get_first(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = font_arg(vm, arg(args, 0));
    Ok(Value::Real(f.map_or(0.0, |f| f.first as f64)))
}

fn font_get_last(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = font_arg(vm, arg(args, 0));
    Ok(Value::Real(f.map_or(0.0, |f| f.last as f64)))
}

fn member(s: &mut StructObj, name: &str, v: Value) {
    s.set(Sym::intern(name), v);
}

/// The font's information struct: its name, size, style, ascender and every glyph (a struct
/// per character, keyed by the character); `undefined` for a font that does not exist.
fn font_get_info(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Some(f) = font_arg(vm, arg(args, 0)) else {
        return Ok(Value::Undefined);
    };
    let mut info = StructObj::new();
    member(&mut info, "ascender", Value::Real(f.ascender));
    member(&mut info, "ascenderOffset", Value::Real(f.ascender_offset));
    member(&mut info, "size", Value::Real(f.size));
    member(&mut info, "spriteIndex", Value::Real(-1.0));
    member(&mut info, "name", Value::str(&f.family));
    member(&mut info, "bold", Value::Bool(f.bold));
    member(&mut info, "italic", Value::Bool(f.italic));
    member(&mut info, "sdfEnabled", Value::Bool(false));
    member(&mut info, "sdfSpread", Value::Real(0.0));
    member(&mut info, "effectsEnabled", Value::Bool(false));
    let mut codes: Vec<u32> = f.glyphs.keys().copied().collect();
    codes.sort_unstable();
    let mut glyphs = StructObj::new();
    for code in codes {
        let g = f.glyphs[&code];
        let mut s = StructObj::new();
        member(&mut s, "char", Value::Real(code as f64));
        member(&mut s, "x", Value::Real(g.x));
        member(&mut s, "y", Value::Real(g.y));
        member(&mut s, "w", Value::Real(g.w));
        member(&mut s, "h", Value::Real(g.h));
        member(&mut s, "shift", Value::Real(g.shift));
        member(&mut s, "offset", Value::Real(g.offset));
        let key = char::from_u32(code).map_or_else(|| code.to_string(), String::from);
        member(&mut glyphs, &key, Value::new_struct(s));
    }
    member(&mut info, "glyphs", Value::new_struct(glyphs));
    Ok(Value::new_struct(info))
}

/// `font_add(name, size, bold, italic, first, last)`: a new font (`__newfont<N>`, as GameMaker
/// names them) with those facts; headless, it has no glyphs.
fn font_add(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let info = FontInfo {
        family: string(args, 0)?.to_string(),
        size: real(args, 1)?,
        bold: boolean(args, 2)?,
        italic: boolean(args, 3)?,
        first: int(args, 4)?,
        last: int(args, 5)?,
        ..Default::default()
    };
    let next = vm.assets.ids(RefKind::Font).len();
    let mut n = next;
    let index = loop {
        let name = format!("__newfont{n}");
        if vm.assets.find(&name).is_none() {
            break vm.assets.add(RefKind::Font, &name);
        }
        n += 1;
    };
    vm.assets.set_font(index, info);
    Ok(Value::Ref(RefKind::Font, index))
}

fn font_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if let Some(i) = asset_index(arg(args, 0), RefKind::Font) {
        vm.assets.delete(RefKind::Font, i);
    }
    Ok(Value::Undefined)
}

fn font_set_cache_size(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Undefined)
}

/// The width and height of `text` in the draw font (0 without one).
fn measure(vm: &mut Vm, text: &Value, sep: f64, wrap: f64) -> Result<(f64, f64)> {
    let text = vm.stringify(text)?;
    let font = vm.headless.draw_font.clone();
    Ok(match font_arg(vm, &font) {
        Some(f) => f.measure(&text, sep, wrap),
        None => (0.0, 0.0),
    })
}

fn string_width(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(measure(vm, arg(args, 0), -1.0, -1.0)?.0))
}

fn string_height(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(measure(vm, arg(args, 0), -1.0, -1.0)?.1))
}

fn string_width_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (sep, w) = (real(args, 1)?, real(args, 2)?);
    Ok(Value::Real(measure(vm, arg(args, 0), sep, w)?.0))
}

fn string_height_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (sep, w) = (real(args, 1)?, real(args, 2)?);
    Ok(Value::Real(measure(vm, arg(args, 0), sep, w)?.1))
}
