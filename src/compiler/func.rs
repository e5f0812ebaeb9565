//! Per-function compile state: the instruction buffer, local slots, loop and try contexts.

use super::Ctx;
use crate::syntax::ast::*;
use crate::syntax::Diagnostic;
use crate::vm::bytecode::{Op, Proto};
use crate::vm::intern::Sym;
use crate::vm::value::Value;
use hashbrown::{HashMap, HashSet};
use std::rc::Rc;

/// What `break`/`continue` mean at this point.
pub(super) struct Breakable {
    pub kind: BreakKind,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// How many `try` handlers were active when the loop started.
    pub try_depth: usize,
}

#[derive(Copy, Clone, PartialEq, Eq)]
pub(super) enum BreakKind {
    Loop,
    Switch,
    With,
}

/// An enclosing `try` whose handler is installed, and its `finally` code to run when leaving early.
pub(super) struct TryCtx {
    pub finally: Option<Vec<Stmt>>,
    /// Whether a VM handler is installed for it right now (false inside its own catch/finally code).
    pub handler: bool,
}

pub struct FnCompiler<'a, 'c> {
    pub(super) ctx: &'a Ctx<'c>,
    pub(super) code: Vec<Op>,
    pub(super) lines: Vec<u32>,
    pub(super) consts: Vec<Value>,
    pub(super) locals: HashMap<Rc<str>, u16>,
    pub(super) local_names: Vec<Rc<str>>,
    pub(super) statics: HashSet<Rc<str>>,
    /// Positions some jump lands on (fusion must not swallow them).
    pub(super) labels: HashSet<u32>,
    /// Inside a struct literal's member values (where `other` means the creating self).
    pub(super) struct_literal_depth: u32,
    pub(super) children: Vec<Rc<Proto>>,
    pub(super) breakables: Vec<Breakable>,
    pub(super) tries: Vec<TryCtx>,
    pub(super) diags: Vec<Diagnostic>,
    pub(super) uses_arguments: bool,
    pub(super) param_count: u16,
    /// Script top-level code: `self` is global; named functions are hoisted scripts.
    pub(super) top_level: bool,
    /// Inside a function (not an event or top-level code): `static` allowed.
    pub(super) in_function: bool,
    pub(super) line: u32,
    pub(super) name: String,
}

impl<'a, 'c> FnCompiler<'a, 'c> {
    pub(super) fn new(ctx: &'a Ctx<'c>, name: &str) -> Self {
        FnCompiler {
            ctx,
            code: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            locals: HashMap::new(),
            local_names: Vec::new(),
            statics: HashSet::new(),
            labels: HashSet::new(),
            struct_literal_depth: 0,
            children: Vec::new(),
            breakables: Vec::new(),
            tries: Vec::new(),
            diags: Vec::new(),
            uses_arguments: false,
            param_count: 0,
            top_level: false,
            in_function: false,
            line: 1,
            name: name.to_string(),
        }
    }

    pub(super) fn emit(&mut self, op: Op) -> usize {
        let line = self.line;
        self.emit_at(op, line)
    }

    fn emit_at(&mut self, op: Op, line: u32) -> usize {
        if let Op::JumpUnless(k, t) = op {
            if let Some(at) = self.fuse_local_compare(k, t) {
                return at;
            }
        }
        if let Op::StoreSelf(s) = op {
            if let Some(at) = self.fuse_self_arith(s) {
                return at;
            }
        }
        if let Op::StoreLocalField(l, s) = op {
            let n = self.code.len();
            if let Some(&[Op::LoadLocalField(l2, s2), Op::ArithC(k, c)]) =
                self.code.get(n.wrapping_sub(2)..n)
            {
                let landed = (n - 1..=n).any(|i| self.labels.contains(&(i as u32)));
                if l2 == l && s2 == s && !landed {
                    // As `fuse_self_arith`: the line of the first instruction stays.
                    self.code.truncate(n - 2);
                    self.lines.truncate(n - 1);
                    self.code.push(Op::LocalFieldArithC(l, s, k, c));
                    return n - 2;
                }
            }
        }
        if let Some(fused) = self.fuse(op) {
            // The fused instruction replaces the previous one (keeping its line) and may fuse
            // again with the one before it.
            self.code.pop();
            let prev_line = self.lines.pop().unwrap_or(line);
            return self.emit_at(fused, prev_line);
        }
        self.code.push(op);
        self.lines.push(line);
        self.code.len() - 1
    }

