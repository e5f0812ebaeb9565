//! Time sources (manual: Time Sources): timers in seconds or frames that call a function when they
//! expire, arranged in a tree under the two built-in sources `time_source_global` (0) and
//! `time_source_game` (1), plus the invisible parent of `call_later` timers (2).
//!
//! Once per frame, after Begin Step and the Async events and before alarms (DESIGN.md section 4),
//! `run` first advances every source (the global tree, then `call_later`'s, then the game tree,
//! each parent before its children, in creation order), then checks them in the same order and
//! calls the callbacks of those that expired. Sources created by a callback were not advanced this
//! frame, so they cannot expire in it.
//!
//! Seconds are counted in game time: each frame advances them by one frame period
//! (1 / game speed), so `--fast` runs them at full speed and results are repeatable.

use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::collections::BTreeMap;

pub const GLOBAL: i64 = 0;
pub const GAME: i64 = 1;
/// Parent of the `call_later` timers; not visible to the time_source_* functions.
pub const CALL_LATER: i64 = 2;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum State {
    Initial = 0,
    Active = 1,
    Paused = 2,
    Stopped = 3,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Units {
    Seconds = 0,
    Frames = 1,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Expiry {
    Nearest = 0,
    After = 1,
}

/// What `time_source_create` / `time_source_reconfigure` set.
pub struct Config {
    pub period: f64,
    pub units: Units,
    pub callback: Value,
    pub args: Vec<Value>,
    /// Total number of expiries; -1 repeats forever.
    pub reps: i64,
    pub expiry: Expiry,
}

/// A created time source (the built-ins have no entry).
pub struct Source {
    pub parent: i64,
    /// Made by `call_later`: destroyed after its last expiry, invisible to time_source_*.
    pub call_later: bool,
    /// Period in microseconds (seconds) or frames.
    period: f64,
    pub units: Units,
    callback: Value,
    args: Vec<Value>,
    reps_requested: i64,
    pub reps_completed: i64,
    pub reps_remaining: i64,
    expiry: Expiry,
    /// Time counted towards the period, in the same unit as `period`.
    t: f64,
    pub state: State,
}

impl Source {
    fn finished(&self) -> bool {
        self.reps_remaining == 0
    }

    /// The period in the units the source was given.
    pub fn period(&self) -> f64 {
        match self.units {
            Units::Seconds => self.period / 1e6,
            Units::Frames => self.period,
        }
    }

    pub fn time_remaining(&self) -> f64 {
        let left = (self.period - self.t).max(0.0);
        match self.units {
            Units::Seconds => left / 1e6,
            Units::Frames => left,
        }
    }

    pub fn reps_requested(&self) -> i64 {
        self.reps_requested
    }

    fn configure(&mut self, c: Config) {
        self.period = match c.units {
            Units::Seconds => (c.period.max(1e-6) * 1e6).floor(),
            Units::Frames => c.period.max(1.0).floor(),
        };
        self.units = c.units;
        self.callback = c.callback;
        self.args = c.args;
        self.reps_requested = c.reps;
        self.expiry = c.expiry;
    }

    /// Whether the source should expire on this frame: its time is up, or (expiring to the
    /// nearest frame, in seconds) this frame is closer to the expiry time than the next one.
    fn due(&self, dt: f64) -> bool {
        // (a thousandth of a microsecond absorbs the rounding of summed frame periods)
        if self.t >= self.period - 1e-3 {
            return true;
        }
        if self.expiry == Expiry::Nearest && self.units == Units::Seconds {
            let remaining = self.period - self.t;
            return remaining <= dt && remaining < self.t + dt - self.period;
        }
        false
    }
}

pub struct TimeSources {
    /// Created sources by id; ids grow, so the map is in creation order.
    sources: BTreeMap<i64, Source>,
    next_id: i64,
    /// The game time source can be paused; the global one cannot.
    pub game_state: State,
}

impl Default for TimeSources {
    fn default() -> Self {
        TimeSources {
            sources: BTreeMap::new(),
            next_id: CALL_LATER + 1,
            game_state: State::Active,
        }
    }
}

/// A time_source_* problem GameMaker reports without stopping the game.
pub fn report(function: &str, message: &str) {
    eprintln!("{function}: Error: {message}");
}

pub fn not_found(function: &str, id: i64) {
    report(
        function,
        &format!("Index {id} does not correspond to an existing time source"),
    );
}

impl TimeSources {
    pub fn create(&mut self, parent: i64, call_later: bool, config: Config) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        let mut s = Source {
            parent,
            call_later,
            period: 1.0,
            units: Units::Seconds,
            callback: Value::Undefined,
            args: Vec::new(),
            reps_requested: 1,
            reps_completed: 0,
            reps_remaining: 1,
            expiry: Expiry::After,
            t: 0.0,
            state: if call_later {
                State::Active
            } else {
                State::Initial
            },
        };
        s.configure(config);
        s.reps_remaining = s.reps_requested;
        self.sources.insert(id, s);
        id
    }

    /// A source the time_source_* functions may use (not a `call_later` one).
    pub fn get(&self, id: i64) -> Option<&Source> {
        self.sources.get(&id).filter(|s| !s.call_later)
    }

    pub fn get_mut(&mut self, id: i64) -> Option<&mut Source> {
        self.sources.get_mut(&id).filter(|s| !s.call_later)
    }

    pub fn get_call_later(&self, id: i64) -> Option<&Source> {
        self.sources.get(&id).filter(|s| s.call_later)
    }

    /// Built-ins and visible created sources.
    /// How many time sources the game created (not the built-in global and game ones).
    pub fn count(&self) -> usize {
        self.sources.len()
    }

    pub fn exists(&self, id: i64) -> bool {
        id == GLOBAL || id == GAME || self.get(id).is_some()
    }

    /// Direct children of `id`, in creation order.
    pub fn children(&self, id: i64) -> Vec<i64> {
        self.sources
            .iter()
            .filter(|(_, s)| s.parent == id)
            .map(|(k, _)| *k)
            .collect()
    }

    /// `id` and everything under it, parents before children.
    fn subtree(&self, id: i64, out: &mut Vec<i64>) {
        for c in self.children(id) {
            out.push(c);
            self.subtree(c, out);
        }
    }

    fn descendants(&self, id: i64) -> Vec<i64> {
        let mut out = Vec::new();
        self.subtree(id, &mut out);
        out
    }

    /// Removes `id` (a created source) and, with `tree`, everything under it; for a built-in,
    /// removes everything under it.
    pub fn destroy(&mut self, id: i64, tree: bool) {
        let mut doomed = if tree {
            self.descendants(id)
        } else {
            Vec::new()
        };
        if id > CALL_LATER {
            doomed.push(id);
        }
        for d in doomed {
            self.sources.remove(&d);
        }
    }

    /// Sets the state of `id` and everything under it.
    fn propagate(&mut self, id: i64, state: State) {
        if id == GAME {
            self.game_state = state;
        } else if let Some(s) = self.sources.get_mut(&id) {
            s.state = state;
        }
        for d in self.descendants(id) {
            if let Some(s) = self.sources.get_mut(&d) {
                s.state = state;
            }
        }
    }

    /// Starts a source and its children; a source that had completely expired starts over.
    pub fn start(&mut self, id: i64) {
        if let Some(s) = self.sources.get_mut(&id) {
            if s.finished() {
                s.state = State::Initial;
                s.t = 0.0;
                s.reps_remaining = s.reps_requested;
            }
        }
        self.propagate(id, State::Active);
    }

    /// Stops a started, unfinished source (its timer goes back to 0), and its children.
    pub fn stop(&mut self, id: i64) {
        let mut ids = vec![id];
        ids.extend(self.descendants(id));
        for i in ids {
            if let Some(s) = self.sources.get_mut(&i) {
                if s.state != State::Initial && !s.finished() {
                    s.state = State::Stopped;
                    s.t = 0.0;
                }
            }
        }
    }

    /// Pauses active sources (`pause`) or resumes paused ones, for `id` and its children.
    pub fn pause(&mut self, id: i64, pause: bool) {
        let (from, to) = if pause {
            (State::Active, State::Paused)
        } else {
            (State::Paused, State::Active)
        };
        if id == GAME && self.game_state == from {
            self.game_state = to;
        }
        let mut ids = vec![id];
        ids.extend(self.descendants(id));
        for i in ids {
            if let Some(s) = self.sources.get_mut(&i) {
                if s.state == from {
                    s.state = to;
                }
            }
        }
    }

    /// Back to the state before it was first started: timer, repetitions, and children's states.
    pub fn reset(&mut self, id: i64) {
        self.propagate(id, State::Initial);
        if let Some(s) = self.sources.get_mut(&id) {
            s.t = 0.0;
            s.reps_remaining = s.reps_requested;
            s.reps_completed = 0;
        }
    }

    pub fn reconfigure(&mut self, id: i64, config: Config) {
        if let Some(s) = self.sources.get_mut(&id) {
            s.configure(config);
        }
        self.reset(id);
    }

    /// Whether some timer is counting down (the game does not end while one is).
    pub fn pending(&self) -> bool {
        self.sources.values().any(|s| s.state == State::Active)
    }

    /// The callbacks and arguments held, for the cycle collector's roots.
    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        for s in self.sources.values() {
            f(&s.callback);
            s.args.iter().for_each(&mut f);
        }
    }

    /// Every created source in processing order: the global tree, `call_later`'s, the game's.
    fn order(&self) -> Vec<i64> {
        let mut out = Vec::with_capacity(self.sources.len());
        for root in [GLOBAL, CALL_LATER, GAME] {
            self.subtree(root, &mut out);
        }
        out
    }
}

