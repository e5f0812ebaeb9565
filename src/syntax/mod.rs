//! Source text to syntax tree: the logos lexer, the thin token pass that absorbs GML's looseness,
//! macro expansion, the LALRPOP grammar and diagnostics.
//!
//! Pipeline: `lexer::lex` (tokens with spans) -> `tokens::define_macros` (global `#macro`
//! table) -> `tokens::Pass` (macro expansion, word operators, prefix `++`, bare `return`,
//! template parts) -> `tokens::split_sections` (`#object`/`#event`/`#define`) -> `parser` (LALRPOP).
//!
//! Tree shapes the compiler can rely on:
//! - `(e)` yields `e` itself (no node for parentheses); `-1` is `Unary(Neg, Real(1))`.
//! - Decimal literals and hex/binary literals within int32 are `Real`; a decimal integer a double
//!   cannot hold exactly, or a hex/binary literal beyond `i32::MAX`, is `Int64` (a hex literal of
//!   64 bits wraps, `$FFFFFFFFFFFFFFFF` is `Int64(-1)`). `#RRGGBB` is `Real` of the BGR value.
//! - `a[i, j]` is one `Index` with two index expressions; `[@` gives `Accessor::Array`.
//! - `new F` is `New(Ident F, [])`; `new a.b(x)` is `New(Field(a, b), [x])`; `new F().m()` is a
//!   call of field `m` of the `New`. `f(a,)` has one argument; `f(,)` one `None`.
//! - A `#define NAME` section is a top-level `Function` statement named NAME (no parameters unless
//!   the line lists them: `#define NAME(a, b)`), spanning the section.
//! - `nameof(M)` keeps a macro name `M` unexpanded, so the compiler can give its name.
//! - Keywords after `.` are field names (`a.end`, `other.if`); struct keys may be keywords.
//! - A lone `;` as the body of `if`/`while`/`for`/`with`/`repeat` is an empty `Block`.
//! - Statement spans exclude trailing semicolons; macro-substituted tokens carry the span of the
//!   macro name at the use site; template parts carry spans into the original text.
//! - `parse_file` collects the file's own `#macro`s first; for macros defined in other files of a
//!   program, call `collect_macros` on every file before parsing any.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod pragma;
pub mod tokens;
pub mod walk;

#[cfg(test)]
mod tests;

use ast::{Expr, Name, Span, Stmt, StmtKind};
use lexer::{lex, Tok, Token};
use std::collections::HashMap;
use std::rc::Rc;
use tokens::{define_macros, split_sections, Pass, Segment};

/// A compile-time error with the source range it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub message: String,
    pub span: Span,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            notes: Vec::new(),
        }
    }

    /// Like `render`, labelled as a warning.
    pub fn render_warning(&self, file_name: &str, source: &str) -> String {
        self.render(file_name, source)
            .replacen(": error: ", ": warning: ", 1)
    }

    /// `file.gml:LINE:COL: error: MESSAGE`, then the source line and a caret line under the span
    /// (at least one caret), then each note as `  note: ...`. No trailing newline. A source line
    /// longer than `ECHO_WIDTH` characters is echoed as a window around the span, `...` marking
    /// the cut ends.
    pub fn render(&self, file_name: &str, source: &str) -> String {
        let (line, col) = line_col(source, self.span.start);
        let mut out = format!("{file_name}:{line}:{col}: error: {}", self.message);
        let start = floor_char(source, self.span.start as usize);
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let text = source[line_start..line_end].trim_end_matches('\r');
        let end = floor_char(
            source,
            (self.span.end as usize).clamp(start, (line_start + text.len()).max(start)),
        );
        // The echoed window: whole lines when short, else ECHO_WIDTH characters that start a
        // little before the span.
        let (mut from, mut to) = (line_start, line_start + text.len());
        let (mut head, mut tail) = ("", "");
        if text.len() > ECHO_WIDTH && text.chars().nth(ECHO_WIDTH).is_some() {
            // the start of the ECHO_LEAD-th character before the span (or of the line)
            from = source[line_start..start]
                .char_indices()
                .rev()
                .take(ECHO_LEAD)
                .last()
                .map_or(start, |(i, _)| line_start + i);
            to = source[from..line_start + text.len()]
                .char_indices()
                .nth(ECHO_WIDTH)
                .map_or(line_start + text.len(), |(i, _)| from + i);
            if from > line_start {
                head = "...";
            }
            if to < line_start + text.len() {
                tail = "...";
            }
        }
        out.push('\n');
        out.push_str(head);
        out.push_str(&source[from..to]);
        out.push_str(tail);
        out.push('\n');
        let mut carets = String::from(if head.is_empty() { "" } else { "   " });
        for c in source[from..start].chars() {
            carets.push(if c == '\t' { '\t' } else { ' ' });
        }
        let n = source[start..end.min(to).max(start)].chars().count().max(1);
        for _ in 0..n {
            carets.push('^');
        }
        out.push_str(&carets);
        for note in &self.notes {
            out.push_str("\n  note: ");
            out.push_str(note);
        }
        out
    }
}

