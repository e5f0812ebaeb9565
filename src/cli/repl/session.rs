//! The REPL's line-level engine, independent of the terminal: evaluates one input (expression,
//! statements, objects, `:command`), keeps `var` locals between inputs, and runs frames while idle.
//! Tests drive this directly; `terminal.rs` puts rustyline in front of it.

use crate::cli::disasm::disasm;
use crate::cli::report::runtime_error_report;
use crate::runtime::frame_loop;
use crate::runtime::program::Program;
use crate::syntax::{self, ReplInput};
use crate::vm::error::Error;
use crate::vm::intern::Sym;
use crate::vm::value::Value;
use crate::vm::Vm;
use std::io::Write;
use std::rc::Rc;
use std::time::Instant;

pub struct Session {
    pub program: Program,
    counter: u32,
    /// Idle frames stop after one fails or is interrupted (else a bad Step event would report
    /// its error every frame, or hang again at once); `:resume` restarts them.
    paused: bool,
    make_out: Rc<dyn Fn() -> Box<dyn Write>>,
}

pub const HELP: &str = "\
Type GML: an expression prints its value; statements, functions, enums, macros and
#object/#event blocks are defined for the rest of the session.
  :help              this text
  :step [N]          run N frames now (default 1)
  :instances         list live instances
  :vars [INSTANCE]   global variables, or an instance's variables (by id)
  :time EXPR         evaluate EXPR and print how long it took
  :disasm NAME       bytecode of a script function
  :load FILE         load a .gml file (functions, objects, top-level code)
  :async on|off      print every async_load as it arrives
  :resume            restart idle frames after an error paused them
  :reset             forget everything and start again
  :quit              leave (Ctrl-D also does)";

pub const COMMANDS: &[&str] = &[
    ":help",
    ":step",
    ":instances",
    ":vars",
    ":time",
    ":disasm",
    ":load",
    ":async",
    ":resume",
    ":reset",
    ":quit",
];

/// What one input produced.
#[derive(Debug, PartialEq, Eq)]
pub enum Reply {
    /// Text to show (a value, a listing); may be empty.
    Text(String),
    /// A compile or runtime error report.
    Error(String),
    Quit,
}

impl Session {
    /// A session whose game output goes to writers made by `make_out` (stdout, or a test buffer).
    pub fn new(make_out: Rc<dyn Fn() -> Box<dyn Write>>) -> Session {
        let vm = Vm::new(make_out());
        Session {
            program: Program::with_stdlib(vm),
            counter: 0,
            paused: false,
            make_out,
        }
    }

    /// Whether more lines are needed before `input` can be evaluated: a bracket, string or block
    /// is open, or an `#object`/`#event` block has not yet been ended by an empty line.
    pub fn is_incomplete(input: &str) -> bool {
        if syntax::is_incomplete(input) {
            return true;
        }
        let head = input.trim_start();
        if head.starts_with("#object") || head.starts_with("#event") {
            // The last line typed (input ends with the newline that entered it) must be blank.
            let body = input.strip_suffix('\n').unwrap_or(input);
            return match body.rsplit_once('\n') {
                Some((_, last)) => !last.trim().is_empty(),
                None => true,
            };
        }
        false
    }

    /// Whether a frame run now could do anything: live instances, async work in flight or queued.
    pub fn busy(&self) -> bool {
        let vm = &self.program.vm;
        vm.world.live().next().is_some()
            || vm.async_io.pending() > 0
            || crate::runtime::async_dispatch::has_queued(vm)
    }

    /// Whether async work is in flight or queued (an Async event is still to come).
    pub fn async_pending(&self) -> bool {
        let vm = &self.program.vm;
        vm.async_io.pending() > 0 || crate::runtime::async_dispatch::has_queued(vm)
    }

