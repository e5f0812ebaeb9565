//! The logos lexer. It turns source text into `Tok`s with byte spans, handles every literal form
//! (numbers, colours, strings, verbatim and template strings), skips comments and `#region` lines,
//! and captures `#macro`, `#object`, `#event` and `#define` lines whole. Word operators (`and`, `begin`, ...)
//! are still separate tokens here; the token pass (`tokens.rs`) rewrites them.

use super::ast::Span;
use logos::Logos;
use std::rc::Rc;

/// A lexing problem. The `Default` value is an unexpected character.
#[derive(Default, Debug, Clone, PartialEq)]
pub enum LexError {
    #[default]
    Unexpected,
    /// A construct with a message; `true` when it ran into the end of the input (the REPL then
    /// reads another line).
    Msg(&'static str, bool),
}

/// One piece of a template string as the lexer sees it: text, or the byte range (relative to
/// the lexed slice) of an expression between braces.
#[derive(Clone, Debug, PartialEq)]
pub enum RawPart {
    Text(String),
    Expr(usize, usize),
    /// The source text of an expression part (templates inside macro bodies, which outlive
    /// their file's text).
    Source(String),
}

/// A `#macro` line: name, its span, its configuration (`#macro Release:NAME ...`; none for a
/// plain `#macro`), and the byte ranges (relative to the lexed slice) of the body, one per
/// physical line.
#[derive(Clone, Debug, PartialEq)]
pub struct MacroLine {
    pub name: String,
    pub name_span: (usize, usize),
    pub config: Option<String>,
    pub body: Vec<(usize, usize)>,
}

/// A `#object NAME [: PARENT]` or `#event NAME` line: the words after the directive with their
/// ranges (relative to the lexed slice).
#[derive(Clone, Debug, PartialEq)]
pub struct DirectiveLine {
    pub words: Vec<(String, (usize, usize))>,
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\r\n\f\v\u{FEFF}]+")]
#[logos(skip r"//[^\n]*")]
pub enum Tok {
    // ----- literals -----
    /// Names may use any Unicode letters (`café`, `名前`), as GameMaker's do.
    #[regex(r"[A-Za-z_\p{L}][A-Za-z0-9_\p{L}\p{Mn}\p{Mc}\p{Nd}]*", |lex| Rc::<str>::from(lex.slice()))]
    Ident(Rc<str>),
    #[regex(r"[0-9][0-9_]*", lex_decimal_int)]
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9]+)?", lex_real)]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9]+)?", lex_real)]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9]+", lex_real)]
    #[regex(r"#[0-9A-Fa-f]{6}", lex_colour)]
    Real(f64),
    #[regex(r"0[xX][0-9A-Fa-f_]*", |lex| lex_radix(lex, 2, 16))]
    #[regex(r"\$[0-9A-Fa-f][0-9A-Fa-f_]*", |lex| lex_radix(lex, 1, 16))]
    #[regex(r"0[bB][01_]*", |lex| lex_radix(lex, 2, 2))]
    Int(IntLit),
    #[token("\"", lex_string)]
    #[token("@\"", |lex| lex_verbatim(lex, b'"'))]
    #[token("@'", |lex| lex_verbatim(lex, b'\''))]
    Str(String),
    #[token("$\"", lex_template)]
    TemplateRaw(Vec<RawPart>),
    /// A parsed template (made by the token pass, never by the lexer).
    Template(Vec<super::ast::TemplatePart>),

    // ----- directives -----
    #[token("#macro", lex_macro)]
    Macro(Box<MacroLine>),
    #[token("#object", lex_directive)]
    Object(Box<DirectiveLine>),
    #[token("#event", lex_directive)]
    Event(Box<DirectiveLine>),
    /// `#define NAME`: a legacy script section (extension `.gml` files, pre-2.3 script
    /// collections); the code up to the next section line is the body of script function NAME.
    #[token("#define", lex_directive)]
    Define(Box<DirectiveLine>),
    #[token("#region", skip_line)]
    #[token("#endregion", skip_line)]
    #[token("/*", skip_block_comment)]
    Skipped,

    // ----- keywords -----
    #[token("var")]
    Var,
    #[token("globalvar")]
    GlobalVar,
    #[token("static")]
    Static,
    #[token("if")]
    If,
    #[token("then")]
    Then,
    #[token("else")]
    Else,
    #[token("while")]
    While,
    #[token("do")]
    Do,
    #[token("until")]
    Until,
    #[token("for")]
    For,
    #[token("repeat")]
    Repeat,
    #[token("switch")]
    Switch,
    #[token("case")]
    Case,
    #[token("default")]
    Default,
    #[token("break")]
    Break,
    #[token("continue")]
    Continue,
    #[token("return")]
    Return,
    /// `return` with no value (decided by the token pass).
    ReturnVoid,
    #[token("exit")]
    Exit,
    #[token("with")]
    With,
    #[token("try")]
    Try,
    #[token("catch")]
    Catch,
    #[token("finally")]
    Finally,
    #[token("throw")]
    Throw,
    #[token("enum")]
    Enum,
    #[token("function")]
    Function,
    #[token("constructor")]
    Constructor,
    #[token("new")]
    New,
    #[token("delete")]
    Delete,
    #[token("self")]
    SelfKw,
    #[token("other")]
    Other,
    #[token("global")]
    Global,
    #[token("all")]
    All,
    #[token("noone")]
    Noone,
    #[token("true")]
    True,
    #[token("false")]
    False,
    #[token("undefined")]
    Undefined,
    // word operators (rewritten by the token pass)
    #[token("begin")]
    Begin,
    #[token("end")]
    End,
    #[token("and")]
    WAnd,
    #[token("or")]
    WOr,
    #[token("xor")]
    WXor,
    #[token("not")]
    WNot,
    #[token("mod")]
    WMod,
    #[token("div")]
    IntDiv,

    // ----- punctuation -----
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    #[token("[@")]
    LBracket,
    #[token("[?")]
    AccMap,
    #[token("[|")]
    AccList,
    #[token("[#")]
    AccGrid,
    #[token("[$")]
    AccStruct,
    #[token("]")]
    RBracket,
    #[token(";")]
    Semi,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token(":")]
    Colon,
    #[token("?")]
    Question,
    #[token("??")]
    Nullish,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("!")]
    Bang,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("^^")]
    XorXor,
    #[token("=")]
    Assign,
    #[token(":=")]
    ColonAssign,
    #[token("==")]
    EqEq,
    #[token("!=")]
    #[token("<>")]
    NotEq,
    #[token("<")]
    Lt,
    #[token("<=")]
    Le,
    #[token(">")]
    Gt,
    #[token(">=")]
    Ge,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("%=")]
    PercentEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("??=")]
    NullishEq,
    /// `++` that may be postfix (it follows a name or `]` on the same line).
    #[token("++")]
    Incr,
    #[token("--")]
    Decr,
    /// `++`/`--` that can only be prefix (decided by the token pass).
    IncrPre,
    DecrPre,
}

