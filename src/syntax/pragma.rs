//! `gml_pragma("global", "code")`: GameMaker processes pragmas before the game is compiled, so a
//! call written anywhere (top level, a function never called, an event) counts. This finds the
//! "global" ones in a parsed file; the program compiles their code and runs it at global scope
//! before any other code runs (see `runtime::program`).

use super::ast::{Expr, ExprKind, Span};
use super::walk::walk;
use super::ParsedFile;

/// The code strings of every `gml_pragma("global", "...")` call in the file, in source order,
/// with the span of the string literal.
pub fn global_code(file: &ParsedFile) -> Vec<(String, Span)> {
    let mut found = Vec::new();
    let mut on_expr = |e: &Expr| {
        if let Some(code) = global_pragma(e) {
            found.push(code);
        }
    };
    walk(&file.top_level, &mut |_| {}, &mut on_expr);
    for o in &file.objects {
        for e in &o.events {
            walk(&e.body, &mut |_| {}, &mut on_expr);
        }
    }
    found
}

/// `gml_pragma("global", "code")` with literal strings: the code and its span.
fn global_pragma(e: &Expr) -> Option<(String, Span)> {
    let ExprKind::Call(f, a) = &e.kind else {
        return None;
    };
    let (ExprKind::Ident(name), [Some(first), Some(code), ..]) = (&f.kind, &a[..]) else {
        return None;
    };
    match (&**name, &first.kind, &code.kind) {
        ("gml_pragma", ExprKind::Str(kind), ExprKind::Str(text)) if kind == "global" => {
            Some((text.clone(), code.span))
        }
        _ => None,
    }
}
