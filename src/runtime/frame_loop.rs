//! The frame loop (DESIGN.md section 4): animation; Begin Step; Async events for the completions
//! queued when that phase starts; time sources; alarms; Step; motion; Collision events; End Step;
//! removal of destroyed instances. Draw events
//! are kept, not run. The loop ends on `game_end()`, when no instance and no async work remain,
//! or on `--max-frames` / `--timeout`.

use super::async_dispatch;
use super::events::EventKey;
use crate::vm::error::{Error, Result};
use crate::vm::function::FunctionObj;
use crate::vm::value::{StructRef, Value};
use crate::vm::{EventCtx, Vm};
use std::rc::Rc;
use std::time::{Duration, Instant};

#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Frames back to back without sleeping.
    pub fast: bool,
    pub max_frames: Option<u64>,
    pub timeout: Option<Duration>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `game_end()` or nothing left to do: the exit code (0 unless `game_end(code)`).
    Ended(i32),
    /// `--max-frames` reached.
    MaxFrames,
    /// `--timeout` reached.
    TimedOut,
}

/// The most-derived definition of `event` (with the object defining it) for every object,
/// indexed by object: one lookup per object instead of one per instance.
type EventTable = Vec<Option<(usize, Rc<FunctionObj>)>>;

fn resolve_for_all(vm: &Vm, event: EventKey) -> EventTable {
    (0..vm.world.objects.len())
        .map(|o| vm.world.find_event(o, event))
        .collect()
}

/// The object of an active instance (None once destroyed or deactivated).
fn live_object(inst: &StructRef) -> Option<usize> {
    match inst.borrow().instance() {
        Some(d) if d.is_active() => Some(d.object_index),
        _ => None,
    }
}

/// Runs `event` on every live instance that has it, in creation order. Instances created during
/// the pass are not visited; instances destroyed during it are skipped.
pub fn fire_event_all(vm: &mut Vm, event: EventKey) -> Result<()> {
    let table = resolve_for_all(vm, event);
    if table.iter().all(|e| e.is_none()) {
        return Ok(());
    }
    // The instances as the pass starts: new ones are appended after `end`, and none moves
    // while the pass runs (removal waits for it), so indexes need no snapshot.
    let end = vm.world.instances.len();
    vm.world.begin_pass();
    let result = run_pass(vm, &table, event, end);
    vm.world.end_pass();
    result
}

fn run_pass(vm: &mut Vm, table: &EventTable, event: EventKey, end: usize) -> Result<()> {
    for i in 0..end {
        let Some(inst) = vm.world.instances.get(i) else {
            break;
        };
        let Some(object) = live_object(inst) else {
            continue;
        };
        let Some(Some((defining, func))) = table.get(object) else {
            continue;
        };
        let inst = inst.clone();
        // Events without loops or calls never poll: a pass polls every so many instances.
        if i % POLL_INSTANCES == 0 {
            vm.poll_interrupt()?;
        }
        let ctx = EventCtx {
            object: *defining,
            event,
        };
        vm.call_event(func, &inst, ctx)?;
    }
    Ok(())
}

/// How often an event pass sees whether Ctrl-C, `--timeout` or the memory limit stop the run.
const POLL_INSTANCES: usize = 64;

/// Runs the most-derived definition of `event` on one instance, if it has one and is alive.
pub fn fire_event(vm: &mut Vm, inst: &StructRef, event: EventKey) -> Result<bool> {
    fire_event_with_other(vm, inst, inst, event)
}

/// `fire_event` with `other` set to `other` (the creating instance, for Create).
pub fn fire_event_with_other(
    vm: &mut Vm,
    inst: &StructRef,
    other: &StructRef,
    event: EventKey,
) -> Result<bool> {
    let object = {
        let b = inst.borrow();
        match b.instance() {
            Some(d) if d.is_active() => d.object_index,
            _ => return Ok(false),
        }
    };
    let Some((defining, func)) = vm.world.find_event(object, event) else {
        return Ok(false);
    };
    vm.call_function(
        &func,
        inst.clone(),
        other.clone(),
        &[],
        Some(EventCtx {
            object: defining,
            event,
        }),
    )?;
    Ok(true)
}

