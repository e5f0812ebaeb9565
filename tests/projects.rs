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

/// Path assets from their `.yy` (points, kind, closed, precision) as constants, and an instance
/// following one from its Create event, with its Path Ended event (Other_8).
#[test]
fn path_assets_and_an_instance_following_one() {
    run_project("tests/projects/paths_demo", "expected.out", &[]);
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
    // An event file the object lists but that does not exist is an empty event: a warning.
    let want = "\
tests/projects/compile_errors/objects/obj_x/Step_0.gml: warning: the object's event list has this event but the file does not exist; it runs as an empty event
tests/projects/compile_errors/objects/obj_x/obj_x.yy: field `parentObjectId`: object `obj_missing` is not in the project
";
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
fn extensions_gml_functions_constants_init_and_native_calls() {
    run_project("tests/projects/extensions", "expected.out", &[]);
    // `gml check` knows every extension function; the event whose file is missing is empty
    // (it overrides the parent's Step), with a warning.
    let r = gml(&["check", "tests/projects/extensions"]);
    assert_eq!(r.code, Some(0));
    assert_eq!(
        r.stderr,
        "tests/projects/extensions/objects/obj_probe/Step_0.gml: warning: the object's event list has this event but the file does not exist; it runs as an empty event\n"
    );
}

/// A copy of the `extensions` project with one more script, in a temporary folder.
fn extensions_with_script(code: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new("tests/projects/extensions"), dir.path());
    std::fs::write(dir.path().join("scripts/scr_main/scr_main.gml"), code).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn extension_function_with_wrong_argument_count_does_not_compile() {
    let dir = extensions_with_script("steam_stat_set(\"wins\");\nvar n = steam_user_name();\n");
    let r = gml(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, Some(2));
    let want = "scr_main.gml:1:1: error: wrong number of arguments for steam_stat_set (a function of the extension ExtSteam): expected 2, got 1";
    assert!(r.stderr.contains(want), "{}", r.stderr);
    // Calling one when the game runs is an error naming the function and the extension.
    let dir = extensions_with_script("show_debug_message(steam_user_name());\n");
    let r = gml(&["run", dir.path().to_str().unwrap(), "--timeout", "20"]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stderr.contains("steam_user_name is a function of the extension ExtSteam, which gml cannot run (extensions are native code)"),
        "{}",
        r.stderr
    );
}

#[test]
fn malformed_extension_names_the_file_and_field() {
    let dir = extensions_with_script("");
    let yy = dir.path().join("extensions/ExtTools/ExtTools.yy");
    let text = std::fs::read_to_string(&yy).unwrap();
    std::fs::write(
        &yy,
        text.replace("\"name\":\"EXT_TOOLS_NAME\"", "\"name\":\"EXT TOOLS\""),
    )
    .unwrap();
    let r = gml(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.ends_with("extensions/ExtTools/ExtTools.yy: field `files[0].constants[2].name`: `EXT TOOLS` is not a GML name\n"),
        "{}",
        r.stderr
    );
}

/// (Its `obj_counter` folder is spelled `OBJ_Counter`: project paths resolve ignoring case, as
/// on the file systems GameMaker projects are made on.)
#[test]
fn room_inheritance_and_persistent_rooms() {
    run_project("tests/projects/room_inherit", "expected.out", &[]);
}

#[test]
fn room_parent_missing_or_looping_names_the_file_and_field() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new("tests/projects/room_inherit"), dir.path());
    let base = dir.path().join("rooms/rm_base/rm_base.yy");
    let text = std::fs::read_to_string(&base).unwrap();
    let looping = text.replace(
        "\"parentRoom\": null",
        "\"parentRoom\": {\"name\":\"rm_child\",\"path\":\"rooms/rm_child/rm_child.yy\",}",
    );
    std::fs::write(&base, &looping).unwrap();
    let r = gml(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.ends_with(
            "rooms/rm_base/rm_base.yy: field `parentRoom`: the parent chain of `rm_base` loops back to it\n"
        ),
        "{}",
        r.stderr
    );
    std::fs::write(
        &base,
        looping.replace("\"name\":\"rm_child\"", "\"name\":\"rm_gone\""),
    )
    .unwrap();
    let r = gml(&["run", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.ends_with(
            "rooms/rm_base/rm_base.yy: field `parentRoom`: room `rm_gone` is not among the project's rooms\n"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn room_layers_tile_data_backgrounds_and_tilesets() {
    // Tile layers in both formats (compressed 2024, serialised 2.3), a background layer, the
    // tile set's facts and a sequence asset's length, read back through the layer functions.
    run_project("tests/projects/tiles_2024", "expected.out", &[]);
}
