//! The token pass between the lexer and the grammar: macro collection and expansion, word
//! operators to symbols, keywords after `.` to names, prefix-only `++`/`--`, bare `return`,
//! template-string parts parsed as expressions, and the split into `#object`/`#event` sections.

use super::ast::{Span, TemplatePart};
use super::lexer::{lex, RawPart, Tok, Token};
use super::parser::parse_expr;
use super::{Diagnostic, MacroTable};
use std::rc::Rc;

/// How deep macros may expand inside each other before we call it recursion.
const MACRO_DEPTH: usize = 64;
/// Total tokens macro expansion may produce in one input.
const MACRO_BUDGET: usize = 4_000_000;
/// Most tokens one use of a macro may expand to; its size is known before it is expanded, so a
/// macro that doubles itself a few dozen times is refused at once.
const MACRO_USE_LIMIT: usize = 1_000_000;
/// Deepest bracket nesting accepted (deeper trees would risk the stack of later stages).
const MAX_NESTING: usize = 500;
/// Most binary operators in one statement (each one deepens the tree).
const MAX_OPERATORS: usize = 4000;
/// Deepest template-in-template nesting.
const MAX_TEMPLATE_DEPTH: usize = 16;

/// Records every active `#macro` among `tokens` in `table` (lexing the bodies from `src`).
pub fn define_macros(
    src: &str,
    tokens: &[Token],
    table: &mut MacroTable,
    diags: &mut Vec<Diagnostic>,
) {
    for t in tokens {
        if let Tok::Macro(m) = &t.tok {
            let mut body = Vec::new();
            for &(a, b) in &m.body {
                let Some(text) = src.get(a..b) else { continue };
                let (toks, errs) = lex(text, a);
                for e in errs {
                    diags.push(Diagnostic::new(e.message, e.span));
                }
                for mut tk in toks {
                    if let Tok::TemplateRaw(parts) = &mut tk.tok {
                        for p in parts.iter_mut() {
                            if let RawPart::Expr(a, b) = *p {
                                *p = RawPart::Source(src.get(a..b).unwrap_or("").to_string());
                            }
                        }
                    }
                    if tk.tok.is_directive() {
                        diags.push(Diagnostic::new(
                            "a directive cannot appear inside a macro body",
                            tk.span,
                        ));
                        continue;
                    }
                    body.push(tk.tok);
                }
            }
            if table.takes(&m.name, m.config.as_deref()) {
                table.defs.insert(m.name.clone(), Rc::new(body));
            }
        }
    }
}

/// Do the tokens so far end with `nameof(`?
fn is_nameof_open(out: &[Token]) -> bool {
    matches!(
        out,
        [.., Token { tok: Tok::Ident(f), .. }, Token { tok: Tok::LParen, .. }] if &**f == "nameof"
    )
}

/// Can this (not yet rewritten) token start an expression?
fn starts_expr(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Ident(_)
            | Tok::Real(_)
            | Tok::Int(_)
            | Tok::Str(_)
            | Tok::TemplateRaw(_)
            | Tok::Template(_)
            | Tok::LParen
            | Tok::LBracket
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Bang
            | Tok::WNot
            | Tok::Tilde
            | Tok::Incr
            | Tok::Decr
            | Tok::IncrPre
            | Tok::DecrPre
            | Tok::New
            | Tok::Function
            | Tok::SelfKw
            | Tok::Other
            | Tok::Global
            | Tok::All
            | Tok::Noone
            | Tok::True
            | Tok::False
            | Tok::Undefined
    )
}

pub struct Pass<'a> {
    /// The text the token spans point into (for template parts).
    pub src: &'a str,
    pub macros: &'a MacroTable,
    pub diags: &'a mut Vec<Diagnostic>,
    budget: usize,
    template_depth: usize,
    /// Set when the input nests too deeply to be parsed safely.
    pub too_deep: bool,
    /// Where macros were used (span of the name, the name), for notes on errors there.
    pub macro_uses: Vec<(Span, Rc<str>)>,
    /// First bytes of macro names: most identifiers skip the table lookup.
    first_bytes: [bool; 256],
    /// Tokens each macro expands to (saturating), once computed.
    sizes: std::collections::HashMap<Rc<str>, usize>,
}

