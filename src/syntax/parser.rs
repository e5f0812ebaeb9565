//! Glue between the token pass and the LALRPOP grammar: the grammar's action helpers, running a
//! parser over a token slice, and turning LALRPOP errors into `Diagnostic`s.

use super::ast::*;
use super::lexer::{IntLit, Tok, Token};
use super::Diagnostic;
use lalrpop_util::{ErrorRecovery, ParseError};
use std::rc::Rc;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    grammar,
    "/gml.rs"
);

/// A semantic error found while building the tree (e.g. an expression that cannot be a statement).
#[derive(Clone, Debug, PartialEq)]
pub struct UserError {
    pub message: String,
    pub span: Span,
}

pub type Errors = Vec<ErrorRecovery<usize, Tok, UserError>>;

pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        span: Span::new(l, r),
    }
}

pub fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r),
    }
}

pub fn bin(op: BinaryOp, a: Expr, b: Expr, l: usize, r: usize) -> Expr {
    expr(ExprKind::Binary(op, Box::new(a), Box::new(b)), l, r)
}

pub fn int(v: IntLit, l: usize, r: usize) -> Expr {
    if v.int64 {
        expr(ExprKind::Int64(v.value), l, r)
    } else {
        expr(ExprKind::Real(v.value as f64), l, r)
    }
}

pub fn args(v: Vec<Option<Expr>>, last: Option<Expr>) -> Vec<Option<Expr>> {
    let mut v = v;
    match last {
        Some(e) => v.push(Some(e)),
        None if v.is_empty() => {}
        // `f(a, b,)`: a trailing comma adds nothing
        None => {}
    }
    v
}

pub struct FnParts {
    pub params: Vec<Param>,
    pub parent: Option<(Name, Vec<Option<Expr>>)>,
    pub is_constructor: bool,
    pub body: Vec<Stmt>,
}

pub fn function(name: Option<Name>, f: FnParts, l: usize, r: usize) -> Rc<FunctionDecl> {
    Rc::new(FunctionDecl {
        name,
        params: f.params,
        parent: f.parent,
        is_constructor: f.is_constructor,
        body: f.body,
        span: Span::new(l, r),
    })
}

fn user_error(errors: &mut Errors, message: &str, span: Span) {
    errors.push(ErrorRecovery {
        error: ParseError::User {
            error: UserError {
                message: message.to_string(),
                span,
            },
        },
        dropped_tokens: Vec::new(),
    });
}

fn is_lvalue(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Ident(_) | ExprKind::Field(..) | ExprKind::Index(..)
    )
}

pub fn assign(errors: &mut Errors, t: Expr, op: AssignOp, e: Expr, l: usize, r: usize) -> Stmt {
    if !is_lvalue(&t) {
        user_error(errors, "cannot assign to this expression", t.span);
    }
    stmt(StmtKind::Assign(t, op, e), l, r)
}

pub fn expr_stmt(errors: &mut Errors, e: Expr, l: usize, r: usize) -> Stmt {
    match e.kind {
        ExprKind::Call(..)
        | ExprKind::New(..)
        | ExprKind::PostIncrement(..)
        | ExprKind::PreIncrement(..) => {}
        _ => user_error(
            errors,
            "this expression cannot be a statement (only calls, `new`, `++`/`--` and assignments can)",
            e.span,
        ),
    }
    stmt(StmtKind::Expr(e), l, r)
}

pub fn pre_incr(errors: &mut Errors, e: Expr, d: i8, l: usize, r: usize) -> Expr {
    if !is_lvalue(&e) {
        user_error(
            errors,
            "`++`/`--` needs a variable, field or array element",
            e.span,
        );
    }
    expr(ExprKind::PreIncrement(Box::new(e), d), l, r)
}

pub fn post_incr(errors: &mut Errors, e: Expr, d: i8, l: usize, r: usize) -> Expr {
    if !is_lvalue(&e) {
        user_error(
            errors,
            "`++`/`--` needs a variable, field or array element",
            e.span,
        );
    }
    expr(ExprKind::PostIncrement(Box::new(e), d), l, r)
}