    /// `LoadLocal a; LoadLocal b; JumpUnless(k, t)` as one `JumpUnlessLocals` (`i < n`), unless
    /// a jump lands between them.
    fn fuse_local_compare(&mut self, k: crate::vm::bytecode::CmpOp, t: u32) -> Option<usize> {
        let n = self.code.len();
        if n < 2 || self.labels.contains(&(n as u32)) || self.labels.contains(&(n as u32 - 1)) {
            return None;
        }
        let (Op::LoadLocal(a), Op::LoadLocal(b)) = (self.code[n - 2], self.code[n - 1]) else {
            return None;
        };
        self.code.truncate(n - 2);
        self.lines.truncate(n - 1);
        self.code.push(Op::JumpUnlessLocals(a, k, b, t));
        Some(n - 2)
    }

    /// `LoadSelf s; ArithC(k, c); StoreSelf s` as one `SelfArithC`, and `LoadSelf s;
    /// LoadLocal l; Add|Sub|Mul|Div; StoreSelf s` as one `SelfArithLocal`, unless a jump lands
    /// between them.
    fn fuse_self_arith(&mut self, s: crate::vm::intern::Sym) -> Option<usize> {
        use crate::vm::bytecode::ArithOp;
        let n = self.code.len();
        let landed = |from: usize| (from..=n).any(|i| self.labels.contains(&(i as u32)));
        let fused = match self.code.get(n.wrapping_sub(3)..n) {
            Some(&[Op::LoadSelf(a), Op::LoadLocal(l), op]) if a == s && !landed(n - 2) => {
                let k = match op {
                    Op::Add => ArithOp::Add,
                    Op::Sub => ArithOp::Sub,
                    Op::Mul => ArithOp::Mul,
                    Op::Div => ArithOp::Div,
                    _ => return None,
                };
                Some((3, Op::SelfArithLocal(s, k, l)))
            }
            _ => None,
        };
        let (len, op) = fused.or_else(|| match self.code.get(n.wrapping_sub(2)..n) {
            Some(&[Op::LoadSelf(a), Op::ArithC(k, c)]) if a == s && !landed(n - 1) => {
                Some((2, Op::SelfArithC(s, k, c)))
            }
            _ => None,
        })?;
        // The fused instruction keeps the line of the first one it replaces.
        self.code.truncate(n - len);
        self.lines.truncate(n - len + 1);
        self.code.push(op);
        Some(n - len)
    }

    /// Peephole fusion with the previous instruction, unless a jump lands between the two.
    fn fuse(&self, op: Op) -> Option<Op> {
        use crate::vm::bytecode::{ArithOp, CmpOp};
        let prev = *self.code.last()?;
        if self.labels.contains(&(self.code.len() as u32)) {
            return None;
        }
        let arith = |op: Op| match op {
            Op::Add => Some(ArithOp::Add),
            Op::Sub => Some(ArithOp::Sub),
            Op::Mul => Some(ArithOp::Mul),
            Op::Div => Some(ArithOp::Div),
            Op::Mod => Some(ArithOp::Mod),
            _ => None,
        };
        let cmp = |op: Op| match op {
            Op::Eq => Some(CmpOp::Eq),
            Op::Ne => Some(CmpOp::Ne),
            Op::Lt => Some(CmpOp::Lt),
            Op::Le => Some(CmpOp::Le),
            Op::Gt => Some(CmpOp::Gt),
            Op::Ge => Some(CmpOp::Ge),
            _ => None,
        };
        match (prev, op) {
            (Op::PushReal(c), op) if arith(op).is_some() => Some(Op::ArithC(arith(op)?, c)),
            // Not against NaN: the comparison instructions' fast paths assume an ordered constant.
            (Op::PushReal(c), op) if cmp(op).is_some() && !c.is_nan() => {
                Some(Op::CmpC(cmp(op)?, c))
            }
            (Op::CmpC(k, c), Op::JumpIfFalse(t)) => Some(Op::JumpUnlessC(k, c, t)),
            (Op::LoadLocal(s), Op::ArithC(k, c)) => Some(Op::LocalArithC(s, k, c)),
            (Op::LoadLocal(s), Op::Return) => Some(Op::ReturnLocal(s)),
            (Op::ArithC(k, c), Op::StoreLocal(s)) => Some(Op::ArithCToLocal(s, k, c)),
            (Op::LoadLocal(s), Op::JumpUnlessC(k, c, t)) => Some(Op::JumpUnlessLocalC(s, k, c, t)),
            (p, Op::JumpIfFalse(t)) if cmp(p).is_some() => Some(Op::JumpUnless(cmp(p)?, t)),
            _ => None,
        }
    }

