//! Manual: Drawing > Surfaces, the pixel side. Surfaces keep real pixel data in their format's
//! byte layout, so what a program writes without a GPU reads back: `draw_clear(_alpha)` on the
//! target, `buffer_set_surface`, `surface_copy(_part)`; and what reads it sees those pixels:
//! `surface_getpixel(_ext)`, `buffer_get_surface` (raw bytes, RGBA order for rgba8unorm, as
//! the manual's `surface_get_format` example reads them), `surface_save(_part)` (PNG files).
//! Other drawing (sprites, shapes, text) draws nothing. A surface cleared to one colour (a new
//! one is transparent black) stores that pixel only; its bytes are allocated on the first write
//! of single pixels, so clearing the 1920x1080 application surface every frame costs nothing.

use super::check;
use crate::builtins::args::*;
use crate::builtins::buffers::{buf, buf_mut};
use crate::builtins::files::{atomic_write, resolve_path};
use crate::builtins::Builtin;
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("draw_clear", 1, 1, draw_clear),
    Builtin::new("draw_clear_alpha", 2, 2, draw_clear_alpha),
    Builtin::new("surface_getpixel", 3, 3, surface_getpixel),
    Builtin::new("surface_getpixel_ext", 3, 3, surface_getpixel_ext),
    Builtin::new("surface_copy", 4, 4, surface_copy),
    Builtin::new("surface_copy_part", 8, 8, surface_copy_part),
    Builtin::new("surface_save", 2, 2, surface_save),
    Builtin::new("surface_save_part", 6, 6, surface_save_part),
    Builtin::new("buffer_get_surface", 3, 3, buffer_get_surface),
    Builtin::new("buffer_set_surface", 3, 3, buffer_set_surface),
];

/// A surface: its size, format constant and pixels.
pub struct Surface {
    pub w: i64,
    pub h: i64,
    pub format: i64,
    pixels: Pixels,
}

enum Pixels {
    /// Every pixel is these bytes.
    Uniform(Vec<u8>),
    /// Row by row, `bytes_per_pixel` each.
    Data(Vec<u8>),
}

/// Channels as 0..1 values: red, green, blue, alpha.
type Rgba = [f32; 4];

impl Surface {
    pub fn new(w: i64, h: i64, format: i64) -> Surface {
        Surface {
            w,
            h,
            format,
            pixels: Pixels::Uniform(encode(format, [0.0; 4])),
        }
    }

    /// A new size drops the contents, as recreating the texture does in GameMaker.
    pub fn resize(&mut self, w: i64, h: i64) {
        *self = Surface::new(w, h, self.format);
    }

    fn bytes_per_pixel(&self) -> usize {
        match self.format {
            1 => 1,     // surface_r8unorm
            2 | 3 => 2, // surface_rg8unorm, surface_rgba4unorm
            4 => 8,     // surface_rgba16float
            5 => 2,     // surface_r16float
            6 => 16,    // surface_rgba32float
            7 => 4,     // surface_r32float
            _ => 4,     // surface_rgba8unorm
        }
    }

    fn is_float(&self) -> bool {
        (4..=7).contains(&self.format)
    }

    fn byte_len(&self) -> u64 {
        (self.w as u64) * (self.h as u64) * self.bytes_per_pixel() as u64
    }

    /// Every pixel's bytes, allocated on first use within the memory limit.
    fn pixels_mut(&mut self) -> Result<&mut Vec<u8>> {
        if let Pixels::Uniform(px) = &self.pixels {
            crate::vm::memory::reserve("surface pixels", self.byte_len())?;
            let all = px.repeat((self.w * self.h) as usize);
            self.pixels = Pixels::Data(all);
        }
        match &mut self.pixels {
            Pixels::Data(p) => Ok(p),
            Pixels::Uniform(_) => unreachable!("made Data above"),
        }
    }

