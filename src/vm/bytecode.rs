//! The instruction set and compiled function prototypes. A stack machine: operands are pushed,
//! operators pop them. Locals live in numbered slots of the frame; names are interned `Sym`s.

use super::intern::Sym;
use super::value::Value;
use std::rc::Rc;

/// One source file's text, kept for error messages ("at gml_Script_f (line 3) - <line>").
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    pub fn line_text(&self, line: u32) -> &str {
        self.text
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("")
            .trim_end_matches('\r')
    }
}

/// A compiled function body.
pub struct Proto {
    /// GameMaker's code-unit name: `gml_Script_fib`, `gml_Object_obj_a_Step_0`.
    pub name: String,
    /// The function's own name for printing (`function fib`).
    pub short_name: String,
    pub code: Vec<Op>,
    /// One inline cache per instruction, used by the field instructions (`field_cache.rs`).
    pub field_caches: Box<[super::field_cache::FieldCache]>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    pub param_count: u16,
    /// All slots: parameters first, then `var` locals and compiler temporaries.
    pub local_count: u16,
    /// The most operand-stack slots the code uses above its locals (`max_stack_depth`): a call
    /// reserves them when it enters, so the dispatch loop pushes without capacity checks.
    pub max_stack: u32,
    /// Local names by slot, for `:vars`, disassembly and error messages.
    pub local_names: Vec<Rc<str>>,
    /// Uses `argument[i]`, `argument_count` or `argumentN` beyond its parameters.
    pub uses_arguments: bool,
    pub is_constructor: bool,
    /// `: Parent(...)` of a constructor, by name (resolved when called).
    pub parent_name: Option<Sym>,
    /// Function literals defined inside, referenced by `MakeFunction`.
    pub children: Vec<Rc<Proto>>,
    pub file: Rc<SourceFile>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BitOp {
    And,
    Or,
    Xor,
    Shl,
    Shr,
}

/// Built-in variables that are not plain instance or global fields.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BuiltinVar {
    ArgumentCount,
    AsyncLoad,
    CurrentTime,
    DeltaTime,
    Fps,
    FpsReal,
    RoomSpeed,
    InstanceCount,
    /// `instance_id[]`: the live instances' ids, in creation order.
    InstanceIds,
    /// `current_year`, `current_month`, ... (name resolved by the date module)
    Date(Sym),
    /// `working_directory`, `game_save_id`, ... (resolved by the files module)
    Path(Sym),
    /// `os_type`, `os_version`, `debug_mode`, `game_project_name`, ... (resolved by the os module)
    Os(Sym),
    Room,
    RoomWidth,
    RoomHeight,
    RoomFirst,
    RoomLast,
    RoomPersistent,
    Health,
    Score,
    Lives,
    /// `event_type`, `event_number`, `event_object`: the running event (read-only).
    EventType,
    EventNumber,
    EventObject,
    /// `audio_bus_main`, ... (resolved by the headless builtins)
    Headless(Sym),
}

