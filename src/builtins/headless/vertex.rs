//! Manual: Drawing > Primitives And Vertex Formats, Vertex Buffers. Nothing is drawn, but vertex
//! buffers are data: each keeps the bytes GameMaker would, laid out by its vertex format (floats
//! little-endian, 4 bytes each; colours and ubyte4 4 bytes), so a vertex buffer turned into a
//! buffer reads back what was written, and a buffer turned into a vertex buffer counts its
//! vertices.

use super::{check, nothing};
use crate::builtins::args::*;
use crate::builtins::buffers::{Buffer, Kind};
use crate::builtins::{Builtin, ConstValue, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{StructObj, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("vertex_format_begin", 0, 0, vertex_format_begin),
    Builtin::new("vertex_format_add_position", 0, 0, add_position),
    Builtin::new("vertex_format_add_position_3d", 0, 0, add_position_3d),
    Builtin::new("vertex_format_add_colour", 0, 0, add_colour),
    Builtin::new("vertex_format_add_color", 0, 0, add_colour),
    Builtin::new("vertex_format_add_normal", 0, 0, add_normal),
    Builtin::new("vertex_format_add_texcoord", 0, 0, add_texcoord),
    Builtin::new("vertex_format_add_custom", 2, 2, add_custom),
    Builtin::new("vertex_format_end", 0, 0, vertex_format_end),
    Builtin::new("vertex_format_delete", 1, 1, vertex_format_delete),
    Builtin::new("vertex_format_get_info", 1, 1, vertex_format_get_info),
    Builtin::new("vertex_create_buffer", 0, 0, vertex_create_buffer),
    Builtin::new("vertex_create_buffer_ext", 1, 1, vertex_create_buffer),
    Builtin::new("vertex_delete_buffer", 1, 1, vertex_delete_buffer),
    Builtin::new("vertex_begin", 2, 2, vertex_begin),
    Builtin::new("vertex_end", 1, 1, vertex_end),
    Builtin::new("vertex_position", 3, 3, vertex_position),
    Builtin::new("vertex_position_3d", 4, 4, vertex_position_3d),
    Builtin::new("vertex_colour", 3, 3, vertex_colour),
    Builtin::new("vertex_color", 3, 3, vertex_colour),
    Builtin::new("vertex_argb", 2, 2, vertex_argb),
    Builtin::new("vertex_texcoord", 3, 3, vertex_texcoord),
    Builtin::new("vertex_normal", 4, 4, vertex_normal),
    Builtin::new("vertex_float1", 2, 2, vertex_float1),
    Builtin::new("vertex_float2", 3, 3, vertex_float2),
    Builtin::new("vertex_float3", 4, 4, vertex_float3),
    Builtin::new("vertex_float4", 5, 5, vertex_float4),
    Builtin::new("vertex_ubyte4", 5, 5, vertex_ubyte4),
    Builtin::new("vertex_freeze", 1, 1, vertex_freeze),
    Builtin::new("vertex_get_number", 1, 1, vertex_get_number),
    Builtin::new("vertex_get_buffer_size", 1, 1, vertex_get_buffer_size),
    Builtin::new(
        "vertex_create_buffer_from_buffer",
        2,
        2,
        vertex_create_buffer_from_buffer,
    ),
    Builtin::new(
        "vertex_create_buffer_from_buffer_ext",
        4,
        4,
        vertex_create_buffer_from_buffer,
    ),
    Builtin::new(
        "buffer_create_from_vertex_buffer",
        3,
        3,
        buffer_create_from_vertex_buffer,
    ),
    Builtin::new(
        "buffer_create_from_vertex_buffer_ext",
        5,
        5,
        buffer_create_from_vertex_buffer_ext,
    ),
    Builtin::new(
        "buffer_copy_from_vertex_buffer",
        5,
        5,
        buffer_copy_from_vertex_buffer,
    ),
];

pub const NOTHING: &[Builtin] = nothing! {
    "vertex_submit", 3, 3 => Undefined;
    "vertex_submit_ext", 5, 5 => Undefined;
};

pub const CONSTANTS: &[Constant] = &[
    ("vertex_type_float1", ConstValue::Real(1.0)),
    ("vertex_type_float2", ConstValue::Real(2.0)),
    ("vertex_type_float3", ConstValue::Real(3.0)),
    ("vertex_type_float4", ConstValue::Real(4.0)),
    ("vertex_type_colour", ConstValue::Real(5.0)),
    ("vertex_type_color", ConstValue::Real(5.0)),
    ("vertex_type_ubyte4", ConstValue::Real(6.0)),
    ("vertex_usage_position", ConstValue::Real(1.0)),
    ("vertex_usage_colour", ConstValue::Real(2.0)),
    ("vertex_usage_color", ConstValue::Real(2.0)),
    ("vertex_usage_normal", ConstValue::Real(3.0)),
    ("vertex_usage_texcoord", ConstValue::Real(4.0)),
    ("vertex_usage_textcoord", ConstValue::Real(4.0)),
    ("vertex_usage_blendweight", ConstValue::Real(5.0)),
    ("vertex_usage_blendindices", ConstValue::Real(6.0)),
    ("vertex_usage_psize", ConstValue::Real(7.0)),
    ("vertex_usage_tangent", ConstValue::Real(8.0)),
    ("vertex_usage_binormal", ConstValue::Real(9.0)),
    ("vertex_usage_fog", ConstValue::Real(12.0)),
    ("vertex_usage_depth", ConstValue::Real(13.0)),
    ("vertex_usage_sample", ConstValue::Real(14.0)),
];

const FLOAT1: u8 = 1;
const FLOAT2: u8 = 2;
const FLOAT3: u8 = 3;
const FLOAT4: u8 = 4;
const COLOUR: u8 = 5;
const UBYTE4: u8 = 6;
const POSITION: u8 = 1;
const USAGE_COLOUR: u8 = 2;
const NORMAL: u8 = 3;
const TEXCOORD: u8 = 4;

/// Bytes one attribute of a vertex type takes.
fn type_size(ty: u8) -> usize {
    match ty {
        FLOAT1 | COLOUR | UBYTE4 => 4,
        FLOAT2 => 8,
        FLOAT3 => 12,
        _ => 16,
    }
}

#[derive(Clone, Copy, PartialEq)]
struct Element {
    ty: u8,
    usage: u8,
    offset: usize,
}

#[derive(Clone, PartialEq)]
struct Format {
    elements: Vec<Element>,
    size: usize,
}

struct VBuffer {
    format: Option<usize>,
    data: Vec<u8>,
    vertices: usize,
    /// Which of the current vertex's elements are written (bit i = element i).
    written: u64,
    frozen: bool,
}

/// Vertex formats and vertex buffers; ids are indexes, freed ones reused lowest first.
#[derive(Default)]
pub struct VertexState {
    building: Option<Vec<Element>>,
    formats: Vec<Option<Format>>,
    buffers: Vec<Option<VBuffer>>,
}

impl VertexState {
    /// Live vertex buffers, the highest live index (-1: none) and the slots allocated.
    pub fn buffer_usage(&self) -> (usize, i64, usize) {
        let live = self.buffers.iter().flatten().count();
        let max = self.buffers.iter().rposition(Option::is_some);
        (live, max.map_or(-1, |i| i as i64), self.buffers.len())
    }
}

fn state(vm: &mut Vm) -> &mut VertexState {
    &mut vm.headless.vertex
}

fn insert<T>(slots: &mut Vec<Option<T>>, v: T) -> usize {
    match slots.iter().position(Option::is_none) {
        Some(i) => {
            slots[i] = Some(v);
            i
        }
        None => {
            slots.push(Some(v));
            slots.len() - 1
        }
    }
}

// ---- formats ------------------------------------------------------------------------------

fn vertex_format_begin(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "vertex_format_begin")?;
    state(vm).building = Some(Vec::new());
    Ok(Value::Undefined)
}