/// Counts alarms down and fires those reaching 0 (only for alarms the object has events for).
fn run_alarms(vm: &mut Vm) -> Result<()> {
    let tables: Vec<EventTable> = (0..12u8)
        .map(|i| resolve_for_all(vm, EventKey::Alarm(i)))
        .collect();
    // Objects with at least one alarm event; the others' alarms do not count down.
    let has_alarms: Vec<bool> = (0..vm.world.objects.len())
        .map(|o| tables.iter().any(|t| t[o].is_some()))
        .collect();
    if !has_alarms.iter().any(|b| *b) {
        return Ok(());
    }
    // Indexes as in `fire_event_all`: instances created meanwhile are not visited.
    let end = vm.world.instances.len();
    vm.world.begin_pass();
    let result = count_alarms_down(vm, &tables, &has_alarms, end);
    vm.world.end_pass();
    result
}

fn count_alarms_down(
    vm: &mut Vm,
    tables: &[EventTable],
    has_alarms: &[bool],
    end: usize,
) -> Result<()> {
    for n in 0..end {
        let Some(inst) = vm.world.instances.get(n) else {
            break;
        };
        match live_object(inst) {
            Some(o) if has_alarms.get(o) == Some(&true) => {}
            _ => continue,
        }
        let inst = inst.clone();
        for (i, table) in tables.iter().enumerate() {
            let Some(object) = live_object(&inst) else {
                break;
            };
            let Some(Some((defining, func))) = table.get(object) else {
                continue;
            };
            // An alarm array never made has no alarm set.
            let arr = inst
                .borrow()
                .instance()
                .and_then(|d| d.alarm_if_made().cloned());
            let Some(Value::Array(arr)) = arr else {
                continue;
            };
            let fire = {
                let mut a = arr.borrow_mut();
                match a.get(i).and_then(|v| v.as_f64()) {
                    Some(t) if t >= 0.0 => {
                        let next = t.trunc() - 1.0;
                        a[i] = Value::Real(next);
                        next == 0.0
                    }
                    _ => false,
                }
            };
            if fire {
                vm.call_function(
                    func,
                    inst.clone(),
                    inst.clone(),
                    &[],
                    Some(EventCtx {
                        object: *defining,
                        event: EventKey::Alarm(i as u8),
                    }),
                )?;
            }
        }
    }
    Ok(())
}

/// Whether a frame would run any code: some instance has a step event, a running alarm or a
/// running timeline, or moves (by speed or along a path).
fn frames_have_work(vm: &Vm) -> bool {
    vm.world.live().any(|inst| {
        let b = inst.borrow();
        let Some(d) = b.instance() else { return false };
        let o = d.object_index;
        let steps = [EventKey::StepBegin, EventKey::Step, EventKey::StepEnd]
            .iter()
            .any(|e| vm.world.find_event(o, *e).is_some());
        let alarms = matches!(d.alarm_if_made(), Some(Value::Array(a))
            if a.borrow().iter().any(|v| v.as_f64().map(|t| t >= 0.0).unwrap_or(false)));
        steps
            || alarms
            || d.path_followed().is_some()
            || crate::vm::ops::truthy(d.value(super::instance::slot::TIMELINE_RUNNING))
                .unwrap_or(false)
            || b.get(super::instance::with_syms(|k| k.speed))
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0)
                != 0.0
    })
}

/// One frame. Returns early (Ok) once `game_end()` was called, at the next phase boundary.
pub fn run_frame(vm: &mut Vm) -> Result<()> {
    // A room change takes effect when the phase that asked for it ends: the rest of the frame
    // is skipped (the caller applies the change).
    macro_rules! phase {
        ($e:expr) => {
            $e?;
            if vm.game.ending || vm.rooms.pending.is_some() {
                return Ok(());
            }
        };
    }
    // Remembers the previous positions too (one pass over the instances for both).
    phase!(super::sprite_phases::animation_step(vm));
    phase!(fire_event_all(vm, EventKey::StepBegin));
    phase!(async_dispatch::dispatch_ready(vm));
    phase!(super::timelines::run(vm));
    phase!(super::time_sources::run(vm));
    phase!(run_alarms(vm));
    phase!(fire_event_all(vm, EventKey::Step));
    phase!(super::path_following::motion_step(vm));
    vm.rooms.layers.scroll();
    phase!(super::sprite_phases::collision_step(vm));
    phase!(fire_event_all(vm, EventKey::StepEnd));
    vm.world.remove_destroyed();
    collect_garbage_if_due(vm);
    Ok(())
}