#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Op {
    /// Push `consts[i]`.
    Const(u32),
    PushReal(f64),
    PushUndefined,
    PushBool(bool),
    Pop,
    Dup,
    /// Duplicate the top two values (`a b` -> `a b a b`).
    Dup2,
    /// Duplicate the value under the top (`a b` -> `a b a`).
    Over,
    /// Swap the top two values.
    Swap,

    LoadLocal(u16),
    StoreLocal(u16),
    /// `i++` / `i += 1` on a local as a statement.
    IncLocal(u16, i8),
    /// Push the local's array, making the local a new array first if it holds none (`a[i] = v`).
    LocalArrayForWrite(u16),
    LoadArg(u16),
    /// `argument[i]`: pops i.
    LoadArgIndex,
    /// `argument[i] = v`: pops v, i.
    StoreArgIndex,
    StoreArg(u16),

    LoadGlobal(Sym),
    StoreGlobal(Sym),
    GlobalArrayForWrite(Sym),
    LoadSelf(Sym),
    StoreSelf(Sym),
    /// `name = name op c` on self (`hp -= 1`, `y = y + 1`): `LoadSelf`, `ArithC`,
    /// `StoreSelf` in one, the field looked up once when it holds a real.
    SelfArithC(Sym, ArithOp, f64),
    /// `name = name op local` on self (`x += dx`): `LoadSelf`, `LoadLocal`, the arithmetic
    /// and `StoreSelf` in one, reading the field before the local as the four do.
    SelfArithLocal(Sym, ArithOp, u16),
    /// `l.name = l.name op c` for a struct in local `l` (`s.count += 1`): `LoadLocalField`,
    /// `ArithC`, `StoreLocalField` in one.
    LocalFieldArithC(u16, Sym, ArithOp, f64),
    SelfArrayForWrite(Sym),
    LoadStatic(Sym),
    StoreStatic(Sym),
    LoadBuiltin(BuiltinVar),
    StoreBuiltin(BuiltinVar),
    PushSelf,
    PushOther,
    PushGlobal,

    /// Pops a scope (struct, instance id, object, global); pushes its field.
    LoadField(Sym),
    /// Pops value, then scope.
    StoreField(Sym),
    /// Pops scope; pushes the field's array, creating it if needed.
    FieldArrayForWrite(Sym),
    /// Pops index, array; pushes element.
    LoadIndex,
    /// Pops value, index, array.
    StoreIndex,
    /// Pops index, array; pushes the inner array at index, creating it if needed (`a[i][j] = v`).
    IndexArrayForWrite,
    /// `s[$ k]`: pops key, struct; pushes the member or undefined.
    LoadKey,
    /// Pops value, key, struct.
    StoreKey,

    Add,
    Sub,
    Mul,
    Div,
    IntDiv,
    Mod,
    Bit(BitOp),
    Neg,
    Not,
    BitNot,
    /// Converts the top to a bool by truthiness (`!!x`).
    ToBool,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// Logical xor (`^^`).
    Xor,

    Jump(u32),
    /// Pops; jumps when falsy.
    JumpIfFalse(u32),
    /// Pops; jumps when truthy.
    JumpIfTrue(u32),
    /// Peeks: jumps (keeping the value) when it is neither undefined nor pointer_null; else pops.
    JumpIfNotNullish(u32),
    /// `repeat` counter in a local: when it is <= 0 jumps, else decrements it.
    RepeatStep(u16, u32),

    /// Pushes script function `scripts[i]` as a value.
    PushScript(u32),
    /// `local += v` in place (appends to a string without copying it when unshared).
    AddToLocal(u16),
    /// Stack: args. Calls script function `scripts[i]`.
    CallScript(u32, u16),
    /// Stack: args. Calls builtin `registry.functions[i]`.
    CallNative(u32, u16),
    /// Stack: callee, args. Unbound callees run with the current self.
    CallValue(u16),
    /// Stack: scope, args. `s.name(args)`: looks the method up after the arguments (as
    /// GameMaker's VM does); an unbound callee runs with `self` = scope.
    CallField(Sym, u16),
    /// Call the self variable `name` (or report an unknown function naming close matches).
    CallSelfVar(Sym, u16),
    /// Stack: constructor, args. `new F(...)`.
    New(u16),
    /// Stack: args. A constructor's `: Parent(args)` call, run on the current self.
    CallParent(u16),
    /// Start of a constructor's own body (after its parent's): the struct being built is now an
    /// instance of this constructor, with its statics (GameMaker: `instanceof(self)` in a
    /// parent's body names the parent).
    EnterConstructor,
    Return,
    ReturnUndefined,
    /// `return local` (`LoadLocal` then `Return`).
    ReturnLocal(u16),

    MakeArray(u32),
    /// Pushes a new empty struct.
    NewStruct,
    /// Pops value; sets it as member of the struct below it (which stays).
    InitField(Sym),
    /// Pushes a new method for `children[i]` bound to the current self.
    MakeMethod(u32),
    /// Pushes a new method for `children[i]` bound to the struct on the top (struct literals).
    MakeMethodForTop(u32),
    /// Pushes an unbound function value for `children[i]` (named function declarations).
    MakeFunction(u32),
    /// At the start of a function with statics: jump past the initialisers after the first call.
    StaticsInit(u32),

    /// Pops the target; starts iterating its instances/struct; jumps to the end when empty.
    WithBegin(u32),
    /// Moves to the next target and jumps back to the body start, or ends the `with`.
    WithNext(u32),
    /// Leaves the innermost `with` early (`break`).
    WithExit,

    /// Installs a handler: an error jumps to `catch_ip` with the error value pushed.
    TryBegin(u32),
    TryEnd,
    Throw,
    /// `delete v`: pops (the compiler then stores undefined).
    Delete,
    Nop,

    // Fused forms the compiler emits for `x op constant` and compare-and-branch, so hot loops
    // move fewer values through the operand stack. Same semantics as the unfused sequence.
    /// `top = top op c`
    ArithC(ArithOp, f64),
    /// `top = top cmp c`
    CmpC(CmpOp, f64),
    /// Pops; jumps unless `value cmp c`.
    JumpUnlessC(CmpOp, f64, u32),
    /// Pops two; jumps unless `a cmp b`.
    JumpUnless(CmpOp, u32),
    /// Pops v; `local = v op c` (`x = (x + y) mod 7`).
    ArithCToLocal(u16, ArithOp, f64),
    /// Pushes `local op c` (`n - 1`, `i * 3`).
    LocalArithC(u16, ArithOp, f64),
    /// Jumps unless `local cmp c` (`i < 10` heading a loop); pushes nothing.
    JumpUnlessLocalC(u16, CmpOp, f64, u32),
    /// The bottom of `for (...; i cmp c; i++)`: increments the local, then jumps back to the
    /// body while `local cmp c` holds; else falls through to the loop's exit.
    IncLocalLoopC(u16, CmpOp, f64, u32),
    /// The same for `i--`.
    DecLocalLoopC(u16, CmpOp, f64, u32),
    /// Pushes `a[i]` for locals `a` and `i`, without moving the array through the stack.
    LoadLocalIndex(u16, u16),
    /// Pops v; `a[i] = v` for locals `a` and `i` (`a` becomes an array first if it holds none).
    StoreLocalIndex(u16, u16),
    /// Pushes field `name` of the scope in a local (`s.a`), without moving the scope through
    /// the stack: `LoadLocal` then `LoadField`.
    LoadLocalField(u16, Sym),
    /// Pops v; sets field `name` of the scope in a local (`s.a = v`).
    StoreLocalField(u16, Sym),
    /// Jumps unless `local a cmp local b` (`i < n` heading a loop); pushes nothing.
    JumpUnlessLocals(u16, CmpOp, u16, u32),
    /// The bottom of `for (...; i cmp n; i++)` with `n` a local: increments `i`, then jumps
    /// back to the body while `i cmp n` holds; else falls through to the loop's exit.
    IncLocalLoopL(u16, CmpOp, u16, u32),
    /// The same for `i--`.
    DecLocalLoopL(u16, CmpOp, u16, u32),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    /// Whether a -1/0/1 comparison result satisfies this operator.
    #[inline(always)]
    pub fn test(self, c: i32) -> bool {
        // Bit `c + 1` of each operator's mask says whether it holds for -1, 0 or 1: a table
        // lookup and a shift, where a `match` was an indirect jump in every loop test.
        const HOLDS: [u8; 6] = [0b010, 0b101, 0b001, 0b011, 0b100, 0b110];
        (HOLDS[self as usize] >> ((c + 1) & 7)) & 1 != 0
    }
}