/// An integer literal: the value and whether it must be int64.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct IntLit {
    pub value: i64,
    pub int64: bool,
}

fn lex_decimal_int(lex: &mut logos::Lexer<Tok>) -> Result<f64, LexError> {
    let s = lex.slice();
    let mut v: u128 = 0;
    let mut overflow = false;
    for b in s.bytes() {
        if b == b'_' {
            continue;
        }
        v = match v
            .checked_mul(10)
            .and_then(|v| v.checked_add((b - b'0') as u128))
        {
            Some(v) => v,
            None => {
                overflow = true;
                break;
            }
        };
    }
    if overflow {
        return Ok(s.replace('_', "").parse::<f64>().unwrap_or(f64::INFINITY));
    }
    Ok(v as f64)
}

/// Decimal integers a double cannot hold exactly become int64; detected in `number_token`.
pub fn decimal_needs_int64(text: &str) -> Option<i64> {
    let mut v: u128 = 0;
    for b in text.bytes() {
        if b == b'_' {
            continue;
        }
        if !b.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add((b - b'0') as u128)?;
    }
    let f = v as f64;
    if f as u128 != v && v <= i64::MAX as u128 {
        Some(v as i64)
    } else {
        None
    }
}

fn lex_real(lex: &mut logos::Lexer<Tok>) -> Result<f64, LexError> {
    let s = lex.slice().replace('_', "");
    let s = if s.ends_with('.') {
        &s[..s.len() - 1]
    } else {
        &s[..]
    };
    s.parse::<f64>()
        .map_err(|_| LexError::Msg("malformed number", false))
}

