//! OS and compiler (manual: OS And Compiler): the platform the game runs on, the build
//! constants, `gml_pragma` and `gml_release_mode`. The read-only variables (`os_type`,
//! `os_version`, `debug_mode`, `game_project_name` ...) are compiled as built-in variables and
//! answered by `os_var`.

use super::args::*;
use super::{Builtin, ConstValue, Constant, VARIADIC};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::sync::OnceLock;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("os_get_language", 0, 0, os_get_language),
    Builtin::new("os_get_region", 0, 0, os_get_region),
    Builtin::new("os_get_info", 0, 0, os_get_info),
    Builtin::new("os_get_config", 0, 0, os_get_config),
    Builtin::new("os_is_paused", 0, 0, os_is_paused),
    Builtin::new("os_is_network_connected", 0, 1, os_is_network_connected),
    Builtin::new("os_lock_orientation", 1, 1, os_lock_orientation),
    Builtin::new("environment_get_variable", 1, 1, environment_get_variable),
    Builtin::new("gml_release_mode", 1, 1, gml_release_mode),
    Builtin::new("gml_pragma", 1, VARIADIC, gml_pragma),
    Builtin::new("code_is_compiled", 0, 0, code_is_compiled),
];

/// The version of GameMaker whose behaviour this runtime follows.
pub const RUNTIME_VERSION: &str = "2024.14.0.0";

pub const CONSTANTS: &[Constant] = &[
    ("os_unknown", ConstValue::Real(-1.0)),
    ("os_windows", ConstValue::Real(0.0)),
    ("os_macosx", ConstValue::Real(1.0)),
    ("os_psp", ConstValue::Real(2.0)),
    ("os_ios", ConstValue::Real(3.0)),
    ("os_android", ConstValue::Real(4.0)),
    ("os_symbian", ConstValue::Real(5.0)),
    ("os_linux", ConstValue::Real(6.0)),
    ("os_winphone", ConstValue::Real(7.0)),
    ("os_tizen", ConstValue::Real(8.0)),
    ("os_win8native", ConstValue::Real(9.0)),
    ("os_wiiu", ConstValue::Real(10.0)),
    ("os_3ds", ConstValue::Real(11.0)),
    ("os_psvita", ConstValue::Real(12.0)),
    ("os_bb10", ConstValue::Real(13.0)),
    ("os_ps4", ConstValue::Real(14.0)),
    ("os_xboxone", ConstValue::Real(15.0)),
    ("os_ps3", ConstValue::Real(16.0)),
    ("os_xbox360", ConstValue::Real(17.0)),
    ("os_uwp", ConstValue::Real(18.0)),
    ("os_tvos", ConstValue::Real(20.0)),
    ("os_switch", ConstValue::Real(21.0)),
    ("os_ps5", ConstValue::Real(22.0)),
    ("os_xboxseriesxs", ConstValue::Real(23.0)),
    ("os_gdk", ConstValue::Real(23.0)),
    ("os_operagx", ConstValue::Real(24.0)),
    ("os_gxgames", ConstValue::Real(24.0)),
    ("browser_not_a_browser", ConstValue::Real(-1.0)),
    ("browser_unknown", ConstValue::Real(0.0)),
    ("browser_ie", ConstValue::Real(1.0)),
    ("browser_firefox", ConstValue::Real(2.0)),
    ("browser_chrome", ConstValue::Real(3.0)),
    ("browser_safari", ConstValue::Real(4.0)),
    ("browser_safari_mobile", ConstValue::Real(5.0)),
    ("browser_opera", ConstValue::Real(6.0)),
    ("browser_windows_store", ConstValue::Real(8.0)),
    ("browser_tizen", ConstValue::Real(9.0)),
    ("browser_ie_mobile", ConstValue::Real(10.0)),
    ("browser_edge", ConstValue::Real(11.0)),
    ("device_ios_unknown", ConstValue::Real(-1.0)),
    ("device_ios_iphone", ConstValue::Real(0.0)),
    ("device_ios_iphone_retina", ConstValue::Real(1.0)),
    ("device_ios_ipad", ConstValue::Real(2.0)),
    ("device_ios_ipad_retina", ConstValue::Real(3.0)),
    ("device_ios_iphone5", ConstValue::Real(4.0)),
    ("device_ios_iphone6", ConstValue::Real(5.0)),
    ("device_ios_iphone6plus", ConstValue::Real(6.0)),
    ("device_tablet", ConstValue::Real(2.0)),
    ("device_emulator", ConstValue::Real(256.0)),
    ("GM_runtime_version", ConstValue::Str(RUNTIME_VERSION)),
    ("GM_runtime_type", ConstValue::Str("gms2")),
    // The game's own version (Game Options); a new project's default.
    ("GM_version", ConstValue::Str("1.0.0.0")),
    ("GM_build_type", ConstValue::Str("run")),
    ("GM_is_sandboxed", ConstValue::Bool(true)),
];

