//! Statements: control flow, declarations, assignments.

use super::func::{BreakKind, Breakable, FnCompiler, TryCtx};
use crate::syntax::ast::*;
use crate::vm::bytecode::Op;
use crate::vm::intern::Sym;

impl FnCompiler<'_, '_> {
    pub(super) fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        self.set_span(s.span);
        match &s.kind {
            StmtKind::Expr(e) => match &e.kind {
                // `i++;` as a statement is `i += 1`: no old value to keep.
                ExprKind::PostIncrement(t, d) | ExprKind::PreIncrement(t, d) => {
                    self.increment_stmt(t, *d, s.span)
                }
                ExprKind::Call(..) | ExprKind::New(..) => {
                    self.expr(e);
                    self.emit(Op::Pop);
                }
                _ => {
                    self.error("this expression cannot stand as a statement", e.span);
                }
            },
            StmtKind::Assign(target, op, value) => self.assign(target, *op, value, s.span),
            StmtKind::Var(decls) => {
                for d in decls {
                    let slot = self.declare_local(&d.name);
                    if let Some(init) = &d.init {
                        self.set_span(d.span);
                        self.expr(init);
                        self.emit(Op::StoreLocal(slot));
                    }
                }
            }
            StmtKind::GlobalVar(_) | StmtKind::Enum(_) => {}
            StmtKind::Static(decls) => {
                if !self.in_function {
                    self.error(
                        "static variables can only be declared inside a function",
                        s.span,
                    );
                }
                let _ = decls; // initialised once, at the start of the first call
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If(cond, then, els) => {
                self.expr(cond);
                let to_else = self.emit(Op::JumpIfFalse(0));
                self.stmt(then);
                if let Some(e) = els {
                    let to_end = self.emit(Op::Jump(0));
                    self.patch(to_else);
                    self.stmt(e);
                    self.patch(to_end);
                } else {
                    self.patch(to_else);
                }
            }
            StmtKind::While(cond, body) => {
                let start = self.here();
                self.expr(cond);
                let exit = self.emit(Op::JumpIfFalse(0));
                self.loop_body(body, BreakKind::Loop);
                self.emit(Op::Jump(start));
                self.patch(exit);
                self.end_loop(start);
            }
            StmtKind::DoUntil(body, cond) => {
                let start = self.here();
                self.loop_body(body, BreakKind::Loop);
                let cont = self.here();
                self.set_span(cond.span);
                self.expr(cond);
                self.emit(Op::JumpIfFalse(start));
                self.end_loop(cont);
            }
            StmtKind::For(init, cond, step, body) => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let start = self.here();
                let exit = cond.as_ref().map(|c| {
                    self.expr(c);
                    self.emit(Op::JumpIfFalse(0))
                });
                self.loop_body(body, BreakKind::Loop);
                let cont = self.here();
                if let Some(st) = step {
                    self.stmt(st);
                }
                self.emit_for_loop_back(start, exit);
                if let Some(x) = exit {
                    self.patch(x);
                }
                self.end_loop(cont);
            }
            StmtKind::Repeat(count, body) => {
                let counter = self.temp_local();
                self.expr(count);
                self.emit(Op::StoreLocal(counter));
                let start = self.here();
                let exit = self.emit(Op::RepeatStep(counter, 0));
                self.loop_body(body, BreakKind::Loop);
                self.emit(Op::Jump(start));
                self.patch(exit);
                self.end_loop(start);
            }
            StmtKind::With(target, body) => {
                self.expr(target);
                let begin = self.emit(Op::WithBegin(0));
                let body_start = self.here();
                self.loop_body(body, BreakKind::With);
                let cont = self.here();
                self.emit(Op::WithNext(body_start));
                self.patch(begin);
                self.end_loop(cont);
            }
            StmtKind::Switch(value, cases) => self.switch(value, cases),
            StmtKind::Break => self.break_or_continue(true, s.span),
            StmtKind::Continue => self.break_or_continue(false, s.span),
            StmtKind::Return(value) => {
                match value {
                    Some(v) => {
                        self.expr(v);
                        if self.tries.iter().any(|t| t.handler || t.finally.is_some()) {
                            let tmp = self.temp_local();
                            self.emit(Op::StoreLocal(tmp));
                            self.leave_tries(0);
                            self.emit(Op::LoadLocal(tmp));
                        }
                    }
                    None => {
                        self.leave_tries(0);
                        self.emit(Op::PushUndefined);
                    }
                }
                self.emit(Op::Return);
            }
            StmtKind::Exit => {
                self.leave_tries(0);
                self.emit(Op::ReturnUndefined);
            }
            StmtKind::Throw(e) => {
                self.expr(e);
                self.emit(Op::Throw);
            }
            StmtKind::Try(body, catch, finally) => self.try_stmt(body, catch, finally),
            StmtKind::Function(f) => {
                // Named functions inside events and functions become method variables of self.
                if !self.top_level {
                    let name = f.name.clone().unwrap_or_else(|| "anonymous".into());
                    let idx = self.function_literal(f, &name);
                    self.ctx.assigned.borrow_mut().insert(name.clone());
                    self.emit(Op::MakeMethod(idx));
                    self.emit(Op::StoreSelf(Sym::intern(&name)));
                }
            }
            StmtKind::Delete(target) => {
                self.expr(target);
                self.emit(Op::Delete);
                let undef = Expr {
                    kind: ExprKind::Undefined,
                    span: target.span,
                };
                if matches!(target.kind, ExprKind::Ident(_) | ExprKind::Field(..)) {
                    self.assign(target, AssignOp::Set, &undef, s.span);
                }
            }
            StmtKind::Error => {}
        }
    }

    fn loop_body(&mut self, body: &Stmt, kind: BreakKind) {
        self.breakables.push(Breakable {
            kind,
            breaks: Vec::new(),
            continues: Vec::new(),
            try_depth: self.tries.len(),
        });
        self.stmt(body);
    }

    fn end_loop(&mut self, continue_target: u32) {
        let b = self.breakables.pop().expect("loop context");
        for at in b.continues {
            self.patch_to(at, continue_target);
        }
        for at in b.breaks {
            self.patch(at);
        }
    }

    fn break_or_continue(&mut self, is_break: bool, span: crate::syntax::ast::Span) {
        // `continue` skips switches and goes to the enclosing loop.
        let idx = if is_break {
            self.breakables.len().checked_sub(1)
        } else {
            self.breakables
                .iter()
                .rposition(|b| b.kind != BreakKind::Switch)
        };
        let Some(idx) = idx else {
            let what = if is_break { "break" } else { "continue" };
            self.error(format!("{what} used outside a loop, switch or with"), span);
            return;
        };
        let depth = self.breakables[idx].try_depth;
        self.leave_tries(depth);
        // Leaving `with` blocks crossed on the way out restores their self.
        let crossed_withs = self.breakables[idx + 1..]
            .iter()
            .filter(|b| b.kind == BreakKind::With)
            .count();
        for _ in 0..crossed_withs {
            self.emit(Op::WithExit);
        }
        if is_break && self.breakables[idx].kind == BreakKind::With {
            self.emit(Op::WithExit);
        }
        let at = self.emit(Op::Jump(0));
        if is_break {
            self.breakables[idx].breaks.push(at);
        } else {
            self.breakables[idx].continues.push(at);
        }
    }

    /// Emits what leaving every `try` above `depth` needs: remove its handler, run its finally.
    fn leave_tries(&mut self, depth: usize) {
        let saved: Vec<TryCtx> = self.tries.drain(depth..).collect();
        for t in saved.iter().rev() {
            if t.handler {
                self.emit(Op::TryEnd);
            }
            if let Some(f) = &t.finally {
                // finally code is compiled with only the tries outside it active
                self.block(f);
            }
        }
        // Only this exit path removed the handlers: code after the jump still sees them.
        self.tries.extend(saved);
    }

    fn switch(&mut self, value: &Expr, cases: &[SwitchCase]) {
        let tmp = self.temp_local();
        self.expr(value);
        self.emit(Op::StoreLocal(tmp));
        let mut jumps = Vec::new();
        for c in cases {
            if let Some(label) = &c.label {
                self.set_span(c.span);
                self.emit(Op::LoadLocal(tmp));
                self.expr(label);
                self.emit(Op::Eq);
                jumps.push(Some(self.emit(Op::JumpIfTrue(0))));
            } else {
                jumps.push(None);
            }
        }
        let to_default = self.emit(Op::Jump(0));
        self.breakables.push(Breakable {
            kind: BreakKind::Switch,
            breaks: Vec::new(),
            continues: Vec::new(),
            try_depth: self.tries.len(),
        });
        let mut default_at = None;
        for (c, j) in cases.iter().zip(jumps) {
            match j {
                Some(j) => self.patch(j),
                None => default_at = Some(self.here()),
            }
            self.block(&c.body);
        }
        match default_at {
            Some(t) => self.patch_to(to_default, t),
            None => self.patch(to_default),
        }
        let b = self.breakables.pop().expect("switch context");
        for at in b.breaks {
            self.patch(at);
        }
    }

    /// `break`, `continue`, `return` and `exit` may not leave a finally block.
    fn check_finally(&mut self, stmts: &[Stmt], in_loop: bool) {
        for s in stmts {
            match &s.kind {
                StmtKind::Return(_) | StmtKind::Exit => {
                    self.error("return and exit are not allowed in a finally block", s.span)
                }
                StmtKind::Break | StmtKind::Continue if !in_loop => {
                    self.error("break and continue cannot leave a finally block", s.span)
                }
                StmtKind::Block(b) => self.check_finally(b, in_loop),
                StmtKind::If(_, a, b) => {
                    self.check_finally(std::slice::from_ref(a), in_loop);
                    if let Some(b) = b {
                        self.check_finally(std::slice::from_ref(b), in_loop);
                    }
                }
                StmtKind::While(_, b)
                | StmtKind::Repeat(_, b)
                | StmtKind::With(_, b)
                | StmtKind::DoUntil(b, _)
                | StmtKind::For(_, _, _, b) => self.check_finally(std::slice::from_ref(b), true),
                StmtKind::Switch(_, cases) => {
                    for c in cases {
                        self.check_finally(&c.body, true);
                    }
                }
                StmtKind::Try(a, c, f) => {
                    self.check_finally(a, in_loop);
                    if let Some((_, c)) = c {
                        self.check_finally(c, in_loop);
                    }
                    if let Some(f) = f {
                        self.check_finally(f, in_loop);
                    }
                }
                _ => {}
            }
        }
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        catch: &Option<(Name, Vec<Stmt>)>,
        finally: &Option<Vec<Stmt>>,
    ) {
        if let Some(f) = finally {
            self.check_finally(f, false);
        }
        let handler = self.emit(Op::TryBegin(0));
        self.tries.push(TryCtx {
            finally: finally.clone(),
            handler: true,
        });
        self.block(body);
        self.tries.pop();
        self.emit(Op::TryEnd);
        if let Some(f) = finally {
            self.block(f);
        }
        let to_end = self.emit(Op::Jump(0));
        self.patch(handler);
        let err = self.temp_local();
        self.emit(Op::StoreLocal(err));
        match catch {
            Some((name, cbody)) => {
                let slot = self.declare_local(name);
                self.emit(Op::LoadLocal(err));
                self.emit(Op::StoreLocal(slot));
                if let Some(f) = finally {
                    // An error inside catch still runs finally, then propagates.
                    let rethrow = self.emit(Op::TryBegin(0));
                    self.tries.push(TryCtx {
                        finally: Some(f.clone()),
                        handler: true,
                    });
                    self.block(cbody);
                    self.tries.pop();
                    self.emit(Op::TryEnd);
                    self.block(f);
                    let done = self.emit(Op::Jump(0));
                    self.patch(rethrow);
                    self.emit(Op::StoreLocal(err));
                    self.block(f);
                    self.emit(Op::LoadLocal(err));
                    self.emit(Op::Throw);
                    self.patch(done);
                } else {
                    self.block(cbody);
                }
            }
            None => {
                if let Some(f) = finally {
                    self.block(f);
                }
                self.emit(Op::LoadLocal(err));
                self.emit(Op::Throw);
            }
        }
        self.patch(to_end);
    }
}
