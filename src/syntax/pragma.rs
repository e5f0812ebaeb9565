//! `gml_pragma("global", "code")`: GameMaker processes pragmas before the game is compiled, so a
//! call written anywhere (top level, a function never called, an event) counts. This finds the
//! "global" ones in a parsed file; the program compiles their code and runs it at global scope
//! before any other code runs (see `runtime::program`).

use super::ast::{Expr, ExprKind, FunctionDecl, Span, Stmt, StmtKind, TemplatePart};
use super::ParsedFile;

/// The code strings of every `gml_pragma("global", "...")` call in the file, in source order,
/// with the span of the string literal.
pub fn global_code(file: &ParsedFile) -> Vec<(String, Span)> {
    let mut found = Vec::new();
    stmts(&file.top_level, &mut found);
    for o in &file.objects {
        for e in &o.events {
            stmts(&e.body, &mut found);
        }
    }
    found
}

fn stmts(list: &[Stmt], out: &mut Vec<(String, Span)>) {
    for s in list {
        stmt(s, out);
    }
}

fn stmt(s: &Stmt, out: &mut Vec<(String, Span)>) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Throw(e) | StmtKind::Delete(e) => expr(e, out),
        StmtKind::Return(e) => e.iter().for_each(|e| expr(e, out)),
        StmtKind::Assign(a, _, b) => {
            expr(a, out);
            expr(b, out);
        }
        StmtKind::Var(decls) | StmtKind::Static(decls) => decls
            .iter()
            .filter_map(|d| d.init.as_ref())
            .for_each(|e| expr(e, out)),
        StmtKind::Block(body) => stmts(body, out),
        StmtKind::If(c, a, b) => {
            expr(c, out);
            stmt(a, out);
            b.iter().for_each(|b| stmt(b, out));
        }
        StmtKind::While(c, body) | StmtKind::Repeat(c, body) | StmtKind::With(c, body) => {
            expr(c, out);
            stmt(body, out);
        }
        StmtKind::DoUntil(body, c) => {
            stmt(body, out);
            expr(c, out);
        }
        StmtKind::For(init, cond, step, body) => {
            init.iter().for_each(|s| stmt(s, out));
            cond.iter().for_each(|e| expr(e, out));
            step.iter().for_each(|s| stmt(s, out));
            stmt(body, out);
        }
        StmtKind::Switch(e, cases) => {
            expr(e, out);
            for c in cases {
                c.label.iter().for_each(|e| expr(e, out));
                stmts(&c.body, out);
            }
        }
        StmtKind::Try(body, catch, finally) => {
            stmts(body, out);
            catch.iter().for_each(|(_, b)| stmts(b, out));
            finally.iter().for_each(|b| stmts(b, out));
        }
        StmtKind::Function(f) => function(f, out),
        StmtKind::GlobalVar(_)
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Exit
        | StmtKind::Enum(_)
        | StmtKind::Error => {}
    }
}

fn function(f: &FunctionDecl, out: &mut Vec<(String, Span)>) {
    f.params
        .iter()
        .filter_map(|p| p.default.as_ref())
        .for_each(|e| expr(e, out));
    if let Some((_, a)) = &f.parent {
        args(a, out);
    }
    stmts(&f.body, out);
}

fn args(list: &[Option<Expr>], out: &mut Vec<(String, Span)>) {
    list.iter().flatten().for_each(|e| expr(e, out));
}

fn expr(e: &Expr, out: &mut Vec<(String, Span)>) {
    match &e.kind {
        ExprKind::Call(f, a) => {
            if let (ExprKind::Ident(name), [Some(first), Some(code), ..]) = (&f.kind, &a[..]) {
                if &**name == "gml_pragma" {
                    if let (ExprKind::Str(kind), ExprKind::Str(text)) = (&first.kind, &code.kind) {
                        if kind == "global" {
                            out.push((text.clone(), code.span));
                        }
                    }
                }
            }
            expr(f, out);
            args(a, out);
        }
        ExprKind::New(f, a) => {
            expr(f, out);
            args(a, out);
        }
        ExprKind::Template(parts) => {
            for p in parts {
                if let TemplatePart::Expr(e) = p {
                    expr(e, out);
                }
            }
        }
        ExprKind::Array(items) => items.iter().for_each(|e| expr(e, out)),
        ExprKind::Struct(fields) => fields.iter().for_each(|(_, e)| expr(e, out)),
        ExprKind::Function(f) => function(f, out),
        ExprKind::Unary(_, a)
        | ExprKind::Field(a, _)
        | ExprKind::PreIncrement(a, _)
        | ExprKind::PostIncrement(a, _) => expr(a, out),
        ExprKind::Binary(_, a, b) => {
            expr(a, out);
            expr(b, out);
        }
        ExprKind::Ternary(a, b, c) => {
            expr(a, out);
            expr(b, out);
            expr(c, out);
        }
        ExprKind::Index(a, _, idx) => {
            expr(a, out);
            idx.iter().for_each(|e| expr(e, out));
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