fn lex_colour(lex: &mut logos::Lexer<Tok>) -> Result<f64, LexError> {
    if let Some(&c) = lex.remainder().as_bytes().first() {
        if c.is_ascii_alphanumeric() || c == b'_' {
            return Err(LexError::Msg("malformed colour literal", false));
        }
    }
    let h = &lex.slice()[1..];
    let v = u32::from_str_radix(h, 16).unwrap_or(0);
    let (r, g, b) = ((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    Ok(((b << 16) | (g << 8) | r) as f64)
}

fn lex_radix(lex: &mut logos::Lexer<Tok>, prefix: usize, radix: u32) -> Result<IntLit, LexError> {
    let digits = &lex.slice()[prefix..];
    let mut v: u64 = 0;
    let mut any = false;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        any = true;
        let d = c.to_digit(radix).unwrap_or(0) as u64;
        v = match v.checked_mul(radix as u64).and_then(|v| v.checked_add(d)) {
            Some(v) => v,
            None => return Err(LexError::Msg("integer literal is too large", false)),
        };
    }
    if !any {
        return Err(LexError::Msg("malformed number", false));
    }
    if let Some(&c) = lex.remainder().as_bytes().first() {
        if c.is_ascii_alphanumeric() || c == b'_' {
            return Err(LexError::Msg("malformed number", false));
        }
    }
    Ok(IntLit {
        value: v as i64,
        int64: v > i32::MAX as u64,
    })
}

fn hex_val(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Reads one escape sequence starting after the backslash at `rest[0]`; returns the characters
/// produced and the number of bytes consumed.
fn read_escape(rest: &[u8], out: &mut String) -> usize {
    let c = rest[0];
    match c {
        b'n' => out.push('\n'),
        b'r' => out.push('\r'),
        b't' => out.push('\t'),
        b'b' => out.push('\u{8}'),
        b'f' => out.push('\u{c}'),
        b'v' => out.push('\u{b}'),
        b'a' => out.push('\u{7}'),
        b'u' => {
            if rest.get(1) == Some(&b'{') {
                let mut i = 2;
                let mut v: u32 = 0;
                while i < rest.len() && i < 10 {
                    match hex_val(rest[i]) {
                        Some(d) => v = v * 16 + d,
                        None => break,
                    }
                    i += 1;
                }
                if rest.get(i) == Some(&b'}') && i > 2 {
                    out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
                    return i + 1;
                }
                out.push('u');
                return 1;
            }
            let mut i = 1;
            let mut v: u32 = 0;
            while i < rest.len() && i <= 6 {
                match hex_val(rest[i]) {
                    Some(d) => v = v * 16 + d,
                    None => break,
                }
                i += 1;
            }
            if i == 1 {
                out.push('u');
                return 1;
            }
            out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            return i;
        }
        b'x' => {
            if rest.len() >= 3 {
                if let (Some(a), Some(b)) = (hex_val(rest[1]), hex_val(rest[2])) {
                    out.push(char::from_u32(a * 16 + b).unwrap_or('\u{FFFD}'));
                    return 3;
                }
            }
            out.push('x');
        }
        b'0'..=b'7' => {
            if rest.len() >= 3 && rest[1..3].iter().all(|b| (b'0'..=b'7').contains(b)) {
                let v = (rest[0] - b'0') as u32 * 64
                    + (rest[1] - b'0') as u32 * 8
                    + (rest[2] - b'0') as u32;
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
                return 3;
            }
            out.push(c as char);
        }
        _ => {
            // Any other escaped character stands for itself (a whole UTF-8 character).
            let len = utf8_len(c);
            let end = len.min(rest.len());
            out.push_str(std::str::from_utf8(&rest[..end]).unwrap_or("\u{FFFD}"));
            return end;
        }
    }
    1
}

fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xff => 4,
        _ => 1,
    }
}

