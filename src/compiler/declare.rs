//! The declaration pre-pass: what GML lets code use before its definition and outside the code
//! that defines it. Script functions (named functions at the top level of a file), objects,
//! `globalvar`s and enums are global to the whole program; an `enum` counts wherever it is
//! written, even inside a function body. The pass also notes the names assigned as variables or
//! declared `static` anywhere, so that `gml check` does not call a method an unknown function.
//!
//! A program of several files (a project) declares every file before compiling any, so that a
//! file can use what a later file defines:
//!
//! ```text
//! for each file: syntax::collect_macros(text, &mut macros)     // macros are global too
//! for each file: parsed = syntax::parse_file(text, &mut macros)
//! for each file: env.declare(&parsed)                          // diagnostics may be ignored here
//! for each file: compiler::compile_file(&mut env, &parsed, ..) // reports them, once
//! ```
//!
//! `Program::compile_files` does exactly this. `compile_file` declares its own file first, so a
//! single file needs no separate call.

use super::expr::fold_const;
use super::CompileEnv;
use crate::syntax::ast::*;
use crate::syntax::walk::for_each_stmt;
use crate::syntax::{Diagnostic, ParsedFile};
use hashbrown::HashMap;
use std::rc::Rc;

impl CompileEnv {
    /// Records what `file` declares for the whole program: its objects, script functions,
    /// `globalvar`s and enums. Calling it again for the same file changes nothing. Returns the
    /// problems found in its enums (values that are not constant integers). An enum whose value
    /// uses an enum no file has declared yet is reported too, but kept aside and defined as soon
    /// as a later file declares what it needs; so a program declares all its files first and
    /// takes the diagnostics from `compile_file`.
    pub fn declare(&mut self, file: &ParsedFile) -> Vec<Diagnostic> {
        for o in &file.objects {
            if !self.objects.contains_key(&o.name) {
                self.objects.insert(o.name.clone(), self.object_count);
                self.object_count += 1;
            }
        }
        for s in &file.top_level {
            if let StmtKind::Function(f) = &s.kind {
                if let Some(name) = &f.name {
                    self.script_index(name);
                }
            }
        }
        let mut bodies: Vec<&[Stmt]> = vec![&file.top_level];
        for o in &file.objects {
            for e in &o.events {
                bodies.push(&e.body);
            }
        }
        self.declare_bodies(&bodies)
    }

    /// `declare` for code that is not a file of its own (a project's event or creation code):
    /// its enums, `globalvar`s and member names.
    pub fn declare_code(&mut self, body: &[Stmt]) -> Vec<Diagnostic> {
        self.declare_bodies(&[body])
    }

    fn declare_bodies(&mut self, bodies: &[&[Stmt]]) -> Vec<Diagnostic> {
        let mut enums = Vec::new();
        for body in bodies {
            for_each_stmt(body, &mut |s| match &s.kind {
                StmtKind::Enum(e) => enums.push(e),
                StmtKind::GlobalVar(names) => {
                    for (n, _) in names {
                        self.globalvars.insert(n.clone());
                    }
                }
                StmtKind::Static(decls) => {
                    for d in decls {
                        self.member_names.insert(d.name.clone());
                    }
                }
                StmtKind::Assign(target, _, _) => {
                    if let ExprKind::Ident(n) | ExprKind::Field(_, n) = &target.kind {
                        self.member_names.insert(n.clone());
                    }
                }
                _ => {}
            });
        }
        self.define_enums(enums)
    }

    /// The script table index of function `name`, allocating one the first time.
    pub(super) fn script_index(&mut self, name: &Rc<str>) -> u32 {
        if let Some(&i) = self.scripts.get(name) {
            return i;
        }
        let i = self.script_count;
        self.scripts.insert(name.clone(), i);
        self.script_count += 1;
        i
    }

    /// Defines enums whose values may use each other in any order, across files: each round
    /// defines those whose values are all known. What is left when a round makes no progress
    /// waits in `unresolved_enums` for later files; those of this call are reported.
    fn define_enums(&mut self, new: Vec<&EnumDecl>) -> Vec<Diagnostic> {
        let mine = new.len();
        let mut pending: Vec<(EnumDecl, bool)> =
            new.into_iter().map(|e| (e.clone(), true)).collect();
        for e in std::mem::take(&mut self.unresolved_enums) {
            // a later declaration of the same name replaces it
            if !pending[..mine].iter().any(|(p, _)| p.name == e.name) {
                pending.push((e, false));
            }
        }
        loop {
            let before = pending.len();
            pending.retain(|(e, _)| match self.enum_values(e) {
                Ok(members) => {
                    self.enums.insert(e.name.clone(), members);
                    false
                }
                Err(_) => true,
            });
            if pending.is_empty() || pending.len() == before {
                break;
            }
        }
        let mut diags = Vec::new();
        for (e, is_mine) in pending {
            if is_mine {
                if let Err(mut d) = self.enum_values(&e) {
                    diags.append(&mut d);
                }
            }
            self.unresolved_enums.push(e);
        }
        diags
    }

