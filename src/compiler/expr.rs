//! Expressions, assignment targets, calls and name resolution.

use super::func::FnCompiler;
use super::CompileEnv;
use crate::builtins;
use crate::syntax::ast::*;
use crate::vm::bytecode::{BitOp, BuiltinVar, Op};
use crate::vm::function::{Callee, Method, MethodKind};
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, Value};
use hashbrown::HashMap;
use std::rc::Rc;

/// How a bare name resolves, in GameMaker's order.
enum Resolved {
    Local(u16),
    Static(Sym),
    Arg(u16),
    Builtin(BuiltinVar),
    Const(Value),
    Global(Sym),
    Script(u32),
    Native(u32),
    SelfVar(Sym),
}

fn builtin_var(name: &str) -> Option<BuiltinVar> {
    Some(match name {
        "argument_count" => BuiltinVar::ArgumentCount,
        "async_load" => BuiltinVar::AsyncLoad,
        "current_time" => BuiltinVar::CurrentTime,
        "delta_time" => BuiltinVar::DeltaTime,
        "fps" => BuiltinVar::Fps,
        "fps_real" => BuiltinVar::FpsReal,
        "room_speed" => BuiltinVar::RoomSpeed,
        "instance_count" => BuiltinVar::InstanceCount,
        "instance_id" => BuiltinVar::InstanceIds,
        "room" => BuiltinVar::Room,
        "room_width" => BuiltinVar::RoomWidth,
        "room_height" => BuiltinVar::RoomHeight,
        "room_first" => BuiltinVar::RoomFirst,
        "room_last" => BuiltinVar::RoomLast,
        "room_persistent" => BuiltinVar::RoomPersistent,
        "health" => BuiltinVar::Health,
        "score" => BuiltinVar::Score,
        "lives" => BuiltinVar::Lives,
        "event_type" => BuiltinVar::EventType,
        "event_number" => BuiltinVar::EventNumber,
        "event_object" => BuiltinVar::EventObject,
        "current_year" | "current_month" | "current_day" | "current_weekday" | "current_hour"
        | "current_minute" | "current_second" => BuiltinVar::Date(Sym::intern(name)),
        "working_directory" | "game_save_id" | "program_directory" | "temp_directory"
        | "cache_directory" => BuiltinVar::Path(Sym::intern(name)),
        n if crate::builtins::os::is_os_var(n) => BuiltinVar::Os(Sym::intern(name)),
        n if crate::builtins::headless::is_builtin_var(n) => BuiltinVar::Headless(Sym::intern(n)),
        _ => return None,
    })
}

pub(super) fn native_value(b: &'static builtins::Builtin) -> Value {
    Value::Method(Rc::new(Method {
        callee: Callee::Native(b),
        bound: None,
        kind: MethodKind::NativeRef,
    }))
}

/// The text of a name as `nameof` gives it: `x`, `global.x`, `E.member`, `a.b.c`; a call gives
/// the name of what it calls (`nameof(f())` is `"f"`).
fn name_as_written(e: &Expr) -> Option<String> {
    Some(match &e.kind {
        ExprKind::Ident(x) => x.to_string(),
        ExprKind::SelfKw => "self".into(),
        ExprKind::Other => "other".into(),
        ExprKind::Global => "global".into(),
        ExprKind::Field(obj, member) => format!("{}.{member}", name_as_written(obj)?),
        ExprKind::Call(callee, _) => name_as_written(callee)?,
        _ => return None,
    })
}