/// Scans a `"..."` body (after the opening quote) into `out`; returns bytes consumed including
/// the closing quote, or an error with the bytes to skip.
fn scan_string(rest: &str, out: &mut String) -> Result<usize, (LexError, usize)> {
    let b = rest.as_bytes();
    let mut i = 0;
    let mut run = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                out.push_str(&rest[run..i]);
                return Ok(i + 1);
            }
            b'\\' => {
                out.push_str(&rest[run..i]);
                if i + 1 >= b.len() {
                    return Err((LexError::Msg("unterminated string", true), b.len()));
                }
                i += 1 + read_escape(&b[i + 1..], out);
                run = i;
            }
            b'\n' => {
                let n = if i > 0 && b[i - 1] == b'\r' { i - 1 } else { i };
                return Err((
                    LexError::Msg(
                        "unterminated string (a line break inside \"...\"; use \\n)",
                        false,
                    ),
                    n,
                ));
            }
            _ => i += 1,
        }
    }
    Err((LexError::Msg("unterminated string", true), b.len()))
}

fn lex_string(lex: &mut logos::Lexer<Tok>) -> Result<String, LexError> {
    let mut out = String::new();
    match scan_string(lex.remainder(), &mut out) {
        Ok(n) => {
            lex.bump(n);
            Ok(out)
        }
        Err((e, n)) => {
            lex.bump(n);
            Err(e)
        }
    }
}

fn lex_verbatim(lex: &mut logos::Lexer<Tok>, quote: u8) -> Result<String, LexError> {
    let rest = lex.remainder();
    match rest.bytes().position(|b| b == quote) {
        Some(n) => {
            let s = rest[..n].to_string();
            lex.bump(n + 1);
            Ok(s)
        }
        None => {
            lex.bump(rest.len());
            Err(LexError::Msg("unterminated verbatim string", true))
        }
    }
}

/// Skips a string-like literal inside a template expression; returns bytes consumed.
fn skip_nested_literal(b: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    let quote = b[i];
    while j < b.len() {
        if b[j] == b'\\' && quote == b'"' {
            j += 2;
            continue;
        }
        if b[j] == quote {
            return j + 1 - i;
        }
        if b[j] == b'\n' && quote == b'"' {
            return j - i;
        }
        j += 1;
    }
    b.len() - i
}

fn lex_template(lex: &mut logos::Lexer<Tok>) -> Result<Vec<RawPart>, LexError> {
    let start = lex.span().end;
    let rest = lex.remainder();
    let b = rest.as_bytes();
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let mut run = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                text.push_str(&rest[run..i]);
                if !text.is_empty() {
                    parts.push(RawPart::Text(text));
                }
                lex.bump(i + 1);
                return Ok(parts);
            }
            b'\\' => {
                text.push_str(&rest[run..i]);
                if i + 1 >= b.len() {
                    break;
                }
                if b[i + 1] == b'{' || b[i + 1] == b'}' {
                    text.push(b[i + 1] as char);
                    i += 2;
                } else {
                    i += 1 + read_escape(&b[i + 1..], &mut text);
                }
                run = i;
            }
            b'\n' => {
                lex.bump(i);
                return Err(LexError::Msg("unterminated template string", false));
            }
            b'{' => {
                text.push_str(&rest[run..i]);
                if !text.is_empty() {
                    parts.push(RawPart::Text(std::mem::take(&mut text)));
                }
                let expr_start = i + 1;
                let mut depth = 1;
                let mut j = expr_start;
                while j < b.len() {
                    match b[j] {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        b'"' | b'\'' => {
                            j += skip_nested_literal(b, j);
                            continue;
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= b.len() {
                    lex.bump(b.len());
                    return Err(LexError::Msg("unterminated template string", true));
                }
                parts.push(RawPart::Expr(start + expr_start, start + j));
                i = j + 1;
                run = i;
            }
            _ => i += 1,
        }
    }
    lex.bump(b.len());
    Err(LexError::Msg("unterminated template string", true))
}

/// Byte length of the current line's remainder (up to, not including, the newline).
fn line_len(rest: &str) -> usize {
    rest.find('\n').unwrap_or(rest.len())
}

fn skip_line(lex: &mut logos::Lexer<Tok>) -> logos::Skip {
    let n = line_len(lex.remainder());
    lex.bump(n);
    logos::Skip
}

