//! Random numbers: GameMaker's generator is WELL512 seeded through a small LCG, and every run
//! starts from the same fixed seed until `randomize()` (or `random_set_seed`, or the CLI's
//! `--seed`) changes it.

use super::number;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

/// The seed every run starts with.
pub const DEFAULT_SEED: i64 = 0;

/// WELL512 state, plus the seed it was started from (`random_get_seed`).
pub struct Rng {
    state: [u32; 16],
    index: usize,
    seed: i64,
}

impl Default for Rng {
    fn default() -> Self {
        Rng::seeded(DEFAULT_SEED)
    }
}

impl Rng {
    /// A generator started from `seed` (only its low 32 bits feed the state).
    pub fn seeded(seed: i64) -> Rng {
        let mut state = [0u32; 16];
        let mut s = seed as u32;
        for word in state.iter_mut() {
            s = (s.wrapping_mul(214_013).wrapping_add(2_531_011) >> 16) & 0x7fff_ffff;
            *word = s;
        }
        Rng {
            state,
            index: 0,
            seed,
        }
    }

    /// Restarts the sequence from `seed` (the CLI's `--seed`).
    pub fn set_seed(&mut self, seed: u64) {
        *self = Rng::seeded(seed as i64);
    }

    pub fn seed(&self) -> i64 {
        self.seed
    }

    /// The next 32 random bits (one WELL512 step).
    pub fn next_u32(&mut self) -> u32 {
        let st = &mut self.state;
        let i = self.index;
        let mut a = st[i];
        let mut c = st[(i + 13) & 15];
        let b = a ^ c ^ (a << 16) ^ (c << 15);
        c = st[(i + 9) & 15];
        c ^= c >> 11;
        a = b ^ c;
        st[i] = a;
        let d = a ^ ((a << 5) & 0xDA44_2D24);
        let i = (i + 15) & 15;
        a = st[i];
        st[i] = a ^ b ^ d ^ (a << 2) ^ (b << 18) ^ (c << 28);
        self.index = i;
        st[i]
    }

    /// A real in [0, 1] (both ends included, as GameMaker's `random` documents).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u32() & 0x7fff_ffff) as f64 / 2_147_483_647.0
    }

    /// A whole number in 0..=n, from 64 random bits.
    pub fn upto(&mut self, n: u64) -> u64 {
        let bits = ((self.next_u32() as u64) << 32) | self.next_u32() as u64;
        if n == u64::MAX {
            bits
        } else {
            bits % (n + 1)
        }
    }

    /// A whole number between 0 and `n` inclusive, on `n`'s side of zero.
    pub fn int_upto(&mut self, n: i64) -> i64 {
        let r = self.upto(n.unsigned_abs()) as i128;
        (if n < 0 { -r } else { r }) as i64
    }
}

/// A whole-number argument, truncated (NaN as 0).
fn whole(args: &[Value], i: usize) -> Result<i64> {
    let x = number(args, i)?;
    Ok(if x.is_nan() { 0 } else { x as i64 })
}

/// `random(n)`: a real from 0 to n.
pub fn random(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = number(args, 0)?;
    Ok(Value::Real(vm.rng.next_f64() * n))
}

/// `random_range(a, b)`: a real between the two (in either order).
pub fn random_range(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = number(args, 0)?;
    let b = number(args, 1)?;
    if a == b {
        return Ok(Value::Real(a));
    }
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    Ok(Value::Real(lo + vm.rng.next_f64() * (hi - lo)))
}

/// `irandom(n)`: a whole number from 0 to trunc(n) inclusive.
pub fn irandom(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = whole(args, 0)?;
    Ok(Value::Real(vm.rng.int_upto(n) as f64))
}

/// `irandom_range(a, b)`: a whole number between the truncated bounds, both included.
pub fn irandom_range(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = whole(args, 0)?;
    let b = whole(args, 1)?;
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    let span = (hi as i128 - lo as i128) as u64;
    let r = lo as i128 + vm.rng.upto(span) as i128;
    Ok(Value::Real(r as f64))
}

/// `choose(v0, v1, ...)`: one of the arguments.
pub fn choose(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if args.is_empty() {
        return Ok(Value::Real(0.0));
    }
    let n = args.len();
    let k = ((vm.rng.next_f64() * n as f64) as usize).min(n - 1);
    Ok(args[k].clone())
}

pub fn random_set_seed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let seed = whole(args, 0)?;
    vm.rng = Rng::seeded(seed);
    Ok(Value::Undefined)
}

pub fn random_get_seed(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Real(vm.rng.seed() as f64))
}

/// `randomize()` / `randomise()`: a new seed from the clock; returns it (an unsigned 32-bit value).
pub fn randomize(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mixed = nanos ^ (nanos >> 29) ^ (std::process::id() as u64).rotate_left(17);
    let seed = (mixed ^ (mixed >> 32)) as u32 as i64;
    vm.rng = Rng::seeded(seed);
    Ok(Value::Real(seed as f64))
}