impl Op {
    /// Where this instruction may jump to, if anywhere.
    pub fn jump_target(&self) -> Option<u32> {
        let mut op = *self;
        op.jump_target_mut().copied()
    }

    /// The jump target slot of a jump instruction (the compiler patches it through this).
    pub fn jump_target_mut(&mut self) -> Option<&mut u32> {
        match self {
            Op::Jump(t)
            | Op::JumpIfFalse(t)
            | Op::JumpIfTrue(t)
            | Op::JumpIfNotNullish(t)
            | Op::RepeatStep(_, t)
            | Op::StaticsInit(t)
            | Op::WithBegin(t)
            | Op::WithNext(t)
            | Op::TryBegin(t)
            | Op::JumpUnlessC(_, _, t)
            | Op::JumpUnless(_, t)
            | Op::JumpUnlessLocalC(_, _, _, t)
            | Op::IncLocalLoopC(_, _, _, t)
            | Op::DecLocalLoopC(_, _, _, t)
            | Op::JumpUnlessLocals(_, _, _, t)
            | Op::IncLocalLoopL(_, _, _, t)
            | Op::DecLocalLoopL(_, _, _, t) => Some(t),
            _ => None,
        }
    }
}

/// Whether `code` keeps the dispatch loop inside it: it ends in a return and every jump lands
/// on one of its instructions. The loop fetches instructions unchecked and relies on this.
pub fn code_is_closed(code: &[Op]) -> bool {
    matches!(
        code.last(),
        Some(Op::Return | Op::ReturnUndefined | Op::ReturnLocal(_))
    ) && code
        .iter()
        .all(|op| op.jump_target().is_none_or(|t| (t as usize) < code.len()))
}

