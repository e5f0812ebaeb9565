#![allow(clippy::cloned_ref_to_slice_refs)]
use super::*;
use crate::builtins::buffers::tests_support::{call, ok, r, s, vm_in};

fn text(v: &Value) -> String {
    v.as_str().expect("string").to_string()
}

fn num(v: &Value) -> f64 {
    v.as_f64().expect("number")
}

fn truth(v: &Value) -> bool {
    matches!(v, Value::Bool(true))
}

#[test]
fn resolve_accepts_relative_and_save_dir_prefixed_paths() {
    let dir = tempfile::tempdir().unwrap();
    let vm = vm_in(dir.path());
    let root = std::fs::canonicalize(dir.path()).unwrap();
    assert_eq!(resolve_path(&vm, "a.txt").unwrap(), root.join("a.txt"));
    assert_eq!(
        resolve_path(&vm, "x\\y\\z.txt").unwrap(),
        root.join("x/y/z.txt")
    );
    assert_eq!(resolve_path(&vm, "x/../b.txt").unwrap(), root.join("b.txt"));
    let wd = builtin_path_var(&vm, "working_directory").unwrap();
    assert!(wd.ends_with('/'));
    assert_eq!(builtin_path_var(&vm, "game_save_id").unwrap(), wd);
    assert_eq!(
        resolve_path(&vm, &format!("{wd}save.ini")).unwrap(),
        root.join("save.ini")
    );
    assert_eq!(resolve_path(&vm, &wd).unwrap(), root);
    assert!(builtin_path_var(&vm, "temp_directory")
        .unwrap()
        .starts_with(&wd));
    assert!(builtin_path_var(&vm, "nope").is_none());
}

#[test]
fn resolve_refuses_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("save");
    std::fs::create_dir(&inner).unwrap();
    let vm = vm_in(&inner);
    for bad in [
        "../x",
        "/etc/passwd",
        "a/../../x",
        "..\\x",
        "C:/Windows/x",
        "C:\\x",
    ] {
        let e = resolve_path(&vm, bad)
            .err()
            .unwrap_or_else(|| panic!("{bad} accepted"));
        assert!(e.message().contains(bad), "{}", e.message());
    }
    #[cfg(unix)]
    {
        let outside = dir.path().join("outside");
        std::fs::create_dir(&outside).unwrap();
        std::os::unix::fs::symlink(&outside, inner.join("link")).unwrap();
        assert!(resolve_path(&vm, "link/secret.txt").is_err());
        assert!(resolve_path(&vm, "link").is_err());
        std::os::unix::fs::symlink(dir.path().join("gone"), inner.join("dangling")).unwrap();
        assert!(resolve_path(&vm, "dangling").is_err());
        std::fs::create_dir(inner.join("real")).unwrap();
        std::os::unix::fs::symlink(inner.join("real"), inner.join("ok")).unwrap();
        assert!(resolve_path(&vm, "ok/file.txt").is_ok());
    }
}

#[test]
fn every_path_function_refuses_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("save");
    std::fs::create_dir(&inner).unwrap();
    let mut vm = vm_in(&inner);
    let one: &[&str] = &[
        "file_exists",
        "file_delete",
        "directory_create",
        "directory_exists",
        "directory_destroy",
        "file_text_open_read",
        "file_text_open_write",
        "file_text_open_append",
        "ini_open",
        "md5_file",
        "sha1_file",
        "buffer_load",
    ];
    for f in one {
        assert!(call(&mut vm, f, &[s("../evil")]).is_err(), "{f}");
    }
    assert!(call(&mut vm, "file_bin_open", &[s("../evil"), r(1.0)]).is_err());
    assert!(call(&mut vm, "file_rename", &[s("a"), s("../evil")]).is_err());
    assert!(call(&mut vm, "file_copy", &[s("a"), s("../evil")]).is_err());
    assert!(call(&mut vm, "file_find_first", &[s("../*"), r(0.0)]).is_err());
    assert!(call(&mut vm, "file_attributes", &[s("/etc/passwd"), r(0.0)]).is_err());
    let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "only the save dir exists beside");
    assert_eq!(std::fs::read_dir(&inner).unwrap().count(), 0);
}