fn add(vm: &mut Vm, name: &str, ty: u8, usage: u8) -> Result<Value> {
    check(vm, name)?;
    let Some(els) = state(vm).building.as_mut() else {
        return Err(Error::msg(format!(
            "{name}: no vertex format is being built (call vertex_format_begin first)"
        )));
    };
    if els.len() >= 64 {
        return Err(Error::msg(format!(
            "{name}: a vertex format has at most 64 elements"
        )));
    }
    let offset = els.last().map_or(0, |e| e.offset + type_size(e.ty));
    els.push(Element { ty, usage, offset });
    Ok(Value::Undefined)
}

fn add_position(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    add(vm, "vertex_format_add_position", FLOAT2, POSITION)
}
fn add_position_3d(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    add(vm, "vertex_format_add_position_3d", FLOAT3, POSITION)
}
fn add_colour(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    add(vm, "vertex_format_add_colour", COLOUR, USAGE_COLOUR)
}
fn add_normal(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    add(vm, "vertex_format_add_normal", FLOAT3, NORMAL)
}
fn add_texcoord(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    add(vm, "vertex_format_add_texcoord", FLOAT2, TEXCOORD)
}

fn add_custom(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    const NAME: &str = "vertex_format_add_custom";
    let (ty, usage) = (int(args, 0)?, int(args, 1)?);
    if !(1..=6).contains(&ty) {
        return Err(Error::msg(format!(
            "{NAME}: {ty} is not a vertex_type_* constant"
        )));
    }
    if !(1..=14).contains(&usage) {
        return Err(Error::msg(format!(
            "{NAME}: {usage} is not a vertex_usage_* constant"
        )));
    }
    add(vm, NAME, ty as u8, usage as u8)
}

