//! Manual: Drawing (sprites, shapes, text, primitives, GPU state, shaders). Nothing is drawn;
//! the draw colour, alpha, font and text alignment read back what was set.

use super::{check, nothing};
use crate::builtins::args::*;
use crate::builtins::{Builtin, ConstValue, Constant};
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("draw_set_colour", 1, 1, draw_set_colour),
    Builtin::new("draw_set_color", 1, 1, draw_set_colour),
    Builtin::new("draw_get_colour", 0, 0, draw_get_colour),
    Builtin::new("draw_get_color", 0, 0, draw_get_colour),
    Builtin::new("draw_set_alpha", 1, 1, draw_set_alpha),
    Builtin::new("draw_get_alpha", 0, 0, draw_get_alpha),
    Builtin::new("draw_set_font", 1, 1, draw_set_font),
    Builtin::new("draw_get_font", 0, 0, draw_get_font),
    Builtin::new("draw_set_halign", 1, 1, draw_set_halign),
    Builtin::new("draw_get_halign", 0, 0, draw_get_halign),
    Builtin::new("draw_set_valign", 1, 1, draw_set_valign),
    Builtin::new("draw_get_valign", 0, 0, draw_get_valign),
];

/// Drawing calls: they return nothing (`undefined`), or a neutral answer for queries.
pub const DRAW: &[Builtin] = nothing! {
    "draw_self", 0, 0 => Undefined;
    "draw_sprite", 4, 4 => Undefined;
    "draw_sprite_ext", 9, 9 => Undefined;
    "draw_sprite_part", 8, 8 => Undefined;
    "draw_sprite_part_ext", 12, 12 => Undefined;
    "draw_sprite_stretched", 6, 6 => Undefined;
    "draw_sprite_stretched_ext", 8, 8 => Undefined;
    "draw_sprite_general", 16, 16 => Undefined;
    "draw_sprite_tiled", 4, 4 => Undefined;
    "draw_sprite_tiled_ext", 8, 8 => Undefined;
    "draw_sprite_pos", 11, 11 => Undefined;
    "draw_text", 3, 3 => Undefined;
    "draw_text_ext", 5, 5 => Undefined;
    "draw_text_transformed", 6, 6 => Undefined;
    "draw_text_ext_transformed", 8, 8 => Undefined;
    "draw_text_colour", 8, 8 => Undefined;
    "draw_text_color", 8, 8 => Undefined;
    "draw_text_ext_colour", 10, 10 => Undefined;
    "draw_text_ext_color", 10, 10 => Undefined;
    "draw_text_transformed_colour", 11, 11 => Undefined;
    "draw_text_transformed_color", 11, 11 => Undefined;
    "draw_text_ext_transformed_colour", 13, 13 => Undefined;
    "draw_text_ext_transformed_color", 13, 13 => Undefined;
    "draw_rectangle", 5, 5 => Undefined;
    "draw_rectangle_colour", 9, 9 => Undefined;
    "draw_rectangle_color", 9, 9 => Undefined;
    "draw_roundrect", 5, 5 => Undefined;
    "draw_roundrect_ext", 7, 7 => Undefined;
    "draw_roundrect_colour", 7, 7 => Undefined;
    "draw_roundrect_color", 7, 7 => Undefined;
    "draw_circle", 4, 4 => Undefined;
    "draw_circle_colour", 6, 6 => Undefined;
    "draw_circle_color", 6, 6 => Undefined;
    "draw_ellipse", 5, 5 => Undefined;
    "draw_ellipse_colour", 7, 7 => Undefined;
    "draw_ellipse_color", 7, 7 => Undefined;
    "draw_line", 4, 4 => Undefined;
    "draw_line_width", 5, 5 => Undefined;
    "draw_line_colour", 6, 6 => Undefined;
    "draw_line_color", 6, 6 => Undefined;
    "draw_line_width_colour", 7, 7 => Undefined;
    "draw_line_width_color", 7, 7 => Undefined;
    "draw_point", 2, 2 => Undefined;
    "draw_point_colour", 3, 3 => Undefined;
    "draw_point_color", 3, 3 => Undefined;
    "draw_triangle", 7, 7 => Undefined;
    "draw_triangle_colour", 10, 10 => Undefined;
    "draw_triangle_color", 10, 10 => Undefined;
    "draw_arrow", 5, 5 => Undefined;
    "draw_healthbar", 11, 11 => Undefined;
    "draw_button", 5, 5 => Undefined;
    "draw_path", 4, 4 => Undefined;
    "mp_grid_draw", 1, 1 => Undefined;
    "draw_set_circle_precision", 1, 1 => Undefined;
    "draw_primitive_begin", 1, 1 => Undefined;
    "draw_primitive_begin_texture", 2, 2 => Undefined;
    "draw_primitive_end", 0, 0 => Undefined;
    "draw_vertex", 2, 2 => Undefined;
    "draw_vertex_colour", 4, 4 => Undefined;
    "draw_vertex_color", 4, 4 => Undefined;
    "draw_vertex_texture", 4, 4 => Undefined;
    "draw_vertex_texture_colour", 6, 6 => Undefined;
    "draw_vertex_texture_color", 6, 6 => Undefined;
    "draw_tilemap", 3, 3 => Undefined;
    "draw_tile", 5, 5 => Undefined;
    "draw_enable_drawevent", 1, 1 => Undefined;
    "draw_enable_swf_aa", 1, 1 => Undefined;
    "draw_flush", 0, 0 => Undefined;
    "draw_light_enable", 2, 2 => Undefined;
    "draw_set_lighting", 1, 1 => Undefined;
    "gpu_set_blendmode", 1, 1 => Undefined;
    "gpu_set_blendmode_ext", 2, 2 => Undefined;
    "gpu_set_blendmode_ext_sepalpha", 4, 4 => Undefined;
    "gpu_set_blendenable", 1, 1 => Undefined;
    "gpu_set_alphatestenable", 1, 1 => Undefined;
    "gpu_set_alphatestref", 1, 1 => Undefined;
    "gpu_set_texfilter", 1, 1 => Undefined;
    "gpu_set_tex_filter", 1, 1 => Undefined;
    "gpu_set_tex_filter_ext", 2, 2 => Undefined;
    "gpu_set_tex_repeat", 1, 1 => Undefined;
    "gpu_set_tex_repeat_ext", 2, 2 => Undefined;
    "gpu_set_tex_mip_enable", 1, 1 => Undefined;
    "gpu_set_tex_mip_filter", 1, 1 => Undefined;
    "gpu_get_blendmode", 0, 0 => Real(0.0);
    "gpu_get_tex_filter", 0, 0 => Bool(false);
    "gpu_get_tex_repeat", 0, 0 => Bool(false);
    "gpu_get_alphatestenable", 0, 0 => Bool(false);
    "gpu_get_alphatestref", 0, 0 => Real(0.0);
    "gpu_get_cullmode", 0, 0 => Real(0.0);
    "draw_getpixel", 2, 2 => Real(0.0);
    "draw_getpixel_ext", 2, 2 => Real(0.0);
    "gpu_set_texrepeat", 1, 1 => Undefined;
    "gpu_set_ztestenable", 1, 1 => Undefined;
    "gpu_set_zwriteenable", 1, 1 => Undefined;
    "gpu_set_cullmode", 1, 1 => Undefined;
    "gpu_set_colorwriteenable", 1, 4 => Undefined;
    "gpu_set_colourwriteenable", 1, 4 => Undefined;
    "gpu_set_fog", 1, 4 => Undefined;
    "gpu_push_state", 0, 0 => Undefined;
    "gpu_pop_state", 0, 0 => Undefined;
    "gpu_get_blendenable", 0, 0 => Bool(true);
    "gpu_get_texfilter", 0, 0 => Bool(false);
    "gpu_get_ztestenable", 0, 0 => Bool(false);
    "draw_set_blend_mode", 1, 1 => Undefined;
    "draw_set_blend_mode_ext", 2, 2 => Undefined;
    "shader_is_compiled", 1, 1 => Bool(true);
    "shader_set_uniform_f", 2, 5 => Undefined;
    "shader_set_uniform_i", 2, 5 => Undefined;
    "shader_set_uniform_f_array", 2, 2 => Undefined;
    "shader_set_uniform_i_array", 2, 2 => Undefined;
    "shader_set_uniform_matrix", 1, 1 => Undefined;
    "shaders_are_supported", 0, 0 => Bool(true);
    "shader_enable_corner_id", 1, 1 => Undefined;
    "shader_set_uniform_f_buffer", 4, 4 => Undefined;
    "shader_set_uniform_matrix_array", 2, 2 => Undefined;
    "draw_light_define_ambient", 1, 1 => Undefined;
    "draw_light_define_direction", 5, 5 => Undefined;
    "draw_light_define_point", 6, 6 => Undefined;
    "texture_set_stage", 2, 2 => Undefined;
    "texture_get_width", 1, 1 => Real(1.0);
    "texture_get_height", 1, 1 => Real(1.0);
    "texture_prefetch", 1, 1 => Undefined;
    "texture_flush", 1, 1 => Undefined;
    "texturegroup_load", 1, 2 => Real(0.0);
    "texturegroup_unload", 1, 1 => Undefined;
    "sprite_get_texture", 2, 2 => Ptr(-1);
    "sprite_prefetch", 1, 1 => Real(0.0);
    "sprite_flush", 1, 1 => Real(0.0);
    "font_add_sprite", 4, 4 => Real(-1.0);
    "font_add_sprite_ext", 4, 4 => Real(-1.0);
    "effect_create_above", 5, 5 => Undefined;
    "effect_create_below", 5, 5 => Undefined;
    "effect_clear", 0, 0 => Undefined;
};