impl<'a> Pass<'a> {
    pub fn new(src: &'a str, macros: &'a MacroTable, diags: &'a mut Vec<Diagnostic>) -> Pass<'a> {
        Pass {
            src,
            macros,
            diags,
            budget: MACRO_BUDGET,
            template_depth: 0,
            too_deep: false,
            macro_uses: Vec::new(),
            sizes: std::collections::HashMap::new(),
            first_bytes: {
                let mut t = [false; 256];
                for k in macros.defs.keys() {
                    if let Some(&b) = k.as_bytes().first() {
                        t[b as usize] = true;
                    }
                }
                t
            },
        }
    }

    /// Runs the whole pass over lexed tokens.
    pub fn run(&mut self, tokens: Vec<Token>) -> Vec<Token> {
        let mut out = self.expand(tokens);
        self.rewrite(&mut out);
        if !self.check_nesting(&out) {
            self.too_deep = true;
            return Vec::new();
        }
        out
    }

    fn expand(&mut self, tokens: Vec<Token>) -> Vec<Token> {
        if self.macros.defs.is_empty() {
            return tokens
                .into_iter()
                .filter(|t| !matches!(t.tok, Tok::Macro(_)))
                .collect();
        }
        let mut out = Vec::with_capacity(tokens.len());
        let mut tokens = tokens.into_iter().peekable();
        while let Some(t) = tokens.next() {
            match &t.tok {
                Tok::Macro(_) => {}
                // `nameof(MACRO)` is the macro's name, so it stays unexpanded there
                Tok::Ident(_)
                    if is_nameof_open(&out)
                        && tokens.peek().is_some_and(|n| matches!(n.tok, Tok::RParen)) =>
                {
                    out.push(t)
                }
                Tok::Ident(n) => {
                    let first = n.as_bytes().first().map_or(0, |&b| b as usize);
                    let found = if self.first_bytes[first] {
                        self.macros.defs.get(&**n)
                    } else {
                        None
                    };
                    if let Some(body) = found {
                        let body = body.clone();
                        self.macro_uses.push((t.span, n.clone()));
                        let mark = out.len();
                        let expanded = self.expanded_size(n, &body, 0).and_then(|size| {
                            if size > MACRO_USE_LIMIT.min(self.budget) {
                                return Err(format!(
                                    "macro expansion produces too much code ({} tokens, more \
                                     than the limit of {})",
                                    if size == usize::MAX {
                                        "billions of".to_string()
                                    } else {
                                        size.to_string()
                                    },
                                    MACRO_USE_LIMIT.min(self.budget)
                                ));
                            }
                            self.expand_body(&body, t.span, t.nl_before, 0, &mut out)
                        });
                        if let Err(msg) = expanded {
                            self.diags.push(Diagnostic::new(
                                format!("{msg} (expanding macro `{n}`)"),
                                t.span,
                            ));
                            out.truncate(mark);
                            out.push(t);
                        }
                    } else {
                        out.push(t);
                    }
                }
                _ => out.push(t),
            }
        }
        out
    }

    /// How many tokens macro `name` (with this body) expands to, saturating; an error when
    /// macros nest too deeply.
    fn expanded_size(
        &mut self,
        name: &Rc<str>,
        body: &[Tok],
        depth: usize,
    ) -> Result<usize, String> {
        if let Some(&n) = self.sizes.get(name) {
            return Ok(n);
        }
        if depth >= MACRO_DEPTH {
            return Err("macros nest too deeply (does a macro use itself?)".into());
        }
        let mut total: usize = 0;
        for tok in body {
            let n = match tok {
                Tok::Ident(inner) => match self.macros.defs.get(&**inner) {
                    Some(b) => self.expanded_size(inner, &b.clone(), depth + 1)?,
                    None => 1,
                },
                _ => 1,
            };
            total = total.saturating_add(n);
        }
        self.sizes.insert(name.clone(), total);
        Ok(total)
    }

    fn expand_body(
        &mut self,
        body: &[Tok],
        span: Span,
        nl_before: bool,
        depth: usize,
        out: &mut Vec<Token>,
    ) -> Result<(), String> {
        if depth >= MACRO_DEPTH {
            return Err("macros nest too deeply (does a macro use itself?)".into());
        }
        for (i, tok) in body.iter().enumerate() {
            let nl = nl_before && i == 0;
            if let Tok::Ident(n) = tok {
                if let Some(inner) = self.macros.defs.get(&**n) {
                    let inner = inner.clone();
                    self.expand_body(&inner, span, nl, depth + 1, out)?;
                    continue;
                }
            }
            if self.budget == 0 {
                return Err("macro expansion produces too much code".into());
            }
            self.budget -= 1;
            out.push(Token {
                tok: tok.clone(),
                span,
                nl_before: nl,
            });
        }
        Ok(())
    }

    fn rewrite(&mut self, out: &mut [Token]) {
        for i in 0..out.len() {
            let prev_dot = i > 0 && matches!(out[i - 1].tok, Tok::Dot);
            let prev_operand = i > 0 && matches!(out[i - 1].tok, Tok::Ident(_) | Tok::RBracket);
            let next_expr = out.get(i + 1).is_some_and(|t| starts_expr(&t.tok));
            let t = &mut out[i];
            if prev_dot && t.tok.is_word() {
                t.tok = Tok::Ident(Rc::from(t.tok.symbol()));
                continue;
            }
            let new = match &mut t.tok {
                Tok::Begin => Tok::LBrace,
                Tok::End => Tok::RBrace,
                Tok::WAnd => Tok::AndAnd,
                Tok::WOr => Tok::OrOr,
                Tok::WXor => Tok::XorXor,
                Tok::WNot => Tok::Bang,
                Tok::WMod => Tok::Percent,
                Tok::ColonAssign => Tok::Assign,
                Tok::Incr if t.nl_before || !prev_operand => Tok::IncrPre,
                Tok::Decr if t.nl_before || !prev_operand => Tok::DecrPre,
                Tok::Return if !next_expr => Tok::ReturnVoid,
                Tok::TemplateRaw(parts) => {
                    let parts = std::mem::take(parts);
                    let span = t.span;
                    Tok::Template(self.template(parts, span))
                }
                _ => continue,
            };
            t.tok = new;
        }
    }

    fn template(&mut self, parts: Vec<RawPart>, span: Span) -> Vec<TemplatePart> {
        let mut out = Vec::with_capacity(parts.len());
        if self.template_depth >= MAX_TEMPLATE_DEPTH {
            self.diags
                .push(Diagnostic::new("template strings nest too deeply", span));
            return out;
        }
        self.template_depth += 1;
        for p in parts {
            match p {
                RawPart::Text(s) => out.push(TemplatePart::Text(s)),
                RawPart::Expr(a, b) => {
                    let src = self.src;
                    let Some(text) = src.get(a..b) else { continue };
                    let (toks, errs) = lex(text, a);
                    if let Some(e) = self.template_expr(toks, errs, Span::new(a, b), None) {
                        out.push(TemplatePart::Expr(e));
                    }
                }
                RawPart::Source(text) => {
                    let (mut toks, errs) = lex(&text, 0);
                    for tk in &mut toks {
                        if let Tok::TemplateRaw(inner) = &mut tk.tok {
                            for q in inner.iter_mut() {
                                if let RawPart::Expr(a, b) = *q {
                                    *q = RawPart::Source(text.get(a..b).unwrap_or("").to_string());
                                }
                            }
                        }
                    }
                    if let Some(e) = self.template_expr(toks, errs, span, Some(span)) {
                        out.push(TemplatePart::Expr(e));
                    }
                }
            }
        }
        self.template_depth -= 1;
        out
    }

    fn template_expr(
        &mut self,
        mut toks: Vec<Token>,
        errs: Vec<super::lexer::LexFailure>,
        span: Span,
        forced_span: Option<Span>,
    ) -> Option<Expr> {
        let n = self.diags.len();
        for e in errs {
            self.diags
                .push(Diagnostic::new(e.message, forced_span.unwrap_or(e.span)));
        }
        if let Some(fs) = forced_span {
            for t in &mut toks {
                t.span = fs;
            }
        }
        if toks.is_empty() {
            let s = Span {
                start: span.start.saturating_sub(1),
                end: span.end + 1,
            };
            self.diags.push(Diagnostic::new(
                "expected an expression between `{` and `}` in the template string",
                forced_span.unwrap_or(s),
            ));
            return None;
        }
        let toks = self.run(toks);
        let e = parse_expr(toks, span.end as usize, self.diags);
        if self.diags.len() > n {
            return None;
        }
        e
    }

    fn check_nesting(&mut self, toks: &[Token]) -> bool {
        let mut depth = 0usize;
        let mut unary_run = 0usize;
        let mut ops = 0usize;
        for t in toks {
            if t.nl_before || matches!(t.tok, Tok::Semi | Tok::LBrace | Tok::RBrace) {
                ops = 0;
            } else if t.tok.is_binary_operator() || matches!(t.tok, Tok::RBracket | Tok::RParen) {
                ops += 1;
                if ops > MAX_OPERATORS {
                    self.diags.push(Diagnostic::new(
                        "expression too long (split it into several statements)",
                        t.span,
                    ));
                    return false;
                }
            }
            match t.tok {
                Tok::LParen
                | Tok::LBracket
                | Tok::LBrace
                | Tok::AccMap
                | Tok::AccList
                | Tok::AccGrid
                | Tok::AccStruct => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        self.diags
                            .push(Diagnostic::new("brackets nest too deeply", t.span));
                        return false;
                    }
                }
                Tok::RParen | Tok::RBracket | Tok::RBrace => depth = depth.saturating_sub(1),
                _ => {}
            }
            match t.tok {
                Tok::Minus | Tok::Plus | Tok::Bang | Tok::Tilde | Tok::IncrPre | Tok::DecrPre => {
                    unary_run += 1;
                    if unary_run > MAX_NESTING {
                        self.diags
                            .push(Diagnostic::new("too many operators in a row", t.span));
                        return false;
                    }
                }
                _ => unary_run = 0,
            }
        }
        true
    }
}

