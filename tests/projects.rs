//! GameMaker projects on disk (DESIGN.md section 3): the small projects in `tests/projects/` run
//! with `gml run` and their exact output is compared with `expected.out` beside them; broken
//! projects give errors naming the file and the field.

use std::path::Path;
use std::process::Command;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn gml(args: &[&str]) -> Run {
    let o = Command::new(env!("CARGO_BIN_EXE_gml"))
        .args(args)
        .output()
        .expect("start the gml binary");
    Run {
        code: o.status.code(),
        stdout: String::from_utf8_lossy(&o.stdout).replace("\r\n", "\n"),
        stderr: String::from_utf8_lossy(&o.stderr).replace("\r\n", "\n"),
    }
}

fn expected(project: &str, file: &str) -> String {
    std::fs::read_to_string(Path::new("tests/projects").join(project).join(file))
        .unwrap()
        .replace("\r\n", "\n")
}

/// Runs a project (with a fresh save directory) and checks its exact output and exit code 0.
fn run_project(target: &str, expected_file: &str, extra: &[&str]) -> tempfile::TempDir {
    let save = tempfile::tempdir().unwrap();
    let mut args = vec![
        "run",
        target,
        "--fast",
        "--timeout",
        "20",
        "--save-dir",
        save.path().to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let r = gml(&args);
    let project = Path::new(target)
        .components()
        .nth(2)
        .unwrap()
        .as_os_str()
        .to_str()
        .unwrap();
    assert_eq!(r.stderr, "", "stderr of {target}");
    assert_eq!(
        r.stdout,
        expected(project, expected_file),
        "stdout of {target}"
    );
    assert_eq!(r.code, Some(0));
    save
}

#[test]
fn rooms_parents_object_variables_and_room_change_in_event_order() {
    run_project("tests/projects/rooms_2023", "expected.out", &[]);
}

#[test]
fn dialect_2024_included_file_async_save_and_persistent_helper() {
    let save = run_project("tests/projects/saves_2024", "expected.out", &[]);
    // The async save landed in the save directory; the included file was never written.
    assert_eq!(
        std::fs::read_to_string(save.path().join("default/save_debug.txt")).unwrap(),
        "score=42"
    );
    assert_eq!(
        std::fs::read_to_string(save.path().join("greeting.txt")).unwrap(),
        "overwritten in the save directory"
    );
    assert_eq!(
        expected("saves_2024", "datafiles/greeting.txt"),
        "hello from the bundle\nsecond line\n"
    );
}

#[test]
fn configuration_macros_follow_config() {
    run_project(
        "tests/projects/saves_2024/saves_2024.yyp",
        "expected-release.out",
        &["--config", "Release"],
    );
}

#[test]
fn macros_enums_and_functions_are_global_across_files_and_restarts() {
    run_project("tests/projects/globals_order", "expected.out", &[]);
}

#[test]
fn room_option_starts_in_that_room() {
    let r = gml(&[
        "run",
        "tests/projects/globals_order/globals_order.yyp",
        "--room",
        "rm_two",
        "--fast",
        "--timeout",
        "20",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stdout.contains(
            "scr_z_defs runs last\ncounter 1 created in rm_two, tier 11, restarts 0\ngame start (first: rm_one, last: rm_two)\nrestarting the room\n"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn unknown_room_or_configuration_is_a_clear_error() {
    let r = gml(&["run", "tests/projects/globals_order", "--room", "rm_three"]);
    assert_eq!(r.code, Some(2));
    assert_eq!(
        r.stderr,
        "--room rm_three: the project has no such room (it has: rm_one, rm_two)\n"
    );
    let r = gml(&["run", "tests/projects/globals_order", "--config", "Nope"]);
    assert_eq!(r.code, Some(2));
    assert_eq!(
        r.stderr,
        "tests/projects/globals_order/globals_order.yyp: --config Nope: the project has no such configuration (it has: Default)\n"
    );
}

#[test]
fn check_of_clean_projects_is_silent_and_exits_0() {
    let r = gml(&[
        "check",
        "tests/projects/globals_order",
        "tests/projects/rooms_2023/rooms_2023.yyp",
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (Some(0), ""));
}

#[test]
fn malformed_yy_names_the_file_and_field() {
    for cmd in ["check", "run"] {
        let r = gml(&[cmd, "tests/projects/broken_yy"]);
        assert_eq!(r.code, Some(2));
        assert_eq!(
            r.stderr,
            "gml: tests/projects/broken_yy/objects/obj_bad/obj_bad.yy: field `eventList[1].eventType`: expected a number\n"
        );
    }
}

#[test]
fn check_reports_every_error_of_every_file() {
    let r = gml(&["check", "tests/projects/compile_errors"]);
    assert_eq!(r.code, Some(2));
    let want = "\
tests/projects/compile_errors/objects/obj_x/obj_x.yy: field `parentObjectId`: object `obj_missing` is not in the project
tests/projects/compile_errors/objects/obj_x/Step_0.gml: cannot read the file: ";
    assert!(r.stderr.starts_with(want), "{}", r.stderr);
    for (file, line_col) in [
        ("scripts/scr_one/scr_one.gml", "2:14"),
        ("scripts/scr_two/scr_two.gml", "2:23"),
        ("objects/obj_x/Create_0.gml", "1:5"),
    ] {
        let at = format!("tests/projects/compile_errors/{file}:{line_col}: error: unexpected");
        assert!(r.stderr.contains(&at), "no `{at}` in:\n{}", r.stderr);
    }
    // `gml run` refuses to start a project that does not compile.
    let r = gml(&["run", "tests/projects/compile_errors"]);
    assert_eq!((r.code, r.stdout.as_str()), (Some(2), ""));
}

#[test]
fn a_folder_without_a_project_is_an_error() {
    let r = gml(&["run", "tests/projects"]);
    assert_eq!(r.code, Some(2));
    assert_eq!(
        r.stderr,
        "gml: tests/projects: the folder holds no .yyp project file\n"
    );
}

#[test]
fn room_layers_tile_data_backgrounds_and_tilesets() {
    // Tile layers in both formats (compressed 2024, serialised 2.3), a background layer, the
    // tile set's facts and a sequence asset's length, read back through the layer functions.
    run_project("tests/projects/tiles_2024", "expected.out", &[]);
}
