//! AST to bytecode. A pre-pass collects what GML lets code use before its definition (script
//! functions, enums, objects, `globalvar`s); then each function, event and the top-level code is
//! compiled to its own `Proto`, with locals resolved to slots.

mod declare;
mod expr;
mod func;
mod stmt;

use crate::runtime::events::EventKey;
use crate::syntax::ast::*;
use crate::syntax::{Diagnostic, ParsedFile};
use crate::vm::bytecode::{Proto, SourceFile};
use hashbrown::{HashMap, HashSet};
use std::rc::Rc;

pub use func::FnCompiler;

/// What the compiler knows across files and REPL inputs.
#[derive(Default)]
pub struct CompileEnv {
    /// Script function name -> index into the VM's script table.
    pub scripts: HashMap<Rc<str>, u32>,
    pub script_count: u32,
    /// Enum name -> member name -> value.
    pub enums: HashMap<Rc<str>, HashMap<Rc<str>, i64>>,
    /// Enums whose values use enums not declared yet (see `declare`).
    pub unresolved_enums: Vec<EnumDecl>,
    /// Object name -> object index.
    pub objects: HashMap<Rc<str>, usize>,
    pub object_count: usize,
    pub globalvars: HashSet<Rc<str>>,
    /// Names assigned as variables or declared `static` anywhere in the program: calling one
    /// calls a method, not an unknown function.
    pub member_names: HashSet<Rc<str>>,
    /// Top-level `var`s that persist between REPL inputs, by slot.
    pub repl_locals: Vec<Rc<str>>,
    /// Functions of extensions that no GML defines (native code): name -> (extension, fixed
    /// argument count). Calls compile (and fail at run time naming the extension).
    pub extension_functions: HashMap<Rc<str>, (Rc<str>, Option<usize>)>,
    /// Names a project defines as constants: asset handles, room instance ids.
    pub constants: HashMap<Rc<str>, crate::vm::value::Value>,
}

pub struct CompiledObject {
    pub name: Rc<str>,
    pub index: usize,
    pub parent: Option<(Rc<str>, Span)>,
    pub events: Vec<(EventKey, Rc<Proto>)>,
}

pub struct CompiledFile {
    pub top_level: Rc<Proto>,
    /// (script index, proto) for every named function declared at top level.
    pub scripts: Vec<(u32, Rc<Proto>)>,
    pub objects: Vec<CompiledObject>,
    /// Things that compile but look wrong (calls of names nothing defines), for `gml check`.
    pub warnings: Vec<Diagnostic>,
    /// Names the file assigns as instance or struct variables (a project checks its unknown
    /// calls against every file's).
    pub assigned: Vec<Rc<str>>,
}

/// Compiles a parsed file. `repl` keeps top-level `var`s in `env.repl_locals` across inputs.
pub fn compile_file(
    env: &mut CompileEnv,
    file: &ParsedFile,
    source: Rc<SourceFile>,
    repl: bool,
) -> Result<CompiledFile, Vec<Diagnostic>> {
    let lines = LineIndex::new(&source.text);
    let mut diags = Vec::new();
    let script_decls = declare(env, file, &mut diags);

    let ctx = Ctx {
        env,
        source: source.clone(),
        lines: &lines,
        self_calls: Default::default(),
        assigned: Default::default(),
    };
    let mut scripts = Vec::new();
    for (idx, f) in &script_decls {
        let name = f.name.as_deref().unwrap_or("");
        match func::compile_function(&ctx, f, &format!("gml_Script_{name}"), name) {
            Ok(p) => scripts.push((*idx, p)),
            Err(mut d) => diags.append(&mut d),
        }
    }

    let top_name = format!(
        "gml_Script_{}",
        std::path::Path::new(&source.name)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("main")
    );
    let mut repl_locals = None;
    let top_level = match func::compile_top_level(&ctx, &file.top_level, &top_name, repl) {
        Ok((p, locals)) => {
            repl_locals = Some(locals);
            Some(p)
        }
        Err(mut d) => {
            diags.append(&mut d);
            None
        }
    };

    let mut objects = Vec::new();
    for o in &file.objects {
        let mut events: Vec<(EventKey, Rc<Proto>)> = Vec::new();
        for e in &o.events {
            // `collision:obj_name` (GMEdit's name) names the other object.
            if let Some(other) = e.name.strip_prefix("collision:") {
                match ctx.env.objects.get(other) {
                    Some(&i) => {
                        let unit = format!("gml_Object_{}_Collision_{other}", o.name);
                        match func::compile_event(&ctx, &e.body, &unit) {
                            Ok(p) => events.push((EventKey::Collision(i), p)),
                            Err(mut d) => diags.append(&mut d),
                        }
                    }
                    None => diags.push(Diagnostic::new(
                        format!("collision event with unknown object '{other}'"),
                        e.span,
                    )),
                }
                continue;
            }
            let Some(key) = EventKey::from_gmedit(&e.name) else {
                let mut d = Diagnostic::new(format!("unknown event name '{}'", e.name), e.span);
                d.notes.push(format!(
                    "known events: {}",
                    EventKey::known_names().join(", ")
                ));
                diags.push(d);
                continue;
            };
            if events.iter().any(|(k, _)| *k == key) {
                diags.push(Diagnostic::new(
                    format!("event '{}' defined twice in object {}", e.name, o.name),
                    e.span,
                ));
                continue;
            }
            let unit = format!("gml_Object_{}_{}", o.name, key.code_name());
            match func::compile_event(&ctx, &e.body, &unit) {
                Ok(p) => events.push((key, p)),
                Err(mut d) => diags.append(&mut d),
            }
        }
        let parent = o.parent.clone().map(|p| (p, o.span));
        if let Some((p, span)) = &parent {
            if !ctx.env.objects.contains_key(p) {
                diags.push(Diagnostic::new(
                    format!("unknown parent object '{p}'"),
                    *span,
                ));
            }
        }
        objects.push(CompiledObject {
            name: o.name.clone(),
            index: ctx.env.objects[&o.name],
            parent,
            events,
        });
    }

    let warnings = unknown_call_warnings(&ctx);
    let assigned = ctx.assigned.borrow().iter().cloned().collect();
    if diags.is_empty() {
        if let (true, Some(locals)) = (repl, repl_locals) {
            env.repl_locals = locals;
        }
        Ok(CompiledFile {
            top_level: top_level.expect("top level compiled"),
            scripts,
            objects,
            warnings,
            assigned,
        })
    } else {
        diags.sort_by_key(|d| d.span.start);
        Err(diags)
    }
}

