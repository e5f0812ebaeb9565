//! Builtin-argument fuzzer (issue 10): every registered builtin is called with extreme and odd
//! arguments (NaN, infinities, huge and negative sizes, wrong types, self-referencing structs and
//! arrays, destroyed handles). Calls are batched into scripts, each wrapped in `try`, and every
//! script runs out of process under a hard time limit, inside a fresh save directory. Any exit
//! other than 0-3, any "panicked", any run past its limit fails the test with the script.
//!
//! Seeded and deterministic. `GML_FUZZ_ROUNDS=n` (default 1: every builtin a few times) and
//! `GML_FUZZ_SEED=n` explore further, e.g. `GML_FUZZ_ROUNDS=50 cargo test --test fuzz_builtins`.

mod support;

use std::time::Duration;
use support::limited::gml_limited;

/// Calls of each builtin per round.
const CALLS_PER_BUILTIN: usize = 3;
/// Calls per script.
const BATCH: usize = 150;
/// A script that runs longer than this has hung.
const LIMIT: Duration = Duration::from_secs(20);

/// Builtins left out: they end the game or restart it, so the rest of a batch would not run.
const SKIPPED: &[&str] = &["game_end", "game_restart"];

/// Argument expressions; `$`-names are set up by `PRELUDE`.
const ARGS: &[&str] = &[
    "0",
    "1",
    "-1",
    "0.5",
    "-0.5",
    "2",
    "255",
    "NaN",
    "infinity",
    "-infinity",
    "1e300",
    "-1e300",
    "4294967296 + 5",
    "2147483647",
    "-2147483648",
    "9007199254740993",
    "int64(-1)",
    "true",
    "undefined",
    "pointer_null",
    "\"\"",
    "\"abc\"",
    "\"%s%d{0}\"",
    "\"../../outside.txt\"",
    "\"/abs/path\"",
    "\"dir/\"",
    "\"1e9\"",
    "\"http://127.0.0.1:1/\"",
    "chr(0)",
    "[]",
    "[1, [2, \"x\"], undefined]",
    "{}",
    "{ a: 1, b: [1] }",
    "global.self_struct",
    "global.self_array",
    "global.live_map",
    "global.dead_map",
    "global.live_list",
    "global.dead_list",
    "global.live_grid",
    "global.live_buffer",
    "global.dead_buffer",
    "function() { return 1; }",
    "method(undefined, function(a, b) { return a; })",
    "ds_type_map",
    "buffer_grow",
    "buffer_u8",
    "buffer_string",
];

const PRELUDE: &str = r#"global.self_struct = { name: "me" };
global.self_struct.me = global.self_struct;
global.self_array = [0];
global.self_array[1] = global.self_array;
global.live_map = ds_map_create();
global.dead_map = ds_map_create(); ds_map_destroy(global.dead_map);
global.live_list = ds_list_create();
global.dead_list = ds_list_create(); ds_list_destroy(global.dead_list);
global.live_grid = ds_grid_create(2, 2);
global.live_buffer = buffer_create(8, buffer_grow, 1);
global.dead_buffer = buffer_create(8, buffer_fixed, 1); buffer_delete(global.dead_buffer);
"#;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One call of `name` with a random number of arguments in its arity range (now and then one
/// too many or too few, which must be a clean error too).
fn call(rng: &mut Rng, name: &str, min: u8, max: u8) -> String {
    let max = if max == gml::builtins::VARIADIC {
        min as usize + 4
    } else {
        max as usize
    };
    let mut n = min as usize + rng.below(max - min as usize + 1);
    // a wrong count is a compile error in a direct call, so it goes through a variable
    let mut callee = name.to_string();
    match rng.below(20) {
        0 => n += 1,
        1 => n = n.saturating_sub(1),
        _ => callee.clear(),
    }
    let args: Vec<&str> = (0..n).map(|_| ARGS[rng.below(ARGS.len())]).collect();
    if callee.is_empty() {
        format!("try {{ {name}({}); }} catch (_e) {{}}\n", args.join(", "))
    } else {
        format!(
            "try {{ var _f = {callee}; _f({}); }} catch (_e) {{}}\n",
            args.join(", ")
        )
    }
}

#[test]
fn every_builtin_survives_odd_arguments() {
    let seed = env_u64("GML_FUZZ_SEED", 10);
    let rounds = env_u64("GML_FUZZ_ROUNDS", 1);
    let mut rng = Rng(seed);
    let builtins: Vec<_> = gml::builtins::registry()
        .functions
        .iter()
        .filter(|b| !SKIPPED.contains(&b.name))
        .collect();
    let mut calls = Vec::new();
    for _ in 0..rounds {
        for b in &builtins {
            for _ in 0..CALLS_PER_BUILTIN {
                calls.push(call(&mut rng, b.name, b.min_args, b.max_args));
            }
        }
    }
    // shuffle so that each batch mixes sections (and their state)
    for i in (1..calls.len()).rev() {
        calls.swap(i, rng.below(i + 1));
    }
    let mut failures = Vec::new();
    let mut exits = std::collections::BTreeMap::new();
    for (k, batch) in calls.chunks(BATCH).enumerate() {
        let script = format!(
            "{PRELUDE}{}show_debug_message(\"batch done\");\n",
            batch.concat()
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("save")).unwrap();
        std::fs::write(dir.path().join("fuzz.gml"), &script).unwrap();
        let r = gml_limited(
            dir.path(),
            &[
                "run",
                "--fast",
                "--max-frames",
                "3",
                "--timeout",
                "10",
                "--save-dir",
                "save",
                "fuzz.gml",
            ],
            LIMIT,
        );
        *exits.entry(r.code).or_insert(0) += 1;
        // exit 2 would be a compile error: the fuzzer itself would be broken
        let bad = r.timed_out
            || !matches!(r.code, Some(0 | 1 | 3))
            || (r.code == Some(0) && !r.stdout.contains("batch done"))
            || r.stderr.contains("panicked")
            || r.stderr.contains("internal error");
        if bad {
            failures.push(format!(
                "batch {k} (seed {seed}): exit {:?}, timed out {}, after {:?}\nstderr (end):\n{}\nscript:\n{script}",
                r.code,
                r.timed_out,
                r.elapsed,
                &r.stderr[r.stderr.len().saturating_sub(2000)..]
            ));
        }
    }
    eprintln!(
        "{} calls in {} scripts (seed {seed}); exit codes: {exits:?}",
        calls.len(),
        calls.len().div_ceil(BATCH)
    );
    assert!(
        failures.is_empty(),
        "{} bad batches:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