    /// The jump back to the head of a `for` loop whose condition is the single instruction at
    /// `cond_at`. When the step is `i++`/`i--` and the condition tests the same local against a
    /// constant, one instruction steps, tests and jumps back to the body (falling through to the
    /// exit), so a counting loop pays one dispatch for its bookkeeping instead of three.
    pub(super) fn emit_for_loop_back(&mut self, head: u32, cond_at: Option<usize>) {
        let step = self.code.last().copied();
        let cond = cond_at.and_then(|at| self.code.get(at).copied());
        if cond_at == Some(head as usize) && !self.labels.contains(&(self.code.len() as u32)) {
            if let (Some(Op::IncLocal(s, d)), Some(Op::JumpUnlessLocalC(s2, k, c, _))) =
                (step, cond)
            {
                let fused = match d {
                    1 => Some(Op::IncLocalLoopC(s, k, c, head + 1)),
                    -1 => Some(Op::DecLocalLoopC(s, k, c, head + 1)),
                    _ => None,
                };
                if let (Some(op), true) = (fused, s == s2) {
                    if let Some(last) = self.code.last_mut() {
                        *last = op;
                        return;
                    }
                }
            }
            // The same with a local bound (`i < n`).
            if let (Some(Op::IncLocal(s, d)), Some(Op::JumpUnlessLocals(s2, k, b, _))) =
                (step, cond)
            {
                let fused = match d {
                    1 => Some(Op::IncLocalLoopL(s, k, b, head + 1)),
                    -1 => Some(Op::DecLocalLoopL(s, k, b, head + 1)),
                    _ => None,
                };
                if let (Some(op), true) = (fused, s == s2) {
                    if let Some(last) = self.code.last_mut() {
                        *last = op;
                        return;
                    }
                }
            }
        }
        self.emit(Op::Jump(head));
    }

    /// The current position as a jump target: nothing is fused across it.
    pub(super) fn here(&mut self) -> u32 {
        let at = self.code.len() as u32;
        self.labels.insert(at);
        at
    }

    /// Points the jump at `at` to the current position.
    pub(super) fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    pub(super) fn patch_to(&mut self, at: usize, target: u32) {
        match self.code[at].jump_target_mut() {
            Some(t) => *t = target,
            None => unreachable!("patching a non-jump"),
        }
    }

    pub(super) fn set_span(&mut self, span: Span) {
        self.line = self.ctx.lines.line(span.start);
    }

    pub(super) fn error(&mut self, msg: impl Into<String>, span: Span) {
        self.diags.push(Diagnostic::new(msg, span));
    }

    pub(super) fn constant(&mut self, v: Value) -> u32 {
        self.consts.push(v);
        (self.consts.len() - 1) as u32
    }

    pub(super) fn push_const(&mut self, v: Value) {
        match v {
            Value::Real(r) => {
                self.emit(Op::PushReal(r));
            }
            Value::Undefined => {
                self.emit(Op::PushUndefined);
            }
            Value::Bool(b) => {
                self.emit(Op::PushBool(b));
            }
            v => {
                let i = self.constant(v);
                self.emit(Op::Const(i));
            }
        }
    }

    pub(super) fn declare_local(&mut self, name: &Rc<str>) -> u16 {
        if let Some(&s) = self.locals.get(name) {
            return s;
        }
        let slot = self.local_names.len() as u16;
        self.local_names.push(name.clone());
        self.locals.insert(name.clone(), slot);
        slot
    }

    /// A hidden slot for compiler temporaries (switch values, repeat counters...).
    pub(super) fn temp_local(&mut self) -> u16 {
        let slot = self.local_names.len() as u16;
        self.local_names.push(Rc::from(format!("$tmp{slot}")));
        slot
    }

    pub(super) fn finish(
        self,
        is_constructor: bool,
        parent: Option<Sym>,
        short_name: &str,
    ) -> Result<Rc<Proto>, Vec<Diagnostic>> {
        if !self.diags.is_empty() {
            return Err(self.diags);
        }
        if self.local_names.len() > u16::MAX as usize {
            return Err(vec![Diagnostic::new(
                "too many local variables",
                Span::default(),
            )]);
        }
        if !crate::vm::bytecode::code_is_closed(&self.code)
            || !crate::vm::bytecode::locals_in_range(&self.code, self.local_names.len() as u16)
        {
            return Err(vec![Diagnostic::new(
                "internal compiler error: a jump or a local slot leaves the function",
                Span::default(),
            )]);
        }
        Ok(Rc::new(Proto {
            name: self.name,
            short_name: short_name.to_string(),
            field_caches: crate::vm::field_cache::FieldCache::for_code(&self.code),
            max_stack: crate::vm::bytecode::max_stack_depth(&self.code),
            code: self.code,
            lines: self.lines,
            consts: self.consts,
            param_count: self.param_count,
            local_count: self.local_names.len() as u16,
            local_names: self.local_names,
            uses_arguments: self.uses_arguments,
            is_constructor,
            parent_name: parent,
            children: self.children,
            file: self.ctx.source.clone(),
        }))
    }
}