#[test]
fn text_files_write_read_append() {
    let dir = tempfile::tempdir().unwrap();
    let mut vm = vm_in(dir.path());
    let f = ok(&mut vm, "file_text_open_write", &[s("dir\\scores.txt")]);
    assert_eq!(num(&f), 1.0);
    ok(
        &mut vm,
        "file_text_write_string",
        &[f.clone(), s("Hello World")],
    );
    ok(&mut vm, "file_text_writeln", &[f.clone()]);
    ok(&mut vm, "file_text_write_real", &[f.clone(), r(500.0)]);
    assert!(truth(&ok(&mut vm, "file_text_close", &[f.clone()])));
    assert!(!truth(&ok(&mut vm, "file_text_close", &[f.clone()])));
    assert!(call(&mut vm, "file_text_writeln", &[f.clone()]).is_err());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dir/scores.txt")).unwrap(),
        "Hello World\r\n500"
    );
    let a = ok(&mut vm, "file_text_open_append", &[s("dir/scores.txt")]);
    ok(&mut vm, "file_text_writeln", &[a.clone()]);
    ok(
        &mut vm,
        "file_text_write_string",
        &[a.clone(), s("Appended")],
    );
    ok(&mut vm, "file_text_close", &[a]);
    let f = ok(&mut vm, "file_text_open_read", &[s("dir/scores.txt")]);
    assert_eq!(
        text(&ok(&mut vm, "file_text_read_string", &[f.clone()])),
        "Hello World"
    );
    assert!(truth(&ok(&mut vm, "file_text_eoln", &[f.clone()])));
    assert_eq!(
        num(&ok(&mut vm, "file_text_read_real", &[f.clone()])),
        500.0
    );
    assert_eq!(text(&ok(&mut vm, "file_text_readln", &[f.clone()])), "\r\n");
    assert!(!truth(&ok(&mut vm, "file_text_eof", &[f.clone()])));
    assert_eq!(
        text(&ok(&mut vm, "file_text_readln", &[f.clone()])),
        "Appended"
    );
    assert!(truth(&ok(&mut vm, "file_text_eof", &[f.clone()])));
    assert!(call(&mut vm, "file_text_write_string", &[f.clone(), s("x")]).is_err());
    ok(&mut vm, "file_text_close", &[f]);
    assert_eq!(
        num(&ok(&mut vm, "file_text_open_read", &[s("none.txt")])),
        -1.0
    );
}

#[test]
fn text_from_string_and_real_format() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let f = ok(
        &mut vm,
        "file_text_open_from_string",
        &[s("This is a test\n30\n-1.5e2 x")],
    );
    assert_eq!(
        text(&ok(&mut vm, "file_text_read_string", &[f.clone()])),
        "This is a test"
    );
    assert_eq!(num(&ok(&mut vm, "file_text_read_real", &[f.clone()])), 30.0);
    assert_eq!(
        num(&ok(&mut vm, "file_text_read_real", &[f.clone()])),
        -150.0
    );
    assert_eq!(
        text(&ok(&mut vm, "file_text_read_string", &[f.clone()])),
        " x"
    );
    assert!(truth(&ok(&mut vm, "file_text_eof", &[f])));
    assert_eq!(text::format_g(500.0), "500");
    assert_eq!(text::format_g(1.0 / 3.0), "0.333333");
    assert_eq!(text::format_g(6662400.0), "6.6624e+06");
    assert_eq!(text::format_g(-2.5), "-2.5");
    assert_eq!(text::format_g(0.0001), "0.0001");
    assert_eq!(text::format_g(123456.0), "123456");
}