impl Op {
    /// How many values this instruction pops and then pushes when it falls through to the next
    /// one (calls: the callee's result replaces the callee and arguments).
    fn stack_effect(&self) -> (u32, u32) {
        use Op::*;
        match *self {
            Const(_) | PushReal(_) | PushUndefined | PushBool(_) => (0, 1),
            Pop | Delete | Throw | Return => (1, 0),
            Dup => (1, 2),
            Dup2 => (2, 4),
            Over => (2, 3),
            Swap => (2, 2),
            LoadLocal(_)
            | LocalArrayForWrite(_)
            | LoadArg(_)
            | LoadGlobal(_)
            | GlobalArrayForWrite(_)
            | LoadSelf(_)
            | SelfArrayForWrite(_)
            | LoadStatic(_)
            | LoadBuiltin(_)
            | PushSelf
            | PushOther
            | PushGlobal
            | PushScript(_)
            | NewStruct
            | MakeMethod(_)
            | MakeFunction(_)
            | LocalArithC(..)
            | LoadLocalIndex(..)
            | LoadLocalField(..) => (0, 1),
            MakeMethodForTop(_) => (1, 2),
            StoreLocal(_) | StoreArg(_) | StoreGlobal(_) | StoreSelf(_) | StoreStatic(_)
            | StoreBuiltin(_) | AddToLocal(_) | ArithCToLocal(..) | StoreLocalIndex(..)
            | StoreLocalField(..) | JumpIfFalse(_) | JumpIfTrue(_) | JumpUnlessC(..)
            | WithBegin(_) => (1, 0),
            InitField(_) => (2, 1),
            LoadArgIndex
            | LoadField(_)
            | FieldArrayForWrite(_)
            | Neg
            | Not
            | BitNot
            | ToBool
            | ArithC(..)
            | CmpC(..) => (1, 1),
            StoreArgIndex | StoreField(_) | JumpUnless(..) => (2, 0),
            LoadIndex | IndexArrayForWrite | LoadKey | Add | Sub | Mul | Div | IntDiv | Mod
            | Bit(_) | Eq | Ne | Lt | Le | Gt | Ge | Xor => (2, 1),
            StoreIndex | StoreKey => (3, 0),
            // Peeks; the fall-through pops (the jump keeps it, see `max_stack_depth`).
            JumpIfNotNullish(_) => (1, 0),
            IncLocal(..) | Jump(_) | RepeatStep(..) | EnterConstructor | ReturnUndefined
            | ReturnLocal(_) | StaticsInit(_) | WithNext(_) | WithExit | TryBegin(_) | TryEnd
            | Nop | JumpUnlessLocalC(..) | IncLocalLoopC(..) | DecLocalLoopC(..)
            | JumpUnlessLocals(..) | IncLocalLoopL(..) | DecLocalLoopL(..) | SelfArithC(..)
            | SelfArithLocal(..) | LocalFieldArithC(..) => (0, 0),
            CallScript(_, n) | CallNative(_, n) | CallParent(n) => (n as u32, 1),
            CallValue(n) | CallField(_, n) | New(n) => (n as u32 + 1, 1),
            CallSelfVar(_, n) => (n as u32, 1),
            MakeArray(n) => (n, 1),
        }
    }

    /// Whether execution can continue at the next instruction.
    fn falls_through(&self) -> bool {
        !matches!(
            self,
            Op::Jump(_) | Op::Return | Op::ReturnUndefined | Op::ReturnLocal(_) | Op::Throw
        )
    }
}