pub fn pre_incr_stmt(errors: &mut Errors, e: Expr, d: i8, l: usize, r: usize) -> Stmt {
    let e = pre_incr(errors, e, d, l, r);
    stmt(StmtKind::Expr(e), l, r)
}

fn token_stream(
    tokens: Vec<Token>,
) -> impl Iterator<Item = Result<(usize, Tok, usize), UserError>> {
    tokens
        .into_iter()
        .map(|t| Ok((t.span.start as usize, t.tok, t.span.end as usize)))
}

/// Where the input ends, for "unexpected end of file" errors.
fn eof_span(end: usize) -> Span {
    Span::new(end, end)
}

/// Parses a statement list. `end` is the byte offset where the input ends.
pub fn parse_program(tokens: Vec<Token>, end: usize, diags: &mut Vec<Diagnostic>) -> Vec<Stmt> {
    let end = tokens.last().map_or(end, |t| t.span.end as usize);
    let breaks: Vec<usize> = tokens
        .iter()
        .filter(|t| matches!(t.tok, Tok::Semi | Tok::RBrace) || t.nl_before)
        .map(|t| t.span.start as usize)
        .collect();
    let mut errors = Errors::new();
    let mut out = Vec::new();
    let parser = grammar::ProgramParser::new();
    let mut rest = tokens.into_iter();
    let mut restarts = 0;
    loop {
        let stream = (&mut rest).map(|t| Ok((t.span.start as usize, t.tok, t.span.end as usize)));
        match parser.parse(&mut errors, stream) {
            Ok(v) => {
                out.extend(v);
                break;
            }
            Err(e) => {
                let at_token = matches!(
                    e,
                    ParseError::UnrecognizedToken { .. } | ParseError::ExtraToken { .. }
                );
                errors.push(ErrorRecovery {
                    error: e,
                    dropped_tokens: Vec::new(),
                });
                if !at_token {
                    break;
                }
                // The grammar could not recover (the error came after the whole list was
                // reduced): resume with the next line.
                let k = rest
                    .as_slice()
                    .iter()
                    .position(|t| t.nl_before)
                    .unwrap_or(rest.len());
                if k > 0 {
                    rest.nth(k - 1);
                }
                restarts += 1;
                if rest.len() == 0 || restarts > 1000 {
                    break;
                }
            }
        }
    }
    // A semantic complaint about a statement that a syntax error then cuts off is noise: the
    // parser reduced the statement only because the next token did not fit.
    let mut syntax_starts: Vec<usize> = errors
        .iter()
        .filter_map(|e| match &e.error {
            ParseError::UnrecognizedToken { token, .. } => Some(token.0),
            ParseError::UnrecognizedEof { location, .. } => Some(*location),
            _ => None,
        })
        .collect();
    syntax_starts.sort_unstable();
    let n = diags.len();
    let mut explained = std::collections::HashSet::new();
    for e in errors {
        if let ParseError::User { error } = &e.error {
            let end = error.span.end as usize;
            let k = syntax_starts.partition_point(|&s| s < end);
            if let Some(&s) = syntax_starts.get(k).filter(|&&s| s <= end + 64) {
                if is_statement_complaint(error) {
                    explained.insert(s);
                    continue;
                }
            }
        }
        push_error(e.error, end, diags);
    }
    for d in &mut diags[n..] {
        if explained.contains(&(d.span.start as usize)) {
            d.notes.push(
                "only calls, `new`, `++`/`--` and assignments can stand as statements".to_string(),
            );
        }
    }
    diags[n..].sort_by_key(|d| (d.span.start, d.span.end));
    dedupe(diags, n, &breaks);
    out
}

fn is_statement_complaint(e: &UserError) -> bool {
    e.message
        .starts_with("this expression cannot be a statement")
}

/// Parses one expression (template parts, the REPL).
pub fn parse_expr(tokens: Vec<Token>, end: usize, diags: &mut Vec<Diagnostic>) -> Option<Expr> {
    let mut errors = Errors::new();
    let result = grammar::ExprOnlyParser::new().parse(&mut errors, token_stream(tokens));
    let before = diags.len();
    for e in errors {
        push_error(e.error, end, diags);
    }
    match result {
        Ok(v) if diags.len() == before => Some(v),
        Ok(_) => None,
        Err(e) => {
            push_error(e, end, diags);
            None
        }
    }
}