    pub fn eval(&mut self, input: &str) -> Reply {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Reply::Text(String::new());
        }
        if let Some(cmd) = trimmed.strip_prefix(':') {
            return self.command(cmd);
        }
        self.counter += 1;
        let name = format!("<repl {}>", self.counter);
        self.eval_source(&name, input, true)
    }

    fn eval_source(&mut self, name: &str, input: &str, show_value: bool) -> Reply {
        self.program
            .vm
            .interrupt
            .store(false, std::sync::atomic::Ordering::Relaxed);
        let parsed = match syntax::parse_repl_input(input, &mut self.program.macros) {
            Ok(p) => p,
            Err(diags) => {
                return Reply::Error(diagnostics_text(&diags, name, input));
            }
        };
        let (file, is_expr) = match parsed {
            ReplInput::Expr(e) => {
                let span = e.span;
                let ret = syntax::ast::Stmt {
                    kind: syntax::ast::StmtKind::Return(Some(e)),
                    span,
                };
                (
                    syntax::ParsedFile {
                        top_level: vec![ret],
                        objects: Vec::new(),
                    },
                    true,
                )
            }
            ReplInput::File(f) => (f, false),
        };
        let source = Rc::new(crate::vm::bytecode::SourceFile {
            name: name.to_string(),
            text: input.to_string(),
        });
        let compiled =
            match crate::compiler::compile_file(&mut self.program.env, &file, source, true) {
                Ok(c) => c,
                Err(diags) => {
                    return Reply::Error(diagnostics_text(&diags, name, input));
                }
            };
        let top = self.program.install(compiled);
        let n = self.program.env.repl_locals.len();
        let mut locals = std::mem::take(&mut self.program.vm.repl_locals);
        if locals.len() < n {
            locals.resize(n, Value::Unset);
        }
        let result = self.program.vm.run_with_locals(top, &mut locals);
        self.program.vm.repl_locals = locals;
        frame_loop::collect_garbage_if_due(&mut self.program.vm);
        let _ = self.program.vm.out.flush();
        match result {
            Ok(v) if is_expr && show_value => Reply::Text(self.show(&v)),
            Ok(_) => Reply::Text(String::new()),
            Err(Error::Interrupted) => Reply::Error("interrupted".to_string()),
            Err(e) => Reply::Error(runtime_error_report(&self.program.vm, &e)),
        }
    }

    /// A value as the prompt shows it: `string()`'s text, with strings quoted.
    pub fn show(&mut self, v: &Value) -> String {
        let mut s = String::new();
        match crate::vm::ops::write_value(&mut self.program.vm, v, &mut s, true) {
            Ok(()) => s,
            Err(e) => format!("<{}>", e.message()),
        }
    }

    /// Runs one frame if anything would happen in it (instances or pending async work).
    pub fn idle_tick(&mut self) -> Option<Reply> {
        if self.paused || !self.busy() {
            return None;
        }
        let vm = &mut self.program.vm;
        vm.interrupt
            .store(false, std::sync::atomic::Ordering::Relaxed);
        let r = frame_loop::run_frame(vm);
        vm.game.frame += 1;
        let _ = vm.out.flush();
        match r {
            Ok(()) => None,
            Err(e) => {
                let report = match e {
                    Error::Interrupted => "interrupted\n".to_string(),
                    e => runtime_error_report(vm, &e),
                };
                let report = if report.ends_with('\n') {
                    report
                } else {
                    format!("{report}\n")
                };
                self.paused = true;
                Some(Reply::Error(format!(
                    "{report}idle frames paused (:resume restarts them, :step N runs N)"
                )))
            }
        }
    }

    fn command(&mut self, cmd: &str) -> Reply {
        let (name, arg) = match cmd.split_once(char::is_whitespace) {
            Some((n, a)) => (n, a.trim()),
            None => (cmd, ""),
        };
        match name {
            "help" | "h" | "?" => Reply::Text(HELP.to_string()),
            "quit" | "q" | "exit" => Reply::Quit,
            "step" => {
                let n: u64 = if arg.is_empty() {
                    1
                } else {
                    match arg.parse() {
                        Ok(n) => n,
                        Err(_) => {
                            return Reply::Error(format!(":step needs a number, not '{arg}'"))
                        }
                    }
                };
                let vm = &mut self.program.vm;
                vm.interrupt
                    .store(false, std::sync::atomic::Ordering::Relaxed);
                for _ in 0..n {
                    if let Err(e) = frame_loop::run_frame(vm) {
                        let _ = vm.out.flush();
                        return Reply::Error(match e {
                            Error::Interrupted => "interrupted".to_string(),
                            e => runtime_error_report(vm, &e),
                        });
                    }
                    vm.game.frame += 1;
                }
                let _ = vm.out.flush();
                Reply::Text(format!("ran {n} frame{}", if n == 1 { "" } else { "s" }))
            }
            "instances" => {
                let vm = &self.program.vm;
                let mut out = String::new();
                for inst in vm.world.live() {
                    let b = inst.borrow();
                    if let Some(d) = b.instance() {
                        let obj = vm
                            .world
                            .objects
                            .get(d.object_index)
                            .map(|o| o.name.to_string())
                            .unwrap_or_default();
                        let x = b
                            .get(Sym::intern("x"))
                            .and_then(|v| v.as_f64())
                            .unwrap_or(0.0);
                        let y = b
                            .get(Sym::intern("y"))
                            .and_then(|v| v.as_f64())
                            .unwrap_or(0.0);
                        out.push_str(&format!(
                            "{} {obj} x={} y={}\n",
                            d.id,
                            crate::vm::value::real_to_string(x),
                            crate::vm::value::real_to_string(y)
                        ));
                    }
                }
                if out.is_empty() {
                    out.push_str("no instances");
                }
                Reply::Text(out.trim_end().to_string())
            }
            "vars" => self.vars(arg),
            "time" => {
                if arg.is_empty() {
                    return Reply::Error(":time needs an expression".to_string());
                }
                let start = Instant::now();
                let r = self.eval_source("<time>", arg, true);
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                match r {
                    Reply::Text(t) => Reply::Text(format!("{t}\n({ms:.3} ms)")),
                    other => other,
                }
            }
            "disasm" => match self.program.vm.script_by_name(arg) {
                Some(f) => {
                    let mut out = String::new();
                    disasm(&f.proto, &mut out);
                    Reply::Text(out.trim_end().to_string())
                }
                None => Reply::Error(format!("no script function named '{arg}'")),
            },
            "load" => match std::fs::read_to_string(arg) {
                Ok(text) => self.eval_source(arg, &text, false),
                Err(e) => Reply::Error(format!("cannot read {arg}: {e}")),
            },
            "resume" => {
                self.paused = false;
                Reply::Text("idle frames running".into())
            }
            "async" => match arg {
                "on" => {
                    self.program.vm.print_async = true;
                    Reply::Text("async_load printing on".into())
                }
                "off" => {
                    self.program.vm.print_async = false;
                    Reply::Text("async_load printing off".into())
                }
                _ => Reply::Error(":async on|off".into()),
            },
            "reset" => {
                let out = (self.make_out)();
                *self = Session::new(self.make_out.clone());
                self.program.vm.out = out;
                Reply::Text("session reset".into())
            }
            _ => Reply::Error(format!("unknown command ':{name}' (try :help)")),
        }
    }

    fn vars(&mut self, arg: &str) -> Reply {
        let scope = if arg.is_empty() {
            self.program.vm.global.clone()
        } else {
            let id: i64 = match arg.trim().parse() {
                Ok(n) => n,
                Err(_) => return Reply::Error(format!(":vars needs an instance id, not '{arg}'")),
            };
            match self.program.vm.world.get_live(id) {
                Some(s) => s,
                None => return Reply::Error(format!("no instance {id}")),
            }
        };
        let fields: Vec<(Sym, Value)> = scope.borrow().entries();
        let mut out = String::new();
        for (k, v) in fields {
            let shown = self.show(&v);
            out.push_str(&format!("{k} = {shown}\n"));
        }
        if arg.is_empty() {
            let values = self.program.vm.repl_locals.clone();
            for (name, v) in self.program.env.repl_locals.clone().iter().zip(values) {
                if name.starts_with('$') || matches!(v, Value::Unset) {
                    continue;
                }
                let shown = self.show(&v);
                out.push_str(&format!("var {name} = {shown}\n"));
            }
        }
        Reply::Text(out.trim_end().to_string())
    }

    /// Names the prompt can complete: builtins, constants, globals, instance variables, objects,
    /// script functions, `:commands`.
    pub fn completion_names(&self) -> Vec<String> {
        let reg = crate::builtins::registry();
        let vm = &self.program.vm;
        let mut names: Vec<String> = reg.functions.iter().map(|b| b.name.to_string()).collect();
        names.extend(reg.constants.keys().map(|k| k.to_string()));
        names.extend(
            vm.global
                .borrow()
                .fields
                .keys()
                .map(|k| k.as_str().to_string()),
        );
        for inst in vm.world.live() {
            names.extend(
                inst.borrow()
                    .entries()
                    .iter()
                    .map(|(k, _)| k.as_str().to_string()),
            );
        }
        names.extend(vm.world.objects.iter().map(|o| o.name.to_string()));
        names.extend(self.program.env.scripts.keys().map(|k| k.to_string()));
        names.extend(
            self.program
                .env
                .repl_locals
                .iter()
                .filter(|n| !n.starts_with('$'))
                .map(|n| n.to_string()),
        );
        names.extend(COMMANDS.iter().map(|c| c.to_string()));
        names.sort();
        names.dedup();
        names
    }
}

/// Completions of the word ending at `pos` in `line`: (start of the word, candidates).
pub fn complete(names: &[String], line: &str, pos: usize) -> (usize, Vec<String>) {
    let before = &line[..pos.min(line.len())];
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .map(|i| i + 1)
        .unwrap_or(0);
    let word = &before[start..];
    if word.is_empty() {
        return (start, Vec::new());
    }
    let matches = names
        .iter()
        .filter(|n| n.starts_with(word))
        .cloned()
        .collect();
    (start, matches)
}

/// The REPL's report of compile errors: rendered as `gml check` does, without the final newline.
fn diagnostics_text(diags: &[syntax::Diagnostic], name: &str, input: &str) -> String {
    let mut out = syntax::render_diagnostics(diags, name, input, false);
    out.truncate(out.trim_end().len());
    out
}