/// Source lines longer than this many characters are echoed in part.
const ECHO_WIDTH: usize = 120;
/// How many characters of a long line are echoed before the span.
const ECHO_LEAD: usize = 40;
/// Diagnostics of one file rendered in full; past them only their number is given, so that a
/// file full of errors gives a short report (as rustc and tsc do).
pub const MAX_RENDERED: usize = 100;

/// Renders a file's diagnostics (sorted by place), one after the other, each ending in a newline:
/// the first `MAX_RENDERED` in full, then one line with the exact total. `warning` labels them
/// as warnings.
pub fn render_diagnostics(
    diags: &[Diagnostic],
    file_name: &str,
    source: &str,
    warning: bool,
) -> String {
    let mut out = String::new();
    for d in diags.iter().take(MAX_RENDERED) {
        if warning {
            out.push_str(&d.render_warning(file_name, source));
        } else {
            out.push_str(&d.render(file_name, source));
        }
        out.push('\n');
    }
    if diags.len() > MAX_RENDERED {
        let what = if warning { "warnings" } else { "errors" };
        out.push_str(&format!(
            "{file_name}: {} {what} in all; only the first {MAX_RENDERED} are shown\n",
            diags.len()
        ));
    }
    out
}

fn floor_char(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// 1-based line and column (column counted in characters) of a byte offset. CRLF-safe.
pub fn line_col(source: &str, offset: u32) -> (u32, u32) {
    let off = floor_char(source, offset as usize);
    let before = &source[..off];
    let line = before.bytes().filter(|&b| b == b'\n').count() as u32 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() as u32 + 1;
    (line, col)
}

/// Macros are global to a program: collected from every file before parsing, used before their
/// definition, persisting across REPL inputs. Expansion substitutes tokens, recursively, with a
/// depth limit that gives a diagnostic instead of looping.
#[derive(Default, Clone, Debug)]
pub struct MacroTable {
    pub(crate) defs: HashMap<String, Rc<Vec<Tok>>>,
    /// The configuration (`--config`); empty means `Default`.
    config: String,
    /// Macros defined for that configuration: a plain definition no longer replaces them.
    config_defs: std::collections::HashSet<String>,
}

impl MacroTable {
    /// A table for configuration `config` (`#macro Config:NAME value` lines of other
    /// configurations are ignored; `Default` is the plain definition).
    pub fn for_config(config: &str) -> MacroTable {
        let mut t = MacroTable::default();
        t.set_config(config);
        t
    }

    /// Chooses the configuration for the macros defined from now on.
    pub fn set_config(&mut self, config: &str) {
        self.config = if config == "Default" {
            String::new()
        } else {
            config.to_string()
        };
    }

    /// Whether a `#macro` line for `name` in configuration `config` defines it: a line of the
    /// chosen configuration always does and wins over plain ones, whatever the order.
    pub(crate) fn takes(&mut self, name: &str, config: Option<&str>) -> bool {
        match config {
            None | Some("Default") => !self.config_defs.contains(name),
            Some(c) if !self.config.is_empty() && c == self.config => {
                self.config_defs.insert(name.to_string());
                true
            }
            Some(_) => false,
        }
    }

    /// The defined macro names, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.defs.keys().cloned().collect();
        v.sort();
        v
    }

    /// True when `name` is a macro.
    pub fn contains(&self, name: &str) -> bool {
        self.defs.contains_key(name)
    }
}