use super::ast::Expr;

/// One part of a file: top-level code, or an `#object`, `#event` or `#define` line, each
/// followed by the tokens up to the next section line.
pub enum Segment {
    Top(Vec<Token>, usize),
    Object(Token, Vec<Token>, usize),
    Event(Token, Vec<Token>, usize),
    Define(Token, Vec<Token>, usize),
}

/// Splits processed tokens at `#object` / `#event` / `#define` lines. Each segment carries the
/// byte offset where it ends.
pub fn split_sections(tokens: Vec<Token>, src_len: usize) -> Vec<Segment> {
    let mut segs = Vec::new();
    let mut cur: Vec<Token> = Vec::new();
    let mut head: Option<Token> = None;
    for t in tokens {
        if matches!(t.tok, Tok::Object(_) | Tok::Event(_) | Tok::Define(_)) {
            let end = t.span.start as usize;
            segs.push(make_segment(head.take(), std::mem::take(&mut cur), end));
            head = Some(t);
        } else {
            cur.push(t);
        }
    }
    segs.push(make_segment(head, cur, src_len));
    segs
}

fn make_segment(head: Option<Token>, toks: Vec<Token>, end: usize) -> Segment {
    match head {
        None => Segment::Top(toks, end),
        Some(h) => match h.tok {
            Tok::Object(_) => Segment::Object(h, toks, end),
            Tok::Define(_) => Segment::Define(h, toks, end),
            _ => Segment::Event(h, toks, end),
        },
    }
}