pub const CONSTANTS: &[Constant] = &[
    ("fa_left", ConstValue::Real(0.0)),
    ("fa_center", ConstValue::Real(1.0)),
    ("fa_right", ConstValue::Real(2.0)),
    ("fa_top", ConstValue::Real(0.0)),
    ("fa_middle", ConstValue::Real(1.0)),
    ("fa_bottom", ConstValue::Real(2.0)),
    ("bm_normal", ConstValue::Real(0.0)),
    ("bm_add", ConstValue::Real(1.0)),
    ("bm_max", ConstValue::Real(2.0)),
    ("bm_subtract", ConstValue::Real(3.0)),
    ("pr_pointlist", ConstValue::Real(1.0)),
    ("pr_linelist", ConstValue::Real(2.0)),
    ("pr_linestrip", ConstValue::Real(3.0)),
    ("pr_trianglelist", ConstValue::Real(4.0)),
    ("pr_trianglestrip", ConstValue::Real(5.0)),
    ("pr_trianglefan", ConstValue::Real(6.0)),
];

fn draw_set_colour(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "draw_set_colour")?;
    vm.headless.draw_colour = real(args, 0)?;
    Ok(Value::Undefined)
}
fn draw_get_colour(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "draw_get_colour")?;
    Ok(Value::Real(vm.headless.draw_colour))
}
fn draw_set_alpha(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "draw_set_alpha")?;
    vm.headless.draw_alpha = real(args, 0)?;
    Ok(Value::Undefined)
}
fn draw_get_alpha(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "draw_get_alpha")?;
    Ok(Value::Real(vm.headless.draw_alpha))
}
fn draw_set_font(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "draw_set_font")?;
    vm.headless.draw_font = arg(args, 0).clone();
    Ok(Value::Undefined)
}
fn draw_get_font(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "draw_get_font")?;
    Ok(vm.headless.draw_font.clone())
}
fn draw_set_halign(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "draw_set_halign")?;
    vm.headless.halign = real(args, 0)?;
    Ok(Value::Undefined)
}
fn draw_get_halign(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "draw_get_halign")?;
    Ok(Value::Real(vm.headless.halign))
}
fn draw_set_valign(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "draw_set_valign")?;
    vm.headless.valign = real(args, 0)?;
    Ok(Value::Undefined)
}
fn draw_get_valign(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "draw_get_valign")?;
    Ok(Value::Real(vm.headless.valign))
}