/// The read-only built-in variables this module answers.
const OS_VARS: &[&str] = &[
    "os_type",
    "os_browser",
    "os_device",
    "os_version",
    "debug_mode",
    "game_display_name",
    "game_project_name",
    "GM_project_filename",
    "GM_build_date",
];

pub fn is_os_var(name: &str) -> bool {
    OS_VARS.contains(&name)
}

/// `os_type` of the machine running `gml` (the Linux, macOS or Windows runner's answer).
fn os_type() -> f64 {
    if cfg!(target_os = "windows") {
        0.0
    } else if cfg!(target_os = "macos") {
        1.0
    } else {
        6.0
    }
}

/// `os_version`: the kernel release as `major * 65536 + minor` (the formula GameMaker documents
/// for Windows; the manual gives none for Linux).
fn os_version() -> f64 {
    static VERSION: OnceLock<f64> = OnceLock::new();
    *VERSION.get_or_init(|| {
        let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
        let mut parts = release
            .trim()
            .split(|c: char| !c.is_ascii_digit())
            .map(|p| p.parse::<f64>().unwrap_or(0.0));
        let major = parts.next().unwrap_or(0.0);
        let minor = parts.next().unwrap_or(0.0);
        major * 65536.0 + minor
    })
}

/// `GM_build_date`: when this game was "built", i.e. when `gml` started, as a UTC datetime.
fn build_date() -> f64 {
    static DATE: OnceLock<f64> = OnceLock::new();
    *DATE.get_or_init(|| {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as f64)
            .unwrap_or(0.0);
        // GameMaker datetimes count days from 1899-12-30; 1970-01-01 is day 25569.
        25569.0 + secs / 86400.0
    })
}

/// The file the game was started from: the script, or the project the loader was given.
fn project_path(vm: &Vm) -> std::path::PathBuf {
    let given = vm.game.parameters.first().cloned().unwrap_or_default();
    let path = std::path::PathBuf::from(given);
    std::path::absolute(&path).unwrap_or(path)
}

fn project_name(vm: &Vm) -> String {
    project_path(vm)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn os_var(vm: &Vm, name: &str) -> Value {
    match name {
        "os_type" => Value::Real(os_type()),
        "os_browser" => Value::Real(-1.0),
        "os_device" => Value::Real(-1.0),
        "os_version" => Value::Real(os_version()),
        "debug_mode" => Value::Bool(false),
        "game_display_name" | "game_project_name" => Value::string(project_name(vm)),
        "GM_project_filename" => Value::string(project_path(vm).display().to_string()),
        "GM_build_date" => Value::Real(build_date()),
        _ => Value::Undefined,
    }
}

/// The user's locale from the environment (`LANG=fr_CA.UTF-8`): (language, region).
fn locale() -> (String, String) {
    let lang = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    let base = lang.split(['.', '@']).next().unwrap_or("");
    let mut parts = base.split(['_', '-']);
    let language = parts.next().unwrap_or("").to_ascii_lowercase();
    let region = parts.next().unwrap_or("").to_ascii_uppercase();
    if language.len() != 2 && language.len() != 3 {
        // "C", "POSIX" or nothing: the manual's fallback is English.
        return ("en".into(), String::new());
    }
    (language, region)
}

fn os_get_language(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::string(locale().0))
}

fn os_get_region(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::string(locale().1))
}

/// A new ds_map with what a headless runner knows: `is64bit` (every platform but HTML5 has it).
fn os_get_info(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let id = vm.ds.map_create();
    vm.ds.map_set(
        id,
        Value::str("is64bit"),
        Value::Bool(cfg!(target_pointer_width = "64")),
    );
    Ok(super::ds::handle_value(id))
}

fn os_get_config(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::str("Default"))
}

fn os_is_paused(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(false))
}

/// The named environment variable, or "" when it is not set.
fn environment_get_variable(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 0)?;
    Ok(Value::string(std::env::var(name).unwrap_or_default()))
}

/// Accepted for compatibility: the runtime's checks stay on (they never cost correctness).
fn gml_release_mode(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let _ = boolean(args, 0)?;
    Ok(Value::Undefined)
}

/// Compile-time directives. `"global"` code was found and run by the compiler before the first
/// room (see `syntax::pragma`); every pragma is a no-op when the call itself runs.
fn gml_pragma(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if !matches!(arg(args, 0), Value::Str(_)) {
        return Err(Error::msg(
            "gml_pragma: the first argument must be a compile-time constant string",
        ));
    }
    Ok(Value::Undefined)
}

/// `false`: code runs in a VM, as GameMaker's VM target (not the YYC).
fn code_is_compiled(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(false))
}

/// Whether the device has a network connection: a server or desktop is taken to have one (an
/// unreachable host shows in the request's own async result).
fn os_is_network_connected(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(true))
}

/// Locks a mobile device's orientation: there is no screen to turn.
fn os_lock_orientation(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    boolean(args, 0)?;
    Ok(Value::Undefined)
}