/// Evaluates a constant integer expression (enum values): literals, arithmetic, earlier members.
pub(super) fn fold_const(
    env: &CompileEnv,
    e: &Expr,
    current: Option<(&str, &HashMap<Rc<str>, i64>)>,
) -> Option<f64> {
    Some(match &e.kind {
        ExprKind::Real(r) => *r,
        ExprKind::Int64(i) => *i as f64,
        ExprKind::Bool(b) => *b as i32 as f64,
        ExprKind::Ident(n) => {
            if let Some(v) = current.and_then(|(_, m)| m.get(n)) {
                *v as f64
            } else {
                match builtins::registry().constants.get(&**n)?.to_value() {
                    Value::Real(r) => r,
                    Value::Int64(i) => i as f64,
                    _ => return None,
                }
            }
        }
        ExprKind::Field(obj, member) => match &obj.kind {
            // `Level.High` inside enum Level refers to a member declared above it.
            ExprKind::Ident(en) => match current {
                Some((name, members)) if name == &**en => *members.get(member)? as f64,
                _ => match env.enums.get(en) {
                    Some(ms) => *ms.get(member)? as f64,
                    None => builtins::headless::enum_member(en, member)? as f64,
                },
            },
            _ => return None,
        },
        ExprKind::Unary(UnaryOp::Neg, a) => -fold_const(env, a, current)?,
        ExprKind::Unary(UnaryOp::Plus, a) => fold_const(env, a, current)?,
        ExprKind::Unary(UnaryOp::BitNot, a) => !(fold_const(env, a, current)? as i64) as f64,
        ExprKind::Binary(op, a, b) => {
            let x = fold_const(env, a, current)?;
            let y = fold_const(env, b, current)?;
            match op {
                BinaryOp::Add => x + y,
                BinaryOp::Sub => x - y,
                BinaryOp::Mul => x * y,
                BinaryOp::Div => x / y,
                BinaryOp::IntDiv if y.trunc() != 0.0 => (x.trunc() / y.trunc()).trunc(),
                BinaryOp::Mod if y != 0.0 => x % y,
                BinaryOp::Shl => ((x as i64).checked_shl(y as u32)?) as f64,
                BinaryOp::Shr => ((x as i64) >> (y as i64).clamp(0, 63)) as f64,
                BinaryOp::BitAnd => ((x as i64) & (y as i64)) as f64,
                BinaryOp::BitOr => ((x as i64) | (y as i64)) as f64,
                BinaryOp::BitXor => ((x as i64) ^ (y as i64)) as f64,
                _ => return None,
            }
        }
        _ => return None,
    })
}

impl FnCompiler<'_, '_> {
    fn resolve(&mut self, name: &Rc<str>) -> Resolved {
        if let Some(&slot) = self.locals.get(name) {
            return Resolved::Local(slot);
        }
        if self.statics.contains(name) {
            return Resolved::Static(Sym::intern(name));
        }
        if let Some(n) = name
            .strip_prefix("argument")
            .and_then(|n| n.parse::<u16>().ok())
        {
            if n < 16 && name.as_ref() == format!("argument{n}") {
                self.uses_arguments = true;
                return Resolved::Arg(n);
            }
        }
        if let Some(b) = builtin_var(name) {
            if b == BuiltinVar::ArgumentCount {
                self.uses_arguments = true;
            }
            return Resolved::Builtin(b);
        }
        if self.ctx.env.globalvars.contains(name) {
            return Resolved::Global(Sym::intern(name));
        }
        if let Some(c) = builtins::registry().constants.get(&**name) {
            return Resolved::Const(c.to_value());
        }
        if let Some(&i) = self.ctx.env.scripts.get(name) {
            return Resolved::Script(i);
        }
        if let Some(&o) = self.ctx.env.objects.get(name) {
            return Resolved::Const(Value::Ref(RefKind::Object, o as i64));
        }
        if let Some(v) = self.ctx.env.constants.get(name) {
            return Resolved::Const(v.clone());
        }
        if let Some(&i) = builtins::registry().by_name.get(&**name) {
            return Resolved::Native(i);
        }
        Resolved::SelfVar(Sym::intern(name))
    }

