//! The GML value. Sixteen bytes: a tag and one word, so the operand stack stays compact
//! (a unit test pins the size). Strings, arrays, structs and methods are shared references,
//! as GameMaker's are; numbers, bools and handles are copied.

use super::function::Method;
use super::intern::Sym;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::hash::BuildHasherDefault;
use std::rc::Rc;

pub type GStr = Rc<String>;
pub type ArrayRef = Rc<RefCell<Vec<Value>>>;
pub type StructRef = Rc<RefCell<StructObj>>;

/// The most links a static-chain walk follows (constructor inheritance is never this deep).
pub const MAX_STATIC_CHAIN: usize = 10_000;
pub type FieldMap = IndexMap<Sym, Value, BuildHasherDefault<SymHasher>>;

#[derive(Default)]
pub enum Value {
    #[default]
    Undefined,
    /// What `var t;` leaves in a local: every read of it is an error.
    Unset,
    Real(f64),
    Bool(bool),
    Int32(i32),
    Int64(i64),
    Str(GStr),
    Array(ArrayRef),
    Struct(StructRef),
    Method(Rc<Method>),
    /// A handle to a runtime-owned thing (an instance id, an object asset...).
    Ref(RefKind, i64),
    /// `pointer_null` is `Ptr(0)`, `pointer_invalid` is `Ptr(-1)`.
    Ptr(i64),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum RefKind {
    Instance,
    Object,
    Script,
    Sprite,
    Room,
    Sound,
    Font,
    Path,
    Shader,
    Sequence,
    Tileset,
    Timeline,
    AnimCurve,
    /// A particle system asset (the Particle System editor's), not a `part_system_create` one.
    ParticleSystem,
    /// A `ref_create` reference to a variable, for the debug overlay (`ref dbgref 0`).
    DbgRef,
}

impl RefKind {
    /// Every kind, for parsing `ref <kind> <n>` text back.
    pub const ALL: [RefKind; 15] = [
        RefKind::Instance,
        RefKind::Object,
        RefKind::Script,
        RefKind::Sprite,
        RefKind::Room,
        RefKind::Sound,
        RefKind::Font,
        RefKind::Path,
        RefKind::Shader,
        RefKind::Sequence,
        RefKind::Tileset,
        RefKind::Timeline,
        RefKind::AnimCurve,
        RefKind::ParticleSystem,
        RefKind::DbgRef,
    ];