fn vertex_format_end(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "vertex_format_end")?;
    let s = state(vm);
    let Some(elements) = s.building.take() else {
        return Err(Error::msg(
            "vertex_format_end: no vertex format is being built (call vertex_format_begin first)",
        ));
    };
    if elements.is_empty() {
        return Err(Error::msg("vertex_format_end: the vertex format is empty"));
    }
    let size = elements.iter().map(|e| type_size(e.ty)).sum();
    let id = insert(&mut s.formats, Format { elements, size });
    Ok(Value::Real(id as f64))
}

fn format_id(vm: &mut Vm, name: &str, args: &[Value], i: usize) -> Result<usize> {
    let id = int(args, i)?;
    usize::try_from(id)
        .ok()
        .filter(|&f| matches!(state(vm).formats.get(f), Some(Some(_))))
        .ok_or_else(|| Error::msg(format!("{name}: vertex format {id} does not exist")))
}

fn vertex_format_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "vertex_format_delete")?;
    let f = format_id(vm, "vertex_format_delete", args, 0)?;
    state(vm).formats[f] = None;
    Ok(Value::Undefined)
}

/// `{ stride, num_elements, elements: [{ usage, type, size }, ...] }`.
fn vertex_format_get_info(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "vertex_format_get_info")?;
    let f = format_id(vm, "vertex_format_get_info", args, 0)?;
    let format = state(vm).formats[f]
        .clone()
        .unwrap_or_else(|| unreachable!());
    let elements = format
        .elements
        .iter()
        .map(|e| {
            let mut o = StructObj::new();
            o.set(Sym::intern("usage"), Value::Real(e.usage as f64));
            o.set(Sym::intern("type"), Value::Real(e.ty as f64));
            o.set(Sym::intern("size"), Value::Real(type_size(e.ty) as f64));
            Value::new_struct(o)
        })
        .collect::<Vec<_>>();
    let mut o = StructObj::new();
    o.set(Sym::intern("stride"), Value::Real(format.size as f64));
    o.set(
        Sym::intern("num_elements"),
        Value::Real(elements.len() as f64),
    );
    o.set(Sym::intern("elements"), Value::new_array(elements));
    Ok(Value::new_struct(o))
}

