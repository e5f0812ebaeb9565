//! A frame's `self`, `other` and function. Most calls run in their caller's scope (`f(x)` from a
//! method keeps its `self`), and most callees are kept alive by something that outlives the call
//! (the script table, the method value on the operand stack), so a frame may borrow these instead
//! of owning a reference: each borrow saves a reference-count increment and decrement per call.

use super::function::FunctionObj;
use super::value::StructObj;
use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::rc::Rc;

pub(crate) struct RcRef<T> {
    rc: ManuallyDrop<Rc<T>>,
    /// Whether this holds a counted reference (dropped with it) or a borrowed copy.
    owned: bool,
}

/// A frame's `self` or `other`.
pub(crate) type ScopeRef = RcRef<RefCell<StructObj>>;
/// A frame's running function.
pub(crate) type FuncRef = RcRef<FunctionObj>;

impl<T> RcRef<T> {
    #[inline(always)]
    pub fn owned(rc: Rc<T>) -> RcRef<T> {
        RcRef {
            rc: ManuallyDrop::new(rc),
            owned: true,
        }
    }

    /// Whether this holds a counted reference.
    #[inline(always)]
    pub fn is_owned(&self) -> bool {
        self.owned
    }

    /// An uncounted copy of `src`.
    ///
    /// # Safety
    /// The value `src` points to must stay alive as long as the copy is dereferenced. Frames
    /// guarantee it: a frame borrows only from the frame below it (suspended, its scope
    /// unchanged, until the borrowing frame is popped) or from a value that outlives the frame
    /// (the callee slot on the operand stack, below the frame's base; the script table, whose
    /// replaced entries are retired, not dropped, while code runs). A popped frame is dropped
    /// without being read, and dropping a borrowed copy touches nothing.
    #[inline(always)]
    pub unsafe fn borrow_from(src: &Rc<T>) -> RcRef<T> {
        RcRef {
            // SAFETY: a bitwise copy that is never dropped (owned = false).
            rc: ManuallyDrop::new(unsafe { std::ptr::read(src) }),
            owned: false,
        }
    }
}

impl<T> std::ops::Deref for RcRef<T> {
    type Target = Rc<T>;
    #[inline(always)]
    fn deref(&self) -> &Rc<T> {
        &self.rc
    }
}

impl<T> Drop for RcRef<T> {
    #[inline(always)]
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: an owned reference is dropped exactly once, here.
            unsafe { ManuallyDrop::drop(&mut self.rc) }
        }
    }
}
