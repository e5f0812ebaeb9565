//! Source text to syntax tree: the logos lexer, the thin token pass that absorbs GML's looseness,
//! macro expansion, the LALRPOP grammar and diagnostics.

pub mod ast;

// TEMPORARY until the syntax branch lands: the diagnostic type the compiler reports with.
pub struct Diagnostic {
    pub message: String,
    pub span: ast::Span,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(message: impl Into<String>, span: ast::Span) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            notes: Vec::new(),
        }
    }
}

pub fn line_col(source: &str, offset: u32) -> (u32, u32) {
    let before = &source[..(offset as usize).min(source.len())];
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
    (line, col)
}

pub struct ParsedFile {
    pub top_level: Vec<ast::Stmt>,
    pub objects: Vec<ObjectSection>,
}
pub struct ObjectSection {
    pub name: ast::Name,
    pub parent: Option<ast::Name>,
    pub span: ast::Span,
    pub events: Vec<EventSection>,
}
pub struct EventSection {
    pub name: String,
    pub span: ast::Span,
    pub body: Vec<ast::Stmt>,
}

#[derive(Default, Clone)]
pub struct MacroTable {}

pub fn parse_file(_source: &str, _macros: &mut MacroTable) -> Result<ParsedFile, Vec<Diagnostic>> {
    Err(vec![Diagnostic::new(
        "parser not built yet",
        ast::Span::default(),
    )])
}

impl Diagnostic {
    pub fn render(&self, file_name: &str, source: &str) -> String {
        let (l, c) = line_col(source, self.span.start);
        format!("{file_name}:{l}:{c}: error: {}\n", self.message)
    }
}
