//! The frame loop's call of an event on an instance: `call_function` without its per-call
//! extras. No arguments to copy, and the frame borrows the function and the instance instead of
//! counting references to them: the caller keeps both alive for the whole call (the pass's event
//! table holds the function, the caller an `Rc` of the instance). Interrupts and the memory
//! limit are polled by the pass, once every few instances, not per event.

use super::error::{Error, Result};
use super::function::FunctionObj;
use super::scope_ref::{FuncRef, ScopeRef};
use super::value::StructRef;
use super::{EventCtx, Vm};
use std::rc::Rc;

impl Vm {
    /// Runs `func` as `event` with `inst` as both `self` and `other`; its result is dropped.
    pub fn call_event(
        &mut self,
        func: &Rc<FunctionObj>,
        inst: &StructRef,
        event: EventCtx,
    ) -> Result<()> {
        if self.native_depth >= super::call::MAX_NATIVE_DEPTH {
            return Err(Error::msg(format!(
                "Stack overflow: nested calls exceeded {} (infinite recursion in {}?)",
                super::call::MAX_NATIVE_DEPTH,
                func.display_name()
            )));
        }
        let depth = self.frames.len();
        // SAFETY: the caller keeps `func` and `inst` alive until this returns, and the frame is
        // popped (by its return or by `execute`'s unwinding) before that.
        let (f, s, o) = unsafe {
            (
                FuncRef::borrow_from(func),
                ScopeRef::borrow_from(inst),
                ScopeRef::borrow_from(inst),
            )
        };
        if depth >= super::MAX_CALL_DEPTH {
            return Err(self.call_depth_error(func));
        }
        // No arguments: the frame's locals start at the top of the stack (an event function
        // reading `argument[i]` sees none, as with `call_function` and no arguments).
        self.push_plain_frame(f, s, o, self.stack.len(), 0, 0);
        self.frames[depth].event = Some(event);
        self.native_depth += 1;
        let r = self.execute(depth);
        self.native_depth -= 1;
        r.map(drop)
    }
}
