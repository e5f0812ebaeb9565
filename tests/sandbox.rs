//! The save-directory sandbox, through the public API: every path-taking builtin refuses paths
//! that escape the save directory and writes nothing outside it.

use gml::builtins::files::{builtin_path_var, resolve_path};
use gml::builtins::lookup;
use gml::vm::value::Value;
use gml::vm::Vm;
use std::path::Path;

fn vm_in(dir: &Path) -> Vm {
    let mut vm = Vm::new(Box::new(Vec::new()));
    vm.files.save_dir = dir.to_path_buf();
    vm
}

fn call(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Value, String> {
    let b = lookup(name).unwrap_or_else(|| panic!("no builtin {name}"));
    (b.f)(vm, args).map_err(|e| e.message())
}

fn s(t: &str) -> Value {
    Value::str(t)
}

fn r(n: f64) -> Value {
    Value::Real(n)
}

/// (function, arguments with `{}` where the bad path goes)
fn path_calls(bad: &str) -> Vec<(&'static str, Vec<Value>)> {
    vec![
        ("file_exists", vec![s(bad)]),
        ("file_delete", vec![s(bad)]),
        ("file_rename", vec![s("a.txt"), s(bad)]),
        ("file_rename", vec![s(bad), s("a.txt")]),
        ("file_copy", vec![s("a.txt"), s(bad)]),
        ("file_copy", vec![s(bad), s("a.txt")]),
        ("file_attributes", vec![s(bad), r(0.0)]),
        ("directory_create", vec![s(bad)]),
        ("directory_exists", vec![s(bad)]),
        ("directory_destroy", vec![s(bad)]),
        ("file_find_first", vec![s(&format!("{bad}/*")), r(0.0)]),
        ("file_text_open_read", vec![s(bad)]),
        ("file_text_open_write", vec![s(bad)]),
        ("file_text_open_append", vec![s(bad)]),
        ("file_bin_open", vec![s(bad), r(2.0)]),
        ("ini_open", vec![s(bad)]),
        ("md5_file", vec![s(bad)]),
        ("sha1_file", vec![s(bad)]),
        ("buffer_load", vec![s(bad)]),
        ("buffer_save", vec![r(0.0), s(bad)]),
        ("buffer_save_ext", vec![r(0.0), s(bad), r(0.0), r(4.0)]),
        ("buffer_load_ext", vec![r(0.0), s(bad), r(0.0)]),
        (
            "buffer_load_partial",
            vec![r(0.0), s(bad), r(0.0), r(1.0), r(0.0)],
        ),
        ("buffer_save_async", vec![r(0.0), s(bad), r(0.0), r(4.0)]),
        ("buffer_load_async", vec![r(0.0), s(bad), r(0.0), r(-1.0)]),
        ("buffer_async_group_begin", vec![s(bad)]),
    ]
}

#[test]
fn every_path_function_refuses_escapes() {
    let outer = tempfile::tempdir().unwrap();
    let save = outer.path().join("save");
    std::fs::create_dir(&save).unwrap();
    std::fs::write(save.join("a.txt"), b"inside").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outer.path(), save.join("up")).unwrap();
    let mut vm = vm_in(&save);
    assert_eq!(
        call(&mut vm, "buffer_create", &[r(4.0), r(0.0), r(1.0)])
            .unwrap()
            .as_f64(),
        Some(0.0)
    );
    let mut bad_paths = vec![
        "../escape.txt",
        "/etc/passwd",
        "x/../../escape.txt",
        "..\\escape.txt",
    ];
    if cfg!(unix) {
        bad_paths.push("up/escape.txt");
    }
    for bad in bad_paths {
        for (f, args) in path_calls(bad) {
            let err = call(&mut vm, f, &args).err();
            let msg = err.unwrap_or_else(|| panic!("{f}({bad}) was accepted"));
            assert!(msg.contains("outside the save directory"), "{f}: {msg}");
        }
    }
    // Nothing was written beside the save directory, and the file inside is untouched.
    let beside: Vec<_> = std::fs::read_dir(outer.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(beside, vec!["save".to_string()]);
    assert_eq!(std::fs::read(save.join("a.txt")).unwrap(), b"inside");
}

#[test]
fn working_directory_paths_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let mut vm = vm_in(dir.path());
    let wd = builtin_path_var(&vm, "working_directory").unwrap();
    assert!(wd.ends_with('/'));
    let p = resolve_path(&vm, &format!("{wd}level.txt")).unwrap();
    assert_eq!(
        p,
        std::fs::canonicalize(dir.path()).unwrap().join("level.txt")
    );
    let f = call(
        &mut vm,
        "file_text_open_write",
        &[s(&format!("{wd}level.txt"))],
    )
    .unwrap();
    call(&mut vm, "file_text_write_string", &[f.clone(), s("ok")]).unwrap();
    call(&mut vm, "file_text_close", &[f]).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("level.txt")).unwrap(),
        "ok"
    );
    let save_id = builtin_path_var(&vm, "game_save_id").unwrap();
    let exists = call(&mut vm, "file_exists", &[s(&format!("{save_id}level.txt"))]).unwrap();
    assert!(matches!(exists, Value::Bool(true)));
}

