//! A loaded program: the VM plus what the compiler must remember between files and REPL inputs
//! (script indexes, enums, objects, macros). Loading a file compiles it, installs its functions
//! and objects, and returns its top-level code to run.

use super::events::EventKey;
use super::sprite::Sprite;
use super::world::ObjectDef;
use crate::compiler::{self, CompileEnv, CompiledFile};
use crate::syntax::{self, Diagnostic, MacroTable};
use crate::vm::bytecode::{Proto, SourceFile};
use crate::vm::error::Result as VmResult;
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;
use hashbrown::HashMap;
use std::rc::Rc;

/// Library code written in GML, compiled into every program before the user's files.
pub const STDLIB: &[(&str, &str)] = &[("stdlib/core.gml", include_str!("../../stdlib/core.gml"))];

pub struct Program {
    pub vm: Vm,
    pub env: CompileEnv,
    pub macros: MacroTable,
}

/// Compile errors of one file, with the text needed to render them.
pub struct CompileErrors {
    pub file: String,
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl CompileErrors {
    pub fn render(&self) -> String {
        crate::syntax::render_diagnostics(&self.diagnostics, &self.file, &self.source, false)
    }
}

impl Program {
    pub fn new(vm: Vm) -> Program {
        Program {
            vm,
            env: CompileEnv::default(),
            macros: MacroTable::default(),
        }
    }

    /// A program with the GML standard library loaded.
    pub fn with_stdlib(vm: Vm) -> Program {
        let mut p = Program::new(vm);
        for (name, text) in STDLIB {
            match p.load(name, text) {
                Ok(top) => {
                    if let Err(e) = p.vm.run_top_level(top) {
                        panic!("stdlib {name} failed to run: {}", e.message());
                    }
                }
                Err(e) => panic!("stdlib {name} does not compile:\n{}", e.render()),
            }
        }
        p
    }

    /// Parses and compiles `text`, installs its functions and objects, and returns its top-level
    /// code (not yet run).
    pub fn load(&mut self, name: &str, text: &str) -> Result<Rc<Proto>, CompileErrors> {
        let compiled = self.compile(name, text, false)?;
        Ok(self.install(compiled))
    }

    pub fn compile(
        &mut self,
        name: &str,
        text: &str,
        repl: bool,
    ) -> Result<CompiledFile, CompileErrors> {
        let errors = |diagnostics| CompileErrors {
            file: name.to_string(),
            source: text.to_string(),
            diagnostics,
        };
        let parsed = syntax::parse_file(text, &mut self.macros).map_err(errors)?;
        let source = Rc::new(SourceFile {
            name: name.to_string(),
            text: text.to_string(),
        });
        let compiled =
            compiler::compile_file(&mut self.env, &parsed, source, repl).map_err(errors)?;
        // after the file, so the pragma code can call the file's functions
        self.compile_global_pragmas(name, &parsed)?;
        Ok(compiled)
    }

    /// Compiles the code of each `gml_pragma("global", "code")` in the file as its own unit
    /// (named `<file> gml_pragma global`) and queues it to run, at global scope, before the next
    /// top-level code: before the first room, wherever the pragma is written.
    pub(crate) fn compile_global_pragmas(
        &mut self,
        name: &str,
        parsed: &syntax::ParsedFile,
    ) -> Result<(), CompileErrors> {
        for (code, _) in syntax::pragma::global_code(parsed) {
            let unit = format!("{name} gml_pragma global");
            let compiled = self.compile(&unit, &code, false)?;
            let top = self.install(compiled);
            self.vm.global_inits.push(top);
        }
        Ok(())
    }

