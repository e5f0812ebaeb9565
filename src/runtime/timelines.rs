//! Timelines (manual: Asset Management > Timelines): moments at step numbers, each running code
//! for the instance whose `timeline_index` names the timeline while `timeline_running` is true.
//! The frame loop advances every such instance's `timeline_position` by `timeline_speed` after
//! the Async events and before time sources and alarms, and runs the moments it passes, as
//! GameMaker's runner does.

use super::instance::slot;
use crate::vm::error::Result;
use crate::vm::function::FunctionObj;
use crate::vm::value::{RefKind, StructRef, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// What a moment runs: a project's moment code, or a script added by code.
#[derive(Clone)]
pub enum Action {
    Code(Rc<FunctionObj>),
    Call(Value),
}

#[derive(Default)]
pub struct Timeline {
    /// Moments by increasing step, each with its actions in the order they were added.
    pub moments: Vec<(f64, Vec<Action>)>,
}

impl Timeline {
    /// Adds an action at `step` (after any already there).
    pub fn add(&mut self, step: f64, action: Action) {
        match self.moments.iter().position(|(t, _)| *t >= step) {
            Some(i) if self.moments[i].0 == step => self.moments[i].1.push(action),
            Some(i) => self.moments.insert(i, (step, vec![action])),
            None => self.moments.push((step, vec![action])),
        }
    }

    /// The index of the first moment at or after `t` (the moment count if none).
    fn find_larger(&self, t: f64) -> usize {
        self.moments
            .iter()
            .position(|(m, _)| *m >= t)
            .unwrap_or(self.moments.len())
    }

    /// The index of the last moment at or before `t` (-1 if none).
    fn find_smaller(&self, t: f64) -> isize {
        self.moments
            .iter()
            .rposition(|(m, _)| *m <= t)
            .map_or(-1, |i| i as isize)
    }

    fn last(&self) -> f64 {
        self.moments.last().map_or(0.0, |(t, _)| *t)
    }
}

/// Every timeline by its asset index (None: deleted, or never given moments).
#[derive(Default)]
pub struct Timelines {
    pub list: Vec<Option<Timeline>>,
}

impl Timelines {
    pub fn get_mut(&mut self, index: i64) -> &mut Timeline {
        let i = index.max(0) as usize;
        if self.list.len() <= i {
            self.list.resize_with(i + 1, || None);
        }
        self.list[i].get_or_insert_with(Timeline::default)
    }

    pub fn get(&self, index: i64) -> Option<&Timeline> {
        self.list.get(usize::try_from(index).ok()?)?.as_ref()
    }

    pub fn for_each_value(&self, f: &mut impl FnMut(&Value)) {
        for t in self.list.iter().flatten() {
            for (_, actions) in &t.moments {
                for a in actions {
                    if let Action::Call(v) = a {
                        f(v);
                    }
                }
            }
        }
    }
}

fn timeline_of(d: &crate::runtime::instance::InstanceData) -> Option<i64> {
    match d.value(slot::TIMELINE_INDEX) {
        Value::Ref(RefKind::Timeline, i) => Some(*i),
        v => v.as_f64().filter(|t| *t >= 0.0).map(|t| t as i64),
    }
}

/// The timeline phase of a frame: every active instance running a timeline moves along it.
pub fn run(vm: &mut Vm) -> Result<()> {
    // Most games have no timeline with moments: then no instance needs a look.
    if vm
        .assets
        .timelines
        .list
        .iter()
        .flatten()
        .all(|t| t.moments.is_empty())
    {
        return Ok(());
    }
    let running: Vec<StructRef> = vm
        .world
        .live()
        .filter(|s| {
            s.borrow().instance().is_some_and(|d| {
                timeline_of(d).is_some()
                    && crate::vm::ops::truthy(d.value(slot::TIMELINE_RUNNING)).unwrap_or(false)
            })
        })
        .cloned()
        .collect();
    for inst in running {
        step(vm, &inst)?;
    }
    Ok(())
}

fn step(vm: &mut Vm, inst: &StructRef) -> Result<()> {
    let (index, pos, speed, looped) = {
        let b = inst.borrow();
        let Some(d) = b.instance().filter(|d| d.is_active()) else {
            return Ok(());
        };
        let Some(index) = timeline_of(d) else {
            return Ok(());
        };
        let looped = crate::vm::ops::truthy(d.value(slot::TIMELINE_LOOP)).unwrap_or(false);
        (
            index,
            d.real(slot::TIMELINE_POSITION),
            d.real(slot::TIMELINE_SPEED),
            looped,
        )
    };
    let Some(t) = vm.assets.timelines.get(index) else {
        return Ok(());
    };
    let new_pos = pos + speed;
    let mut due: Vec<Action> = Vec::new();
    if speed > 0.0 {
        for (_, actions) in &t.moments[t.find_larger(pos)..t.find_larger(new_pos)] {
            due.extend(actions.iter().cloned());
        }
    } else {
        let (from, to) = (t.find_smaller(pos), t.find_smaller(new_pos));
        let mut j = from;
        while j > to {
            due.extend(t.moments[j as usize].1.iter().cloned());
            j -= 1;
        }
    }
    let last = t.last();
    set_position(inst, new_pos);
    for action in due {
        match action {
            Action::Code(f) => {
                vm.call_function(&f, inst.clone(), inst.clone(), &[], None)?;
            }
            Action::Call(f) => {
                vm.call_method_on(&f, inst.clone(), &[])?;
            }
        }
    }
    // A looping timeline wraps once past its last moment (or before 0 going backwards), as
    // its moments left the position.
    if looped {
        let p = inst
            .borrow()
            .instance()
            .map_or(0.0, |d| d.real(slot::TIMELINE_POSITION));
        if speed > 0.0 && p > last {
            set_position(inst, 0.0);
        } else if speed <= 0.0 && p < 0.0 {
            set_position(inst, last);
        }
    }
    Ok(())
}

fn set_position(inst: &StructRef, p: f64) {
    if let Some(d) = inst.borrow_mut().instance_mut() {
        d.set_real(slot::TIMELINE_POSITION, p);
    }
}