#[test]
fn binary_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut vm = vm_in(dir.path());
    let f = ok(&mut vm, "file_bin_open", &[s("t.bin"), r(1.0)]);
    assert!(num(&f) > 0.0);
    for b in [101.0, 1100.0, 1.0, -1.0] {
        ok(&mut vm, "file_bin_write_byte", &[f.clone(), r(b)]);
    }
    ok(&mut vm, "file_bin_close", &[f.clone()]);
    assert_eq!(
        std::fs::read(dir.path().join("t.bin")).unwrap(),
        vec![101, 76, 1, 255]
    );
    assert!(call(&mut vm, "file_bin_read_byte", &[f]).is_err());
    let f = ok(&mut vm, "file_bin_open", &[s("t.bin"), r(2.0)]);
    assert_eq!(num(&ok(&mut vm, "file_bin_size", &[f.clone()])), 4.0);
    ok(&mut vm, "file_bin_seek", &[f.clone(), r(3.0)]);
    assert_eq!(num(&ok(&mut vm, "file_bin_position", &[f.clone()])), 3.0);
    assert_eq!(num(&ok(&mut vm, "file_bin_read_byte", &[f.clone()])), 255.0);
    ok(&mut vm, "file_bin_rewrite", &[f.clone()]);
    assert_eq!(num(&ok(&mut vm, "file_bin_size", &[f.clone()])), 0.0);
    ok(&mut vm, "file_bin_write_byte", &[f.clone(), r(7.0)]);
    ok(&mut vm, "file_bin_close", &[f]);
    assert_eq!(std::fs::read(dir.path().join("t.bin")).unwrap(), vec![7]);
    let ro = ok(&mut vm, "file_bin_open", &[s("new.bin"), r(0.0)]);
    assert!(dir.path().join("new.bin").exists());
    assert!(call(&mut vm, "file_bin_write_byte", &[ro.clone(), r(1.0)]).is_err());
    assert_eq!(num(&ok(&mut vm, "file_bin_read_byte", &[ro])), 0.0);
}

#[test]
fn ini_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let mut vm = vm_in(dir.path());
    ok(&mut vm, "ini_open", &[s("Settings/savedata.ini")]);
    assert_eq!(
        num(&ok(
            &mut vm,
            "ini_read_real",
            &[s("save1"), s("score"), r(7.0)]
        )),
        7.0
    );
    ok(&mut vm, "ini_close", &[]);
    assert!(
        !dir.path().join("Settings/savedata.ini").exists(),
        "reading only creates nothing"
    );
    ok(&mut vm, "ini_open", &[s("Settings/savedata.ini")]);
    ok(
        &mut vm,
        "ini_write_real",
        &[s("save1"), s("Score"), r(1000.0)],
    );
    ok(
        &mut vm,
        "ini_write_string",
        &[s("save1"), s("Name"), s("Bob")],
    );
    ok(&mut vm, "ini_write_string", &[s("other"), s("k"), s("v")]);
    assert!(truth(&ok(
        &mut vm,
        "ini_key_exists",
        &[s("save1"), s("Name")]
    )));
    assert!(truth(&ok(&mut vm, "ini_section_exists", &[s("other")])));
    ok(&mut vm, "ini_section_delete", &[s("other")]);
    let t = ok(&mut vm, "ini_close", &[]);
    let expected = "[save1]\r\nScore=\"1000.000000\"\r\nName=\"Bob\"\r\n";
    assert_eq!(text(&t), expected);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("Settings/savedata.ini")).unwrap(),
        expected
    );
    ok(
        &mut vm,
        "ini_open_from_string",
        &[s("[a]\nx = 12.5\ny=\"hi\"\n; c\n[b]\nz=1")],
    );
    assert_eq!(
        num(&ok(&mut vm, "ini_read_real", &[s("a"), s("x"), r(0.0)])),
        12.5
    );
    assert_eq!(
        text(&ok(&mut vm, "ini_read_string", &[s("a"), s("y"), s("")])),
        "hi"
    );
    ok(&mut vm, "ini_key_delete", &[s("a"), s("x")]);
    assert!(!truth(&ok(&mut vm, "ini_key_exists", &[s("a"), s("x")])));
    assert_eq!(
        text(&ok(&mut vm, "ini_close", &[])),
        "[a]\r\ny=\"hi\"\r\n[b]\r\nz=\"1\"\r\n"
    );
    assert!(call(&mut vm, "ini_read_string", &[s("a"), s("b"), s("")]).is_err());
}