/// The deepest the operand stack gets above a frame's locals while `code` runs (the values an
/// instruction pushes and the arguments it gathers, not a callee's own frame). Found by walking
/// every path: each instruction is reached at one depth in code the compiler emits. Code where
/// that fails (a compiler bug) gets a bound that still covers it: the sum of all pushes.
pub fn max_stack_depth(code: &[Op]) -> u32 {
    let all_pushes: u32 = code
        .iter()
        .map(|op| op.stack_effect().1)
        .fold(0u32, |a, b| a.saturating_add(b))
        .saturating_add(1);
    let mut depth_at: Vec<Option<u32>> = vec![None; code.len()];
    let mut work = vec![(0usize, 0u32)];
    let mut max = 0;
    while let Some((at, d)) = work.pop() {
        let Some(op) = code.get(at) else { continue };
        match depth_at[at] {
            Some(seen) if seen == d => continue,
            Some(seen) => {
                // Reached at two depths: not code the compiler emits.
                debug_assert!(false, "operand stack depth differs at instruction {at}");
                if seen > d {
                    continue;
                }
                if d >= all_pushes {
                    return all_pushes;
                }
            }
            None => {}
        }
        depth_at[at] = Some(d);
        let (pops, pushes) = op.stack_effect();
        let after = d.saturating_sub(pops) + pushes;
        // `Dup2` and friends read before they push: the peak is the depth after.
        max = max.max(after).max(d);
        if op.falls_through() {
            work.push((at + 1, after));
        }
        if let Some(t) = op.jump_target() {
            let there = match op {
                // The jump keeps the value the fall-through pops.
                Op::JumpIfNotNullish(_) => d,
                // A `catch` starts with the error value pushed where `try` began.
                Op::TryBegin(_) => d + 1,
                // `StaticsInit` and `WithNext` jump without touching the stack; the others
                // pop what their fall-through pops.
                _ => after,
            };
            work.push((t as usize, there));
        }
    }
    max.min(all_pushes)
}

/// Whether every local slot `code` names is below `local_count`: the dispatch loop reads and
/// writes locals unchecked and relies on this.
pub fn locals_in_range(code: &[Op], local_count: u16) -> bool {
    code.iter()
        .all(|op| op.local_slots().is_none_or(|(a, b)| a.max(b) < local_count))
}

impl Op {
    /// The local slots an instruction reads or writes (the second repeats the first when it
    /// names one).
    fn local_slots(&self) -> Option<(u16, u16)> {
        use Op::*;
        match *self {
            LoadLocal(a)
            | StoreLocal(a)
            | IncLocal(a, _)
            | LocalArrayForWrite(a)
            | RepeatStep(a, _)
            | AddToLocal(a)
            | ArithCToLocal(a, ..)
            | LocalArithC(a, ..)
            | JumpUnlessLocalC(a, ..)
            | IncLocalLoopC(a, ..)
            | DecLocalLoopC(a, ..)
            | LoadLocalField(a, _)
            | StoreLocalField(a, _)
            | SelfArithLocal(_, _, a)
            | LocalFieldArithC(a, ..)
            | ReturnLocal(a) => Some((a, a)),
            LoadLocalIndex(a, b)
            | StoreLocalIndex(a, b)
            | JumpUnlessLocals(a, _, b, _)
            | IncLocalLoopL(a, _, b, _)
            | DecLocalLoopL(a, _, b, _) => Some((a, b)),
            _ => None,
        }
    }
}

impl Proto {
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_stack_depth_follows_every_path() {
        // 1 + f(2, 3): three values wait before the call, one after.
        let code = [
            Op::PushReal(1.0),
            Op::PushReal(2.0),
            Op::PushReal(3.0),
            Op::CallNative(0, 2),
            Op::Add,
            Op::Return,
        ];
        assert_eq!(max_stack_depth(&code), 3);
        // a ?? b: the jump keeps `a`; the fall-through pops it and pushes `b`.
        let code = [
            Op::PushUndefined,
            Op::JumpIfNotNullish(3),
            Op::PushReal(1.0),
            Op::Return,
        ];
        assert_eq!(max_stack_depth(&code), 1);
        // try { } catch (e): the catch starts with the error value above what `try` saw.
        let code = [
            Op::PushReal(1.0),
            Op::TryBegin(4),
            Op::TryEnd,
            Op::Jump(7),
            Op::PushReal(2.0),
            Op::Pop,
            Op::Pop,
            Op::Pop,
            Op::ReturnUndefined,
        ];
        assert_eq!(max_stack_depth(&code), 3);
    }

    #[test]
    fn locals_out_of_range_are_found() {
        assert!(locals_in_range(&[Op::LoadLocal(1), Op::Return], 2));
        assert!(!locals_in_range(&[Op::LoadLocal(2), Op::Return], 2));
        assert!(!locals_in_range(
            &[Op::IncLocalLoopL(0, CmpOp::Lt, 5, 0)],
            2
        ));
    }
}