    pub(super) fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Real(r) => {
                self.emit(Op::PushReal(*r));
            }
            ExprKind::Int64(i) => self.push_const(Value::Int64(*i)),
            ExprKind::Str(s) => self.push_const(Value::str(s)),
            ExprKind::Template(parts) => self.template(parts),
            ExprKind::Bool(b) => {
                self.emit(Op::PushBool(*b));
            }
            ExprKind::Undefined => {
                self.emit(Op::PushUndefined);
            }
            ExprKind::SelfKw => {
                self.emit(Op::PushSelf);
            }
            // Inside a struct literal, `other` is the scope creating it (its self).
            ExprKind::Other if self.struct_literal_depth > 0 => {
                self.emit(Op::PushSelf);
            }
            ExprKind::Other => {
                self.emit(Op::PushOther);
            }
            ExprKind::Global => {
                self.emit(Op::PushGlobal);
            }
            ExprKind::All => {
                self.emit(Op::PushReal(-3.0));
            }
            ExprKind::Noone => {
                self.emit(Op::PushReal(-4.0));
            }
            ExprKind::Ident(name) => self.load_name(name),
            ExprKind::Array(items) => {
                for i in items {
                    self.expr(i);
                }
                self.emit(Op::MakeArray(items.len() as u32));
            }
            ExprKind::Struct(members) => {
                self.struct_literal_depth += 1;
                self.struct_members(members);
                self.struct_literal_depth -= 1;
            }
            ExprKind::Function(f) => {
                let name = f.name.clone().unwrap_or_else(|| Rc::from("anon"));
                let idx = self.function_literal(f, &name);
                self.emit(Op::MakeMethod(idx));
            }
            ExprKind::Unary(op, a) => {
                self.expr(a);
                self.unary(*op);
            }
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b),
            ExprKind::Ternary(c, a, b) => {
                for branch in [a, b] {
                    if matches!(branch.kind, ExprKind::Ternary(..)) && !self.parenthesized(branch) {
                        self.error(
                            "a ternary inside a ternary's branch needs parentheses",
                            branch.span,
                        );
                    }
                }
                self.expr(c);
                let to_else = self.emit(Op::JumpIfFalse(0));
                self.expr(a);
                let to_end = self.emit(Op::Jump(0));
                self.patch(to_else);
                self.expr(b);
                self.patch(to_end);
            }
            ExprKind::Call(callee, args) => self.call(callee, args, e.span),
            ExprKind::New(callee, args) => self.new_call(callee, args, e.span),
            ExprKind::Field(obj, name) => self.load_field(obj, name, e.span),
            ExprKind::Index(base, acc, idx) => self.load_index(base, *acc, idx, e.span),
            ExprKind::PreIncrement(t, d) => self.increment_expr(t, *d, true, e.span),
            ExprKind::PostIncrement(t, d) => self.increment_expr(t, *d, false, e.span),
        }
    }

    /// Whether the source shows `e` wrapped in parentheses. Code substituted from a macro
    /// (whose span is the macro's name, without the `?`) counts as parenthesised: its text is
    /// not here to tell.
    fn parenthesized(&self, e: &Expr) -> bool {
        let text = &self.ctx.source.text;
        let own = text
            .get(e.span.start as usize..e.span.end as usize)
            .unwrap_or("");
        let before = text.get(..e.span.start as usize).unwrap_or("");
        before.trim_end().ends_with('(') || !own.contains('?')
    }

    fn unary(&mut self, op: UnaryOp) {
        match op {
            UnaryOp::Neg => {
                self.emit(Op::Neg);
            }
            UnaryOp::Plus => {}
            UnaryOp::Not => {
                self.emit(Op::Not);
            }
            UnaryOp::BitNot => {
                self.emit(Op::BitNot);
            }
        }
    }

    fn new_call(&mut self, callee: &Expr, args: &[Option<Expr>], span: Span) {
        match &callee.kind {
            ExprKind::Ident(n) => match self.resolve(n) {
                Resolved::Script(i) => {
                    self.emit(Op::PushScript(i));
                }
                _ => self.expr(callee),
            },
            _ => self.expr(callee),
        }
        self.call_args(args, span);
        self.emit(Op::New(args.len() as u16));
    }

    fn struct_members(&mut self, members: &[(Name, Expr)]) {
        self.emit(Op::NewStruct);
        for (k, v) in members {
            self.set_span(v.span);
            match &v.kind {
                // `{me: self}` stores the new struct itself.
                ExprKind::SelfKw => {
                    self.emit(Op::Dup);
                }
                // Methods in a struct literal are bound to the new struct.
                ExprKind::Function(f) => {
                    let idx = self.function_literal(f, k);
                    self.emit(Op::MakeMethodForTop(idx));
                }
                _ => self.expr(v),
            }
            self.ctx.assigned.borrow_mut().insert(k.clone());
            self.emit(Op::InitField(Sym::intern(k)));
        }
    }

    /// A struct-literal-like context for static initialisers: methods bind at call time.
    pub(super) fn expr_for_member(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Function(f) => {
                let name = f.name.clone().unwrap_or_else(|| Rc::from("anon"));
                let idx = self.function_literal(f, &name);
                self.emit(Op::MakeFunction(idx));
            }
            _ => self.expr(e),
        }
    }

    pub(super) fn function_literal(&mut self, f: &Rc<FunctionDecl>, name: &str) -> u32 {
        let unit = format!("{}@{}", name, self.ctx.lines.line(f.span.start));
        match super::func::compile_function(self.ctx, f, &unit, name) {
            Ok(p) => {
                self.children.push(p);
                (self.children.len() - 1) as u32
            }
            Err(mut d) => {
                self.diags.append(&mut d);
                0
            }
        }
    }

    fn template(&mut self, parts: &[TemplatePart]) {
        let string_fn = builtins::registry().by_name.get("string").copied();
        self.push_const(Value::str(""));
        for p in parts {
            match p {
                TemplatePart::Text(t) => self.push_const(Value::str(t)),
                TemplatePart::Expr(e) => {
                    self.expr(e);
                    if let Some(i) = string_fn {
                        self.emit(Op::CallNative(i, 1));
                    }
                }
            }
            self.emit(Op::Add);
        }
    }

    fn load_name(&mut self, name: &Rc<str>) {
        match self.resolve(name) {
            Resolved::Local(s) => {
                self.emit(Op::LoadLocal(s));
            }
            Resolved::Static(s) => {
                self.emit(Op::LoadStatic(s));
            }
            Resolved::Arg(n) => {
                self.emit(Op::LoadArg(n));
            }
            Resolved::Builtin(b) => {
                self.emit(Op::LoadBuiltin(b));
            }
            Resolved::Const(v) => self.push_const(v),
            Resolved::Global(s) => {
                self.emit(Op::LoadGlobal(s));
            }
            Resolved::Script(i) => {
                self.emit(Op::PushScript(i));
            }
            Resolved::Native(i) => {
                let b = builtins::registry().functions[i as usize];
                self.push_const(native_value(b));
            }
            Resolved::SelfVar(s) => {
                self.emit(Op::LoadSelf(s));
            }
        }
    }

    fn binary(&mut self, op: BinaryOp, a: &Expr, b: &Expr) {
        match op {
            BinaryOp::And | BinaryOp::Or => {
                self.expr(a);
                let short = if op == BinaryOp::And {
                    self.emit(Op::JumpIfFalse(0))
                } else {
                    self.emit(Op::JumpIfTrue(0))
                };
                self.expr(b);
                self.emit(Op::ToBool);
                let end = self.emit(Op::Jump(0));
                self.patch(short);
                self.emit(Op::PushBool(op == BinaryOp::Or));
                self.patch(end);
            }
            BinaryOp::Nullish => {
                self.expr(a);
                let end = self.emit(Op::JumpIfNotNullish(0));
                self.expr(b);
                self.patch(end);
            }
            _ => {
                self.expr(a);
                self.expr(b);
                self.emit(match op {
                    BinaryOp::Add => Op::Add,
                    BinaryOp::Sub => Op::Sub,
                    BinaryOp::Mul => Op::Mul,
                    BinaryOp::Div => Op::Div,
                    BinaryOp::IntDiv => Op::IntDiv,
                    BinaryOp::Mod => Op::Mod,
                    BinaryOp::Shl => Op::Bit(BitOp::Shl),
                    BinaryOp::Shr => Op::Bit(BitOp::Shr),
                    BinaryOp::BitAnd => Op::Bit(BitOp::And),
                    BinaryOp::BitOr => Op::Bit(BitOp::Or),
                    BinaryOp::BitXor => Op::Bit(BitOp::Xor),
                    BinaryOp::Eq => Op::Eq,
                    BinaryOp::Ne => Op::Ne,
                    BinaryOp::Lt => Op::Lt,
                    BinaryOp::Le => Op::Le,
                    BinaryOp::Gt => Op::Gt,
                    BinaryOp::Ge => Op::Ge,
                    BinaryOp::Xor => Op::Xor,
                    BinaryOp::And | BinaryOp::Or | BinaryOp::Nullish => unreachable!(),
                });
            }
        }
    }

    pub(super) fn call_args(&mut self, args: &[Option<Expr>], span: Span) {
        // GameMaker sets no documented limit (`argument[i]` reads any count); the bytecode
        // holds a 16-bit count.
        if args.len() > u16::MAX as usize {
            self.error("too many arguments in one call (at most 65535)", span);
        }
        for a in args {
            match a {
                Some(e) => self.expr(e),
                None => {
                    self.emit(Op::PushUndefined);
                }
            }
        }
    }

    fn call(&mut self, callee: &Expr, args: &[Option<Expr>], span: Span) {
        let argc = args.len() as u16;
        if matches!(&callee.kind, ExprKind::Ident(n) if n.as_ref() == "nameof") {
            // nameof(x) is the name as written, known at compile time
            match args {
                [Some(a)] => match name_as_written(a) {
                    Some(text) => self.push_const(Value::string(text)),
                    None => self.error(
                        "nameof needs a name (a variable, function, macro, enum or asset)",
                        a.span,
                    ),
                },
                _ => self.error("nameof takes exactly one name", span),
            }
            return;
        }
        match &callee.kind {
            ExprKind::Ident(name) => match self.resolve(name) {
                Resolved::Script(i) => {
                    self.call_args(args, span);
                    self.emit(Op::CallScript(i, argc));
                }
                Resolved::Native(i) => {
                    let b = builtins::registry().functions[i as usize];
                    let n = args.len();
                    if n < b.min_args as usize
                        || (b.max_args != builtins::VARIADIC && n > b.max_args as usize)
                    {
                        let expected = if b.max_args == builtins::VARIADIC {
                            format!("at least {}", b.min_args)
                        } else if b.min_args == b.max_args {
                            format!("{}", b.min_args)
                        } else {
                            format!("{} to {}", b.min_args, b.max_args)
                        };
                        self.error(
                            format!(
                                "wrong number of arguments for {}: expected {expected}, got {n}",
                                b.name
                            ),
                            span,
                        );
                    }
                    self.call_args(args, span);
                    self.emit(Op::CallNative(i, argc));
                }
                Resolved::SelfVar(s) => {
                    if let Some((ext, Some(expected))) = self.ctx.env.extension_functions.get(name)
                    {
                        if args.len() != *expected {
                            self.error(
                                format!(
                                    "wrong number of arguments for {name} (a function of the extension {ext}): expected {expected}, got {}",
                                    args.len()
                                ),
                                span,
                            );
                        }
                    }
                    self.ctx
                        .self_calls
                        .borrow_mut()
                        .push((name.clone(), callee.span));
                    self.call_args(args, span);
                    self.emit(Op::CallSelfVar(s, argc));
                }
                _ => {
                    self.expr(callee);
                    self.call_args(args, span);
                    self.emit(Op::CallValue(argc));
                }
            },
            ExprKind::Field(obj, name) => {
                self.scope_expr(obj);
                self.call_args(args, span);
                self.emit(Op::CallField(Sym::intern(name), argc));
            }
            _ => {
                self.expr(callee);
                self.call_args(args, span);
                self.emit(Op::CallValue(argc));
            }
        }
    }

    /// The value a `.field` applies to.
    fn scope_expr(&mut self, obj: &Expr) {
        self.expr(obj);
    }

    /// `E.member` is an enum member whenever `E` names an enum: an enum's name followed by `.`
    /// means the enum even where a variable of that name exists (elsewhere it is the variable).
    fn enum_member(&mut self, obj: &Expr, name: &Name, span: Span) -> Option<i64> {
        if let ExprKind::Ident(en) = &obj.kind {
            if let Some(members) = self.ctx.env.enums.get(en) {
                match members.get(name) {
                    Some(v) => return Some(*v),
                    // a local that shares the enum's name keeps its own fields
                    None if self.locals.contains_key(en) => return None,
                    None => {
                        self.error(format!("enum {en} has no member {name}"), span);
                        return Some(0);
                    }
                }
            }
            // GameMaker's built-in enums, unless a local or variable of that name is in scope
            if builtins::headless::is_enum(en) && !self.locals.contains_key(en) {
                if let Some(v) = builtins::headless::enum_member(en, name) {
                    return Some(v);
                }
                self.error(format!("enum {en} has no member {name}"), span);
                return Some(0);
            }
        }
        None
    }

    fn load_field(&mut self, obj: &Expr, name: &Name, span: Span) {
        if let Some(v) = self.enum_member(obj, name, span) {
            self.push_const(Value::Int64(v));
            return;
        }
        let sym = Sym::intern(name);
        match &obj.kind {
            ExprKind::Global => {
                self.emit(Op::LoadGlobal(sym));
            }
            ExprKind::SelfKw if !self.top_level => {
                self.emit(Op::LoadSelf(sym));
            }
            ExprKind::Ident(n) if self.locals.contains_key(n) => {
                let slot = self.locals[n];
                self.emit(Op::LoadLocalField(slot, sym));
            }
            _ => {
                self.scope_expr(obj);
                self.emit(Op::LoadField(sym));
            }
        }
    }

    fn load_index(&mut self, base: &Expr, acc: Accessor, idx: &[Expr], span: Span) {
        if let (Accessor::Array, ExprKind::Ident(n)) = (acc, &base.kind) {
            if n.as_ref() == "argument" && !self.locals.contains_key(n) {
                self.uses_arguments = true;
                self.expr(&idx[0]);
                self.emit(Op::LoadArgIndex);
                return;
            }
        }
        match acc {
            Accessor::Array => {
                if let Some((a, i)) = self.local_index(base, idx) {
                    self.emit(Op::LoadLocalIndex(a, i));
                    return;
                }
                self.expr(base);
                for (k, i) in idx.iter().enumerate() {
                    if k > 0 {
                        // legacy a[i, j] is a[i][j]
                    }
                    self.expr(i);
                    self.emit(Op::LoadIndex);
                }
            }
            Accessor::Struct => {
                self.expr(base);
                self.expr(&idx[0]);
                self.emit(Op::LoadKey);
            }
            Accessor::Map => self.ds_call("ds_map_find_value", base, idx, None, span),
            Accessor::List => self.ds_call("ds_list_find_value", base, idx, None, span),
            Accessor::Grid => self.ds_call("ds_grid_get", base, idx, None, span),
        }
    }

    /// `m[? k]`, `l[| i]`, `g[# x, y]` (and their assignments) call the ds natives.
    fn ds_call(
        &mut self,
        fname: &str,
        base: &Expr,
        idx: &[Expr],
        value: Option<&Expr>,
        span: Span,
    ) {
        let Some(&i) = builtins::registry().by_name.get(fname) else {
            self.error(format!("{fname} is not available"), span);
            return;
        };
        self.expr(base);
        for e in idx {
            self.expr(e);
        }
        let mut argc = 1 + idx.len();
        if let Some(v) = value {
            self.expr(v);
            argc += 1;
        }
        self.emit(Op::CallNative(i, argc as u16));
    }

    /// Pushes the array behind an lvalue, creating it there if it holds none (`a[i][j] = v`).
    fn array_for_write(&mut self, base: &Expr) {
        match &base.kind {
            ExprKind::Ident(n) => match self.resolve(n) {
                Resolved::Local(s) => {
                    self.emit(Op::LocalArrayForWrite(s));
                }
                Resolved::Global(s) => {
                    self.emit(Op::GlobalArrayForWrite(s));
                }
                Resolved::SelfVar(s) => {
                    self.emit(Op::SelfArrayForWrite(s));
                }
                _ => self.expr(base),
            },
            ExprKind::Field(obj, name) => {
                let sym = Sym::intern(name);
                match &obj.kind {
                    ExprKind::Global => {
                        self.emit(Op::GlobalArrayForWrite(sym));
                    }
                    _ => {
                        self.scope_expr(obj);
                        self.emit(Op::FieldArrayForWrite(sym));
                    }
                }
            }
            ExprKind::Index(inner, Accessor::Array, idx) => {
                self.array_for_write(inner);
                for (k, i) in idx.iter().enumerate() {
                    self.expr(i);
                    let _ = k;
                    self.emit(Op::IndexArrayForWrite);
                }
            }
            _ => self.expr(base),
        }
    }

    /// The slots of `a` and `i` when `a[i]` names two locals.
    fn local_index(&self, base: &Expr, idx: &[Expr]) -> Option<(u16, u16)> {
        let local = |e: &Expr| match &e.kind {
            ExprKind::Ident(n) => self.locals.get(n).copied(),
            _ => None,
        };
        match idx {
            [i] => Some((local(base)?, local(i)?)),
            _ => None,
        }
    }

    /// Whether evaluating `e` only reads locals and constants through operators (no calls, no
    /// assignments, no instance or global variables).
    fn is_local_only(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Real(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::Undefined => true,
            ExprKind::Ident(n) => self.locals.contains_key(n),
            ExprKind::Unary(_, a) => self.is_local_only(a),
            ExprKind::Binary(_, a, b) => self.is_local_only(a) && self.is_local_only(b),
            _ => false,
        }
    }

    /// Whether evaluating `e` only reads locals, constants and fields of locals through
    /// operators: nothing in it can run code or assign a variable.
    fn reads_locals_only(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Field(obj, _) => {
                matches!(&obj.kind, ExprKind::Ident(n) if self.locals.contains_key(n))
            }
            ExprKind::Unary(_, a) => self.reads_locals_only(a),
            ExprKind::Binary(_, a, b) => self.reads_locals_only(a) && self.reads_locals_only(b),
            _ => self.is_local_only(e),
        }
    }

    /// Emits `target op= value` (or `target = value`).
    pub(super) fn assign(&mut self, target: &Expr, op: AssignOp, value: &Expr, span: Span) {
        if op == AssignOp::Nullish {
            // target ??= value: read it; only when nullish, assign.
            self.expr(target);
            let skip = self.emit(Op::JumpIfNotNullish(0));
            self.assign(target, AssignOp::Set, value, span);
            let end = self.emit(Op::Jump(0));
            self.patch(skip);
            self.emit(Op::Pop);
            self.patch(end);
            return;
        }
        let arith = compound_op(op);
        match &target.kind {
            ExprKind::Ident(name) => {
                let resolved = self.resolve(name);
                if let (Resolved::Local(s), AssignOp::Add) = (&resolved, op) {
                    self.expr(value);
                    self.emit(Op::AddToLocal(*s));
                    return;
                }
                let store = match resolved {
                    Resolved::Local(s) => Op::StoreLocal(s),
                    Resolved::Static(s) => Op::StoreStatic(s),
                    Resolved::Arg(n) => Op::StoreArg(n),
                    Resolved::Global(s) => Op::StoreGlobal(s),
                    Resolved::Builtin(b) => Op::StoreBuiltin(b),
                    Resolved::SelfVar(s) => {
                        self.ctx.assigned.borrow_mut().insert(name.clone());
                        Op::StoreSelf(s)
                    }
                    Resolved::Const(_) | Resolved::Script(_) | Resolved::Native(_) => {
                        self.error(
                            format!("cannot assign to '{name}': it is a constant or function"),
                            target.span,
                        );
                        return;
                    }
                };
                if let Some(a) = arith {
                    self.load_name(name);
                    self.expr(value);
                    self.emit(a);
                } else {
                    self.expr(value);
                }
                self.emit(store);
            }
            ExprKind::Field(obj, name) => {
                if self.enum_member(obj, name, target.span).is_some() {
                    self.error("cannot assign to an enum member", target.span);
                    return;
                }
                let sym = Sym::intern(name);
                self.ctx.assigned.borrow_mut().insert(name.clone());
                match &obj.kind {
                    ExprKind::Global => {
                        if let Some(a) = arith {
                            self.emit(Op::LoadGlobal(sym));
                            self.expr(value);
                            self.emit(a);
                        } else {
                            self.expr(value);
                        }
                        self.emit(Op::StoreGlobal(sym));
                    }
                    ExprKind::Ident(n)
                        if self.locals.contains_key(n) && self.reads_locals_only(value) =>
                    {
                        // `s.a = v` for a local `s`: the scope stays in its slot. Reading the
                        // local after the value is unobservable: the value reads locals,
                        // constants and their fields only, and nothing else runs.
                        let slot = self.locals[n];
                        if let Some(a) = arith {
                            self.emit(Op::LoadLocalField(slot, sym));
                            self.expr(value);
                            self.emit(a);
                        } else {
                            self.expr(value);
                        }
                        self.emit(Op::StoreLocalField(slot, sym));
                    }
                    _ => {
                        self.scope_expr(obj);
                        if let Some(a) = arith {
                            self.emit(Op::Dup);
                            self.emit(Op::LoadField(sym));
                            self.expr(value);
                            self.emit(a);
                        } else {
                            self.expr(value);
                        }
                        self.emit(Op::StoreField(sym));
                    }
                }
            }
            ExprKind::Index(base, Accessor::Array, idx) => {
                if let ExprKind::Ident(n) = &base.kind {
                    if n.as_ref() == "argument" && !self.locals.contains_key(n) {
                        self.uses_arguments = true;
                        self.expr(&idx[0]);
                        if let Some(a) = arith {
                            self.emit(Op::Dup);
                            self.emit(Op::LoadArgIndex);
                            self.expr(value);
                            self.emit(a);
                        } else {
                            self.expr(value);
                        }
                        self.emit(Op::StoreArgIndex);
                        return;
                    }
                }
                if let (Some((a, i)), None) = (self.local_index(base, idx), arith) {
                    // Storing after the value is computed is unobservable when the value cannot
                    // touch the locals: it reads locals and constants only.
                    if self.is_local_only(value) {
                        self.expr(value);
                        self.emit(Op::StoreLocalIndex(a, i));
                        return;
                    }
                }
                // a[i, j] = v is a[i][j] = v
                self.array_for_write(base);
                for i in &idx[..idx.len() - 1] {
                    self.expr(i);
                    self.emit(Op::IndexArrayForWrite);
                }
                self.expr(&idx[idx.len() - 1]);
                if let Some(a) = arith {
                    self.emit(Op::Dup2);
                    self.emit(Op::LoadIndex);
                    self.expr(value);
                    self.emit(a);
                } else {
                    self.expr(value);
                }
                self.emit(Op::StoreIndex);
            }
            ExprKind::Index(base, Accessor::Struct, idx) => {
                self.expr(base);
                self.expr(&idx[0]);
                if let Some(a) = arith {
                    self.emit(Op::Dup2);
                    self.emit(Op::LoadKey);
                    self.expr(value);
                    self.emit(a);
                } else {
                    self.expr(value);
                }
                self.emit(Op::StoreKey);
            }
            ExprKind::Index(base, acc, idx) => {
                let (getter, setter) = match acc {
                    Accessor::Map => ("ds_map_find_value", "ds_map_set"),
                    Accessor::List => ("ds_list_find_value", "ds_list_set"),
                    _ => ("ds_grid_get", "ds_grid_set"),
                };
                let new_value;
                let value = if let Some(aop) = arith_binop(op) {
                    let read = Expr {
                        kind: ExprKind::Index(base.clone(), *acc, idx.clone()),
                        span: target.span,
                    };
                    let _ = getter;
                    new_value = Expr {
                        kind: ExprKind::Binary(aop, Box::new(read), Box::new(value.clone())),
                        span: value.span,
                    };
                    &new_value
                } else {
                    value
                };
                self.ds_call(setter, base, idx, Some(value), span);
                self.emit(Op::Pop);
            }
            _ => self.error("this cannot be assigned to", target.span),
        }
    }

    pub(super) fn increment_stmt(&mut self, target: &Expr, delta: i8, span: Span) {
        if let ExprKind::Ident(n) = &target.kind {
            if let Resolved::Local(s) = self.resolve(n) {
                self.emit(Op::IncLocal(s, delta));
                return;
            }
        }
        let one = Expr {
            kind: ExprKind::Real(1.0),
            span,
        };
        let op = if delta > 0 {
            AssignOp::Add
        } else {
            AssignOp::Sub
        };
        self.assign(target, op, &one, span);
    }

    fn increment_expr(&mut self, target: &Expr, delta: i8, pre: bool, span: Span) {
        // Evaluate into temporaries so the target's sub-expressions run once.
        let old = self.temp_local();
        self.expr(target);
        self.emit(Op::StoreLocal(old));
        let load_old = Expr {
            kind: ExprKind::Ident(self.local_names[old as usize].clone()),
            span,
        };
        let new_value = Expr {
            kind: ExprKind::Binary(
                if delta > 0 {
                    BinaryOp::Add
                } else {
                    BinaryOp::Sub
                },
                Box::new(load_old),
                Box::new(Expr {
                    kind: ExprKind::Real(1.0),
                    span,
                }),
            ),
            span,
        };
        let new = self.temp_local();
        self.locals
            .insert(self.local_names[old as usize].clone(), old);
        self.expr(&new_value);
        self.emit(Op::StoreLocal(new));
        let load_new = Expr {
            kind: ExprKind::Ident(self.local_names[new as usize].clone()),
            span,
        };
        self.locals
            .insert(self.local_names[new as usize].clone(), new);
        self.assign(target, AssignOp::Set, &load_new, span);
        self.emit(Op::LoadLocal(if pre { new } else { old }));
    }
}

fn compound_op(op: AssignOp) -> Option<Op> {
    Some(match op {
        AssignOp::Set | AssignOp::Nullish => return None,
        AssignOp::Add => Op::Add,
        AssignOp::Sub => Op::Sub,
        AssignOp::Mul => Op::Mul,
        AssignOp::Div => Op::Div,
        AssignOp::Mod => Op::Mod,
        AssignOp::BitAnd => Op::Bit(BitOp::And),
        AssignOp::BitOr => Op::Bit(BitOp::Or),
        AssignOp::BitXor => Op::Bit(BitOp::Xor),
    })
}

fn arith_binop(op: AssignOp) -> Option<BinaryOp> {
    Some(match op {
        AssignOp::Set | AssignOp::Nullish => return None,
        AssignOp::Add => BinaryOp::Add,
        AssignOp::Sub => BinaryOp::Sub,
        AssignOp::Mul => BinaryOp::Mul,
        AssignOp::Div => BinaryOp::Div,
        AssignOp::Mod => BinaryOp::Mod,
        AssignOp::BitAnd => BinaryOp::BitAnd,
        AssignOp::BitOr => BinaryOp::BitOr,
        AssignOp::BitXor => BinaryOp::BitXor,
    })
}
