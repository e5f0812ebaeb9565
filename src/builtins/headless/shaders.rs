//! Manual: Drawing > Shaders, without a GPU. Nothing is compiled or drawn, but a project's
//! shader sources (`.vsh`/`.fsh` beside the `.yy`) are read for their `uniform` declarations,
//! so `shader_get_uniform` and `shader_get_sampler_index` answer as for a compiled shader: a
//! handle (>= 0) for a uniform the shader declares, -1 otherwise. `shader_set` and
//! `shader_reset` keep `shader_current`.

use super::check;
use crate::builtins::args::*;
use crate::builtins::Builtin;
use crate::vm::error::Result;
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;
use hashbrown::HashMap;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("shader_get_uniform", 2, 2, shader_get_uniform),
    Builtin::new("shader_get_sampler_index", 2, 2, shader_get_sampler_index),
    Builtin::new("shader_set", 1, 1, shader_set),
    Builtin::new("shader_reset", 0, 0, shader_reset),
    Builtin::new("shader_current", 0, 0, shader_current),
];

/// The uniforms each shader asset declares, in declaration order.
#[derive(Default)]
pub struct ShaderState {
    uniforms: HashMap<i64, Uniforms>,
    current: Option<i64>,
}

#[derive(Default)]
struct Uniforms {
    /// Plain uniforms; a uniform's handle is its position here.
    values: Vec<String>,
    /// Texture samplers; a sampler's index is its position here.
    samplers: Vec<String>,
}

impl ShaderState {
    /// Records the uniforms the shader's vertex and fragment sources declare.
    pub fn declare(&mut self, shader: i64, sources: &[&str]) {
        let u = self.uniforms.entry(shader).or_default();
        for src in sources {
            for (ty, name) in uniform_declarations(src) {
                let list = if ty.starts_with("sampler") || ty.starts_with("Texture") {
                    &mut u.samplers
                } else {
                    &mut u.values
                };
                if !list.contains(&name) {
                    list.push(name);
                }
            }
        }
    }
}

/// `(type, name)` of every `uniform` declaration in GLSL/HLSL source (comments skipped;
/// precision qualifiers, several names and array sizes allowed).
fn uniform_declarations(src: &str) -> Vec<(String, String)> {
    let code = strip_comments(src);
    let mut out = Vec::new();
    for stmt in code.split([';', '{', '}']) {
        let mut words = stmt
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ',' || c == '['))
            .filter(|w| !w.is_empty());
        if !words.any(|w| w == "uniform") {
            continue;
        }
        let mut rest = words.skip_while(|w| {
            matches!(
                *w,
                "lowp" | "mediump" | "highp" | "const" | "static" | "volatile"
            )
        });
        let Some(ty) = rest.next() else { continue };
        for part in rest.flat_map(|w| w.split(',')) {
            let name = part.split('[').next().unwrap_or("");
            if name.starts_with(|c: char| c.is_alphabetic() || c == '_') {
                out.push((ty.to_string(), name.to_string()));
            }
        }
    }
    out
}

fn strip_comments(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.find('\n').map_or("", |i| &r[i..]);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.find("*/").map_or("", |i| &r[i + 2..]);
            out.push(' ');
        } else {
            let c = rest.chars().next().expect("not empty");
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

fn shader_index(args: &[Value]) -> Result<i64> {
    Ok(match &args[0] {
        Value::Ref(RefKind::Shader, i) => *i,
        _ => int(args, 0)?,
    })
}

fn lookup(vm: &mut Vm, args: &[Value], name: &str, samplers: bool) -> Result<Value> {
    check(vm, name)?;
    let shader = shader_index(args)?;
    let uniform = string(args, 1)?;
    let found = vm.headless.shaders.uniforms.get(&shader).and_then(|u| {
        let list = if samplers { &u.samplers } else { &u.values };
        list.iter().position(|n| n == uniform)
    });
    Ok(Value::Real(found.map_or(-1.0, |i| i as f64)))
}

fn shader_get_uniform(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    lookup(vm, args, "shader_get_uniform", false)
}

fn shader_get_sampler_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    lookup(vm, args, "shader_get_sampler_index", true)
}

fn shader_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "shader_set")?;
    vm.headless.shaders.current = Some(shader_index(args)?);
    Ok(Value::Undefined)
}

fn shader_reset(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "shader_reset")?;
    vm.headless.shaders.current = None;
    Ok(Value::Undefined)
}

/// The shader set with `shader_set` (as its asset handle), or -1.
fn shader_current(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "shader_current")?;
    Ok(match vm.headless.shaders.current {
        Some(i) => Value::Ref(RefKind::Shader, i),
        None => Value::Real(-1.0),
    })
}

#[cfg(test)]
mod tests {
    use super::uniform_declarations;

    #[test]
    fn finds_uniforms_in_glsl_and_hlsl() {
        let src = "// uniform vec4 commented;\nuniform highp vec4 color; /* uniform float x; */\n\
                   uniform float a, b[4];\nuniform sampler2D s_tex;\nvoid main() { }\n\
                   uniform float4 hl;";
        let names: Vec<String> = uniform_declarations(src)
            .into_iter()
            .map(|(t, n)| format!("{t} {n}"))
            .collect();
        assert_eq!(
            names,
            [
                "vec4 color",
                "float a",
                "float b",
                "sampler2D s_tex",
                "float4 hl"
            ]
        );
    }
}
