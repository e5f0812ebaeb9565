//! A frame's `self` or `other`. Most calls run in their caller's scope (`f(x)` from a method
//! keeps its `self`), so a frame may borrow its caller's scope instead of owning a reference:
//! that saves two reference-count increments and two decrements per call.

use super::value::StructRef;
use std::mem::ManuallyDrop;

pub(crate) struct ScopeRef {
    rc: ManuallyDrop<StructRef>,
    /// Whether this holds a counted reference (dropped with it) or a borrowed copy.
    owned: bool,
}

impl ScopeRef {
    pub fn owned(rc: StructRef) -> ScopeRef {
        ScopeRef {
            rc: ManuallyDrop::new(rc),
            owned: true,
        }
    }

    /// An uncounted copy of `src`.
    ///
    /// # Safety
    /// The struct `src` points to must stay alive as long as the copy is dereferenced. Frames
    /// guarantee it: a frame borrows only from the frame below it, which is suspended (its scope
    /// unchanged) until the borrowing frame is popped; a popped frame is dropped without being
    /// read, and dropping a borrowed copy touches nothing.
    #[inline(always)]
    pub unsafe fn borrow_from(src: &ScopeRef) -> ScopeRef {
        ScopeRef {
            // SAFETY: a bitwise copy that is never dropped (owned = false).
            rc: ManuallyDrop::new(unsafe { std::ptr::read(&*src.rc) }),
            owned: false,
        }
    }
}

impl std::ops::Deref for ScopeRef {
    type Target = StructRef;
    #[inline(always)]
    fn deref(&self) -> &StructRef {
        &self.rc
    }
}

impl Drop for ScopeRef {
    #[inline(always)]
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: an owned reference is dropped exactly once, here.
            unsafe { ManuallyDrop::drop(&mut self.rc) }
        }
    }
}