fn skip_block_comment(lex: &mut logos::Lexer<Tok>) -> logos::FilterResult<(), LexError> {
    match lex.remainder().find("*/") {
        Some(n) => {
            lex.bump(n + 2);
            logos::FilterResult::Skip
        }
        None => {
            let n = lex.remainder().len();
            lex.bump(n);
            logos::FilterResult::Error(LexError::Msg("unterminated comment", true))
        }
    }
}

/// A byte of a name in a directive line: ASCII letters, digits, `_`, and every byte of a
/// non-ASCII character (all of them are >= 0x80, so a name never splits a character).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Splits a directive line's text into words (identifier characters and `:`), stopping at `//`.
fn words_of(line: &str, base: usize) -> Vec<(String, (usize, usize))> {
    let b = line.as_bytes();
    let mut words = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            break;
        }
        if is_word_byte(b[i]) {
            let s = i;
            while i < b.len() && is_word_byte(b[i]) {
                i += 1;
            }
            words.push((line[s..i].to_string(), (base + s, base + i)));
        } else if b[i] == b':' {
            words.push((":".to_string(), (base + i, base + i + 1)));
            i += 1;
        } else {
            i += 1;
        }
    }
    words
}

fn lex_directive(lex: &mut logos::Lexer<Tok>) -> Result<Box<DirectiveLine>, LexError> {
    if let Some(&c) = lex.remainder().as_bytes().first() {
        if is_word_byte(c) {
            return Err(LexError::Unexpected);
        }
    }
    let base = lex.span().end;
    let n = line_len(lex.remainder());
    let line = &lex.remainder()[..n];
    let words = words_of(line, base);
    lex.bump(n);
    Ok(Box::new(DirectiveLine { words }))
}

/// Where the code of a line ends: after its last character that is neither white space nor
/// inside a comment (string literals are code).
fn code_end(line: &str) -> usize {
    let b = line.as_bytes();
    let mut end = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => break,
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = line[i + 2..].find("*/").map_or(b.len(), |n| i + n + 4);
                continue;
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'@' if matches!(b.get(i + 1), Some(b'"' | b'\'')) => {
                let q = b[i + 1];
                i += 2;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
            }
            c if c.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            _ => {}
        }
        i = (i + 1).min(b.len());
        end = i;
    }
    end
}

fn lex_macro(lex: &mut logos::Lexer<Tok>) -> Result<Box<MacroLine>, LexError> {
    let rest = lex.remainder();
    let b = rest.as_bytes();
    if let Some(&c) = b.first() {
        if is_word_byte(c) {
            return Err(LexError::Unexpected);
        }
    }
    let base = lex.span().end;
    let mut i = 0;
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    let s = i;
    while i < b.len() && is_word_byte(b[i]) {
        i += 1;
    }
    let mut name = (s, i);
    let mut config = None;
    if b.get(i) == Some(&b':') && i + 1 < b.len() && is_word_byte(b[i + 1]) {
        config = Some(rest[s..i].to_string());
        i += 1;
        let s2 = i;
        while i < b.len() && is_word_byte(b[i]) {
            i += 1;
        }
        name = (s2, i);
    }
    if name.0 == name.1 {
        let n = line_len(rest);
        lex.bump(n);
        return Err(LexError::Msg("expected a macro name after #macro", false));
    }
    // body: rest of the line, continued by a trailing backslash
    let mut body = Vec::new();
    let mut pos = i;
    loop {
        let n = line_len(&rest[pos..]);
        let line = &rest[pos..pos + n];
        // `\` continues the macro, even with a comment after it
        let trimmed = &line[..code_end(line)];
        if let Some(stripped) = trimmed.strip_suffix('\\') {
            body.push((base + pos, base + pos + stripped.len()));
            pos += n;
            if pos < rest.len() {
                pos += 1; // the newline
                continue;
            }
            break;
        }
        body.push((base + pos, base + pos + n));
        pos += n;
        break;
    }
    let m = MacroLine {
        name: rest[name.0..name.1].to_string(),
        name_span: (base + name.0, base + name.1),
        config,
        body,
    };
    lex.bump(pos);
    Ok(Box::new(m))
}

/// A lexed token with its span in the original source and whether a line break precedes it.
#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
    pub nl_before: bool,
}