    /// The kind whose `name()` is `name` (`string()` of a handle shows it: `ref sprite 3`).
    pub fn from_name(name: &str) -> Option<RefKind> {
        RefKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The kind's word in `string()` of a handle (`ref sprite 3`), as GameMaker prints it.
    pub fn name(self) -> &'static str {
        match self {
            RefKind::Instance => "instance",
            RefKind::Object => "object",
            RefKind::Script => "script",
            RefKind::Sprite => "sprite",
            RefKind::Room => "room",
            RefKind::Sound => "sound",
            RefKind::Font => "font",
            RefKind::Path => "path",
            RefKind::Shader => "shader",
            RefKind::Sequence => "sequence",
            RefKind::Tileset => "tileset",
            RefKind::Timeline => "timeline",
            RefKind::AnimCurve => "animcurve",
            RefKind::ParticleSystem => "particle system resource",
            RefKind::DbgRef => "dbgref",
        }
    }
}

/// What kind of scope a struct is: a plain struct, an object instance or the global struct.
pub enum StructKind {
    Plain,
    Global,
    Instance(Box<crate::runtime::instance::InstanceData>),
}

pub struct StructObj {
    pub fields: FieldMap,
    /// The constructor's static struct, through which reads fall back (`Point.move`).
    /// The static struct a missing member is looked up in, and so on along the static chain
    /// (at most `MAX_STATIC_CHAIN` links are followed).
    pub statics: Option<StructRef>,
    /// The constructor that made it (for `instanceof`), if any.
    pub constructor: Option<Rc<super::function::FunctionObj>>,
    pub kind: StructKind,
}

impl StructObj {
    pub fn new() -> Self {
        StructObj {
            fields: FieldMap::default(),
            statics: None,
            constructor: None,
            kind: StructKind::Plain,
        }
    }
    pub fn new_ref() -> StructRef {
        Self::into_ref(StructObj::new())
    }
    /// Wraps a struct in a shared reference, registered with the cycle collector.
    pub fn into_ref(obj: StructObj) -> StructRef {
        let s = Rc::new(RefCell::new(obj));
        super::gc::register_struct(&s);
        s
    }
    pub fn get(&self, name: Sym) -> Option<&Value> {
        // An instance's built-in variables live in its fixed slots, not in `fields`.
        if let StructKind::Instance(d) = &self.kind {
            if let Some(v) = d.builtin(name) {
                return Some(v);
            }
        }
        self.fields.get(&name)
    }
    /// Every member with its value: an instance's built-in variables first, then `fields`.
    pub fn entries(&self) -> Vec<(Sym, Value)> {
        let mut out: Vec<(Sym, Value)> = match &self.kind {
            StructKind::Instance(d) => d.builtins().collect(),
            _ => Vec::new(),
        };
        out.extend(self.fields.iter().map(|(k, v)| (*k, v.clone())));
        out
    }
    /// Reads a member, falling back along the static chain as a dot-read does.
    pub fn get_with_statics(&self, name: Sym) -> Option<Value> {
        if let Some(v) = self.get(name) {
            return Some(v.clone());
        }
        // Walks the chain by pointer: cloning each link's Rc cost a count up and down per read.
        // Bounded: static_set refuses cycles, and a chain never needs to be this long.
        let mut next: *const RefCell<StructObj> = Rc::as_ptr(self.statics.as_ref()?);
        for _ in 0..MAX_STATIC_CHAIN {
            // SAFETY: each static struct is owned by the `statics` field of the one before it,
            // and nothing runs during the walk that could change the chain.
            let b = unsafe { &*next }.borrow();
            if let Some(v) = b.fields.get(&name) {
                return Some(v.clone());
            }
            next = Rc::as_ptr(b.statics.as_ref()?);
        }
        None
    }
    pub fn set(&mut self, name: Sym, v: Value) {
        let v = match &mut self.kind {
            StructKind::Instance(d) => match d.store(name, v) {
                Some(v) => v,
                None => return,
            },
            _ => v,
        };
        self.fields.insert(name, v);
    }
    pub fn instance(&self) -> Option<&crate::runtime::instance::InstanceData> {
        match &self.kind {
            StructKind::Instance(d) => Some(d),
            _ => None,
        }
    }
    pub fn instance_mut(&mut self) -> Option<&mut crate::runtime::instance::InstanceData> {
        match &mut self.kind {
            StructKind::Instance(d) => Some(d),
            _ => None,
        }
    }
}

impl Default for StructObj {
    fn default() -> Self {
        Self::new()
    }
}

/// Field maps are keyed by interned `Sym`s: a multiplicative hash of the index is plenty.
#[derive(Default, Clone, Copy)]
pub struct SymHasher(u64);

impl std::hash::Hasher for SymHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// `*slot = v` without the call to drop the old value when it owns nothing (a number).
#[inline(always)]
pub fn overwrite(slot: &mut Value, v: Value) {
    if super::call::owns_heap(slot) {
        // SAFETY: the old value is dropped once, then the slot is written.
        unsafe { std::ptr::drop_in_place(slot) }
    }
    // SAFETY: the slot's old value is gone (dropped above, or owned nothing).
    unsafe { write_words(slot, v) }
}

/// Moves `v` into `dst` as two 8-byte stores. A Value is often built in two registers (a tag
/// word and a payload) or read from two 8-byte stores; left to itself, the compiler copies it
/// through a stack temporary with one 16-byte load, which cannot take its data from two
/// narrower stores still in flight (a store-forwarding stall of a dozen cycles, a fifth of a
/// field or array write).
///
/// # Safety
/// `dst` is valid for a write and holds nothing that needs dropping.
#[inline(always)]
pub(crate) unsafe fn write_words(dst: *mut Value, v: Value) {
    // SAFETY: Value is 16 bytes; MaybeUninit words may hold its padding.
    let w: [std::mem::MaybeUninit<u64>; 2] = unsafe { std::mem::transmute(v) };
    let p = dst as *mut std::mem::MaybeUninit<u64>;
    // SAFETY: `dst` is valid for 16 bytes (the caller's contract). Volatile keeps them two
    // stores.
    unsafe {
        std::ptr::write_volatile(p, w[0]);
        std::ptr::write_volatile(p.add(1), w[1]);
    }
}

/// Reads a Value's bits as two 8-byte loads (see `write_words`): a bit copy, not a clone.
///
/// # Safety
/// As `std::ptr::read`: the result is a second owner unless one of the two is forgotten.
#[inline(always)]
pub(crate) unsafe fn read_words(src: *const Value) -> Value {
    let p = src as *const std::mem::MaybeUninit<u64>;
    // SAFETY: `src` points to an initialised 16-byte Value.
    unsafe {
        let w = [
            std::ptr::read_volatile(p),
            std::ptr::read_volatile(p.add(1)),
        ];
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>(w)
    }
}

impl Clone for Value {
    /// A bit copy, plus one count up for the shared kinds. The derived clone dispatched on every
    /// variant; copying a number out of an array or a field is the hot case.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Str(s) => std::mem::forget(s.clone()),
            Value::Array(a) => std::mem::forget(a.clone()),
            Value::Struct(s) => std::mem::forget(s.clone()),
            Value::Method(m) => std::mem::forget(m.clone()),
            _ => {}
        }
        // SAFETY: every other variant's payload is `Copy`, and the shared kinds' reference
        // counts were raised above, so the copy owns its own reference. Read as two words: the
        // source is often a slot just written as two (`write_words`).
        unsafe { read_words(self) }
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(s.to_owned()))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(s))
    }
    pub fn bool(b: bool) -> Value {
        Value::Bool(b)
    }
    pub fn new_array(items: Vec<Value>) -> Value {
        let a = Rc::new(RefCell::new(items));
        super::gc::register_array(&a);
        Value::Array(a)
    }
    pub fn new_struct(obj: StructObj) -> Value {
        Value::Struct(StructObj::into_ref(obj))
    }

    /// GameMaker's `typeof`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Undefined | Value::Unset => "undefined",
            Value::Real(_) => "number",
            Value::Bool(_) => "bool",
            Value::Int32(_) => "int32",
            Value::Int64(_) => "int64",
            Value::Str(_) => "string",
            Value::Array(_) => "array",
            Value::Struct(_) => "struct",
            Value::Method(m) => m.type_name(),
            Value::Ref(..) => "ref",
            Value::Ptr(_) => "ptr",
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            Value::Real(_) | Value::Bool(_) | Value::Int32(_) | Value::Int64(_)
        )
    }

    /// The number behind a numeric value or handle; `None` for everything else.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Real(r) => Some(*r),
            Value::Bool(b) => Some(*b as i32 as f64),
            Value::Int32(i) => Some(*i as f64),
            Value::Int64(i) => Some(*i as f64),
            Value::Ref(_, i) => Some(*i as f64),
            Value::Ptr(p) => Some(*p as f64),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// Same object (for arrays, structs, methods) or equal primitive, as `array_equals` and
    /// identity checks need.
    pub fn same_ref(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Array(a), Value::Array(b)) => Rc::ptr_eq(a, b),
            (Value::Struct(a), Value::Struct(b)) => Rc::ptr_eq(a, b),
            (Value::Method(a), Value::Method(b)) => Rc::ptr_eq(a, b) || a.same_target(b),
            _ => false,
        }
    }
}

