//! The memory limit (`--max-memory`): a runaway program ends with a GML "out of memory" error
//! instead of being killed by the operating system.
//!
//! Two parts:
//! - The global allocator counts the bytes of every live heap allocation. Each thread keeps a
//!   small running delta and folds it into one shared counter once it passes 64 KiB either way,
//!   so the count is exact to within 64 KiB per thread and costs a few instructions per call.
//! - Allocation paths that take a size from the script (`array_create`, `string_repeat`,
//!   `buffer_create`, `ds_grid_create`, growing arrays and buffers, HTTP bodies, ...) ask
//!   [`reserve`] first, so a request that would pass the limit fails before anything is
//!   allocated, quoting the size asked. Growth made of many small allocations is caught by the
//!   VM, which compares the count with the limit whenever it polls for interrupts.

use super::error::{Error, Result};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, AtomicU64, Ordering};

/// The default limit when `--max-memory` is not given (and the machine has 8 GiB or more).
pub const DEFAULT_LIMIT: u64 = 4 << 30;

/// Live bytes folded in from every thread's delta (may dip below 0 while deltas are pending).
static LIVE: AtomicIsize = AtomicIsize::new(0);
/// The limit in bytes; 0 until set or first read.
static LIMIT: AtomicU64 = AtomicU64::new(0);
/// The size of one array element, ds_grid cell or ds_list item (a `Value`).
pub const ELEMENT_BYTES: u64 = std::mem::size_of::<super::value::Value>() as u64;
/// Requests from this size up are checked against the limit where the size is not the
/// script's own (string concatenation); smaller ones are left to the VM's polls.
pub const BIG_REQUEST: usize = 1 << 20;
/// A thread's delta is folded into `LIVE` once it passes this many bytes either way.
const FOLD: isize = 64 << 10;

thread_local! {
    static DELTA: Cell<isize> = const { Cell::new(0) };
}

fn note(bytes: isize) {
    let folded = DELTA.try_with(|d| {
        let v = d.get() + bytes;
        if v.abs() >= FOLD {
            LIVE.fetch_add(v, Ordering::Relaxed);
            d.set(0);
        } else {
            d.set(v);
        }
    });
    if folded.is_err() {
        // The thread is being torn down: count it directly.
        LIVE.fetch_add(bytes, Ordering::Relaxed);
    }
}

/// The system allocator, counting live bytes.
pub struct CountingAlloc;

// SAFETY: every call is forwarded to `System` unchanged; only counters are updated besides.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            note(layout.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            note(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        note(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            note(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// Bytes in live heap allocations (exact to within 64 KiB per thread).
pub fn live_bytes() -> u64 {
    let own = DELTA.try_with(|d| d.get()).unwrap_or(0);
    (LIVE.load(Ordering::Relaxed) + own).max(0) as u64
}

/// The limit in bytes: `--max-memory`, else [`default_limit`].
pub fn limit() -> u64 {
    match LIMIT.load(Ordering::Relaxed) {
        0 => {
            let d = default_limit();
            LIMIT.store(d, Ordering::Relaxed);
            d
        }
        n => n,
    }
}

/// Sets the limit for the whole process (`--max-memory`).
pub fn set_limit(bytes: u64) {
    LIMIT.store(bytes.max(1), Ordering::Relaxed);
}

/// 4 GiB, or half the machine's memory when that is less (Linux reports it in /proc/meminfo).
pub fn default_limit() -> u64 {
    let total = std::fs::read_to_string("/proc/meminfo").ok().and_then(|t| {
        let line = t.lines().find(|l| l.starts_with("MemTotal:"))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb.saturating_mul(1024))
    });
    match total {
        Some(t) if t / 2 < DEFAULT_LIMIT => (t / 2).max(64 << 20),
        _ => DEFAULT_LIMIT,
    }
}

/// A request that would pass the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfMemory {
    /// What asked, e.g. "array_create asked for 5 elements (80 bytes)".
    pub asked: String,
    pub live: u64,
    pub limit: u64,
}

impl std::fmt::Display for OutOfMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "out of memory: {}, with {} bytes in use and a limit of {} bytes (--max-memory)",
            self.asked, self.live, self.limit
        )
    }
}

/// Whether `bytes` more fit under the limit; for any thread (the HTTP code calls it for bodies).
pub fn check(bytes: u64) -> std::result::Result<(), OutOfMemory> {
    check_asked(bytes, || format!("{bytes} bytes were asked"))
}

fn check_asked(bytes: u64, asked: impl FnOnce() -> String) -> std::result::Result<(), OutOfMemory> {
    let (live, limit) = (live_bytes(), limit());
    if live.saturating_add(bytes) > limit {
        return Err(OutOfMemory {
            asked: asked(),
            live,
            limit,
        });
    }
    Ok(())
}

/// A GML error unless `bytes` more fit under the limit; `what` names the asker
/// ("buffer_create").
pub fn reserve(what: &str, bytes: u64) -> Result<()> {
    check_asked(bytes, || format!("{what} asked for {bytes} bytes"))
        .map_err(|e| Error::msg(e.to_string()))
}

/// [`reserve`] for `count` items of `item_bytes` each, quoting the count asked.
pub fn reserve_items(what: &str, count: u64, item_bytes: u64) -> Result<()> {
    let bytes = count.saturating_mul(item_bytes);
    check_asked(bytes, || {
        format!("{what} asked for {count} elements ({bytes} bytes)")
    })
    .map_err(|e| Error::msg(e.to_string()))
}

/// The error the VM raises when it finds the live heap past the limit while polling.
pub fn over_limit() -> Option<Error> {
    let (live, limit) = (live_bytes(), limit());
    (live > limit).then(|| {
        Error::msg(format!(
            "out of memory: the program holds {live} bytes, over the limit of {limit} bytes (--max-memory)"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_live_allocations() {
        // The counter is process-wide and other tests allocate at the same time, so one
        // measurement can be off by their allocations; a counter that missed allocations or
        // frees would fail every attempt.
        let mut seen = Vec::new();
        for _ in 0..20 {
            let before = live_bytes();
            let v: Vec<u8> = vec![1; 8 << 20];
            let during = live_bytes();
            drop(v);
            let after = live_bytes();
            if during >= before + (8 << 20) - (64 << 10) && after < during - (7 << 20) {
                return;
            }
            seen.push((before, during, after));
        }
        panic!("allocations not counted: (before, during, after) = {seen:?}");
    }

    #[test]
    fn requests_past_the_limit_quote_the_size() {
        let e = reserve_items("array_create", 4294967301, 16).unwrap_err();
        let m = e.message();
        assert!(
            m.starts_with(
                "out of memory: array_create asked for 4294967301 elements (68719476816 bytes)"
            ),
            "{m}"
        );
        assert!(check(1 << 20).is_ok());
        assert!(check(u64::MAX).is_err());
    }
}
