//! The syntax tree the parser produces and the compiler consumes. Every expression and statement
//! carries the byte span it came from, so errors can point at the source.

use std::rc::Rc;

/// Byte offsets `[start, end)` into one source file.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

pub type Name = Rc<str>;

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TemplatePart {
    Text(String),
    Expr(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Real(f64),
    /// An integer literal a double cannot hold exactly, or a hex literal beyond int32.
    Int64(i64),
    Str(String),
    /// `$"a{b}c"`
    Template(Vec<TemplatePart>),
    Bool(bool),
    Undefined,
    /// `self`, `other`, `global`, `all`, `noone`: keywords that name scopes.
    SelfKw,
    Other,
    Global,
    All,
    Noone,
    /// Any other name: local, global, builtin constant, function, asset or instance variable.
    /// The compiler decides which.
    Ident(Name),
    Array(Vec<Expr>),
    /// `{a: 1, "b": 2, c}`; a shorthand `c` has value `Ident(c)`.
    Struct(Vec<(Name, Expr)>),
    Function(Rc<FunctionDecl>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `a ? b : c`
    Ternary(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `f(a, , b)`: a `None` is an omitted argument (passes undefined).
    Call(Box<Expr>, Vec<Option<Expr>>),
    /// `new F(args)`
    New(Box<Expr>, Vec<Option<Expr>>),
    /// `a.b`
    Field(Box<Expr>, Name),
    /// `a[i]`, `a[i, j]` (legacy 2D: means `a[i][j]`), `m[? k]`, `l[| i]`, `g[# x, y]`, `a[@ i]`, `s[$ k]`
    Index(Box<Expr>, Accessor, Vec<Expr>),
    /// `++x` / `--x` (delta +1/-1): the new value.
    PreIncrement(Box<Expr>, i8),
    /// `x++` / `x--`: the old value.
    PostIncrement(Box<Expr>, i8),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Accessor {
    /// `[` (and `[@`, which means the same with copy-on-write off)
    Array,
    /// `[?` ds_map
    Map,
    /// `[|` ds_list
    List,
    /// `[#` ds_grid
    Grid,
    /// `[$` struct
    Struct,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Plus,
    Not,
    BitNot,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    IntDiv,
    Mod,
    Shl,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// `&&` / `and` (short-circuit)
    And,
    /// `||` / `or` (short-circuit)
    Or,
    /// `^^` / `xor`
    Xor,
    /// `??` (right side evaluated only when the left is undefined or pointer_null)
    Nullish,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=` or `:=`
    Set,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    BitAnd,
    BitOr,
    BitXor,
    /// `??=`
    Nullish,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarDecl {
    pub name: Name,
    pub span: Span,
    pub init: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchCase {
    /// `None` for `default:`
    pub label: Option<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumDecl {
    pub name: Name,
    pub members: Vec<(Name, Option<Expr>, Span)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Name,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDecl {
    /// `None` for an anonymous function literal.
    pub name: Option<Name>,
    pub params: Vec<Param>,
    /// `function B(a) : A(a, 1) constructor`: the parent's name and arguments.
    pub parent: Option<(Name, Vec<Option<Expr>>)>,
    pub is_constructor: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// A call, `new`, or `++`/`--` standing as a statement.
    Expr(Expr),
    /// `target op value` where target is an identifier, field or index expression.
    Assign(Expr, AssignOp, Expr),
    Var(Vec<VarDecl>),
    GlobalVar(Vec<(Name, Span)>),
    Static(Vec<VarDecl>),
    Block(Vec<Stmt>),
    If(Expr, Box<Stmt>, Option<Box<Stmt>>),
    While(Expr, Box<Stmt>),
    DoUntil(Box<Stmt>, Expr),
    /// `for (init; cond; step) body`: each part optional.
    For(
        Option<Box<Stmt>>,
        Option<Expr>,
        Option<Box<Stmt>>,
        Box<Stmt>,
    ),
    Repeat(Expr, Box<Stmt>),
    With(Expr, Box<Stmt>),
    Switch(Expr, Vec<SwitchCase>),
    Break,
    Continue,
    Return(Option<Expr>),
    Exit,
    Throw(Expr),
    /// `try {} catch (e) {} finally {}`: catch and finally each optional.
    Try(Vec<Stmt>, Option<(Name, Vec<Stmt>)>, Option<Vec<Stmt>>),
    Enum(EnumDecl),
    /// A named function declaration.
    Function(Rc<FunctionDecl>),
    /// `delete v;`
    Delete(Expr),
    /// Placeholder left by error recovery; never compiled (the file has errors).
    Error,
}