/// Collects the `#macro` lines of one file into `macros` without parsing it (so that a program's
/// files can all contribute macros before any is parsed). Errors are reported by `parse_file`.
pub fn collect_macros(source: &str, macros: &mut MacroTable) {
    let (toks, _) = lex(source, 0);
    let mut ignored = Vec::new();
    define_macros(source, &toks, macros, &mut ignored);
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParsedFile {
    pub top_level: Vec<Stmt>,
    pub objects: Vec<ObjectSection>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ObjectSection {
    pub name: Name,
    pub parent: Option<Name>,
    pub span: Span,
    pub events: Vec<EventSection>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EventSection {
    pub name: String,
    pub span: Span,
    pub body: Vec<Stmt>,
}

/// Lexes, collects macros, runs the token pass. Lexing and pass errors go to `diags`.
fn prepare(source: &str, macros: &mut MacroTable, diags: &mut Vec<Diagnostic>) -> Vec<Token> {
    prepare_with_uses(source, macros, diags).0
}

/// `prepare`, also returning where macros were used.
fn prepare_with_uses(
    source: &str,
    macros: &mut MacroTable,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Token>, Vec<(Span, Rc<str>)>) {
    let (toks, errs) = lex(source, 0);
    for e in errs {
        diags.push(Diagnostic::new(e.message, e.span));
    }
    define_macros(source, &toks, macros, diags);
    let mut pass = Pass::new(source, macros, diags);
    let toks = pass.run(toks);
    (toks, pass.macro_uses)
}

/// The token pass turns word operators into symbols (`not` into `!`, `end` into `}`); an error
/// about such a token names it as the source writes it.
fn name_tokens_as_written(source: &str, diags: &mut [Diagnostic]) {
    for d in diags {
        let Some(written) = source.get(d.span.start as usize..d.span.end as usize) else {
            continue;
        };
        let Some(rest) = d.message.strip_prefix("unexpected `") else {
            continue;
        };
        let Some(close) = rest.find('`') else {
            continue;
        };
        let shown = &rest[..close];
        let is_word_operator = matches!(
            written,
            "begin" | "end" | "and" | "or" | "xor" | "not" | "mod" | "<>" | ":="
        );
        if is_word_operator && shown != written {
            d.message = format!("unexpected `{written}`{}", &rest[close + 1..]);
        }
    }
}

/// An error at a token that came from a macro says so.
fn note_macro_uses(diags: &mut [Diagnostic], uses: &[(Span, Rc<str>)]) {
    if uses.is_empty() {
        return;
    }
    // the first use recorded at a span wins
    let by_span: HashMap<(u32, u32), &Rc<str>> = uses
        .iter()
        .rev()
        .map(|(s, n)| ((s.start, s.end), n))
        .collect();
    for d in diags {
        if let Some(name) = by_span.get(&(d.span.start, d.span.end)) {
            d.notes
                .push(format!("`{name}` is a macro: its text is substituted here"));
        }
    }
}

/// Parses a whole file: top-level code, then `#object NAME [: PARENT]` sections each holding
/// `#event NAME` blocks. `#macro` lines are collected into `macros` first. Returns every syntax
/// error in the file.
pub fn parse_file(source: &str, macros: &mut MacroTable) -> Result<ParsedFile, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let (toks, uses) = prepare_with_uses(source, macros, &mut diags);
    let holes = diags.len();
    let file = parse_tokens(toks, source.len(), &mut diags);
    drop_follow_ons(source, &mut diags, holes);
    name_tokens_as_written(source, &mut diags[holes..]);
    note_macro_uses(&mut diags[holes..], &uses);
    if diags.is_empty() {
        Ok(file)
    } else {
        diags.sort_by_key(|d| (d.span.start, d.span.end));
        Err(diags)
    }
}

/// A token the lexer rejected leaves a hole in the token stream; a parse error at the first token
/// after such a hole is a follow-on of the lexing error, so it is dropped.
fn drop_follow_ons(source: &str, diags: &mut Vec<Diagnostic>, lex_errors: usize) {
    if lex_errors == 0 {
        return;
    }
    // the lexer reports its errors in source order, and a hole (with the blanks after it) never
    // reaches the next one's unexpected character, so only the nearest hole before an error
    // can hold it
    let mut holes: Vec<(usize, usize)> = diags[..lex_errors]
        .iter()
        .map(|d| {
            let s = d.span.start as usize;
            let mut e = (d.span.end as usize).min(source.len());
            while e < source.len() && source.as_bytes()[e].is_ascii_whitespace() {
                e += 1;
            }
            (s, e)
        })
        .collect();
    holes.sort_unstable();
    let last_start = holes.iter().map(|h| h.0).max().unwrap_or(0);
    let follow_on = |d: &Diagnostic| {
        let st = d.span.start as usize;
        let eof = d.message.starts_with("unexpected end of input");
        let k = holes.partition_point(|h| h.0 <= st);
        (k > 0 && st <= holes[k - 1].1) || (eof && last_start >= st)
    };
    let mut i = 0;
    diags.retain(|d| {
        i += 1;
        i <= lex_errors || !follow_on(d)
    });
}

fn directive_words(t: &Token) -> Vec<(String, Span)> {
    let words = match &t.tok {
        Tok::Object(d) | Tok::Event(d) | Tok::Define(d) => &d.words,
        _ => return Vec::new(),
    };
    // `#event other:user0` style names: words that touch are one name
    let join = matches!(t.tok, Tok::Event(_));
    let mut out: Vec<(String, Span)> = Vec::new();
    for (w, (a, b)) in words {
        if let Some(last) = out.last_mut() {
            if join && last.1.end as usize == *a {
                last.0.push_str(w);
                last.1.end = *b as u32;
                continue;
            }
        }
        out.push((w.clone(), Span::new(*a, *b)));
    }
    out
}

fn parse_tokens(toks: Vec<Token>, src_len: usize, diags: &mut Vec<Diagnostic>) -> ParsedFile {
    let mut file = ParsedFile {
        top_level: Vec::new(),
        objects: Vec::new(),
    };
    // `#event` belongs to the `#object` above it, unless a `#define` came in between.
    let mut in_object = false;
    for seg in split_sections(toks, src_len) {
        match seg {
            Segment::Top(toks, end) => {
                file.top_level = parser::parse_program(toks, end, diags);
            }
            Segment::Object(head, toks, end) => {
                let words = directive_words(&head);
                let line_span = head.span;
                let (name, parent) = match words.as_slice() {
                    [(n, _)] => (n.clone(), None),
                    [(n, _), (c, _), (p, _)] if c == ":" => (n.clone(), Some(p.clone())),
                    _ => {
                        diags.push(Diagnostic::new(
                            "expected `#object NAME` or `#object NAME : PARENT`",
                            line_span,
                        ));
                        (String::from("?"), None)
                    }
                };
                if !toks.is_empty() {
                    let first = toks[0].span;
                    diags.push(Diagnostic::new(
                        "code in an `#object` section must come after an `#event` line",
                        first,
                    ));
                    let _ = parser::parse_program(toks, end, diags);
                }
                in_object = true;
                file.objects.push(ObjectSection {
                    name: Rc::from(name.as_str()),
                    parent: parent.map(|p| Rc::from(p.as_str())),
                    span: line_span,
                    events: Vec::new(),
                });
            }
            Segment::Event(head, toks, end) => {
                let words = directive_words(&head);
                let name = match words.as_slice() {
                    [(n, _)] => n.clone(),
                    _ => {
                        diags.push(Diagnostic::new("expected `#event NAME`", head.span));
                        String::from("?")
                    }
                };
                let body = parser::parse_program(toks, end, diags);
                match file.objects.last_mut().filter(|_| in_object) {
                    Some(o) => o.events.push(EventSection {
                        name,
                        span: head.span,
                        body,
                    }),
                    None => diags.push(Diagnostic::new(
                        "`#event` outside an `#object` section",
                        head.span,
                    )),
                }
            }
            Segment::Define(head, toks, end) => {
                in_object = false;
                if let Some(f) = define_section(&head, toks, end, diags) {
                    file.top_level.push(f);
                }
            }
        }
    }
    file
}

/// A legacy `#define NAME` section: script function NAME whose body is the section's code (it
/// reads its arguments through `argument0`.. and `argument[i]`). Names after NAME on the line
/// (`#define NAME(a, b)`) are its parameters.
fn define_section(
    head: &Token,
    toks: Vec<Token>,
    end: usize,
    diags: &mut Vec<Diagnostic>,
) -> Option<Stmt> {
    let words = directive_words(head);
    let body = parser::parse_program(toks, end, diags);
    let Some(((name, _), rest)) = words.split_first().filter(|(w, _)| w.0 != ":") else {
        diags.push(Diagnostic::new("expected `#define NAME`", head.span));
        return None;
    };
    let params = rest
        .iter()
        .map(|(p, span)| ast::Param {
            name: Rc::from(p.as_str()),
            default: None,
            span: *span,
        })
        .collect();
    let span = Span::new(head.span.start as usize, end);
    let decl = Rc::new(ast::FunctionDecl {
        name: Some(Rc::from(name.as_str())),
        params,
        parent: None,
        is_constructor: false,
        body,
        span,
    });
    Some(Stmt {
        kind: StmtKind::Function(decl),
        span,
    })
}

/// What a REPL line turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum ReplInput {
    Expr(Expr),
    File(ParsedFile),
}

/// REPL support: a single expression (e.g. `1 + 2`, `foo(3)`, `a`) gives `ReplInput::Expr`;
/// anything else a statement list/file (`ReplInput::File`).
pub fn parse_repl_input(
    source: &str,
    macros: &mut MacroTable,
) -> Result<ReplInput, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let toks = prepare(source, macros, &mut diags);
    if !diags.is_empty() {
        return Err(diags);
    }
    let has_sections = toks
        .iter()
        .any(|t| matches!(t.tok, Tok::Object(_) | Tok::Event(_) | Tok::Define(_)));
    if !has_sections && !toks.is_empty() {
        let mut sdiags = Vec::new();
        let stmts = parser::parse_program(toks.clone(), source.len(), &mut sdiags);
        if sdiags.is_empty() {
            if let [Stmt {
                kind: StmtKind::Expr(e),
                ..
            }] = stmts.as_slice()
            {
                return Ok(ReplInput::Expr(e.clone()));
            }
            return Ok(ReplInput::File(ParsedFile {
                top_level: stmts,
                objects: Vec::new(),
            }));
        }
        let mut ediags = Vec::new();
        let mut toks = toks;
        while toks.last().is_some_and(|t| matches!(t.tok, Tok::Semi)) {
            toks.pop();
        }
        if let Some(e) = parser::parse_expr(toks, source.len(), &mut ediags) {
            if ediags.is_empty() {
                return Ok(ReplInput::Expr(e));
            }
        }
        sdiags.sort_by_key(|d| (d.span.start, d.span.end));
        return Err(sdiags);
    }
    let file = parse_tokens(toks, source.len(), &mut diags);
    if diags.is_empty() {
        Ok(ReplInput::File(file))
    } else {
        diags.sort_by_key(|d| (d.span.start, d.span.end));
        Err(diags)
    }
}