#[path = "support/gml_process.rs"]
mod gml_process;

/// Issue 10, point 1: links planted under the temporary names a save could use (the old
/// predictable `.NAME.PID.N.tmp`, and names in the current scheme) must never be written
/// through: every synchronous and async save leaves the outside file alone, the saved name is
/// a regular file with the new content, and no temporary file is left behind.
#[cfg(unix)]
#[test]
fn saves_never_write_through_links_at_temporary_names() {
    use std::os::unix::fs::symlink;
    let outer = tempfile::tempdir().unwrap();
    let save = outer.path().join("save");
    std::fs::create_dir(&save).unwrap();
    let victim = outer.path().join("victim.txt");
    std::fs::write(&victim, b"outside").unwrap();
    std::fs::write(save.join("source.txt"), b"copied").unwrap();
    let script = "while (!file_exists(\"go\")) {}\n\
        var b = buffer_create(4, buffer_fixed, 1);\n\
        buffer_write(b, buffer_u32, 0x44434241);\n\
        buffer_save(b, \"save.bin\");\n\
        var f = file_text_open_write(\"text.txt\");\n\
        file_text_write_string(f, \"hello\");\n\
        file_text_close(f);\n\
        var g = file_bin_open(\"bin.dat\", 1);\n\
        file_bin_write_byte(g, 65);\n\
        file_bin_close(g);\n\
        ini_open(\"conf.ini\");\n\
        ini_write_real(\"s\", \"k\", 1);\n\
        ini_close();\n\
        file_copy(\"source.txt\", \"copy.txt\");\n\
        buffer_save_async(b, \"async.bin\", 0, 4);\n";
    std::fs::write(outer.path().join("main.gml"), script).unwrap();
    let started = std::time::Instant::now();
    let child = gml_process::spawn(&save, &["run", "--fast", "--timeout", "20", "../main.gml"]);
    let pid = child.id();
    // An async save outside a group goes to the "default" folder.
    std::fs::create_dir(save.join("default")).unwrap();
    let names = [
        "save.bin",
        "text.txt",
        "bin.dat",
        "conf.ini",
        "copy.txt",
        "default/async.bin",
    ];
    let mut planted = Vec::new();
    for name in names {
        let (dir, file) = name.rsplit_once('/').unwrap_or(("", name));
        let dir = if dir.is_empty() {
            String::new()
        } else {
            format!("{dir}/")
        };
        for n in 0..32 {
            planted.push(format!("{dir}.{file}.{pid}.{n}.tmp"));
        }
        for tag in ["0000000000000000", "0000000000000001", "ffffffffffffffff"] {
            planted.push(format!("{dir}.{file}.{pid}-{tag}.tmp"));
        }
    }
    for p in &planted {
        symlink(&victim, save.join(p)).unwrap();
    }
    std::fs::write(save.join("go"), b"").unwrap();
    let r = gml_process::finish(child, started, std::time::Duration::from_secs(30));
    assert!(!r.killed, "the run hung; stderr:\n{}", r.stderr);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_eq!(std::fs::read(&victim).unwrap(), b"outside");
    let expect: [(&str, &[u8]); 5] = [
        ("save.bin", b"ABCD"),
        ("text.txt", b"hello"),
        ("bin.dat", b"A"),
        ("copy.txt", b"copied"),
        ("default/async.bin", b"ABCD"),
    ];
    for (name, content) in expect {
        let meta = std::fs::symlink_metadata(save.join(name)).unwrap_or_else(|e| {
            panic!("{name}: {e}; stdout:\n{}\nstderr:\n{}", r.stdout, r.stderr)
        });
        assert!(meta.is_file(), "{name} is not a regular file");
        assert_eq!(std::fs::read(save.join(name)).unwrap(), content, "{name}");
    }
    assert!(std::fs::symlink_metadata(save.join("conf.ini"))
        .unwrap()
        .is_file());
    // Only the planted links remain among the hidden temporary names.
    let mut left: Vec<String> = ["", "default/"]
        .iter()
        .flat_map(|d| {
            std::fs::read_dir(save.join(d))
                .unwrap()
                .map(move |e| format!("{d}{}", e.unwrap().file_name().to_string_lossy()))
        })
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    left.sort();
    planted.sort();
    assert_eq!(left, planted);
}