/// Formats a real as GameMaker's `string()` does: integers without a point, everything else with
/// exactly two decimals (C's `%.2f`, so exact ties round to even), `NaN`, `inf`, `-inf`.
pub fn format_real(r: f64, out: &mut String) {
    use std::fmt::Write;
    let i = truncate(r);
    // (NaN, infinities and magnitudes from 2^63 up truncate to i64::MIN)
    if i != i64::MIN && i as f64 == r {
        format_int(i, out);
    } else if r.is_nan() {
        out.push_str("NaN");
    } else if r.is_infinite() {
        out.push_str(if r > 0.0 { "inf" } else { "-inf" });
    } else {
        let _ = write!(out, "{:.2}", r);
    }
}

/// Truncates toward zero; NaN and values out of the range of `i64` give `i64::MIN`.
#[inline(always)]
pub(crate) fn truncate(r: f64) -> i64 {
    #[cfg(target_arch = "x86_64")]
    {
        // One `cvttsd2si` (which gives i64::MIN for those), without the fix-ups of `as`.
        use std::arch::x86_64::{_mm_cvttsd_si64, _mm_set_sd};
        // SAFETY: SSE2 is part of every x86_64 target.
        unsafe { _mm_cvttsd_si64(_mm_set_sd(r)) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        if r.is_nan() || r >= 9.223_372_036_854_776e18 || r < -9.223_372_036_854_776e18 {
            i64::MIN
        } else {
            r as i64
        }
    }
}

/// Appends an integer in decimal. `string(i)` of loop counters is hot (building struct keys),
/// and going through `fmt` cost several times the digits themselves.
pub fn format_int(n: i64, out: &mut String) {
    // Two digits per division, from a table of "00".."99", written straight into the string.
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut m = n.unsigned_abs();
    let digits = m.checked_ilog10().unwrap_or(0) as usize + 1;
    let end = out.len() + (n < 0) as usize + digits;
    out.reserve(end - out.len());
    if n < 0 {
        out.push('-');
    }
    // SAFETY: `end` bytes fit (reserved above); each of the `digits` bytes before `end` is
    // written below with an ASCII digit before the length is set.
    unsafe {
        let v = out.as_mut_vec();
        let p = v.as_mut_ptr();
        let mut at = end;
        while m >= 100 {
            let d = (m % 100) as usize * 2;
            m /= 100;
            at -= 2;
            *p.add(at) = PAIRS[d];
            *p.add(at + 1) = PAIRS[d + 1];
        }
        if m >= 10 {
            let d = m as usize * 2;
            *p.add(at - 2) = PAIRS[d];
            *p.add(at - 1) = PAIRS[d + 1];
        } else {
            *p.add(at - 1) = b'0' + m as u8;
        }
        v.set_len(end);
    }
}

pub fn real_to_string(r: f64) -> String {
    let mut s = String::new();
    format_real(r, &mut s);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    #[test]
    fn reals_print_like_gamemaker() {
        assert_eq!(real_to_string(2.0), "2");
        assert_eq!(real_to_string(-17.0), "-17");
        assert_eq!(real_to_string(1.0 / 3.0), "0.33");
        assert_eq!(real_to_string(2.999), "3.00");
        assert_eq!(real_to_string(0.5), "0.50");
        assert_eq!(real_to_string(-0.004), "-0.00");
        assert_eq!(real_to_string(-0.0), "0");
        assert_eq!(real_to_string(0.125), "0.12");
        assert_eq!(real_to_string(3000000000.0), "3000000000");
        assert_eq!(real_to_string(-9.2e18), "-9200000000000000000");
        assert_eq!(real_to_string(9.2e18), "9200000000000000000");
        assert_eq!(real_to_string(10.0), "10");
        assert_eq!(real_to_string(7.0), "7");
        assert_eq!(real_to_string(99.0), "99");
        assert_eq!(real_to_string(100.0), "100");
        assert_eq!(real_to_string(-1005.0), "-1005");
        assert_eq!(real_to_string(123456.0), "123456");
        assert_eq!(real_to_string(0.0), "0");
        assert_eq!(real_to_string(i64::MIN as f64), "-9223372036854775808.00");
        assert_eq!(real_to_string(1e300).len(), 304);
        assert_eq!(real_to_string(-2.5), "-2.50");
        let mut s = String::from("k");
        format_int(i64::MAX, &mut s);
        assert_eq!(s, "k9223372036854775807");
        let mut s = String::new();
        format_int(i64::MIN, &mut s);
        assert_eq!(s, "-9223372036854775808");
        assert_eq!(real_to_string(f64::NAN), "NaN");
        assert_eq!(real_to_string(f64::NEG_INFINITY), "-inf");
    }
}