/// Between frames nothing is held in Rust locals, so the cycle collector may run.
pub fn collect_garbage_if_due(vm: &mut Vm) {
    if vm.gc_requested || crate::vm::gc::should_collect() {
        vm.gc_requested = false;
        crate::vm::gc::collect(vm);
    }
}

/// Game start: for a project, its first room is entered (section 3); for a single file, Game
/// Start and Room Start for the instances the top-level code created.
pub fn start_game(vm: &mut Vm) -> Result<()> {
    if vm.rooms.active() {
        return super::rooms::start(vm);
    }
    fire_event_all(vm, EventKey::GameStart)?;
    if vm.game.ending {
        return Ok(());
    }
    fire_event_all(vm, EventKey::RoomStart)
}

/// Game end: Game End, then Clean Up, for every instance still alive; then `game.at_end`.
pub fn end_game(vm: &mut Vm) -> Result<()> {
    fire_event_all(vm, EventKey::GameEnd)?;
    let live: Vec<StructRef> = vm.world.live().cloned().collect();
    for inst in live {
        fire_event(vm, &inst, EventKey::CleanUp)?;
    }
    for code in std::mem::take(&mut vm.game.at_end) {
        vm.run_top_level(code)?;
    }
    Ok(())
}

/// Runs frames until the game ends.
pub fn run_game(vm: &mut Vm, opts: &RunOptions) -> Result<Outcome> {
    let started = Instant::now();
    let mut last_frame = Instant::now();
    let mut second_start = Instant::now();
    let mut frames_this_second = 0u32;
    start_game(vm)?;
    loop {
        if vm.game.ending {
            end_game(vm)?;
            return Ok(Outcome::Ended(vm.game.exit_code));
        }
        let pending = vm.async_io.pending() > 0 || async_dispatch::has_queued(vm);
        let pending = pending || vm.time_sources.pending();
        if vm.world.live().next().is_none() && !pending {
            end_game(vm)?;
            return Ok(Outcome::Ended(0));
        }
        if let Some(max) = opts.max_frames {
            if vm.game.frame >= max {
                end_game(vm)?;
                return Ok(Outcome::MaxFrames);
            }
        }
        if let Some(t) = opts.timeout {
            if started.elapsed() >= t {
                return Ok(Outcome::TimedOut);
            }
        }
        if vm.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(Error::Interrupted);
        }
        // Nothing but async work left: sleep on the completion channel instead of spinning.
        // (An open socket or server counts as async work here, not for ending the game above.)
        let waiting = pending || vm.async_io.network_active();
        if waiting
            && !frames_have_work(vm)
            && !async_dispatch::has_queued(vm)
            && !vm.time_sources.pending()
        {
            let wait = opts.timeout.map(|t| t.saturating_sub(started.elapsed()));
            async_dispatch::wait_for_completion(vm, wait);
        } else if !opts.fast {
            let period = Duration::from_secs_f64(1.0 / vm.game.speed.max(1.0));
            let next = last_frame + period;
            let now = Instant::now();
            if next > now {
                std::thread::sleep(next - now);
            }
        }
        let now = Instant::now();
        vm.game.delta_time = now.duration_since(last_frame).as_micros() as f64;
        last_frame = now;
        run_frame(vm)?;
        if vm.rooms.pending.is_some() {
            super::rooms::apply_pending(vm)?;
        }
        vm.game.frame += 1;
        frames_this_second += 1;
        let elapsed = second_start.elapsed();
        if elapsed >= Duration::from_secs(1) {
            vm.game.fps_real = frames_this_second as f64 / elapsed.as_secs_f64();
            vm.game.fps = vm.game.fps_real.min(vm.game.speed);
            frames_this_second = 0;
            second_start = Instant::now();
        }
    }
}