/// The pre-pass (see `declare.rs`): registers what GML lets code use before its definition
/// (script functions, enums wherever they are written, `#object` names, `globalvar`s). A project
/// calls it on every file before compiling any, so that these names are global across files.
/// Returns the file's named top-level functions with their script indexes.
pub fn declare(
    env: &mut CompileEnv,
    file: &ParsedFile,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(u32, Rc<FunctionDecl>)> {
    diags.append(&mut env.declare(file));
    let mut script_decls = Vec::new();
    for s in &file.top_level {
        if let StmtKind::Function(f) = &s.kind {
            if let Some(name) = &f.name {
                script_decls.push((env.script_index(name), f.clone()));
            }
        }
    }
    script_decls
}

/// Shared, read-only view of the environment while compiling functions.
pub(crate) struct Ctx<'a> {
    pub env: &'a CompileEnv,
    pub source: Rc<SourceFile>,
    pub lines: &'a LineIndex,
    /// Calls of names that are not functions here: `self` variables at run time, or typos.
    pub self_calls: std::cell::RefCell<Vec<(Rc<str>, Span)>>,
    /// Names this file assigns as instance/struct variables anywhere.
    pub assigned: std::cell::RefCell<HashSet<Rc<str>>>,
}

/// A call of a name that is neither a function nor assigned anywhere in the file is almost
/// certainly a typo: name the closest known functions.
fn unknown_call_warnings(ctx: &Ctx) -> Vec<Diagnostic> {
    let assigned = ctx.assigned.borrow();
    let mut out = Vec::new();
    for (name, span) in ctx.self_calls.borrow().iter() {
        if assigned.contains(name)
            || ctx.env.member_names.contains(name)
            || ctx.env.extension_functions.contains_key(name)
        {
            continue;
        }
        let close = closest_functions(ctx.env, name);
        let mut msg = format!("unknown function '{name}'");
        if !close.is_empty() {
            msg.push_str(&format!(" (did you mean {}?)", close.join(", ")));
        }
        out.push(Diagnostic::new(msg, *span));
    }
    out
}

/// Up to three known function names closest to `name` by edit distance.
pub fn closest_functions(env: &CompileEnv, name: &str) -> Vec<String> {
    crate::vm::closest_names(
        name,
        crate::builtins::registry()
            .functions
            .iter()
            .map(|b| b.name)
            .chain(env.scripts.keys().map(|k| &**k)),
    )
}

/// Compiled event code: the proto, the warnings `gml check` shows, the names assigned as
/// instance or struct variables.
pub type CompiledEvent = (Rc<Proto>, Vec<Diagnostic>, Vec<Rc<str>>);

/// Compiles code that runs as an event (an object's event file, Object Variables, creation
/// code): named functions in it become method variables of `self`.
pub fn compile_event_code(
    env: &mut CompileEnv,
    body: &[Stmt],
    source: Rc<SourceFile>,
    unit_name: &str,
) -> Result<CompiledEvent, Vec<Diagnostic>> {
    let mut diags = env.declare_code(body);
    let lines = LineIndex::new(&source.text);
    let ctx = Ctx {
        env,
        source: source.clone(),
        lines: &lines,
        self_calls: Default::default(),
        assigned: Default::default(),
    };
    match func::compile_event(&ctx, body, unit_name) {
        Ok(p) if diags.is_empty() => {
            let assigned = ctx.assigned.borrow().iter().cloned().collect();
            Ok((p, unknown_call_warnings(&ctx), assigned))
        }
        Ok(_) => Err(diags),
        Err(mut d) => {
            diags.append(&mut d);
            diags.sort_by_key(|d| d.span.start);
            Err(diags)
        }
    }
}

/// Byte offset to line number.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
}