/// Collects the `static` declarations of a function body (not of nested functions).
fn collect_statics<'s>(body: &'s [Stmt], out: &mut Vec<&'s VarDecl>) {
    for s in body {
        match &s.kind {
            StmtKind::Static(decls) => out.extend(decls.iter()),
            StmtKind::Block(b) => collect_statics(b, out),
            StmtKind::If(_, a, b) => {
                collect_statics(std::slice::from_ref(a), out);
                if let Some(b) = b {
                    collect_statics(std::slice::from_ref(b), out);
                }
            }
            StmtKind::While(_, b)
            | StmtKind::Repeat(_, b)
            | StmtKind::With(_, b)
            | StmtKind::DoUntil(b, _)
            | StmtKind::For(_, _, _, b) => collect_statics(std::slice::from_ref(b), out),
            StmtKind::Switch(_, cases) => {
                for c in cases {
                    collect_statics(&c.body, out);
                }
            }
            StmtKind::Try(a, c, f) => {
                collect_statics(a, out);
                if let Some((_, c)) = c {
                    collect_statics(c, out);
                }
                if let Some(f) = f {
                    collect_statics(f, out);
                }
            }
            _ => {}
        }
    }
}

pub(super) fn compile_function(
    ctx: &Ctx,
    f: &FunctionDecl,
    unit_name: &str,
    short_name: &str,
) -> Result<Rc<Proto>, Vec<Diagnostic>> {
    let mut c = FnCompiler::new(ctx, unit_name);
    c.in_function = true;
    c.set_span(f.span);
    for p in &f.params {
        if c.locals.contains_key(&p.name) {
            c.error(format!("parameter '{}' declared twice", p.name), p.span);
        }
        c.declare_local(&p.name);
    }
    c.param_count = f.params.len() as u16;
    // Defaults apply when the argument is missing or undefined, evaluated left to right.
    for (i, p) in f.params.iter().enumerate() {
        if let Some(d) = &p.default {
            c.set_span(p.span);
            c.emit(Op::LoadLocal(i as u16));
            let keep = c.emit(Op::JumpIfNotNullish(0));
            c.expr(d);
            c.emit(Op::StoreLocal(i as u16));
            let end = c.emit(Op::Jump(0));
            c.patch(keep);
            c.emit(Op::Pop);
            c.patch(end);
        }
    }
    let mut parent_sym = None;
    if let Some((pname, args)) = &f.parent {
        if !f.is_constructor {
            c.error("only a constructor can inherit (add `constructor`)", f.span);
        }
        parent_sym = Some(Sym::intern(pname));
        c.call_args(args, f.span);
        c.emit(Op::CallParent(args.len() as u16));
        c.emit(Op::Pop);
    }
    if f.is_constructor {
        c.emit(Op::EnterConstructor);
    }
    let mut statics = Vec::new();
    collect_statics(&f.body, &mut statics);
    if !statics.is_empty() {
        for s in &statics {
            c.statics.insert(s.name.clone());
            // A static is a member of every struct the constructor makes: calls of it from
            // methods are not unknown functions.
            ctx.assigned.borrow_mut().insert(s.name.clone());
        }
        let skip = c.emit(Op::StaticsInit(0));
        for s in &statics {
            c.set_span(s.span);
            match &s.init {
                Some(e) => c.expr_for_member(e),
                None => {
                    c.error(
                        format!("static '{}' needs an initial value", s.name),
                        s.span,
                    );
                }
            }
            c.emit(Op::StoreStatic(Sym::intern(&s.name)));
        }
        c.patch(skip);
    }
    c.block(&f.body);
    c.emit(Op::ReturnUndefined);
    c.finish(f.is_constructor, parent_sym, short_name)
}

pub(super) fn compile_event(
    ctx: &Ctx,
    body: &[Stmt],
    unit_name: &str,
) -> Result<Rc<Proto>, Vec<Diagnostic>> {
    let mut c = FnCompiler::new(ctx, unit_name);
    c.block(body);
    c.emit(Op::ReturnUndefined);
    c.finish(false, None, unit_name)
}

/// The top-level proto and its local names (kept by the REPL).
pub(super) type TopLevel = (Rc<Proto>, Vec<Rc<str>>);

pub(super) fn compile_top_level(
    ctx: &Ctx,
    body: &[Stmt],
    unit_name: &str,
    repl: bool,
) -> Result<TopLevel, Vec<Diagnostic>> {
    let mut c = FnCompiler::new(ctx, unit_name);
    c.top_level = true;
    if repl {
        for name in ctx.env.repl_locals.clone() {
            c.declare_local(&name);
        }
    }
    c.block(body);
    c.emit(Op::ReturnUndefined);
    let locals: Vec<Rc<str>> = c.local_names.clone();
    let p = c.finish(false, None, unit_name)?;
    Ok((p, locals))
}