// ---- vertex buffers -----------------------------------------------------------------------

fn vertex_create_buffer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "vertex_create_buffer")?;
    if !args.is_empty() {
        let size = int(args, 0)?;
        if size < 0 {
            return Err(Error::msg(format!(
                "vertex_create_buffer_ext: size {size} must not be negative"
            )));
        }
    }
    let id = insert(
        &mut state(vm).buffers,
        VBuffer {
            format: None,
            data: Vec::new(),
            vertices: 0,
            written: 0,
            frozen: false,
        },
    );
    Ok(Value::Real(id as f64))
}

fn vbuffer<'a>(vm: &'a mut Vm, name: &str, args: &[Value], i: usize) -> Result<&'a mut VBuffer> {
    check(vm, name)?;
    let id = int(args, i)?;
    usize::try_from(id)
        .ok()
        .and_then(|b| state(vm).buffers.get_mut(b))
        .and_then(Option::as_mut)
        .ok_or_else(|| Error::msg(format!("{name}: vertex buffer {id} does not exist")))
}

fn vertex_delete_buffer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vbuffer(vm, "vertex_delete_buffer", args, 0)?;
    let id = int(args, 0)? as usize;
    state(vm).buffers[id] = None;
    Ok(Value::Undefined)
}

/// Starts writing the buffer's vertices afresh in the given format.
fn vertex_begin(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = format_id(vm, "vertex_begin", args, 1)?;
    let b = vbuffer(vm, "vertex_begin", args, 0)?;
    if b.frozen {
        return Err(Error::msg("vertex_begin: the vertex buffer is frozen"));
    }
    b.format = Some(f);
    b.data.clear();
    b.vertices = 0;
    b.written = 0;
    Ok(Value::Undefined)
}

fn vertex_end(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vbuffer(vm, "vertex_end", args, 0)?;
    Ok(Value::Undefined)
}

/// Writes `bytes` into the current vertex's first unwritten element of type `ty` (and usage
/// `usage`, unless `None`); a vertex whose elements are all written is complete.
fn write(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    ty: u8,
    usage: Option<u8>,
    bytes: &[u8],
) -> Result<Value> {
    check(vm, name)?;
    let id = int(args, 0)?;
    let s = state(vm);
    let Some(b) = usize::try_from(id)
        .ok()
        .and_then(|i| s.buffers.get_mut(i))
        .and_then(Option::as_mut)
    else {
        return Err(Error::msg(format!(
            "{name}: vertex buffer {id} does not exist"
        )));
    };
    if b.frozen {
        return Err(Error::msg(format!("{name}: vertex buffer {id} is frozen")));
    }
    let Some(format) = b
        .format
        .and_then(|f| s.formats.get(f))
        .and_then(Option::as_ref)
    else {
        return Err(Error::msg(format!(
            "{name}: vertex buffer {id} has no format (call vertex_begin first)"
        )));
    };
    let matching = |e: &Element| e.ty == ty && usage.is_none_or(|u| e.usage == u);
    let Some(i) = format
        .elements
        .iter()
        .enumerate()
        .position(|(i, e)| matching(e) && b.written & (1 << i) == 0)
    else {
        let why = if format.elements.iter().any(matching) {
            "is already written for this vertex (write the whole vertex first)"
        } else {
            "is not in the vertex format"
        };
        return Err(Error::msg(format!("{name}: this attribute {why}")));
    };
    let start = b.vertices * format.size;
    if b.data.len() < start + format.size {
        b.data.resize(start + format.size, 0);
    }
    let at = start + format.elements[i].offset;
    b.data[at..at + bytes.len()].copy_from_slice(bytes);
    b.written |= 1 << i;
    if b.written.count_ones() as usize == format.elements.len() {
        b.written = 0;
        b.vertices += 1;
    }
    Ok(Value::Undefined)
}

fn floats(args: &[Value], from: usize, n: usize) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(n * 4);
    for i in from..from + n {
        out.extend_from_slice(&(real(args, i)? as f32).to_le_bytes());
    }
    Ok(out)
}