/// Error recovery may report follow-on errors right after a real one: keep only the first error
/// of each statement (no `;`, `}` or line break between two errors means the same statement).
fn dedupe(diags: &mut Vec<Diagnostic>, from: usize, breaks: &[usize]) {
    if diags.len() <= from {
        return;
    }
    // one pass that keeps an error when a break separates it from the last one kept
    let mut last_kept = diags[from].span.start as usize;
    let mut i = from + 1;
    let mut keep = vec![true; diags.len()];
    while i < diags.len() {
        let b = diags[i].span.start as usize;
        // a break strictly after the kept error's token, at or before this one
        let k = breaks.partition_point(|&p| p <= last_kept);
        if breaks.get(k).is_some_and(|&p| p < b) {
            last_kept = b;
        } else {
            keep[i] = false;
        }
        i += 1;
    }
    let mut keep = keep.into_iter();
    diags.retain(|_| keep.next().unwrap_or(true));
}

/// Terminal names as LALRPOP reports them in "expected" lists, made readable.
fn terminal_name(t: &str) -> String {
    let t = t.trim_matches('"').replace("\\\"", "\"");
    match t.as_str() {
        "identifier" | "number" | "integer" | "string" | "template string" => t,
        "return " => "`return`".to_string(),
        _ => format!("`{t}`"),
    }
}

fn expects_expression(expected: &[String]) -> bool {
    expected.iter().any(|e| e == "\"number\"") && expected.iter().any(|e| e == "\"(\"")
}

fn expected_note(expected: &[String]) -> Vec<String> {
    if expected.is_empty() {
        return Vec::new();
    }
    if expects_expression(expected) || expected.iter().any(|e| e == "\"var\"") {
        return Vec::new();
    }
    if expected.len() > 8 {
        return Vec::new();
    }
    let names: Vec<String> = expected.iter().map(|e| terminal_name(e)).collect();
    vec![format!("expected {}", join_or(&names))]
}

fn join_or(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        _ => format!(
            "{} or {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        ),
    }
}

fn push_error(e: ParseError<usize, Tok, UserError>, end: usize, diags: &mut Vec<Diagnostic>) {
    let d = match e {
        ParseError::InvalidToken { location } => {
            Diagnostic::new("invalid token", Span::new(location, location + 1))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let loc = if location == 0 { end } else { location };
            let mut d = Diagnostic::new("unexpected end of input", eof_span(loc));
            if expects_expression(&expected) {
                d.message = "unexpected end of input: expected an expression".into();
            } else {
                d.notes = expected_note(&expected);
            }
            if d.notes.is_empty() {
                let closers: Vec<String> = expected
                    .iter()
                    .filter(|e| matches!(e.as_str(), "\")\"" | "\"]\"" | "\"}\""))
                    .map(|e| terminal_name(e))
                    .collect();
                if !closers.is_empty() {
                    d.notes.push(format!("expected {}", join_or(&closers)));
                }
            }
            d
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            let what = match &tok {
                Tok::Ident(n) => format!("unexpected name `{n}`"),
                Tok::Real(_) | Tok::Int(_) => "unexpected number".to_string(),
                Tok::Str(_) => "unexpected string".to_string(),
                Tok::Template(_) => "unexpected template string".to_string(),
                t => format!("unexpected `{}`", t.describe()),
            };
            let message = if expects_expression(&expected) {
                format!("{what}: expected an expression")
            } else if expected.iter().any(|e| e == "\"var\"") {
                format!("{what}: expected a statement")
            } else {
                what
            };
            let mut d = Diagnostic::new(message, Span::new(l, r));
            d.notes = expected_note(&expected);
            d
        }
        ParseError::ExtraToken { token: (l, tok, r) } => {
            Diagnostic::new(format!("unexpected `{}`", tok.describe()), Span::new(l, r))
        }
        ParseError::User { error } => Diagnostic::new(error.message, error.span),
    };
    diags.push(d);
}