#[test]
fn file_system_functions_and_find() {
    let dir = tempfile::tempdir().unwrap();
    let mut vm = vm_in(dir.path());
    ok(&mut vm, "directory_create", &[s("testDir/nested")]);
    assert!(truth(&ok(
        &mut vm,
        "directory_exists",
        &[s("testDir\\nested")]
    )));
    for name in ["testDir/second.doc", "testDir/first.txt", "testDir/.hidden"] {
        std::fs::write(dir.path().join(name), b"x").unwrap();
    }
    assert_eq!(
        text(&ok(
            &mut vm,
            "file_find_first",
            &[s("testDir\\*.*"), r(0.0)]
        )),
        "first.txt"
    );
    assert_eq!(text(&ok(&mut vm, "file_find_next", &[])), "second.doc");
    assert_eq!(text(&ok(&mut vm, "file_find_next", &[])), "");
    ok(&mut vm, "file_find_close", &[]);
    assert_eq!(
        text(&ok(&mut vm, "file_find_first", &[s("testDir/*"), r(16.0)])),
        "first.txt"
    );
    assert_eq!(text(&ok(&mut vm, "file_find_next", &[])), "nested");
    assert_eq!(
        text(&ok(
            &mut vm,
            "file_find_first",
            &[s("testDir/*.doc"), r(0.0)]
        )),
        "second.doc"
    );
    assert!(truth(&ok(
        &mut vm,
        "file_exists",
        &[s("testDir/first.txt")]
    )));
    assert!(!truth(&ok(&mut vm, "file_exists", &[s("testDir")])));
    assert!(truth(&ok(
        &mut vm,
        "file_rename",
        &[s("testDir/first.txt"), s("testDir/r.txt")]
    )));
    assert!(!truth(&ok(
        &mut vm,
        "file_rename",
        &[s("testDir/first.txt"), s("testDir/q.txt")]
    )));
    ok(&mut vm, "file_copy", &[s("testDir/r.txt"), s("copy.txt")]);
    assert!(truth(&ok(&mut vm, "file_exists", &[s("copy.txt")])));
    let md5 = ok(&mut vm, "md5_file", &[s("copy.txt")]);
    assert_eq!(text(&md5), "9dd4e461268c8034f5c8564e155c67a6");
    assert!(truth(&ok(&mut vm, "file_delete", &[s("copy.txt")])));
    assert!(!truth(&ok(&mut vm, "file_delete", &[s("copy.txt")])));
    ok(&mut vm, "directory_destroy", &[s("testDir")]);
    assert!(!truth(&ok(&mut vm, "directory_exists", &[s("testDir")])));
    ok(&mut vm, "directory_destroy", &[s("")]);
    assert!(dir.path().exists());
}

#[test]
fn filename_helpers() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    let p = s("/foo/bar/fileTest.txt");
    assert_eq!(
        text(&ok(&mut vm, "filename_name", &[p.clone()])),
        "fileTest.txt"
    );
    assert_eq!(
        text(&ok(&mut vm, "filename_path", &[p.clone()])),
        "/foo/bar/"
    );
    assert_eq!(text(&ok(&mut vm, "filename_dir", &[p.clone()])), "/foo/bar");
    assert_eq!(text(&ok(&mut vm, "filename_ext", &[p.clone()])), ".txt");
    assert_eq!(
        text(&ok(&mut vm, "filename_change_ext", &[p, s(".doc")])),
        "/foo/bar/fileTest.doc"
    );
    assert_eq!(text(&ok(&mut vm, "filename_path", &[s("")])), "");
    assert_eq!(text(&ok(&mut vm, "filename_drive", &[s("C:\\x\\y")])), "C:");
    assert_eq!(text(&ok(&mut vm, "filename_ext", &[s("a.b/c")])), "");
    assert_eq!(text(&ok(&mut vm, "filename_dir", &[s("Test.ini")])), "");
}

#[test]
fn default_save_dir_is_the_current_directory() {
    let vm = Vm::new(Box::new(Vec::new()));
    assert_eq!(vm.files.save_dir, std::path::PathBuf::from("."));
    let cwd = std::fs::canonicalize(".").unwrap();
    assert_eq!(resolve_path(&vm, "a/b.txt").unwrap(), cwd.join("a/b.txt"));
    let wd = builtin_path_var(&vm, "working_directory").unwrap();
    assert_eq!(wd, format!("{}/", cwd.to_string_lossy()));
    assert!(resolve_path(&vm, "../x").is_err());
}

#[test]
fn open_file_limit_is_32() {
    let mut vm = Vm::new(Box::new(Vec::new()));
    for i in 1..=32 {
        let f = ok(&mut vm, "file_text_open_from_string", &[s("x")]);
        assert_eq!(num(&f), i as f64);
    }
    let f = ok(&mut vm, "file_text_open_from_string", &[s("x")]);
    assert_eq!(num(&f), -1.0);
    ok(&mut vm, "file_text_close", &[r(5.0)]);
    let f = ok(&mut vm, "file_text_open_from_string", &[s("y")]);
    assert_eq!(num(&f), 5.0);
}