fn vertex_position(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = floats(args, 1, 2)?;
    write(vm, "vertex_position", args, FLOAT2, Some(POSITION), &b)
}
fn vertex_position_3d(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = floats(args, 1, 3)?;
    write(vm, "vertex_position_3d", args, FLOAT3, Some(POSITION), &b)
}
fn vertex_texcoord(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = floats(args, 1, 2)?;
    write(vm, "vertex_texcoord", args, FLOAT2, Some(TEXCOORD), &b)
}
fn vertex_normal(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = floats(args, 1, 3)?;
    write(vm, "vertex_normal", args, FLOAT3, Some(NORMAL), &b)
}
fn vertex_float1(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = floats(args, 1, 1)?;
    write(vm, "vertex_float1", args, FLOAT1, None, &b)
}
fn vertex_float2(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = floats(args, 1, 2)?;
    write(vm, "vertex_float2", args, FLOAT2, None, &b)
}
fn vertex_float3(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = floats(args, 1, 3)?;
    write(vm, "vertex_float3", args, FLOAT3, None, &b)
}
fn vertex_float4(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = floats(args, 1, 4)?;
    write(vm, "vertex_float4", args, FLOAT4, None, &b)
}

/// A colour is stored as bytes red, green, blue, alpha (a GameMaker colour is 0xBBGGRR).
fn vertex_colour(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let col = int(args, 1)? as u32 & 0x00FF_FFFF;
    let alpha = (real(args, 2)? * 255.0).clamp(0.0, 255.0) as u32;
    let packed = (alpha << 24) | col;
    write(
        vm,
        "vertex_colour",
        args,
        COLOUR,
        Some(USAGE_COLOUR),
        &packed.to_le_bytes(),
    )
}

/// `0xAARRGGBB`, stored in the same red, green, blue, alpha byte order.
fn vertex_argb(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let argb = int(args, 1)? as u32;
    let packed = (argb & 0xFF00_FF00) | ((argb & 0xFF) << 16) | ((argb >> 16) & 0xFF);
    write(
        vm,
        "vertex_argb",
        args,
        COLOUR,
        Some(USAGE_COLOUR),
        &packed.to_le_bytes(),
    )
}

fn vertex_ubyte4(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mut b = [0u8; 4];
    for (i, byte) in b.iter_mut().enumerate() {
        *byte = int(args, i + 1)? as u8;
    }
    write(vm, "vertex_ubyte4", args, UBYTE4, None, &b)
}

fn vertex_freeze(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vbuffer(vm, "vertex_freeze", args, 0)?.frozen = true;
    Ok(Value::Real(0.0))
}

fn vertex_get_number(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = vbuffer(vm, "vertex_get_number", args, 0)?.vertices;
    Ok(Value::Real(n as f64))
}

/// The bytes the buffer's complete vertices take.
fn complete_bytes(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Vec<u8>> {
    let b = vbuffer(vm, name, args, 0)?;
    let (format, vertices) = (b.format, b.vertices);
    let data = b.data.clone();
    let size = format
        .and_then(|f| state(vm).formats.get(f).cloned().flatten())
        .map_or(0, |f| f.size);
    Ok(data[..(vertices * size).min(data.len())].to_vec())
}

fn vertex_get_buffer_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = complete_bytes(vm, "vertex_get_buffer_size", args)?.len();
    Ok(Value::Real(n as f64))
}