    /// Every pixel's bytes, row by row.
    fn bytes(&self) -> Result<Vec<u8>> {
        match &self.pixels {
            Pixels::Data(p) => Ok(p.clone()),
            Pixels::Uniform(px) => {
                crate::vm::memory::reserve("surface pixels", self.byte_len())?;
                Ok(px.repeat((self.w * self.h) as usize))
            }
        }
    }

    fn get(&self, x: i64, y: i64) -> Rgba {
        if !(0..self.w).contains(&x) || !(0..self.h).contains(&y) {
            return [0.0; 4];
        }
        match &self.pixels {
            Pixels::Uniform(px) => decode(self.format, px),
            Pixels::Data(p) => {
                let n = self.bytes_per_pixel();
                let at = (y * self.w + x) as usize * n;
                decode(self.format, &p[at..at + n])
            }
        }
    }

    fn fill(&mut self, c: Rgba) {
        self.pixels = Pixels::Uniform(encode(self.format, c));
    }

    fn set(&mut self, x: i64, y: i64, c: Rgba) -> Result<()> {
        if (0..self.w).contains(&x) && (0..self.h).contains(&y) {
            let (w, format, n) = (self.w, self.format, self.bytes_per_pixel());
            let at = (y * w + x) as usize * n;
            self.pixels_mut()?[at..at + n].copy_from_slice(&encode(format, c));
        }
        Ok(())
    }
}

fn unorm(v: f32, max: f32) -> u8 {
    (v.clamp(0.0, 1.0) * max).round() as u8
}

/// One pixel in the format's bytes (little-endian; rgba4unorm packs R in the top nibble).
fn encode(format: i64, [r, g, b, a]: Rgba) -> Vec<u8> {
    let f16 = |v: f32| half::f16::from_f32(v).to_le_bytes();
    match format {
        1 => vec![unorm(r, 255.0)],
        2 => vec![unorm(r, 255.0), unorm(g, 255.0)],
        3 => {
            let n = |v| unorm(v, 15.0) as u16;
            ((n(r) << 12) | (n(g) << 8) | (n(b) << 4) | n(a))
                .to_le_bytes()
                .to_vec()
        }
        4 => [f16(r), f16(g), f16(b), f16(a)].concat(),
        5 => f16(r).to_vec(),
        6 => [r, g, b, a].iter().flat_map(|v| v.to_le_bytes()).collect(),
        7 => r.to_le_bytes().to_vec(),
        _ => vec![
            unorm(r, 255.0),
            unorm(g, 255.0),
            unorm(b, 255.0),
            unorm(a, 255.0),
        ],
    }
}

fn decode(format: i64, p: &[u8]) -> Rgba {
    let u = |i: usize| p[i] as f32 / 255.0;
    let f16 = |i: usize| half::f16::from_le_bytes([p[i], p[i + 1]]).to_f32();
    let f32_at = |i: usize| f32::from_le_bytes([p[i], p[i + 1], p[i + 2], p[i + 3]]);
    match format {
        1 => [u(0), 0.0, 0.0, 0.0],
        2 => [u(0), u(1), 0.0, 0.0],
        3 => {
            let v = u16::from_le_bytes([p[0], p[1]]);
            let n = |s: u16| ((v >> s) & 15) as f32 / 15.0;
            [n(12), n(8), n(4), n(0)]
        }
        4 => [f16(0), f16(2), f16(4), f16(6)],
        5 => [f16(0), 0.0, 0.0, 0.0],
        6 => [f32_at(0), f32_at(4), f32_at(8), f32_at(12)],
        7 => [f32_at(0), 0.0, 0.0, 0.0],
        _ => [u(0), u(1), u(2), u(3)],
    }
}

/// A GML colour (0xBBGGRR) and an alpha as channels.
fn from_colour(colour: i64, alpha: f64) -> Rgba {
    let ch = |s: i64| ((colour >> s) & 255) as f32 / 255.0;
    [ch(0), ch(8), ch(16), alpha.clamp(0.0, 1.0) as f32]
}