    /// Compiles the files of one program (a project's scripts and objects) together: macros,
    /// enums, `globalvar`s, script functions and objects of every file are known to all of them,
    /// wherever they are defined. Results come in the order of `files` (name, text); install
    /// them in that order.
    pub fn compile_files(
        &mut self,
        files: &[(String, String)],
    ) -> Vec<Result<CompiledFile, CompileErrors>> {
        for (_, text) in files {
            syntax::collect_macros(text, &mut self.macros);
        }
        let parsed: Vec<_> = files
            .iter()
            .map(|(_, text)| syntax::parse_file(text, &mut self.macros))
            .collect();
        for p in parsed.iter().flatten() {
            // reported by compile_file below, once every file is declared
            let _ = self.env.declare(p);
        }
        files
            .iter()
            .zip(parsed)
            .map(|((name, text), parsed)| {
                let errors = |diagnostics| CompileErrors {
                    file: name.clone(),
                    source: text.clone(),
                    diagnostics,
                };
                let parsed = parsed.map_err(errors)?;
                let source = Rc::new(SourceFile {
                    name: name.clone(),
                    text: text.clone(),
                });
                compiler::compile_file(&mut self.env, &parsed, source, false).map_err(errors)
            })
            .collect()
    }

    /// Installs compiled scripts and objects into the VM; returns the top-level proto.
    pub fn install(&mut self, file: CompiledFile) -> Rc<Proto> {
        for (idx, proto) in file.scripts {
            self.vm.define_script(idx, proto);
        }
        for o in file.objects {
            while self.vm.world.objects.len() <= o.index {
                self.vm
                    .world
                    .objects
                    .push(ObjectDef::new(Rc::from(""), None));
            }
            let parent = o
                .parent
                .as_ref()
                .and_then(|(p, _)| self.env.objects.get(p).copied());
            let mut events = HashMap::new();
            for (key, proto) in o.events {
                events.insert(key, crate::vm::function::FunctionObj::new(proto));
            }
            let old = &self.vm.world.objects[o.index];
            let (sprite, mask, solid) = (old.sprite, old.mask, old.solid);
            let mut def = ObjectDef::new(o.name.clone(), parent);
            def.events = events;
            (def.sprite, def.mask, def.solid) = (sprite, mask, solid);
            self.vm.world.objects[o.index] = def;
        }
        file.top_level
    }

    /// Loads and runs a file's top-level code.
    pub fn run_file(&mut self, name: &str, text: &str) -> Result<VmResult<Value>, CompileErrors> {
        let top = self.load(name, text)?;
        Ok(self.vm.run_top_level(top))
    }

    /// Registers a named asset (sprite, sound, room, font, path, shader, sequence, tileset,
    /// timeline, animation curve) as the next index of its kind; its name becomes a constant
    /// for every file compiled afterwards. Returns the handle.
    pub fn register_asset(&mut self, kind: RefKind, name: &str) -> Value {
        let index = self.vm.assets.add(kind, name);
        let handle = Value::Ref(kind, index);
        self.env.constants.insert(Rc::from(name), handle.clone());
        handle
    }

    /// Registers a sprite with its facts (see `project::sprite::load_sprite`).
    pub fn register_sprite(&mut self, name: &str, sprite: Sprite) -> Value {
        let index = self.vm.assets.add_sprite(name, sprite);
        let handle = Value::Ref(RefKind::Sprite, index);
        self.env.constants.insert(Rc::from(name), handle.clone());
        handle
    }

    /// Declares a function of an extension: calling it is a runtime error naming the extension,
    /// unless GML code defines a function of that name.
    /// `arg_count` is its fixed argument count, if it has one (a call with another count does
    /// not compile, as in GameMaker).
    pub fn register_extension_function(
        &mut self,
        extension: &str,
        function: &str,
        arg_count: Option<usize>,
    ) {
        self.vm
            .assets
            .extension_functions
            .insert(function.to_string(), extension.to_string());
        self.env
            .extension_functions
            .insert(Rc::from(function), (Rc::from(extension), arg_count));
    }

    pub fn has_event(&self, object: usize, event: EventKey) -> bool {
        self.vm.world.find_event(object, event).is_some()
    }
}
