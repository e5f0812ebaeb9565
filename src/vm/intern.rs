//! Interned names. Variable, field and struct-key names are interned once and compared as integers,
//! so a field read costs one hash of a `u32`. Interned text is leaked on purpose: names live for the
//! whole process, and a `&'static str` lets printing code borrow them without a VM in hand.

use hashbrown::HashMap;
use std::cell::RefCell;

#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Sym(pub u32);

#[derive(Default)]
struct Interner {
    map: HashMap<&'static str, Sym>,
    names: Vec<&'static str>,
}

thread_local! {
    static INTERNER: RefCell<Interner> = RefCell::new(Interner::default());
}

impl Sym {
    pub fn intern(text: &str) -> Sym {
        INTERNER.with(|i| {
            let mut i = i.borrow_mut();
            if let Some(&s) = i.map.get(text) {
                return s;
            }
            let leaked: &'static str = Box::leak(text.to_owned().into_boxed_str());
            let s = Sym(i.names.len() as u32);
            i.names.push(leaked);
            i.map.insert(leaked, s);
            s
        })
    }

    /// Looks a name up without interning it (for reads of names that may not exist).
    pub fn lookup(text: &str) -> Option<Sym> {
        INTERNER.with(|i| i.borrow().map.get(text).copied())
    }

    pub fn as_str(self) -> &'static str {
        INTERNER.with(|i| i.borrow().names[self.0 as usize])
    }
}

impl std::fmt::Display for Sym {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
