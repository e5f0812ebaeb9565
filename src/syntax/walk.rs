//! One traversal of the syntax tree for the passes that look for something wherever it is
//! written (global `enum`s, `gml_pragma("global", ...)`): every statement and every expression,
//! in source order, including the bodies of functions declared or written as literals.

use super::ast::{Expr, ExprKind, FunctionDecl, Stmt, StmtKind, TemplatePart};

/// Calls `on_stmt` on every statement and `on_expr` on every expression of `body`, at any depth,
/// each before its children.
pub fn walk<'a>(
    body: &'a [Stmt],
    on_stmt: &mut impl FnMut(&'a Stmt),
    on_expr: &mut impl FnMut(&'a Expr),
) {
    Walker { on_stmt, on_expr }.stmts(body);
}

/// Calls `f` on every statement of `body` at any depth (see `walk`).
pub fn for_each_stmt<'a>(body: &'a [Stmt], f: &mut impl FnMut(&'a Stmt)) {
    walk(body, f, &mut |_| {});
}

struct Walker<'f, S, E> {
    on_stmt: &'f mut S,
    on_expr: &'f mut E,
}

impl<'a, S: FnMut(&'a Stmt), E: FnMut(&'a Expr)> Walker<'_, S, E> {
    fn stmts(&mut self, list: &'a [Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        (self.on_stmt)(s);
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Throw(e) | StmtKind::Delete(e) => self.expr(e),
            StmtKind::Return(e) => self.opt(e),
            StmtKind::Assign(a, _, b) => {
                self.expr(a);
                self.expr(b);
            }
            StmtKind::Var(decls) | StmtKind::Static(decls) => {
                for d in decls {
                    self.opt(&d.init);
                }
            }
            StmtKind::Block(body) => self.stmts(body),
            StmtKind::If(c, a, b) => {
                self.expr(c);
                self.stmt(a);
                if let Some(b) = b {
                    self.stmt(b);
                }
            }
            StmtKind::While(c, body) | StmtKind::Repeat(c, body) | StmtKind::With(c, body) => {
                self.expr(c);
                self.stmt(body);
            }
            StmtKind::DoUntil(body, c) => {
                self.stmt(body);
                self.expr(c);
            }
            StmtKind::For(init, cond, step, body) => {
                if let Some(s) = init {
                    self.stmt(s);
                }
                self.opt(cond);
                if let Some(s) = step {
                    self.stmt(s);
                }
                self.stmt(body);
            }
            StmtKind::Switch(e, cases) => {
                self.expr(e);
                for c in cases {
                    self.opt(&c.label);
                    self.stmts(&c.body);
                }
            }
            StmtKind::Try(body, catch, finally) => {
                self.stmts(body);
                if let Some((_, c)) = catch {
                    self.stmts(c);
                }
                if let Some(f) = finally {
                    self.stmts(f);
                }
            }
            StmtKind::Function(f) => self.function(f),
            StmtKind::GlobalVar(_)
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Exit
            | StmtKind::Enum(_)
            | StmtKind::Error => {}
        }
    }

    fn function(&mut self, f: &'a FunctionDecl) {
        for p in &f.params {
            self.opt(&p.default);
        }
        if let Some((_, args)) = &f.parent {
            self.args(args);
        }
        self.stmts(&f.body);
    }

    fn opt(&mut self, e: &'a Option<Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn args(&mut self, list: &'a [Option<Expr>]) {
        for a in list.iter().flatten() {
            self.expr(a);
        }
    }

    fn expr(&mut self, e: &'a Expr) {
        (self.on_expr)(e);
        match &e.kind {
            ExprKind::Call(f, a) | ExprKind::New(f, a) => {
                self.expr(f);
                self.args(a);
            }
            ExprKind::Template(parts) => {
                for p in parts {
                    if let TemplatePart::Expr(e) = p {
                        self.expr(e);
                    }
                }
            }
            ExprKind::Array(items) => items.iter().for_each(|e| self.expr(e)),
            ExprKind::Struct(fields) => fields.iter().for_each(|(_, e)| self.expr(e)),
            ExprKind::Function(f) => self.function(f),
            ExprKind::Unary(_, a)
            | ExprKind::Field(a, _)
            | ExprKind::PreIncrement(a, _)
            | ExprKind::PostIncrement(a, _) => self.expr(a),
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Ternary(a, b, c) => {
                self.expr(a);
                self.expr(b);
                self.expr(c);
            }
            ExprKind::Index(a, _, idx) => {
                self.expr(a);
                idx.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Real(_)
            | ExprKind::Int64(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::Undefined
            | ExprKind::SelfKw
            | ExprKind::Other
            | ExprKind::Global
            | ExprKind::All
            | ExprKind::Noone
            | ExprKind::Ident(_) => {}
        }
    }
}