/// A vertex buffer holding a buffer's bytes as vertices of a format (the `_ext` form from an
/// offset, for a number of vertices; -1 means the whole buffer).
fn vertex_create_buffer_from_buffer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = if args.len() > 2 {
        "vertex_create_buffer_from_buffer_ext"
    } else {
        "vertex_create_buffer_from_buffer"
    };
    check(vm, name)?;
    let src = int(args, 0)?;
    let f = format_id(vm, name, args, 1)?;
    let (offset, count) = if args.len() > 2 {
        (int(args, 2)?, int(args, 3)?)
    } else {
        (0, -1)
    };
    let Some(bytes) = vm.buffers.bytes(src) else {
        return Err(Error::msg(format!("{name}: buffer {src} does not exist")));
    };
    let size = state(vm).formats[f].as_ref().map_or(1, |f| f.size);
    let offset = if count < 0 { 0 } else { offset };
    if offset < 0 || offset as usize > bytes.len() {
        return Err(Error::msg(format!(
            "{name}: offset {offset} is outside buffer {src} ({} bytes)",
            bytes.len()
        )));
    }
    let available = (bytes.len() - offset as usize) / size;
    let vertices = if count < 0 {
        available
    } else {
        (count as usize).min(available)
    };
    let start = offset as usize;
    let data = bytes[start..start + vertices * size].to_vec();
    let id = insert(
        &mut state(vm).buffers,
        VBuffer {
            format: Some(f),
            data,
            vertices,
            written: 0,
            frozen: false,
        },
    );
    Ok(Value::Real(id as f64))
}

/// A new buffer of the given type and alignment holding the vertex buffer's bytes.
fn make_buffer(vm: &mut Vm, name: &str, args: &[Value], bytes: Vec<u8>) -> Result<Value> {
    let (kind_n, alignment) = (int(args, 1)?, int(args, 2)?);
    let kind = Kind::from_i64(kind_n)
        .ok_or_else(|| Error::msg(format!("{name}: illegal buffer type {kind_n}")))?;
    let mut b = Buffer::new(0, kind, alignment.max(0));
    b.used = bytes.len();
    b.data = bytes;
    Ok(Value::Real(vm.buffers.add(b) as f64))
}

fn buffer_create_from_vertex_buffer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    const NAME: &str = "buffer_create_from_vertex_buffer";
    let bytes = complete_bytes(vm, NAME, args)?;
    make_buffer(vm, NAME, args, bytes)
}

/// The bytes of `count` vertices from vertex `first` (arguments `at` and `at + 1`).
fn vertex_range(vm: &mut Vm, name: &str, args: &[Value], at: usize) -> Result<Vec<u8>> {
    let bytes = complete_bytes(vm, name, args)?;
    let (first, count) = (int(args, at)?, int(args, at + 1)?);
    let b = vbuffer(vm, name, args, 0)?;
    let (vertices, stride) = (b.vertices, bytes.len().checked_div(b.vertices).unwrap_or(0));
    // Checked: the fuzzer passes counts near i64::MAX.
    let end = first.checked_add(count);
    if first < 0 || count < 0 || end.is_none_or(|e| e as u64 > vertices as u64) {
        return Err(Error::msg(format!(
            "{name}: vertices {first} to {} are outside the vertex buffer ({vertices} vertices)",
            first.saturating_add(count).saturating_sub(1)
        )));
    }
    let end = end.unwrap_or(0) as usize;
    let (from, to) = (first as usize * stride, end * stride);
    Ok(bytes[from..to].to_vec())
}

fn buffer_create_from_vertex_buffer_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    const NAME: &str = "buffer_create_from_vertex_buffer_ext";
    let bytes = vertex_range(vm, NAME, args, 3)?;
    make_buffer(vm, NAME, args, bytes)
}

/// Copies vertices into an existing buffer at an offset (a grow buffer grows).
fn buffer_copy_from_vertex_buffer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    const NAME: &str = "buffer_copy_from_vertex_buffer";
    let bytes = vertex_range(vm, NAME, args, 1)?;
    let (dest, offset) = (int(args, 3)?, int(args, 4)?);
    if offset < 0 {
        return Err(Error::msg(format!(
            "{NAME}: offset {offset} must not be negative"
        )));
    }
    if !vm.buffers.write_at(dest, offset as usize, &bytes) {
        return Err(Error::msg(format!("{NAME}: buffer {dest} does not exist")));
    }
    Ok(Value::Undefined)
}
