//! AST-shape tests. `sx` prints the tree as compact s-expressions so each construct can be
//! checked in one line; a few tests also compare `ast` values directly.

use super::ast::*;
use super::*;

fn fmt_expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Real(v) => format!("{v}"),
        ExprKind::Int64(v) => format!("{v}L"),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Template(parts) => {
            let v: Vec<String> = parts
                .iter()
                .map(|p| match p {
                    TemplatePart::Text(t) => format!("{t:?}"),
                    TemplatePart::Expr(e) => fmt_expr(e),
                })
                .collect();
            format!("(tpl {})", v.join(" "))
        }
        ExprKind::Bool(b) => format!("{b}"),
        ExprKind::Undefined => "undefined".into(),
        ExprKind::SelfKw => "self".into(),
        ExprKind::Other => "other".into(),
        ExprKind::Global => "global".into(),
        ExprKind::All => "all".into(),
        ExprKind::Noone => "noone".into(),
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::Array(v) => format!("[{}]", v.iter().map(fmt_expr).collect::<Vec<_>>().join(" ")),
        ExprKind::Struct(v) => format!(
            "{{{}}}",
            v.iter()
                .map(|(k, e)| format!("{k}: {}", fmt_expr(e)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Function(f) => fmt_fn(f),
        ExprKind::Unary(op, e) => format!("({op:?} {})", fmt_expr(e)),
        ExprKind::Binary(op, a, b) => format!("({op:?} {} {})", fmt_expr(a), fmt_expr(b)),
        ExprKind::Ternary(c, a, b) => {
            format!("(? {} {} {})", fmt_expr(c), fmt_expr(a), fmt_expr(b))
        }
        ExprKind::Call(f, args) => format!("(call {}{})", fmt_expr(f), fmt_args(args)),
        ExprKind::New(f, args) => format!("(new {}{})", fmt_expr(f), fmt_args(args)),
        ExprKind::Field(e, n) => format!("{}.{n}", fmt_expr(e)),
        ExprKind::Index(e, acc, i) => format!(
            "(idx{} {} {})",
            match acc {
                Accessor::Array => "",
                Accessor::Map => "?",
                Accessor::List => "|",
                Accessor::Grid => "#",
                Accessor::Struct => "$",
            },
            fmt_expr(e),
            i.iter().map(fmt_expr).collect::<Vec<_>>().join(" ")
        ),
        ExprKind::PreIncrement(e, d) => format!("(pre{d} {})", fmt_expr(e)),
        ExprKind::PostIncrement(e, d) => format!("(post{d} {})", fmt_expr(e)),
    }
}

fn fmt_args(args: &[Option<Expr>]) -> String {
    args.iter()
        .map(|a| match a {
            Some(e) => format!(" {}", fmt_expr(e)),
            None => " _".to_string(),
        })
        .collect()
}

fn fmt_fn(f: &FunctionDecl) -> String {
    let params: Vec<String> = f
        .params
        .iter()
        .map(|p| match &p.default {
            Some(d) => format!("{}={}", p.name, fmt_expr(d)),
            None => p.name.to_string(),
        })
        .collect();
    let parent = match &f.parent {
        Some((n, a)) => format!(" :{n}({})", fmt_args(a).trim_start()),
        None => String::new(),
    };
    format!(
        "(fn {}({}){}{} {})",
        f.name.as_deref().unwrap_or("_"),
        params.join(" "),
        parent,
        if f.is_constructor { " ctor" } else { "" },
        fmt_block(&f.body)
    )
}

fn fmt_block(b: &[Stmt]) -> String {
    format!(
        "{{{}}}",
        b.iter().map(fmt_stmt).collect::<Vec<_>>().join(" ")
    )
}

fn fmt_decls(v: &[VarDecl]) -> String {
    v.iter()
        .map(|d| match &d.init {
            Some(e) => format!("{}={}", d.name, fmt_expr(e)),
            None => d.name.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn fmt_stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(e) => fmt_expr(e),
        StmtKind::Assign(t, op, e) => {
            format!("(set{} {} {})", fmt_op(*op), fmt_expr(t), fmt_expr(e))
        }
        StmtKind::Var(v) => format!("(var {})", fmt_decls(v)),
        StmtKind::GlobalVar(v) => format!(
            "(globalvar {})",
            v.iter()
                .map(|n| n.0.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::Static(v) => format!("(static {})", fmt_decls(v)),
        StmtKind::Block(b) => fmt_block(b),
        StmtKind::If(c, t, e) => match e {
            Some(e) => format!("(if {} {} {})", fmt_expr(c), fmt_stmt(t), fmt_stmt(e)),
            None => format!("(if {} {})", fmt_expr(c), fmt_stmt(t)),
        },
        StmtKind::While(c, b) => format!("(while {} {})", fmt_expr(c), fmt_stmt(b)),
        StmtKind::DoUntil(b, c) => format!("(do {} {})", fmt_stmt(b), fmt_expr(c)),
        StmtKind::For(i, c, st, b) => format!(
            "(for {} {} {} {})",
            i.as_ref().map_or("_".into(), |s| fmt_stmt(s)),
            c.as_ref().map_or("_".into(), fmt_expr),
            st.as_ref().map_or("_".into(), |s| fmt_stmt(s)),
            fmt_stmt(b)
        ),
        StmtKind::Repeat(c, b) => format!("(repeat {} {})", fmt_expr(c), fmt_stmt(b)),
        StmtKind::With(c, b) => format!("(with {} {})", fmt_expr(c), fmt_stmt(b)),
        StmtKind::Switch(e, cases) => format!(
            "(switch {}{})",
            fmt_expr(e),
            cases
                .iter()
                .map(|c| format!(
                    " ({} {})",
                    c.label.as_ref().map_or("default".into(), fmt_expr),
                    fmt_block(&c.body)
                ))
                .collect::<String>()
        ),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Return(e) => match e {
            Some(e) => format!("(return {})", fmt_expr(e)),
            None => "return".into(),
        },
        StmtKind::Exit => "exit".into(),
        StmtKind::Throw(e) => format!("(throw {})", fmt_expr(e)),
        StmtKind::Try(b, c, f) => format!(
            "(try {}{}{})",
            fmt_block(b),
            c.as_ref().map_or(String::new(), |(n, b)| format!(
                " catch {n} {}",
                fmt_block(b)
            )),
            f.as_ref()
                .map_or(String::new(), |b| format!(" finally {}", fmt_block(b)))
        ),
        StmtKind::Enum(e) => format!(
            "(enum {} {})",
            e.name,
            e.members
                .iter()
                .map(|(n, v, _)| match v {
                    Some(v) => format!("{n}={}", fmt_expr(v)),
                    None => n.to_string(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::Function(f) => fmt_fn(f),
        StmtKind::Delete(e) => format!("(delete {})", fmt_expr(e)),
        StmtKind::Error => "ERROR".into(),
    }
}

fn fmt_op(op: AssignOp) -> &'static str {
    match op {
        AssignOp::Set => "",
        AssignOp::Add => "+",
        AssignOp::Sub => "-",
        AssignOp::Mul => "*",
        AssignOp::Div => "/",
        AssignOp::Mod => "%",
        AssignOp::BitAnd => "&",
        AssignOp::BitOr => "|",
        AssignOp::BitXor => "^",
        AssignOp::Nullish => "??",
    }
}

/// Parses statements and prints them, one per line.
fn sx(src: &str) -> String {
    let mut m = MacroTable::default();
    match parse_file(src, &mut m) {
        Ok(f) => f
            .top_level
            .iter()
            .map(fmt_stmt)
            .collect::<Vec<_>>()
            .join("\n"),
        Err(d) => panic!(
            "parse failed for {src:?}:\n{}",
            d.iter()
                .map(|d| d.render("t.gml", src))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// Parses one expression (through `x = EXPR;`) and prints it.
fn ex(src: &str) -> String {
    let s = sx(&format!("x = {src};"));
    s.strip_prefix("(set x ")
        .and_then(|s| s.strip_suffix(')'))
        .unwrap()
        .to_string()
}

fn errs(src: &str) -> Vec<String> {
    let mut m = MacroTable::default();
    match parse_file(src, &mut m) {
        Ok(_) => Vec::new(),
        Err(d) => d.iter().map(|d| d.message.clone()).collect(),
    }
}

// ------------------------------------------------------------------ literals

#[test]
fn numbers() {
    assert_eq!(ex("1"), "1");
    assert_eq!(ex("1.5"), "1.5");
    assert_eq!(ex(".5"), "0.5");
    assert_eq!(ex("1e3"), "1000");
    assert_eq!(ex("2.5e-1"), "0.25");
    assert_eq!(ex("$FF"), "255");
    assert_eq!(ex("0xFF"), "255");
    assert_eq!(ex("0b101"), "5");
    assert_eq!(ex("1_000"), "1000");
    assert_eq!(ex("0x7FFFFFFF"), "2147483647");
    assert_eq!(ex("0x80000000"), "2147483648L");
    assert_eq!(ex("$FFFFFFFFFFFFFFFF"), "-1L");
    assert_eq!(ex("9007199254740993"), "9007199254740993L");
    assert_eq!(ex("9007199254740992"), "9007199254740992");
}

#[test]
fn colour_is_bgr() {
    assert_eq!(ex("#2C8EDD"), ex("$DD8E2C"));
    assert_eq!(ex("#FF0000"), "255");
}

#[test]
fn strings_and_escapes() {
    let e = |s: &str| -> String {
        let mut m = MacroTable::default();
        let f = parse_file(&format!("x = {s};"), &mut m).unwrap();
        match &f.top_level[0].kind {
            StmtKind::Assign(
                _,
                _,
                Expr {
                    kind: ExprKind::Str(s),
                    ..
                },
            ) => s.clone(),
            k => panic!("{k:?}"),
        }
    };
    assert_eq!(
        e(r#""a\nb\r\t\b\f\v\a\\\"""#),
        "a\nb\r\t\u{8}\u{c}\u{b}\u{7}\\\""
    );
    assert_eq!(e(r#""\u1F642""#), "\u{1F642}");
    assert_eq!(e(r#""\u00e2\u61""#), "\u{e2}a");
    assert_eq!(e(r#""\u{1F600}""#), "\u{1F600}");
    assert_eq!(e(r#""\x41\x4a""#), "AJ");
    assert_eq!(e(r#""\101""#), "A");
    assert_eq!(e(r#""\q\'""#), "q'");
    assert_eq!(e("@\"a\\nb\""), "a\\nb");
    assert_eq!(e("@'it \"is\"\nhere'"), "it \"is\"\nhere");
    assert_eq!(
        errs("x = \"abc\ny = 1;"),
        vec!["unterminated string (a line break inside \"...\"; use \\n)"]
    );
    assert_eq!(errs("x = \"abc"), vec!["unterminated string"]);
}

#[test]
fn templates() {
    assert_eq!(ex(r#"$"a{b + 1}c""#), r#"(tpl "a" (Add b 1) "c")"#);
    assert_eq!(ex(r#"$"{s[$ "k"]}!""#), r#"(tpl (idx$ s "k") "!")"#);
    assert_eq!(
        ex(r#"$"\{x} {f({a: 1})}""#),
        r#"(tpl "{x} " (call f {a: 1}))"#
    );
    assert_eq!(ex(r#"$"in {$"{1}"}""#), r#"(tpl "in " (tpl 1))"#);
    // spans of parts point into the original text
    let mut m = MacroTable::default();
    let f = parse_file("x = $\"a{bb}\";", &mut m).unwrap();
    let StmtKind::Assign(_, _, e) = &f.top_level[0].kind else {
        panic!()
    };
    let ExprKind::Template(p) = &e.kind else {
        panic!()
    };
    let TemplatePart::Expr(inner) = &p[1] else {
        panic!()
    };
    assert_eq!(inner.span, Span::new(8, 10));
    assert!(!errs("x = $\"a{}\";").is_empty());
    assert!(!errs("x = $\"a{1 +}\";").is_empty());
}

#[test]
fn keyword_values() {
    assert_eq!(
        ex("[self, other, global, noone, all, undefined, true, false, pi]"),
        "[self other global noone all undefined true false pi]"
    );
}

#[test]
fn comments_regions_crlf() {
    let src = "/// doc\r\n#region stuff\r\na = 1; // c\r\n/* multi\r\nline */ b = 2\r\n#endregion\r\nc = 3";
    assert_eq!(sx(src), "(set a 1)\n(set b 2)\n(set c 3)");
    assert_eq!(sx("a = 1; #region x\nb = 2"), "(set a 1)\n(set b 2)");
    // a UTF-8 byte order mark and a missing final newline
    assert_eq!(sx("\u{feff}a = 1\r\nb = 2"), "(set a 1)\n(set b 2)");
}

// ------------------------------------------------------------------ word operators

#[test]
fn word_operators() {
    assert_eq!(ex("a and b or not c"), "(Or (And a b) (Not c))");
    assert_eq!(ex("a xor b"), "(Xor a b)");
    assert_eq!(ex("a mod b"), "(Mod a b)");
    assert_eq!(ex("a % b"), "(Mod a b)");
    assert_eq!(ex("a div b"), "(IntDiv a b)");
    assert_eq!(ex("a <> b"), "(Ne a b)");
    assert_eq!(sx("a := 1"), "(set a 1)");
    assert_eq!(
        sx("if a begin b = 1 end else begin c = 2; end"),
        "(if a {(set b 1)} {(set c 2)})"
    );
}

// ------------------------------------------------------------------ precedence

#[test]
fn precedence() {
    assert_eq!(ex("1 | 2 == 3"), "(Eq (BitOr 1 2) 3)");
    assert_eq!(ex("x & 1 == 1"), "(Eq (BitAnd x 1) 1)");
    assert_eq!(ex("a == b < c"), "(Lt (Eq a b) c)");
    assert_eq!(ex("1 + 2 * 3"), "(Add 1 (Mul 2 3))");
    assert_eq!(ex("1 << 2 + 3"), "(Shl 1 (Add 2 3))");
    assert_eq!(ex("a & b | c ^ d"), "(BitXor (BitOr (BitAnd a b) c) d)");
    assert_eq!(ex("a || b && c ^^ d"), "(Or a (And b (Xor c d)))");
    assert_eq!(ex("a ?? b ?? c"), "(Nullish a (Nullish b c))");
    assert_eq!(ex("a || b ?? c"), "(Nullish (Or a b) c)");
    assert_eq!(ex("c ? a : b"), "(? c a b)");
    assert_eq!(
        ex("c ? a ? 1 : 2 : b ?? d"),
        "(? c (? a 1 2) (Nullish b d))"
    );
    assert_eq!(ex("-a.b[1]"), "(Neg (idx a.b 1))");
    assert_eq!(ex("!~+-x"), "(Not (BitNot (Plus (Neg x))))");
    assert_eq!(ex("a - -1"), "(Sub a (Neg 1))");
    assert_eq!(ex("(1 + 2) * 3"), "(Mul (Add 1 2) 3)");
}

#[test]
fn equals_in_expressions() {
    assert_eq!(sx("a = b = 4"), "(set a (Eq b 4))");
    assert_eq!(sx("if (a = 1) b = 2"), "(if (Eq a 1) (set b 2))");
    assert_eq!(sx("if a = 1 then b = 2"), "(if (Eq a 1) (set b 2))");
}

// ------------------------------------------------------------------ accessors, calls

#[test]
fn accessors() {
    assert_eq!(ex("a[i]"), "(idx a i)");
    assert_eq!(ex("a[i][j]"), "(idx (idx a i) j)");
    assert_eq!(ex("a[i, j]"), "(idx a i j)");
    assert_eq!(ex("m[? k]"), "(idx? m k)");
    assert_eq!(ex("l[| 0]"), "(idx| l 0)");
    assert_eq!(ex("g[# 1, 2]"), "(idx# g 1 2)");
    assert_eq!(ex("a[@ 3]"), "(idx a 3)");
    assert_eq!(ex("s[$ \"k\"]"), "(idx$ s \"k\")");
    assert_eq!(ex("a.b.c"), "a.b.c");
    assert_eq!(
        ex("other.id + global.name + a.x + self.if"),
        "(Add (Add (Add other.id global.name) a.x) self.if)"
    );
    assert_eq!(ex("a.begin.end"), "a.begin.end");
}

#[test]
fn calls() {
    assert_eq!(ex("f()"), "(call f)");
    assert_eq!(ex("f(0,,1)"), "(call f 0 _ 1)");
    assert_eq!(ex("f(a, b,)"), "(call f a b)");
    assert_eq!(ex("f(,)"), "(call f _)");
    assert_eq!(ex("a.b(1)(2)"), "(call (call a.b 1) 2)");
    assert_eq!(ex("new F(1, 2)"), "(new F 1 2)");
    assert_eq!(ex("new F"), "(new F)");
    assert_eq!(sx("new F();"), "(new F)");
    assert_eq!(sx("new F"), "(new F)");
    assert_eq!(sx("new F().go(1)"), "(call (new F).go 1)");
    assert_eq!(ex("new F(1).v + new G"), "(Add (new F 1).v (new G))");
    assert_eq!(sx("f(1) g(2)"), "(call f 1)\n(call g 2)");
}

#[test]
fn increments() {
    assert_eq!(
        sx("i++; ++i; a.b++; a[0]--; --x"),
        "(post1 i)\n(pre1 i)\n(post1 a.b)\n(post-1 (idx a 0))\n(pre-1 x)"
    );
    assert_eq!(ex("i++ + ++j"), "(Add (post1 i) (pre1 j))");
    assert_eq!(sx("a = b\n++c"), "(set a b)\n(pre1 c)");
    assert_eq!(sx("if (x) ++i"), "(if x (pre1 i))");
    assert_eq!(
        sx("for (i = 0; i < 10; i++) {}"),
        "(for (set i 0) (Lt i 10) (post1 i) {})"
    );
}

// ------------------------------------------------------------------ literals: arrays, structs, functions

#[test]
fn struct_and_array_literals() {
    assert_eq!(ex("[1, 2, 3,]"), "[1 2 3]");
    assert_eq!(ex("[]"), "[]");
    assert_eq!(ex("{}"), "{}");
    assert_eq!(ex("{a: 1, \"b c\": 2, d}"), "{a: 1, b c: 2, d: d}");
    assert_eq!(
        ex("{x: 1, id: 2, other: 3, if: 4, }"),
        "{x: 1, id: 2, other: 3, if: 4}"
    );
    assert_eq!(ex("{a: {b: [1]}}"), "{a: {b: [1]}}");
}

#[test]
fn functions() {
    assert_eq!(
        sx("function f(a, b = 2) { return a + b; }"),
        "(fn f(a b=2) {(return (Add a b))})"
    );
    assert_eq!(
        sx("function B(a) : A(a, 1) constructor { static x = 1, y = 2; }"),
        "(fn B(a) :A(a 1) ctor {(static x=1 y=2)})"
    );
    assert_eq!(sx("function C() constructor {}"), "(fn C() ctor {})");
    assert_eq!(ex("function(a) { }"), "(fn _(a) {})");
    assert_eq!(ex("function named(a) { exit }"), "(fn named(a) {exit})");
    assert_eq!(sx("var f = function() {}"), "(var f=(fn _() {}))");
    assert_eq!(
        ex("method(self, function() {})"),
        "(call method self (fn _() {}))"
    );
}

// ------------------------------------------------------------------ statements

#[test]
fn optional_semicolons() {
    assert_eq!(sx("var a = 1 var b = 2"), "(var a=1)\n(var b=2)");
    assert_eq!(sx(";;a = 1;;; b = 2;"), "(set a 1)\n(set b 2)");
    assert_eq!(sx("a = 1\nb = 2"), "(set a 1)\n(set b 2)");
    assert_eq!(sx("{ ; }"), "{}");
}

#[test]
fn assignments() {
    assert_eq!(
        sx("a = 1; a += 1; a -= 1; a *= 2; a /= 2; a %= 2; a &= 1; a |= 1; a ^= 1; a ??= 3"),
        "(set a 1)\n(set+ a 1)\n(set- a 1)\n(set* a 2)\n(set/ a 2)\n(set% a 2)\n(set& a 1)\n(set| a 1)\n(set^ a 1)\n(set?? a 3)"
    );
    assert_eq!(sx("a.b[c].d = 1"), "(set (idx a.b c).d 1)");
    assert_eq!(
        sx("global.x = 1; other.y = 2; self.z = 3"),
        "(set global.x 1)\n(set other.y 2)\n(set self.z 3)"
    );
}

#[test]
fn var_globalvar_static() {
    assert_eq!(sx("var a, b = 1, c;"), "(var a b=1 c)");
    assert_eq!(sx("globalvar a, b;"), "(globalvar a b)");
    assert_eq!(sx("static s = 0;"), "(static s=0)");
}

#[test]
fn if_else_chains() {
    assert_eq!(
        sx("if (a) b = 1; else c = 2;"),
        "(if a (set b 1) (set c 2))"
    );
    assert_eq!(
        sx("if a if b c() else d()"),
        "(if a (if b (call c) (call d)))"
    );
    assert_eq!(
        sx("if a { } else if b { } else { }"),
        "(if a {} (if b {} {}))"
    );
    assert_eq!(sx("if a == 1 then b = 2"), "(if (Eq a 1) (set b 2))");
}

#[test]
fn loops() {
    assert_eq!(sx("while i < 10 i++"), "(while (Lt i 10) (post1 i))");
    assert_eq!(
        sx("while (true) { break; continue }"),
        "(while true {break continue})"
    );
    assert_eq!(sx("do { i++ } until (i > 3);"), "(do {(post1 i)} (Gt i 3))");
    assert_eq!(sx("do i++ until i > 3"), "(do (post1 i) (Gt i 3))");
    assert_eq!(sx("for (;;) {}"), "(for _ _ _ {})");
    assert_eq!(
        sx("for (var i = 0, j = 1; i < j; i += 1) {}"),
        "(for (var i=0 j=1) (Lt i j) (set+ i 1) {})"
    );
    assert_eq!(sx("repeat (3) f()"), "(repeat 3 (call f))");
    assert_eq!(sx("while (f());"), "(while (call f) {})");
    assert_eq!(sx("if (a); else b()"), "(if a {} (call b))");
    assert_eq!(sx("for (;;);"), "(for _ _ _ {})");
    assert_eq!(sx("with (obj) x = 1"), "(with obj (set x 1))");
    assert_eq!(
        sx("with all { instance_destroy() }"),
        "(with all {(call instance_destroy)})"
    );
}

#[test]
fn switch() {
    assert_eq!(
        sx("switch (x) { case 1: case 2: a = 1; break; default: b(); case \"s\": }"),
        "(switch x (1 {}) (2 {(set a 1) break}) (default {(call b)}) (\"s\" {}))"
    );
    assert_eq!(
        sx("switch x begin case 1: { f() } end"),
        "(switch x (1 {{(call f)}}))"
    );
}

#[test]
fn returns_and_flow() {
    assert_eq!(sx("return"), "return");
    assert_eq!(sx("return;"), "return");
    assert_eq!(sx("return 1 + 2"), "(return (Add 1 2))");
    assert_eq!(sx("return {a: 1}"), "(return {a: 1})");
    assert_eq!(sx("if a return else exit"), "(if a return exit)");
    assert_eq!(sx("{ return }"), "{return}");
    assert_eq!(sx("throw \"x\"; delete s;"), "(throw \"x\")\n(delete s)");
}

#[test]
fn try_catch() {
    assert_eq!(
        sx("try { a() } catch (e) { b(e) }"),
        "(try {(call a)} catch e {(call b e)})"
    );
    assert_eq!(sx("try { } finally { }"), "(try {} finally {})");
    assert_eq!(
        sx("try { } catch (e) { } finally { }"),
        "(try {} catch e {} finally {})"
    );
    assert_eq!(sx("try { }"), "(try {})");
}

#[test]
fn enums() {
    assert_eq!(
        sx("enum E { A, B = 10, C, D = -1, }"),
        "(enum E A B=10 C D=(Neg 1))"
    );
    assert_eq!(sx("enum E { A }"), "(enum E A)");
}

#[test]
fn expression_statement_rules() {
    for src in ["a + 1;", "a;", "f() = 2;", "5;"] {
        assert_eq!(errs(src).len(), 1, "{src}: {:?}", errs(src));
    }
}

// ------------------------------------------------------------------ macros

#[test]
fn macros() {
    assert_eq!(
        sx("x = SUM * 3\n#macro SUM 1 + 2"),
        "(set x (Add 1 (Mul 2 3)))"
    );
    assert_eq!(sx("#macro SEC * 60\nx = 2 SEC"), "(set x (Mul 2 60))");
    assert_eq!(sx("#macro A B + 1\n#macro B 2\nx = A"), "(set x (Add 2 1))");
    assert_eq!(sx("#macro LONG 1 + \\\n 2\nx = LONG"), "(set x (Add 1 2))");
    assert_eq!(
        sx("#macro Release:M 1\n#macro Default:N 2\nx = N"),
        "(set x 2)"
    );
    assert_eq!(sx("#macro Release:M 1\nx = M"), "(set x M)");
    assert_eq!(
        sx("#macro STMT show(1);\nSTMT STMT"),
        "(call show 1)\n(call show 1)"
    );
    let e = errs("#macro R R + 1\nx = R");
    assert_eq!(e.len(), 1);
    assert!(e[0].contains("nest too deeply"), "{e:?}");
    let e = errs("#macro R2 R2 R2\nx = R2");
    assert_eq!(e.len(), 1);
    // spans of substituted tokens are the use site
    let mut m = MacroTable::default();
    let f = parse_file("#macro V 42\nx = V;", &mut m).unwrap();
    let StmtKind::Assign(_, _, v) = &f.top_level[0].kind else {
        panic!()
    };
    assert_eq!(v.span, Span::new(16, 17));
    assert_eq!(m.names(), vec!["V".to_string()]);
    // persists across inputs
    let f = parse_file("y = V", &mut m).unwrap();
    assert_eq!(fmt_stmt(&f.top_level[0]), "(set y 42)");
    // a template string inside a macro body: its parts parse, with the use site's span
    let mut m3 = MacroTable::default();
    let f = parse_file("#macro T $\"v={1 + N}\"\n#macro N 2\nx = T;", &mut m3).unwrap();
    assert_eq!(fmt_stmt(&f.top_level[0]), "(set x (tpl \"v=\" (Add 1 2)))");
    let StmtKind::Assign(_, _, t) = &f.top_level[0].kind else {
        panic!()
    };
    let ExprKind::Template(parts) = &t.kind else {
        panic!()
    };
    let TemplatePart::Expr(e) = &parts[1] else {
        panic!()
    };
    assert_eq!(e.span, t.span);
    let mut m2 = MacroTable::default();
    collect_macros("#macro Q 7", &mut m2);
    assert!(m2.contains("Q"));
}

// ------------------------------------------------------------------ sections

#[test]
fn objects_and_events() {
    let src = "global.u = 1;\n#object obj_a : obj_base\n#event create\nreq = 1;\n#event async_http // c\nif (x) y()\n#object obj_b\n#event other_user3\n#event alarm0\n";
    let mut m = MacroTable::default();
    let f = parse_file(src, &mut m).unwrap();
    assert_eq!(f.top_level.len(), 1);
    assert_eq!(f.objects.len(), 2);
    let a = &f.objects[0];
    assert_eq!(&*a.name, "obj_a");
    assert_eq!(a.parent.as_deref(), Some("obj_base"));
    assert_eq!(a.events.len(), 2);
    assert_eq!(a.events[0].name, "create");
    assert_eq!(fmt_block(&a.events[0].body), "{(set req 1)}");
    assert_eq!(a.events[1].name, "async_http");
    assert_eq!(
        &src[a.events[1].span.start as usize..a.events[1].span.start as usize + 6],
        "#event"
    );
    let b = &f.objects[1];
    assert_eq!(b.parent, None);
    assert_eq!(
        b.events.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["other_user3", "alarm0"]
    );
    let (l, c) = line_col(src, a.events[1].body[0].span.start);
    assert_eq!((l, c), (6, 1));
    assert!(!errs("#event create\nx = 1").is_empty());
    assert!(!errs("#object o\nx = 1\n#event create").is_empty());
}

#[test]
fn errors_per_statement() {
    let e = errs("a = ;\nb = 1;\nc = (;\nd = 2;\ne = 1 +;\n");
    assert_eq!(e.len(), 3, "{e:?}");
    let e = errs("function f() {\n a = ;\n}\nb = );\n");
    assert_eq!(e.len(), 2, "{e:?}");
}

#[test]
fn render_and_line_col() {
    let src = "a = 1;\r\n\tb = );\r\n";
    assert_eq!(line_col(src, 0), (1, 1));
    assert_eq!(line_col(src, 8), (2, 1));
    assert_eq!(line_col(src, 13), (2, 6));
    assert_eq!(line_col("é = 1", 2), (1, 2));
    assert_eq!(line_col("é = 1", 3), (1, 3));
    let d = Diagnostic {
        message: "unexpected `)`".into(),
        span: Span::new(13, 14),
        notes: vec!["hi".into()],
    };
    assert_eq!(
        d.render("f.gml", src),
        "f.gml:2:6: error: unexpected `)`\n\tb = );\n\t    ^\n  note: hi"
    );
    let d = Diagnostic::new("x", Span::new(9, 14));
    assert_eq!(
        d.render("f.gml", src),
        "f.gml:2:2: error: x\n\tb = );\n\t^^^^^"
    );
    let d = Diagnostic::new("eof", Span::new(src.len(), src.len()));
    assert!(d.render("f.gml", src).ends_with("^"));
    // any span, even a nonsensical one, renders without panicking
    for text in ["", "a\r\nb", "é\r\n\r\n🙂x", "\n\n"] {
        for s in 0..text.len() + 3 {
            for e in 0..text.len() + 3 {
                let d = Diagnostic::new("m", Span::new(s, e));
                assert!(d.render("f", text).contains("error: m"));
                let _ = line_col(text, s as u32);
            }
        }
    }
}

#[test]
fn repl_inputs() {
    let mut m = MacroTable::default();
    let k = |s: &str, m: &mut MacroTable| match parse_repl_input(s, m) {
        Ok(ReplInput::Expr(e)) => format!("expr {}", fmt_expr(&e)),
        Ok(ReplInput::File(f)) => format!("file {}", f.top_level.len()),
        Err(d) => format!("err {}", d.len()),
    };
    assert_eq!(k("1 + 2", &mut m), "expr (Add 1 2)");
    assert_eq!(k("foo(3)", &mut m), "expr (call foo 3)");
    assert_eq!(k("a", &mut m), "expr a");
    assert_eq!(k("1 + 2;", &mut m), "expr (Add 1 2)");
    assert_eq!(k("foo(3);", &mut m), "expr (call foo 3)");
    assert_eq!(k("a = 1", &mut m), "file 1");
    assert_eq!(k("var a = 1; b = 2", &mut m), "file 2");
    assert_eq!(k("#macro K 5", &mut m), "file 0");
    assert_eq!(k("K * 2", &mut m), "expr (Mul 5 2)");
    assert_eq!(k("a = ", &mut m), "err 1");
    assert!(is_incomplete("if (a) {"));
    assert!(is_incomplete("f(1,"));
    assert!(is_incomplete("x = \"abc"));
    assert!(is_incomplete("/* abc"));
    assert!(is_incomplete("if a begin"));
    assert!(is_incomplete("x = [1,"));
    assert!(is_incomplete("x = @\"abc"));
    assert!(is_incomplete("#macro A 1 + \\"));
    assert!(!is_incomplete("if (a) { b() }"));
    assert!(!is_incomplete("x = 1"));
    assert!(!is_incomplete("x = )"));
    assert!(!is_incomplete("x = a.begin"));
    assert!(is_incomplete("x = a.end; if b begin"));
}

#[test]
fn ast_values_directly() {
    let mut m = MacroTable::default();
    let f = parse_file("var a = 1;", &mut m).unwrap();
    assert_eq!(
        f.top_level,
        vec![Stmt {
            kind: StmtKind::Var(vec![VarDecl {
                name: "a".into(),
                span: Span::new(4, 9),
                init: Some(Expr {
                    kind: ExprKind::Real(1.0),
                    span: Span::new(8, 9)
                }),
            }]),
            span: Span::new(0, 9),
        }]
    );
}

#[test]
fn real_world_snippets_parse() {
    let snippets = [
        "if (a) return; else b();",
        "if !a exit",
        "switch (s) { case 1: return 5; case 2: { return 6 } default: return -1 }",
        "throw { message: \"x\" };",
        "x = function() {}\ny = 2",
        "var a = 1, b = a ? 1 : 2;",
        "with (other) { instance_destroy() }",
        "f()[$ \"a\"] = 1;",
        "a.b().c[0].d = 2",
        "global.fn = function(a = 1, b) { return a ?? b };",
        "if (x) then { y = 1 }",
        "for (var i = 0; i < array_length(a); ++i) { s += a[i]; }",
        "do { i-- } until i <= 0",
        "while (true) begin break end",
        "var s = {\n  fn: function() { return self.x },\n  arr: [1, 2,],\n};",
        "instance_create_layer(x, y, \"Instances\", obj_bullet, { speed: 4, direction: image_angle });",
        "array_foreach(a, function(e, i) { show_debug_message(e) });",
        "var m = (a > b) ? a : b",
        "var n = -(a + b) * ~c",
        "x = y == z",
        "if a == b and c != d or not e then f() else g()",
        "repeat 3 f()",
        "with obj_a if x > 0 y = 1 else y = 2",
        "if (a) if (b) c = 1; else d = 2; else e = 3;",
        "a = [ [1, 2], [3, 4] ]; b = a[1][0]",
        "enum E { A = 1 << 0, B = 1 << 1, C = E.A | E.B }",
        "static _cache = undefined;",
        "var r = is_struct(s) && variable_struct_exists(s, \"k\") ? s.k : undefined",
        "if (!ds_map_exists(m, k)) { m[? k] = 0 }",
        "s.count++",
        "--global.lives",
        "other.hp -= damage",
        "_list[| i] += 1",
        "var t = $\"{name}: {value}\";",
        "function f() { var a = argument0; return argument[0] + argument_count }",
        "x = 5 div 2 mod 3",
        "a = b\n-c",
        "a = 1\n;b = 2",
        "if (a) {}\nelse {}",
        "x = a[0]++ + --b",
        "exit;",
        "delete s.child;",
        "var f = new Foo",
        "x = y ?? z ?? 0",
        "if (a = b) {}",
        "z = x < y = true",
        "foo(,)",
        "x = @'raw'",
        "a = 0 b = 1 c = 2",
        "try { a() } catch (e) { show_debug_message(e.message) }",
        "x = {}; y = []",
        "x = a ? b : c ? d : e",
        "x = self",
        "x.y = other",
        "function g() constructor { self.v = 1 }",
    ];
    for s in snippets {
        let mut m = MacroTable::default();
        if let Err(d) = parse_file(s, &mut m) {
            panic!(
                "{s:?}:\n{}",
                d.iter()
                    .map(|d| d.render("t.gml", s))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
    assert_eq!(sx("a = b\n-c"), "(set a (Sub b c))");
    assert_eq!(
        sx("if (a) if (b) c = 1; else d = 2; else e = 3;"),
        "(if a (if b (set c 1) (set d 2)) (set e 3))"
    );
    assert_eq!(sx("z = x < y = true"), "(set z (Eq (Lt x y) true))");
}

#[test]
fn spans() {
    let src = "if (a.b) f(1, x[2]);\nvar s = {k: 1};";
    let mut m = MacroTable::default();
    let f = parse_file(src, &mut m).unwrap();
    let text = |s: Span| &src[s.start as usize..s.end as usize];
    assert_eq!(text(f.top_level[0].span), "if (a.b) f(1, x[2])");
    let StmtKind::If(c, t, _) = &f.top_level[0].kind else {
        panic!()
    };
    assert_eq!(text(c.span), "a.b");
    assert_eq!(text(t.span), "f(1, x[2])");
    let StmtKind::Expr(Expr {
        kind: ExprKind::Call(callee, args),
        ..
    }) = &t.kind
    else {
        panic!()
    };
    assert_eq!(text(callee.span), "f");
    assert_eq!(text(args[1].as_ref().unwrap().span), "x[2]");
    assert_eq!(text(f.top_level[1].span), "var s = {k: 1}");
    let StmtKind::Var(v) = &f.top_level[1].kind else {
        panic!()
    };
    assert_eq!(text(v[0].span), "s = {k: 1}");
    assert_eq!(text(v[0].init.as_ref().unwrap().span), "{k: 1}");
}