fn byte(v: f32) -> i64 {
    unorm(v, 255.0) as i64
}

fn surface<'a>(vm: &'a mut Vm, args: &[Value], i: usize, name: &str) -> Result<&'a mut Surface> {
    let id = int(args, i)?;
    vm.headless
        .surfaces
        .get_mut(&id)
        .ok_or_else(|| Error::msg(format!("{name}: surface {id} does not exist")))
}

/// Clears the draw target: the last surface set as target, else the application surface.
fn clear(vm: &mut Vm, name: &str, colour: i64, alpha: f64) -> Result<Value> {
    check(vm, name)?;
    let target = vm.headless.surface_target.last().copied().unwrap_or(0);
    if let Some(s) = vm.headless.surfaces.get_mut(&target) {
        s.fill(from_colour(colour, alpha));
    }
    Ok(Value::Undefined)
}

fn draw_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let colour = int(args, 0)?;
    clear(vm, "draw_clear", colour, 1.0)
}

fn draw_clear_alpha(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (colour, alpha) = (int(args, 0)?, real(args, 1)?);
    clear(vm, "draw_clear_alpha", colour, alpha)
}

/// The pixel at (x, y) of an existing surface; None for a surface that does not exist.
fn pixel(vm: &mut Vm, args: &[Value], name: &str) -> Result<Option<(Rgba, bool)>> {
    check(vm, name)?;
    let (id, x, y) = (int(args, 0)?, real(args, 1)?, real(args, 2)?);
    Ok(vm
        .headless
        .surfaces
        .get(&id)
        .map(|s| (s.get(x.floor() as i64, y.floor() as i64), s.is_float())))
}

/// The colour (0xBBGGRR) of a pixel; an [r, g, b] array of reals for a float format. A surface
/// that does not exist reads as 0.
fn surface_getpixel(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match pixel(vm, args, "surface_getpixel")? {
        Some(([r, g, b, _], true)) => floats(&[r, g, b]),
        Some(([r, g, b, _], false)) => Value::Real((byte(r) | byte(g) << 8 | byte(b) << 16) as f64),
        None => Value::Real(0.0),
    })
}

/// The 32-bit 0xAABBGGRR value of a pixel; an [r, g, b, a] array for a float format.
fn surface_getpixel_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match pixel(vm, args, "surface_getpixel_ext")? {
        Some((c, true)) => floats(&c),
        Some(([r, g, b, a], false)) => {
            Value::Real((byte(r) | byte(g) << 8 | byte(b) << 16 | byte(a) << 24) as f64)
        }
        None => Value::Real(0.0),
    })
}

fn floats(c: &[f32]) -> Value {
    Value::new_array(c.iter().map(|v| Value::Real(*v as f64)).collect())
}

/// Copies the `w` x `h` block at (`xs`, `ys`) of one surface to (`x`, `y`) of another,
/// replacing the pixels there (converted between formats); what falls outside is clipped.
#[allow(clippy::too_many_arguments)]
fn copy_block(
    vm: &mut Vm,
    name: &str,
    dest: i64,
    (x, y): (i64, i64),
    src: i64,
    (xs, ys, w, h): (i64, i64, i64, i64),
) -> Result<Value> {
    check(vm, name)?;
    let surfaces = &mut vm.headless.surfaces;
    let missing = |id| Error::msg(format!("{name}: surface {id} does not exist"));
    let source = surfaces.get(&src).ok_or_else(|| missing(src))?;
    // Only the part of the block inside the source: a huge width or height costs nothing.
    let (i0, i1) = (
        xs.saturating_neg().max(0),
        w.min(source.w.saturating_sub(xs)),
    );
    let (j0, j1) = (
        ys.saturating_neg().max(0),
        h.min(source.h.saturating_sub(ys)),
    );
    let block: Vec<(i64, i64, Rgba)> = (j0..j1.max(j0))
        .flat_map(|j| (i0..i1.max(i0)).map(move |i| (i, j)))
        .map(|(i, j)| (i, j, source.get(xs + i, ys + j)))
        .collect();
    let target = surfaces.get_mut(&dest).ok_or_else(|| missing(dest))?;
    for (i, j, c) in block {
        target.set(x.saturating_add(i), y.saturating_add(j), c)?;
    }
    Ok(Value::Undefined)
}