    /// The members of `e` with their values: the first is 0, each member without a value is the
    /// previous one plus 1; a value is a constant integer expression that may use literals,
    /// constants, earlier members and other enums.
    fn enum_values(&self, e: &EnumDecl) -> Result<HashMap<Rc<str>, i64>, Vec<Diagnostic>> {
        let mut members = HashMap::new();
        let mut diags = Vec::new();
        let mut next: i64 = 0;
        for (name, value, span) in &e.members {
            if let Some(v) = value {
                match fold_const(self, v, Some((&e.name, &members))) {
                    Some(n) if n.fract() == 0.0 => next = n as i64,
                    _ => {
                        let mut d = Diagnostic::new(
                            format!(
                                "enum member {}.{} needs a constant integer value",
                                e.name, name
                            ),
                            *span,
                        );
                        if let Some(n) = unknown_name(self, v, &e.name, &members) {
                            d.notes.push(format!("`{n}` is not a known constant"));
                        }
                        diags.push(d);
                    }
                }
            }
            members.insert(name.clone(), next);
            next = next.wrapping_add(1);
        }
        if diags.is_empty() {
            Ok(members)
        } else {
            Err(diags)
        }
    }
}

/// The first name in an enum value that is neither a constant nor a known enum member.
fn unknown_name(
    env: &CompileEnv,
    e: &Expr,
    current: &str,
    members: &HashMap<Rc<str>, i64>,
) -> Option<String> {
    match &e.kind {
        ExprKind::Ident(n) => {
            let known =
                members.contains_key(n) || crate::builtins::registry().constants.contains_key(&**n);
            (!known).then(|| n.to_string())
        }
        ExprKind::Field(obj, m) => match &obj.kind {
            ExprKind::Ident(en) => {
                let known = if &**en == current {
                    members.contains_key(m)
                } else {
                    env.enums.get(en).is_some_and(|ms| ms.contains_key(m))
                };
                (!known).then(|| format!("{en}.{m}"))
            }
            _ => None,
        },
        ExprKind::Unary(_, a) => unknown_name(env, a, current, members),
        ExprKind::Binary(_, a, b) => unknown_name(env, a, current, members)
            .or_else(|| unknown_name(env, b, current, members)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::runtime::program::Program;
    use crate::vm::Vm;
    use std::cell::RefCell;
    use std::io::Write;
    use std::rc::Rc;

    #[derive(Clone, Default)]
    struct Buf(Rc<RefCell<Vec<u8>>>);

    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn files(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect()
    }

    /// Compiles and runs the files as one program; stdout, or the rendered compile errors.
    fn run(list: &[(&str, &str)]) -> Result<String, String> {
        let out = Buf::default();
        let mut p = Program::new(Vm::new(Box::new(out.clone())));
        let mut tops = Vec::new();
        let mut errors = String::new();
        for r in p.compile_files(&files(list)) {
            match r {
                Ok(f) => tops.push(f),
                Err(e) => errors.push_str(&e.render()),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        // every file's functions exist before the first top-level code runs
        let tops: Vec<_> = tops.into_iter().map(|f| p.install(f)).collect();
        for top in tops {
            p.vm.run_top_level(top).map_err(|e| e.message())?;
        }
        let text = String::from_utf8_lossy(&out.0.borrow()).into_owned();
        Ok(text)
    }

    #[test]
    fn files_of_a_program_share_enums_macros_and_functions() {
        // the first file uses what the second defines; an enum of the first file needs an enum
        // declared inside a function of the second
        let got = run(&[
            (
                "a.gml",
                "show_debug_message(Level.Hard + LIMIT + helper());\n\
                 enum Mode { A = Level.Hard * 10 }\n",
            ),
            (
                "b.gml",
                "#macro LIMIT 100\n\
                 function helper() { enum Level { Easy, Hard } return Mode.A; }\n",
            ),
            ("c.gml", "show_debug_message(Mode.A);\n"),
        ]);
        assert_eq!(got, Ok("111\n10\n".to_string()));
    }

    #[test]
    fn an_enum_nothing_can_resolve_is_reported_once_by_its_own_file() {
        let got = run(&[
            ("a.gml", "enum Mode { A = Missing.X }\n"),
            ("b.gml", "x = 1;\n"),
        ]);
        let err = got.unwrap_err();
        assert_eq!(
            err.matches("error:").count(),
            1,
            "one diagnostic expected:\n{err}"
        );
        assert!(
            err.starts_with("a.gml:1:13: error: enum member Mode.A needs a constant integer value"),
            "{err}"
        );
    }
}
