//! Stopping running code: Ctrl-C and `--timeout` set `Vm::interrupt` from another thread, and
//! the memory limit is passed when the live heap grows over it (`memory`). Running code polls:
//! - the dispatch loop every [`POLL_TICKS`] backward jumps and calls (one counter),
//!   so neither a loop nor recursion without loops can run on unchecked; a call from a builtin
//!   back into GML (a callback) polls at once;
//! - after every builtin call, so a loop over a slow builtin stops at its next call;
//! - inside builtins whose one call can take long (big fills, sorts, repeats), through
//!   [`Vm::check_interrupt`] every so many items.
//!
//! Each poll is one flag read (and, in `poll_interrupt`, one counter read), so polling often
//! costs little; the work between two polls is bounded, so an interrupt lands within
//! milliseconds.

use super::error::{Error, Result};
use super::memory;
use super::Vm;
use std::sync::atomic::Ordering;

/// Backward jumps (or calls) between two polls of the dispatch loop.
pub(crate) const POLL_TICKS: u32 = 256;

/// Items a builtin processes between two [`Vm::check_interrupt`] calls.
pub const CHECK_EVERY: usize = 1 << 16;

impl Vm {
    /// The full poll: an interrupt request, or the live heap past the memory limit.
    #[cold]
    #[inline(never)]
    pub(crate) fn poll_interrupt(&mut self) -> Result<()> {
        self.check_interrupt()?;
        match memory::over_limit() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Whether Ctrl-C or `--timeout` asked the running code to stop: for builtins that loop.
    #[inline]
    pub fn check_interrupt(&self) -> Result<()> {
        if self.interrupt.load(Ordering::Relaxed) {
            return Err(Error::Interrupted);
        }
        Ok(())
    }
}

/// Sorts `items` stably by `cmp` (std's sort), giving up with [`Error::Interrupted`] when
/// `interrupt` is set: it is read every [`CHECK_EVERY`] comparisons, and a set flag unwinds out
/// of the sort (the slice then holds some permutation of its items, as after any abandoned sort).
pub fn sort_interruptible<T>(
    interrupt: &std::sync::atomic::AtomicBool,
    items: &mut [T],
    mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering,
) -> Result<()> {
    /// The unwinding payload of an abandoned sort (`resume_unwind` skips the panic hook).
    struct Abandoned;
    let mut n = 0usize;
    let sorted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        items.sort_by(|a, b| {
            n += 1;
            if n.is_multiple_of(CHECK_EVERY) && interrupt.load(Ordering::Relaxed) {
                std::panic::resume_unwind(Box::new(Abandoned));
            }
            cmp(a, b)
        })
    }));
    match sorted {
        Ok(()) => Ok(()),
        Err(p) if p.is::<Abandoned>() => Err(Error::Interrupted),
        Err(p) => std::panic::resume_unwind(p),
    }
}