/// A lexing error with its span.
#[derive(Clone, Debug)]
pub struct LexFailure {
    pub message: String,
    pub span: Span,
    pub at_eof: bool,
}

/// Lexes `src` (a slice of some file starting at byte `base` of it). Spans are shifted by `base`.
/// Never fails: problems are returned alongside the tokens.
pub fn lex(src: &str, base: usize) -> (Vec<Token>, Vec<LexFailure>) {
    let mut out = Vec::with_capacity(src.len() / 4);
    let mut errs = Vec::new();
    let mut lexer = Tok::lexer(src);
    let mut prev_end = 0usize;
    let bytes = src.as_bytes();
    while let Some(r) = lexer.next() {
        let sp = lexer.span();
        let nl_before =
            prev_end == 0 && out.is_empty() || bytes[prev_end..sp.start].contains(&b'\n');
        prev_end = sp.end;
        let span = Span::new(base + sp.start, base + sp.end);
        match r {
            Ok(Tok::Skipped) => {}
            Ok(mut tok) => {
                if let Tok::Real(_) = tok {
                    if let Some(v) = decimal_needs_int64(lexer.slice()) {
                        tok = Tok::Int(IntLit {
                            value: v,
                            int64: true,
                        });
                    }
                }
                shift_offsets(&mut tok, base);
                out.push(Token {
                    tok,
                    span,
                    nl_before,
                });
            }
            Err(e) => {
                let (message, at_eof) = match e {
                    LexError::Unexpected => {
                        let c = src[sp.start..].chars().next().unwrap_or(' ');
                        (
                            format!("unexpected character '{}'", c.escape_debug()),
                            false,
                        )
                    }
                    LexError::Msg(m, eof) => (m.to_string(), eof),
                };
                errs.push(LexFailure {
                    message,
                    span,
                    at_eof,
                });
            }
        }
    }
    (out, errs)
}

fn shift_offsets(tok: &mut Tok, base: usize) {
    if base == 0 {
        return;
    }
    match tok {
        Tok::TemplateRaw(parts) => {
            for p in parts {
                if let RawPart::Expr(a, b) = p {
                    *a += base;
                    *b += base;
                }
            }
        }
        Tok::Macro(m) => {
            m.name_span = (m.name_span.0 + base, m.name_span.1 + base);
            for r in &mut m.body {
                *r = (r.0 + base, r.1 + base);
            }
        }
        Tok::Object(d) | Tok::Event(d) | Tok::Define(d) => {
            for w in &mut d.words {
                w.1 = (w.1 .0 + base, w.1 .1 + base);
            }
        }
        _ => {}
    }
}