/// True when the input ends inside an open bracket, brace, string, comment or `begin` block, so
/// the REPL should read another line.
pub fn is_incomplete(source: &str) -> bool {
    let (toks, errs) = lex(source, 0);
    if errs.iter().any(|e| e.at_eof) {
        return true;
    }
    let mut depth: i64 = 0;
    for (i, t) in toks.iter().enumerate() {
        // `a.begin` / `a.end` are field names, not blocks
        if matches!(t.tok, Tok::Begin | Tok::End) && i > 0 && matches!(toks[i - 1].tok, Tok::Dot) {
            continue;
        }
        match t.tok {
            Tok::LParen
            | Tok::LBracket
            | Tok::LBrace
            | Tok::Begin
            | Tok::AccMap
            | Tok::AccList
            | Tok::AccGrid
            | Tok::AccStruct => depth += 1,
            Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::End => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 {
        return true;
    }
    // a `#macro` line continued with a trailing backslash
    let trimmed = source.trim_end();
    trimmed.ends_with('\\') && toks.last().is_some_and(|t| matches!(t.tok, Tok::Macro(_)))
}

/// One token per line (`KIND text @start..end`), after the token pass (word operators rewritten,
/// the file's own macros expanded), for golden tests and debugging. Errors follow as
/// `ERROR message @start..end`.
pub fn dump_tokens(source: &str) -> String {
    let mut diags = Vec::new();
    let mut macros = MacroTable::default();
    let toks = prepare(source, &mut macros, &mut diags);
    let mut out = String::new();
    for t in &toks {
        let text = match &t.tok {
            Tok::Ident(n) => n.to_string(),
            Tok::Real(v) => format!("{v:?}"),
            Tok::Int(i) => format!("{}", i.value),
            Tok::Str(s) => format!("{s:?}"),
            Tok::Template(parts) => {
                let mut s = String::new();
                for p in parts {
                    match p {
                        ast::TemplatePart::Text(t) => s.push_str(&format!("{t:?}")),
                        ast::TemplatePart::Expr(e) => {
                            s.push_str(&format!("{{expr @{}..{}}}", e.span.start, e.span.end))
                        }
                    }
                }
                s
            }
            Tok::Object(_) | Tok::Event(_) | Tok::Define(_) => {
                let words: Vec<String> = directive_words(t).into_iter().map(|w| w.0).collect();
                words.join(" ")
            }
            other => other.describe(),
        };
        out.push_str(&format!(
            "{} {} @{}..{}\n",
            t.tok.kind_name(),
            text,
            t.span.start,
            t.span.end
        ));
    }
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    for d in diags {
        out.push_str(&format!(
            "ERROR {} @{}..{}\n",
            d.message, d.span.start, d.span.end
        ));
    }
    out
}
