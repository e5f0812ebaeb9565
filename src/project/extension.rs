//! Extensions (`extensions/E/E.yy`): what GML code sees of them. Each declared function is a
//! name code may call: when GML defines it (the extension's own GML file, or any script of the
//! project), that GML runs; otherwise it is native code gml cannot run, and a call is a runtime
//! error naming the function and the extension (and `gml check` knows the name). Constants are
//! macros, as GameMaker compiles them: their value is GML text put where the name is used. A GML
//! file's `init` function runs at game start, before the scripts' top-level code; its `final`
//! function when the game ends, after the last Clean Up.

use super::load::folder;
use super::model::{Asset, Extension, ExtensionFile, ExtensionFunction, Project};
use super::yy::{self, Node, ProjectError, Result};
use crate::runtime::program::Program;
use std::path::Path;

/// GameMaker's `kind` of an extension file holding GML code.
const KIND_GML: i64 = 2;

pub fn load_extension(dir: &Path, a: &Asset) -> Result<Extension> {
    let f = yy::read(dir, &a.yy)?;
    let n = f.node();
    let base = folder(&a.yy);
    let mut files = Vec::new();
    for file in n.items("files")? {
        let filename = file.str_or("filename", "")?;
        let kind = file.num_or("kind", 0.0)? as i64;
        let gml = (kind == KIND_GML).then(|| format!("{base}/{filename}"));
        if gml.is_some() && filename.is_empty() {
            return Err(ProjectError::new(
                &f.file,
                format!("field `{}.filename`: a GML file needs a name", file.path),
            ));
        }
        let mut functions = Vec::new();
        for func in file.items("functions")? {
            let name = func.name()?;
            check_identifier(&func, &name, "name")?;
            let external_name = match func.str_or("externalName", "")? {
                s if s.is_empty() => name.clone(),
                s => s,
            };
            let arg_count = func.num_or("argCount", -1.0)?;
            functions.push(ExtensionFunction {
                name,
                external_name,
                arg_count: (arg_count >= 0.0).then_some(arg_count as usize),
            });
        }
        let mut constants = Vec::new();
        for c in file.items("constants")? {
            // 2.3+ writes `name` (`%Name` from 2024); older files `constantName`.
            let name = match c.name() {
                Ok(name) => name,
                Err(e) => c.str("constantName").map_err(|_| e)?,
            };
            check_identifier(&c, &name, "name")?;
            let value = match c.get("value") {
                Some(v) if v.value.is_number() || v.value.is_boolean() => v.value.to_string(),
                _ => c.str_or("value", "")?,
            };
            if value.trim().is_empty() {
                return Err(ProjectError::new(
                    &f.file,
                    format!("field `{}.value`: constant `{name}` has no value", c.path),
                ));
            }
            constants.push((name, value));
        }
        let init = Some(file.str_or("init", "")?).filter(|s| !s.is_empty());
        let final_fn = Some(file.str_or("final", "")?).filter(|s| !s.is_empty());
        files.push(ExtensionFile {
            filename,
            kind,
            gml,
            init,
            final_fn,
            functions,
            constants,
        });
    }
    Ok(Extension {
        name: a.name.clone(),
        yy: a.yy.clone(),
        files,
    })
}

fn check_identifier(node: &Node, name: &str, field: &str) -> Result<()> {
    let mut chars = name.chars();
    let ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(ProjectError::new(
            node.file,
            format!("field `{}.{field}`: `{name}` is not a GML name", node.path),
        ))
    }
}

/// The extensions' constants as `#macro` lines (collected before any code is parsed).
pub fn constant_macros(project: &Project) -> String {
    let mut out = String::new();
    for e in &project.extensions {
        for f in &e.files {
            for (name, value) in &f.constants {
                // A macro is one line: a value written over several lines is joined.
                let value = value.replace(['\r', '\n'], " ");
                out.push_str(&format!("#macro {name} {value}\n"));
            }
        }
    }
    out
}

/// After every file's functions are declared: a declared function GML implements under its
/// external name becomes that function; one nothing implements is registered as native (a call
/// is an error naming the extension).
pub fn link_functions(project: &Project, program: &mut Program, warnings: &mut Vec<String>) {
    for e in &project.extensions {
        for f in &e.files {
            for func in &f.functions {
                let env = &mut program.env;
                if env.scripts.contains_key(func.name.as_str()) {
                    continue;
                }
                let implemented = (f.kind == KIND_GML)
                    .then(|| env.scripts.get(func.external_name.as_str()).copied())
                    .flatten();
                match implemented {
                    Some(index) => {
                        env.scripts.insert(func.name.as_str().into(), index);
                    }
                    None => {
                        if let Some(gml) = &f.gml {
                            warnings.push(format!(
                                "{}: warning: extension {} declares `{}`, but this file does not define `{}`; calling it is an error",
                                project.dir.join(gml).display(),
                                e.name,
                                func.name,
                                func.external_name
                            ));
                        }
                        program.register_extension_function(&e.name, &func.name, func.arg_count)
                    }
                }
            }
        }
    }
}

/// Calls of the extensions' `init` (or `final`) functions, in the extensions' order, as GML. A
/// function that GML does not define is native code: it cannot run, which is a warning.
pub fn lifecycle_calls(
    project: &Project,
    program: &Program,
    final_fns: bool,
    warnings: &mut Vec<String>,
) -> String {
    let mut calls = String::new();
    for e in &project.extensions {
        for f in &e.files {
            let Some(func) = (if final_fns { &f.final_fn } else { &f.init }) else {
                continue;
            };
            if program.env.scripts.contains_key(func.as_str()) {
                calls.push_str(&format!("{func}();\n"));
            } else {
                warnings.push(format!(
                    "{}: warning: the {} function `{func}` of {} is not GML; it does not run",
                    project.dir.join(&e.yy).display(),
                    if final_fns { "final" } else { "init" },
                    f.filename
                ));
            }
        }
    }
    calls
}