/// The time-source phase of a frame: advance every source, then run the callbacks of those that
/// expired.
pub fn run(vm: &mut Vm) -> Result<()> {
    if vm.time_sources.sources.is_empty() {
        return Ok(());
    }
    let order = vm.time_sources.order();
    let dt = 1e6 / vm.game.speed.max(1.0);
    for id in &order {
        if let Some(s) = vm.time_sources.sources.get_mut(id) {
            if s.state == State::Active {
                s.t += match s.units {
                    Units::Seconds => dt,
                    Units::Frames => 1.0,
                };
            }
        }
    }
    for id in order {
        let Some(s) = vm.time_sources.sources.get_mut(&id) else {
            continue; // destroyed by an earlier callback
        };
        if s.state != State::Active || !s.due(dt) {
            continue;
        }
        s.reps_completed += 1;
        if s.reps_remaining > 0 {
            s.reps_remaining -= 1;
        }
        let done = s.finished();
        if done {
            s.t = s.period;
            s.state = State::Stopped;
        } else if s.t < s.period {
            // expired early (nearest frame): the next period starts from the true expiry time
            s.t -= s.period;
        } else {
            s.t %= s.period;
        }
        let callback = s.callback.clone();
        let args = s.args.clone();
        let self_destructs = done && s.call_later;
        let global = vm.global.clone();
        // A finished `call_later` source goes after its callback, not before: the callback
        // may still `call_cancel` it (a timeout that ends its own test, say), which GameMaker
        // accepts while the source is running.
        let r = vm.call_method_on(&callback, global, &args);
        if self_destructs {
            vm.time_sources.sources.remove(&id);
        }
        r?;
        if vm.game.ending {
            break;
        }
    }
    Ok(())
}

/// `Error` for a bad time-source argument (these stop the game, as in GameMaker).
pub fn bad(function: &str, message: &str) -> Error {
    Error::msg(format!("{function}: {message}"))
}
