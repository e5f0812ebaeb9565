//! Inline caches for named variable access (`s.a`, `self.x`, `global.g`), in the spirit of
//! CPython 3.11's specialising interpreter.
//!
//! A struct keeps its fields in insertion order, so structs built the same way (by one
//! constructor, one literal, one object's Create event) hold each name at the same position.
//! Each field instruction remembers the position where its name was last found; the next run
//! checks the key at that position (one comparison of two integers) instead of hashing. A stale
//! position (another layout, a removed field) fails the check and falls back to the hashed
//! lookup, which then updates the position: the cache is only ever a hint, so semantics do not
//! depend on it.

use super::bytecode::Op;
use super::intern::Sym;
use super::value::{StructKind, StructObj, Value};
use std::cell::{Cell, RefCell};

/// Set once the instruction's name is known to have no built-in side effect on instances.
const PLAIN_KNOWN: u32 = 1 << 31;
/// Set (with `PLAIN_KNOWN` clear) once the name is known to be an instance built-in with side
/// effects on write (`x`, `speed`, `sprite_index`...): instance writes always take the slow path.
const EFFECTS_KNOWN: u32 = 1 << 30;
const POS: u32 = EFFECTS_KNOWN - 1;

/// One instruction's cache: a field position and what is known about the name's writes.
pub struct FieldCache(Cell<u32>);

impl FieldCache {
    /// One cache per instruction of `code` (only field instructions use theirs).
    pub fn for_code(code: &[Op]) -> Box<[FieldCache]> {
        code.iter().map(|_| FieldCache(Cell::new(POS))).collect()
    }

    #[inline(always)]
    fn pos(&self) -> usize {
        (self.0.get() & POS) as usize
    }

    fn remember(&self, pos: usize) {
        let pos = if pos < POS as usize { pos as u32 } else { POS };
        self.0.set((self.0.get() & !POS) | pos);
    }

    /// The struct's own field `name` (not its statics), trying the cached position first.
    #[inline(always)]
    pub fn get<'a>(&self, s: &'a StructObj, name: Sym) -> Option<&'a Value> {
        match s.fields.get_index(self.pos()) {
            Some((k, v)) if *k == name => Some(v),
            _ => self.get_slow(s, name),
        }
    }

    /// The struct's own field `name`, without a borrow count (`None` also while the struct is
    /// being written, for the general path to handle). A reference the caller clones straight
    /// onto the operand stack (see `index::load_fast`).
    ///
    /// # Safety
    /// The caller copies the value out before anything else runs.
    #[inline(always)]
    pub unsafe fn get_unguarded<'a>(
        &self,
        s: &'a RefCell<StructObj>,
        name: Sym,
    ) -> Option<&'a Value> {
        // SAFETY: an active `borrow_mut` makes this fail; the caller's contract covers the rest.
        let s = unsafe { s.try_borrow_unguarded() }.ok()?;
        self.get(s, name)
    }

    #[inline(never)]
    fn get_slow<'a>(&self, s: &'a StructObj, name: Sym) -> Option<&'a Value> {
        // An instance's built-in variables are in its fixed slots (runtime::instance).
        if let Some(v) = s.instance().and_then(|d| d.builtin(name)) {
            return Some(v);
        }
        let (i, _, v) = s.fields.get_full(&name)?;
        self.remember(i);
        Some(v)
    }

    /// Writes `v` into the cached slot of `scope` when it is a struct the cache knows; gives `v`
    /// back for the general path otherwise (the fast half of `StoreField`/`StoreLocalField`).
    #[inline(always)]
    pub fn try_store(&self, scope: &Value, name: Sym, v: Value) -> Option<Value> {
        match scope {
            Value::Struct(st) => match self.slot_for_store(&mut st.borrow_mut(), name) {
                Some(slot) => {
                    super::value::overwrite(slot, v);
                    None
                }
                None => Some(v),
            },
            _ => Some(v),
        }
    }

    /// The slot a write of `name` may overwrite directly: the field exists at the cached
    /// position and the write has no built-in side effect. `None` sends the write down the
    /// general path (`scope::store_var`), after which `learn_store` updates the cache.
    #[inline(always)]
    pub fn slot_for_store<'a>(&self, s: &'a mut StructObj, name: Sym) -> Option<&'a mut Value> {
        let c = self.0.get();
        if c & PLAIN_KNOWN == 0 && matches!(s.kind, StructKind::Instance(_)) {
            return None;
        }
        match s.fields.get_index_mut((c & POS) as usize) {
            Some((k, v)) if *k == name => Some(v),
            _ => None,
        }
    }

    /// After a write took the general path: remember where `name` is now, and (once) whether
    /// writing it on an instance has side effects.
    #[inline(never)]
    pub fn learn_store(&self, s: &StructObj, name: Sym) {
        if self.0.get() & (PLAIN_KNOWN | EFFECTS_KNOWN) == 0 {
            let effects = crate::runtime::instance::is_builtin_var(name.as_str());
            let bit = if effects { EFFECTS_KNOWN } else { PLAIN_KNOWN };
            self.0.set(self.0.get() | bit);
        }
        if let Some(i) = s.fields.get_index_of(&name) {
            self.remember(i);
        }
    }
}
