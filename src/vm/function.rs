//! Callable things: compiled functions (with their `static` struct) and methods (a callable
//! plus the `self` it is bound to).

use super::bytecode::Proto;
use super::value::StructRef;
use crate::builtins::Builtin;
use std::cell::RefCell;
use std::rc::Rc;

/// One compiled function (script function, function literal, constructor, event body).
/// Each function value owns its statics, so two literals from the same source are distinct.
pub struct FunctionObj {
    pub proto: Rc<Proto>,
    /// The static struct, created (and its initialisers run) on the first call.
    pub statics: RefCell<Option<StructRef>>,
    /// Whether the static initialisers have run (they run once, on the first call).
    pub statics_ready: std::cell::Cell<bool>,
    /// A constructor's parent constructor (`: Parent(...)`), resolved at load time.
    pub parent: RefCell<Option<Rc<FunctionObj>>>,
    /// Not a constructor and never reads `argument[i]`: a call needs no checks and keeps no
    /// argument copies (the dispatch loop's inline call path).
    pub plain: bool,
}

impl FunctionObj {
    pub fn new(proto: Rc<Proto>) -> Rc<FunctionObj> {
        Rc::new(FunctionObj {
            plain: !proto.is_constructor && !proto.uses_arguments,
            proto,
            statics: RefCell::new(None),
            statics_ready: std::cell::Cell::new(false),
            parent: RefCell::new(None),
        })
    }
    /// A constructor may only run through `new`.
    #[inline]
    pub fn check_plain_call(&self) -> crate::vm::error::Result<()> {
        if self.proto.is_constructor {
            return Err(crate::vm::error::Error::msg(format!(
                "constructor {} must be called with new",
                self.display_name()
            )));
        }
        Ok(())
    }

    /// The name GML code sees (`fib`, `Vec2`), not the code-unit name.
    pub fn display_name(&self) -> &str {
        &self.proto.short_name
    }
}

#[derive(Clone)]
pub enum Callee {
    Script(Rc<FunctionObj>),
    Native(&'static Builtin),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// A function literal or `method(...)` result: typeof "method".
    Bound,
    /// A named script function used as a value: typeof "ref" (GameMaker 2024).
    ScriptRef,
    /// A runtime (built-in) function used as a value: typeof "number".
    NativeRef,
}

pub struct Method {
    pub callee: Callee,
    /// `None`: unbound, runs in the caller's scope.
    pub bound: Option<StructRef>,
    pub kind: MethodKind,
}

impl Method {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            MethodKind::Bound => "method",
            MethodKind::ScriptRef => "ref",
            MethodKind::NativeRef => "number",
        }
    }
    pub fn name(&self) -> &str {
        match &self.callee {
            Callee::Script(f) => f.display_name(),
            Callee::Native(b) => b.name,
        }
    }
    pub fn same_target(&self, other: &Method) -> bool {
        let same_fn = match (&self.callee, &other.callee) {
            (Callee::Script(a), Callee::Script(b)) => Rc::ptr_eq(a, b),
            (Callee::Native(a), Callee::Native(b)) => std::ptr::eq(*a, *b),
            _ => false,
        };
        let same_self = match (&self.bound, &other.bound) {
            (None, None) => true,
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        same_fn && same_self && self.kind != MethodKind::Bound
    }
    pub fn is_constructor(&self) -> bool {
        matches!(&self.callee, Callee::Script(f) if f.proto.is_constructor)
    }
}