fn surface_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dest, x, y, src) = (int(args, 0)?, int(args, 1)?, int(args, 2)?, int(args, 3)?);
    let (w, h) = {
        let s = surface(vm, args, 3, "surface_copy")?;
        (s.w, s.h)
    };
    copy_block(vm, "surface_copy", dest, (x, y), src, (0, 0, w, h))
}

fn surface_copy_part(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dest, x, y, src) = (int(args, 0)?, int(args, 1)?, int(args, 2)?, int(args, 3)?);
    let part = (int(args, 4)?, int(args, 5)?, int(args, 6)?, int(args, 7)?);
    copy_block(vm, "surface_copy_part", dest, (x, y), src, part)
}

/// Writes the block as an 8-bit RGBA PNG file in the save area.
fn save_png(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    part: Option<(i64, i64, i64, i64)>,
) -> Result<Value> {
    check(vm, name)?;
    let file = string(args, 1)?.to_string();
    let s = surface(vm, args, 0, name)?;
    let (x0, y0, w, h) = part.unwrap_or((0, 0, s.w, s.h));
    let (w, h) = (
        w.clamp(0, s.w - x0.clamp(0, s.w)),
        h.clamp(0, s.h - y0.clamp(0, s.h)),
    );
    if w == 0 || h == 0 {
        return Ok(Value::Undefined);
    }
    let mut rgba = Vec::with_capacity((w * h * 4) as usize);
    for y in y0..y0 + h {
        for x in x0..x0 + w {
            rgba.extend(s.get(x, y).map(|v| unorm(v, 255.0)));
        }
    }
    let mut png_bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png_bytes, w as u32, h as u32);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let written = enc
            .write_header()
            .and_then(|mut wr| wr.write_image_data(&rgba));
        if let Err(e) = written {
            return Err(Error::msg(format!("{name}: cannot encode the PNG: {e}")));
        }
    }
    let path = resolve_path(vm, &file)?;
    // As buffer_save: GameMaker reports nothing on a failed save.
    let _ = atomic_write(&path, &png_bytes);
    Ok(Value::Undefined)
}

fn surface_save(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    save_png(vm, args, "surface_save", None)
}

fn surface_save_part(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let part = (int(args, 2)?, int(args, 3)?, int(args, 4)?, int(args, 5)?);
    save_png(vm, args, "surface_save_part", Some(part))
}

/// Writes the surface's bytes at `offset` (a grow buffer grows to hold them; others keep what
/// fits).
fn buffer_get_surface(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    const NAME: &str = "buffer_get_surface";
    check(vm, NAME)?;
    buf(vm, args, 0, NAME)?;
    let offset = int(args, 2)?.max(0) as usize;
    let bytes = surface(vm, args, 1, NAME)?.bytes()?;
    buf_mut(vm, args, 0, NAME)?.write_at(offset, &bytes);
    Ok(Value::Undefined)
}

/// Reads the surface's bytes from `offset` of the buffer (as many as the buffer holds).
fn buffer_set_surface(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    const NAME: &str = "buffer_set_surface";
    check(vm, NAME)?;
    let offset = int(args, 2)?.max(0) as usize;
    let data = buf(vm, args, 0, NAME)?
        .data
        .get(offset..)
        .unwrap_or(&[])
        .to_vec();
    let pixels = surface(vm, args, 1, NAME)?.pixels_mut()?;
    let n = data.len().min(pixels.len());
    pixels[..n].copy_from_slice(&data[..n]);
    Ok(Value::Undefined)
}