impl Tok {
    /// How the token reads in messages and dumps.
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(n) => n.to_string(),
            Tok::Real(v) => format!("{v}"),
            Tok::Int(i) => format!("{}", i.value),
            Tok::Str(s) => format!("{s:?}"),
            Tok::TemplateRaw(_) | Tok::Template(_) => "template string".into(),
            Tok::Macro(_) => "#macro".into(),
            Tok::Object(_) => "#object".into(),
            Tok::Event(_) => "#event".into(),
            Tok::Define(_) => "#define".into(),
            Tok::Skipped => "".into(),
            Tok::ReturnVoid => "return".into(),
            Tok::IncrPre => "++".into(),
            Tok::DecrPre => "--".into(),
            t => t.symbol().to_string(),
        }
    }

    /// The fixed text of keyword and punctuation tokens.
    pub fn symbol(&self) -> &'static str {
        match self {
            Tok::Var => "var",
            Tok::GlobalVar => "globalvar",
            Tok::Static => "static",
            Tok::If => "if",
            Tok::Then => "then",
            Tok::Else => "else",
            Tok::While => "while",
            Tok::Do => "do",
            Tok::Until => "until",
            Tok::For => "for",
            Tok::Repeat => "repeat",
            Tok::Switch => "switch",
            Tok::Case => "case",
            Tok::Default => "default",
            Tok::Break => "break",
            Tok::Continue => "continue",
            Tok::Return | Tok::ReturnVoid => "return",
            Tok::Exit => "exit",
            Tok::With => "with",
            Tok::Try => "try",
            Tok::Catch => "catch",
            Tok::Finally => "finally",
            Tok::Throw => "throw",
            Tok::Enum => "enum",
            Tok::Function => "function",
            Tok::Constructor => "constructor",
            Tok::New => "new",
            Tok::Delete => "delete",
            Tok::SelfKw => "self",
            Tok::Other => "other",
            Tok::Global => "global",
            Tok::All => "all",
            Tok::Noone => "noone",
            Tok::True => "true",
            Tok::False => "false",
            Tok::Undefined => "undefined",
            Tok::Begin => "begin",
            Tok::End => "end",
            Tok::WAnd => "and",
            Tok::WOr => "or",
            Tok::WXor => "xor",
            Tok::WNot => "not",
            Tok::WMod => "mod",
            Tok::IntDiv => "div",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBracket => "[",
            Tok::AccMap => "[?",
            Tok::AccList => "[|",
            Tok::AccGrid => "[#",
            Tok::AccStruct => "[$",
            Tok::RBracket => "]",
            Tok::Semi => ";",
            Tok::Comma => ",",
            Tok::Dot => ".",
            Tok::Colon => ":",
            Tok::Question => "?",
            Tok::Nullish => "??",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Percent => "%",
            Tok::Amp => "&",
            Tok::Pipe => "|",
            Tok::Caret => "^",
            Tok::Tilde => "~",
            Tok::Bang => "!",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::AndAnd => "&&",
            Tok::OrOr => "||",
            Tok::XorXor => "^^",
            Tok::Assign => "=",
            Tok::ColonAssign => ":=",
            Tok::EqEq => "==",
            Tok::NotEq => "!=",
            Tok::Lt => "<",
            Tok::Le => "<=",
            Tok::Gt => ">",
            Tok::Ge => ">=",
            Tok::PlusEq => "+=",
            Tok::MinusEq => "-=",
            Tok::StarEq => "*=",
            Tok::SlashEq => "/=",
            Tok::PercentEq => "%=",
            Tok::AmpEq => "&=",
            Tok::PipeEq => "|=",
            Tok::CaretEq => "^=",
            Tok::NullishEq => "??=",
            Tok::Incr | Tok::IncrPre => "++",
            Tok::Decr | Tok::DecrPre => "--",
            _ => "",
        }
    }

    /// The debug-dump kind name.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Tok::Ident(_) => "IDENT",
            Tok::Real(_) => "REAL",
            Tok::Int(i) if i.int64 => "INT64",
            Tok::Int(_) => "INT",
            Tok::Str(_) => "STRING",
            Tok::TemplateRaw(_) | Tok::Template(_) => "TEMPLATE",
            Tok::Macro(_) => "MACRO",
            Tok::Object(_) => "OBJECT",
            Tok::Event(_) => "EVENT",
            Tok::Define(_) => "DEFINE",
            Tok::ReturnVoid => "RETURN_VOID",
            Tok::IncrPre | Tok::DecrPre => "PREFIX",
            t if t
                .symbol()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic()) =>
            {
                "KEYWORD"
            }
            _ => "PUNCT",
        }
    }

    /// True for the line directives that split a file into sections or define macros.
    pub fn is_directive(&self) -> bool {
        matches!(
            self,
            Tok::Macro(_) | Tok::Object(_) | Tok::Event(_) | Tok::Define(_)
        )
    }

    /// True for infix operator tokens (after the token pass).
    pub fn is_binary_operator(&self) -> bool {
        matches!(
            self,
            Tok::Plus
                | Tok::Minus
                | Tok::Star
                | Tok::Slash
                | Tok::Percent
                | Tok::IntDiv
                | Tok::Amp
                | Tok::Pipe
                | Tok::Caret
                | Tok::Shl
                | Tok::Shr
                | Tok::AndAnd
                | Tok::OrOr
                | Tok::XorXor
                | Tok::Assign
                | Tok::EqEq
                | Tok::NotEq
                | Tok::Lt
                | Tok::Le
                | Tok::Gt
                | Tok::Ge
                | Tok::Nullish
                | Tok::Question
                | Tok::Dot
        )
    }

    /// True for tokens that are words (keywords), usable as field names and struct keys.
    pub fn is_word(&self) -> bool {
        !matches!(self, Tok::ReturnVoid)
            && self
                .symbol()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
    }
}
