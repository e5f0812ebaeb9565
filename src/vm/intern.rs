//! Interned names. Variable, field and struct-key names are interned once and compared as integers,
//! so a field read costs one hash of a `u32`.
//!
//! Names from code (the compiler, builtins' fixed names, `variable_get_hash`) live for the whole
//! process: their text is leaked on purpose, so printing code can borrow a `&'static str` without
//! a VM in hand. Names made at run time as struct keys (`s[$ key]`, `struct_set`,
//! `variable_struct_set`, JSON keys) are *dynamic*: a program may make millions of distinct ones,
//! so `gc::reclaim_keys` frees those no struct holds any more, at points where no Rust code holds
//! a name, and their numbers are reused.

use hashbrown::{DefaultHashBuilder, HashTable};
use std::cell::RefCell;
use std::hash::BuildHasher;

#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Sym(pub u32);

/// Dynamic names made since the last reclaim before the next one is worth it (at least).
const MIN_RECLAIM: usize = 64 * 1024;

#[derive(Default)]
struct Interner {
    /// Numbers by the hash of their text (hashed once per lookup or insertion).
    table: HashTable<Sym>,
    hasher: DefaultHashBuilder,
    names: Vec<&'static str>,
    /// By number: the hash of the name, so growing the table rehashes no text.
    hashes: Vec<u64>,
    /// By number: whether the name is dynamic (its text owned here, freed when reclaimed).
    dynamic: Vec<bool>,
    /// By number: the capacity of the allocation holding the name's text (to free it).
    caps: Vec<usize>,
    /// Numbers of reclaimed names, reused first.
    free: Vec<u32>,
    dynamic_live: usize,
    /// Dynamic names alive after the last reclaim.
    dynamic_after_reclaim: usize,
}

thread_local! {
    static INTERNER: RefCell<Interner> = RefCell::new(Interner::seeded());
}

impl Interner {
    /// The built-in instance variables take the first numbers, so an instance finds their slots
    /// from the name alone (`runtime::instance`).
    fn seeded() -> Interner {
        let mut i = Interner::default();
        for name in crate::runtime::instance::BUILTIN_NAMES {
            let hash = i.hasher.hash_one(name);
            i.insert(name, hash, false);
        }
        i
    }

    fn find(&self, text: &str, hash: u64) -> Option<Sym> {
        let names = &self.names;
        self.table
            .find(hash, |s| names[s.0 as usize] == text)
            .copied()
    }

    fn insert(&mut self, text: &str, hash: u64, dynamic: bool) -> Sym {
        self.insert_owned(text.to_owned(), hash, dynamic)
    }

    /// Takes `text` as the name's storage. Its spare capacity is kept unless it is large: a
    /// short key's allocation is the allocator's smallest block either way, and shrinking it
    /// was a reallocation per new dictionary key.
    fn insert_owned(&mut self, mut text: String, hash: u64, dynamic: bool) -> Sym {
        if text.capacity() > 2 * text.len() + 32 {
            text.shrink_to_fit();
        }
        let cap = text.capacity();
        let leaked: &'static str = String::leak(text);
        let s = match self.free.pop() {
            Some(i) => {
                self.names[i as usize] = leaked;
                self.hashes[i as usize] = hash;
                self.dynamic[i as usize] = dynamic;
                self.caps[i as usize] = cap;
                Sym(i)
            }
            None => {
                self.names.push(leaked);
                self.hashes.push(hash);
                self.dynamic.push(dynamic);
                self.caps.push(cap);
                Sym(self.names.len() as u32 - 1)
            }
        };
        if dynamic {
            self.dynamic_live += 1;
        }
        let hashes = &self.hashes;
        self.table.insert_unique(hash, s, |s| hashes[s.0 as usize]);
        s
    }
}

impl Sym {
    /// A name that lives for the whole process.
    pub fn intern(text: &str) -> Sym {
        INTERNER.with(|i| {
            let mut i = i.borrow_mut();
            let hash = i.hasher.hash_one(text);
            if let Some(s) = i.find(text, hash) {
                if i.dynamic[s.0 as usize] {
                    // Code now names it: it must outlive every struct that held it.
                    i.dynamic[s.0 as usize] = false;
                    i.dynamic_live -= 1;
                }
                return s;
            }
            i.insert(text, hash, false)
        })
    }

    /// A struct key made at run time: reclaimable once no struct holds it.
    pub fn intern_key(text: &str) -> Sym {
        INTERNER.with(|i| {
            let mut i = i.borrow_mut();
            let hash = i.hasher.hash_one(text);
            if let Some(s) = i.find(text, hash) {
                return s;
            }
            i.insert(text, hash, true)
        })
    }

    /// `intern_key` of a string made for the purpose: a new name keeps its text (no copy).
    pub fn intern_key_owned(text: String) -> Sym {
        INTERNER.with(|i| {
            let mut i = i.borrow_mut();
            let hash = i.hasher.hash_one(text.as_str());
            if let Some(s) = i.find(&text, hash) {
                return s;
            }
            i.insert_owned(text, hash, true)
        })
    }

    /// Looks a name up without interning it (for reads of names that may not exist).
    pub fn lookup(text: &str) -> Option<Sym> {
        INTERNER.with(|i| {
            let i = i.borrow();
            i.find(text, i.hasher.hash_one(text))
        })
    }

    pub fn as_str(self) -> &'static str {
        INTERNER.with(|i| i.borrow().names.get(self.0 as usize).copied().unwrap_or(""))
    }
}

/// How many names are interned now (permanent and dynamic).
pub fn interned_count() -> usize {
    INTERNER.with(|i| {
        let i = i.borrow();
        i.names.len() - i.free.len()
    })
}

/// Whether enough dynamic names were made since the last reclaim to look for unused ones.
pub fn reclaim_due() -> bool {
    INTERNER.with(|i| {
        let i = i.borrow();
        i.dynamic_live > MIN_RECLAIM.max(2 * i.dynamic_after_reclaim)
    })
}

/// Upper bound of name numbers, for sizing a set of them.
pub(crate) fn capacity() -> usize {
    INTERNER.with(|i| i.borrow().names.len())
}

/// Frees every dynamic name whose number `in_use` says no struct holds.
///
/// The caller guarantees that no `&'static str` borrowed from a dynamic name is still held
/// (see `gc::reclaim_keys`): the text is freed here.
pub(crate) fn free_unused(in_use: &[bool]) {
    INTERNER.with(|i| {
        let mut i = i.borrow_mut();
        for n in 0..i.names.len() {
            if !i.dynamic[n] || in_use.get(n).copied().unwrap_or(true) {
                continue;
            }
            let hash = i.hashes[n];
            if let Ok(e) = i.table.find_entry(hash, |s| s.0 as usize == n) {
                e.remove();
            }
            let text = std::mem::take(&mut i.names[n]);
            i.dynamic[n] = false;
            i.dynamic_live -= 1;
            i.free.push(n as u32);
            let cap = i.caps[n];
            // SAFETY: `text` came from `String::leak` in `insert_owned` with capacity `cap`
            // and, as the caller guarantees, nothing borrows it any more; it was removed from
            // `names` and the table above.
            drop(unsafe { String::from_raw_parts(text.as_ptr() as *mut u8, text.len(), cap) });
        }
        i.dynamic_after_reclaim = i.dynamic_live;
    })
}

impl std::fmt::Display for Sym {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
