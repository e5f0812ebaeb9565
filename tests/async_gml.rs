//! Async HTTP from GML, end to end: real GML scripts run through the built `gml` binary against
//! the local test server (`tests/support/http_server.rs`), with the exact `async_load` contents
//! checked from their stdout. Also runs every case in `tests/conformance/async/` (the `{{SERVER}}`
//! placeholder becomes the server's base URL), `scripts/fetch.gml`, and, ignored, the GML-level
//! HTTP benchmark in `benches/http_gml/`.
//!
//! Each script gets the server's base URL as `parameter_string(1)` and a URL where nothing listens
//! as `parameter_string(2)`; in stdout they are turned back into `{{SERVER}}` and `{{REFUSED}}`.
//! `GML_BLESS=1` rewrites the conformance `.out` files from the actual output.

mod support;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::http_server::{refused_url, TestServer};

/// A script still running after this long is killed (each run also has its own `--timeout`).
const HARD_LIMIT: Duration = Duration::from_secs(90);

/// GML helpers put before every inline test script (not before conformance cases).
const PRELUDE_TOP: &str = r#"// ---- test prelude ----
global.left = 0;   // final events a test still waits for; the watcher leaves when it is 0
global.frame = 0;  // frames seen by the watcher

// The keys of a ds_map in a sorted ds_list.
function sorted_keys(_m) {
    var _l = ds_list_create();
    var _k = ds_map_find_first(_m);
    while (!is_undefined(_k)) {
        ds_list_add(_l, _k);
        _k = ds_map_find_next(_m, _k);
    }
    ds_list_sort(_l, true);
    return _l;
}

// A value as the tests print it: strings quoted with \n escaped, numbers as string() does.
function show_value(_v) {
    if (is_string(_v)) return "\"" + string_replace_all(_v, "\n", "\\n") + "\"";
    return string(_v);
}

// A ds_map of headers on one line, sorted; the date header's value is shown as *.
function show_headers(_h) {
    if (!is_real(_h) || !ds_exists(_h, ds_type_map)) return "not a ds_map: " + string(_h);
    var _l = sorted_keys(_h);
    var _s = "{";
    for (var _i = 0; _i < ds_list_size(_l); _i++) {
        var _k = _l[| _i];
        _s += (_i > 0 ? ", " : "") + _k + ": " + (_k == "date" ? "*" : show_value(_h[? _k]));
    }
    ds_list_destroy(_l);
    return _s + "}";
}

// Every key of async_load with its value, sorted by key.
function dump_async() {
    show_debug_message("async_load:");
    var _l = sorted_keys(async_load);
    for (var _i = 0; _i < ds_list_size(_l); _i++) {
        var _k = _l[| _i];
        var _v = async_load[? _k];
        var _text = _k == "response_headers" ? show_headers(_v) : show_value(_v);
        show_debug_message("  " + _k + " = " + _text);
    }
    ds_list_destroy(_l);
}

function watch(_where) {
    if (async_load != -1) show_debug_message("async_load is " + string(async_load) + " in " + _where);
}

// Creates the watcher: it reports async_load being anything but -1 outside async events.
function watch_start() {
    instance_create_depth(0, 0, 0, obj_watch);
}
// ---- end of prelude ----
"#;

const PRELUDE_OBJECTS: &str = r#"
// ---- test prelude objects ----
#object obj_watch
#event step_begin
global.frame += 1;
watch("Begin Step");
#event step
watch("Step");
#event step_end
watch("End Step");
if (global.left <= 0) instance_destroy();
#event destroy
watch("Destroy");
"#;

struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    elapsed: Duration,
    /// Kept alive so the test can look at the files the script wrote.
    save_dir: tempfile::TempDir,
}

fn base_url(server: &TestServer) -> String {
    format!("http://{}", server.addr)
}

/// Runs `script` (a file's text) with `gml run --fast --timeout SECS`, the server URL as
/// argument 1 and a refused URL as argument 2. `{{SERVER}}` in the text is replaced first.
fn run_text(server: &TestServer, script: &str, timeout_secs: u32, binary: &Path) -> Run {
    let save_dir = tempfile::tempdir().expect("temporary directory");
    let base = base_url(server);
    let refused = refused_url();
    let refused = refused.trim_end_matches('/').to_string();
    let file = save_dir.path().join("test_script.gml");
    std::fs::write(&file, script.replace("{{SERVER}}", &base)).expect("write the script");
    let mut child = Command::new(binary)
        .arg("run")
        .arg("--fast")
        .arg("--timeout")
        .arg(timeout_secs.to_string())
        .arg("--save-dir")
        .arg(save_dir.path())
        .arg(&file)
        .arg("--")
        .arg(&base)
        .arg(&refused)
        .current_dir(save_dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the gml binary");
    let start = Instant::now();
    let (stdout, stderr, status) = collect_output(&mut child);
    let elapsed = start.elapsed();
    let stdout = stdout
        .replace("\r\n", "\n")
        .replace(&base, "{{SERVER}}")
        .replace(&refused, "{{REFUSED}}");
    Run {
        stdout,
        stderr,
        code: status,
        elapsed,
        save_dir,
    }
}

/// Waits for the child (killing it after `HARD_LIMIT`) while reading both pipes.
fn collect_output(child: &mut std::process::Child) -> (String, String, Option<i32>) {
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out_pipe.read_to_end(&mut b);
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err_pipe.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s.code(),
            Ok(None) if start.elapsed() > HARD_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the gml process ran longer than {HARD_LIMIT:?} and was killed");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("waiting for gml: {e}"),
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    (stdout, stderr, status)
}

fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gml"))
}

/// Runs an inline test script (with the prelude) and checks it ended normally.
fn gml(server: &TestServer, script: &str) -> Run {
    let text = format!("{PRELUDE_TOP}{script}\n{PRELUDE_OBJECTS}");
    let run = run_text(server, &text, 30, &binary());
    assert_eq!(
        run.code,
        Some(0),
        "exit code; stdout:\n{}\nstderr:\n{}",
        run.stdout,
        run.stderr
    );
    assert_eq!(run.stderr, "", "stderr; stdout:\n{}", run.stdout);
    run
}

fn assert_lines(actual: &str, expected: &str) {
    let expected = expected.strip_prefix('\n').unwrap_or(expected);
    if actual != expected {
        panic!("stdout differs\n--- expected\n{expected}\n--- actual\n{actual}\n---");
    }
}

#[test]
fn http_get_async_load_contents() {
    let server = TestServer::start();
    let run = gml(
        &server,
        r#"
// Four GETs one after another (the next starts from the event), so the order is fixed.
global.paths = ["/hello", "/empty", "/status/404", "/status/500"];
global.next = 0;
global.left = 4;
show_debug_message("before: " + string(async_load));
function next_request() {
    var _p = global.paths[global.next];
    global.next += 1;
    global.req = http_get(parameter_string(1) + _p);
    show_debug_message("http_get " + _p + " -> id " + string(global.req));
}
function async_load_seen_from_a_function() {
    return async_load;
}
next_request();
show_debug_message("after the call: " + string(async_load));
watch_start();
instance_create_depth(0, 0, 0, obj_client);

#object obj_client
#event async_http
var _m = async_load;
show_debug_message("event for id " + string(_m[? "id"]) + ", expected " + string(global.req));
dump_async();
show_debug_message("  a ds_map: " + string(ds_exists(_m, ds_type_map)));
show_debug_message("  same in a function: " + string(async_load_seen_from_a_function() == _m));
try {
    var _oops = "text" + 1;
} catch (_e) {
    show_debug_message("  caught: " + _e.message);
}
show_debug_message("  same after the caught error: " + string(async_load == _m));
global.left -= 1;
if (global.left > 0) next_request(); else instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        r#"
before: -1
http_get /hello -> id 1
after the call: -1
event for id 1, expected 1
async_load:
  http_status = 200
  id = 1
  response_headers = {content-length: "13", date: *}
  result = "Hello, World!"
  status = 0
  url = "{{SERVER}}/hello"
  a ds_map: 1
  same in a function: 1
  caught: DoAdd :: Execution Error
  same after the caught error: 1
http_get /empty -> id 2
event for id 2, expected 2
async_load:
  http_status = 200
  id = 2
  response_headers = {content-length: "0", date: *}
  result = ""
  status = 0
  url = "{{SERVER}}/empty"
  a ds_map: 1
  same in a function: 1
  caught: DoAdd :: Execution Error
  same after the caught error: 1
http_get /status/404 -> id 3
event for id 3, expected 3
async_load:
  http_status = 404
  id = 3
  response_headers = {content-length: "10", date: *}
  result = "status 404"
  status = -1
  url = "{{SERVER}}/status/404"
  a ds_map: 1
  same in a function: 1
  caught: DoAdd :: Execution Error
  same after the caught error: 1
http_get /status/500 -> id 4
event for id 4, expected 4
async_load:
  http_status = 500
  id = 4
  response_headers = {content-length: "10", date: *}
  result = "status 500"
  status = -1
  url = "{{SERVER}}/status/500"
  a ds_map: 1
  same in a function: 1
  caught: DoAdd :: Execution Error
  same after the caught error: 1
"#,
    );
}

#[test]
fn post_and_request_with_headers_and_buffers() {
    let server = TestServer::start();
    let run = gml(
        &server,
        r#"
// http_post_string, then http_request with a header map and a string body, then http_request
// receiving into a buffer, then http_request sending a buffer; each starts from the last event.
global.left = 4;
global.step = 0;
global.recv = buffer_create(1, buffer_grow, 1);
function next_request() {
    var _base = parameter_string(1);
    global.step += 1;
    switch (global.step) {
        case 1:
            global.req = http_post_string(_base + "/echo", "name=Ada&score=10");
            break;
        case 2:
            var _headers = ds_map_create();
            ds_map_add(_headers, "X-Test", "hello there");
            ds_map_add(_headers, "Content-Type", "text/plain");
            global.req = http_request(_base + "/echo", "PUT", _headers, "a string body");
            ds_map_destroy(_headers);
            break;
        case 3:
            show_debug_message("receive buffer: tell " + string(buffer_tell(global.recv)));
            global.req = http_request(_base + "/bytes", "GET", -1, global.recv);
            break;
        case 4:
            var _send = buffer_create(16, buffer_fixed, 1);
            buffer_write(_send, buffer_text, "raw bytes");
            global.req = http_request(_base + "/echo", "POST", -1, _send);
            buffer_delete(_send);
            break;
    }
    show_debug_message("request " + string(global.step) + " -> id " + string(global.req));
}
next_request();
watch_start();
instance_create_depth(0, 0, 0, obj_client);

#object obj_client
#event async_http
if (async_load[? "id"] != global.req) show_debug_message("unexpected id " + string(async_load[? "id"]));
dump_async();
if (global.step == 3) {
    var _b = global.recv;
    var _n = async_load[? "result"];
    var _ok = true;
    for (var _i = 0; _i < _n; _i++) {
        if (buffer_peek(_b, _i, buffer_u8) != _i) _ok = false;
    }
    show_debug_message("  buffer holds 0..255: " + string(_ok) + ", size >= 256: " + string(buffer_get_size(_b) >= 256));
    show_debug_message("  buffer md5 " + buffer_md5(_b, 0, 256));
}
global.left -= 1;
if (global.left > 0) next_request(); else instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        r#"
request 1 -> id 1
async_load:
  http_status = 200
  id = 1
  response_headers = {content-length: "22", date: *}
  result = "POST\nname=Ada&score=10"
  status = 0
  url = "{{SERVER}}/echo"
request 2 -> id 2
async_load:
  http_status = 200
  id = 2
  response_headers = {content-length: "17", date: *, x-echo: "hello there"}
  result = "PUT\na string body"
  status = 0
  url = "{{SERVER}}/echo"
receive buffer: tell 0
request 3 -> id 3
async_load:
  http_status = 200
  id = 3
  response_headers = {content-length: "256", content-type: "application/octet-stream", date: *}
  result = 256
  status = 0
  url = "{{SERVER}}/bytes"
  buffer holds 0..255: 1, size >= 256: 1
  buffer md5 e2c865db4162bed963bfaa9ef6ac18f0
request 4 -> id 4
async_load:
  http_status = 200
  id = 4
  response_headers = {content-length: "14", date: *}
  result = "POST\nraw bytes"
  status = 0
  url = "{{SERVER}}/echo"
"#,
    );
}

#[test]
fn http_request_into_a_small_a_deleted_and_a_failed_buffer() {
    // `result` is the number of bytes the buffer holds afterwards: all of them for a grow buffer,
    // what fits for a fixed one, 0 for a buffer deleted while the request was in flight; a
    // network failure leaves the buffer alone and gives "".
    let server = TestServer::start();
    let run = gml(
        &server,
        r#"
global.step = 0;
global.left = 4;
function next_request() {
    global.step += 1;
    var _url = parameter_string(1) + "/bytes";
    switch (global.step) {
        case 1: global.buf = buffer_create(4, buffer_fixed, 1); break;
        case 2: global.buf = buffer_create(8, buffer_grow, 1); break;
        case 3: global.buf = buffer_create(8, buffer_grow, 1); break;
        case 4: global.buf = buffer_create(4, buffer_fixed, 1); _url = parameter_string(2) + "/"; break;
    }
    buffer_poke(global.buf, 0, buffer_u8, 200);
    global.req = http_request(_url, "GET", -1, global.buf);
    if (global.step == 3) buffer_delete(global.buf);
}
next_request();
watch_start();
instance_create_depth(0, 0, 0, obj_client);

#object obj_client
#event async_http
var _b = global.buf;
var _text = "request " + string(global.step) + ": status " + string(async_load[? "status"]) + ", result " + show_value(async_load[? "result"]);
if (buffer_exists(_b)) {
    _text += ", size " + string(buffer_get_size(_b)) + ", first byte " + string(buffer_peek(_b, 0, buffer_u8)) + ", last byte " + string(buffer_peek(_b, buffer_get_size(_b) - 1, buffer_u8));
} else {
    _text += ", the buffer is gone";
}
show_debug_message(_text);
global.left -= 1;
if (global.left > 0) next_request(); else instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        r#"
request 1: status 0, result 4, size 4, first byte 0, last byte 3
request 2: status 0, result 256, size 256, first byte 0, last byte 255
request 3: status 0, result 0, the buffer is gone
request 4: status -1, result "", size 4, first byte 200, last byte 0
"#,
    );
}

#[test]
fn http_get_file_progress_and_final_event() {
    let server = TestServer::start();
    let run = gml(
        &server,
        r#"
global.left = 2;
global.progress = 0;
global.last_size = 0;
global.file_req = http_get_file(parameter_string(1) + "/text?n=20000", "downloads/lines.txt");
global.missing_req = -1;
watch_start();
instance_create_depth(0, 0, 0, obj_client);

#object obj_client
#event async_http
var _status = async_load[? "status"];
if (_status == 1) {
    // Progress: print the keys of the first one, then check the others.
    if (global.progress == 0) {
        show_debug_message("first progress event keys:");
        var _l = sorted_keys(async_load);
        for (var _i = 0; _i < ds_list_size(_l); _i++) show_debug_message("  " + _l[| _i]);
    }
    global.progress += 1;
    var _size = async_load[? "sizeDownloaded"];
    if (async_load[? "id"] != global.file_req) show_debug_message("progress for another id");
    if (async_load[? "contentLength"] != 208894) show_debug_message("contentLength " + string(async_load[? "contentLength"]));
    if (async_load[? "http_status"] != 200) show_debug_message("progress http_status " + string(async_load[? "http_status"]));
    if (async_load[? "result"] != "") show_debug_message("progress result " + show_value(async_load[? "result"]));
    if (_size <= global.last_size || _size > 208894) show_debug_message("sizeDownloaded " + string(_size));
    global.last_size = _size;
    exit;
}
show_debug_message("progress events before this final one: " + string(global.progress > 0));
global.progress = 0;
dump_async();
if (async_load[? "id"] == global.file_req) {
    var _f = file_text_open_read(async_load[? "result"]);
    show_debug_message("  first line of the file: " + file_text_read_string(_f));
    file_text_close(_f);
    // A 404 leaves the target file alone and carries the body.
    global.missing_req = http_get_file(parameter_string(1) + "/status/404", "downloads/missing.txt");
} else {
    show_debug_message("  missing.txt exists: " + string(file_exists("downloads/missing.txt")));
}
global.left -= 1;
if (global.left <= 0) instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        r#"
first progress event keys:
  contentLength
  http_status
  id
  result
  sizeDownloaded
  status
  url
progress events before this final one: 1
async_load:
  http_status = 200
  id = 1
  response_headers = {content-length: "208894", date: *}
  result = "downloads/lines.txt"
  status = 0
  url = "{{SERVER}}/text?n=20000"
  first line of the file: line 1
progress events before this final one: 0
async_load:
  http_status = 404
  id = 2
  response_headers = {content-length: "10", date: *}
  result = "status 404"
  status = -1
  url = "{{SERVER}}/status/404"
  missing.txt exists: 0
"#,
    );
    let file = run.save_dir.path().join("downloads/lines.txt");
    let expected: String = (1..=20000).map(|i| format!("line {i}\n")).collect();
    assert_eq!(expected.len(), 208894);
    assert_eq!(
        std::fs::read_to_string(&file).expect("downloaded file"),
        expected
    );
    assert!(!run.save_dir.path().join("downloads/missing.txt").exists());
}

#[test]
fn every_fault_ends_in_one_final_event() {
    let server = TestServer::start();
    let run = gml(
        &server,
        r#"
// One request after another; each must end in exactly one final event.
global.urls = [
    parameter_string(2) + "/",
    "http://nonexistent.invalid/",
    parameter_string(1) + "/close-mid-body",
    parameter_string(1) + "/malformed",
    parameter_string(1) + "/status/404",
    parameter_string(1) + "/status/500",
    parameter_string(1) + "/redirect/3",
    parameter_string(1) + "/redirect-loop",
    "not a url at all",
];
global.count = 9;
global.next = 0;
global.left = global.count;
global.finals = ds_map_create();
function next_request() {
    global.req = http_get(global.urls[global.next]);
    global.next += 1;
    show_debug_message("id " + string(global.req) + ": " + show_value(global.urls[global.next - 1]));
}
next_request();
watch_start();
instance_create_depth(0, 0, 0, obj_client);

#object obj_client
#event async_http
var _id = async_load[? "id"];
if (async_load[? "status"] == 1) show_debug_message("progress event for " + string(_id));
if (ds_map_exists(global.finals, _id)) show_debug_message("second final event for " + string(_id));
global.finals[? _id] = true;
dump_async();
global.left -= 1;
if (global.left > 0) next_request(); else instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        r#"
id 1: "{{REFUSED}}/"
async_load:
  http_status = 0
  id = 1
  result = ""
  status = -1
  url = "{{REFUSED}}/"
id 2: "http://nonexistent.invalid/"
async_load:
  http_status = 0
  id = 2
  result = ""
  status = -1
  url = "http://nonexistent.invalid/"
id 3: "{{SERVER}}/close-mid-body"
async_load:
  http_status = 0
  id = 3
  result = ""
  status = -1
  url = "{{SERVER}}/close-mid-body"
id 4: "{{SERVER}}/malformed"
async_load:
  http_status = 0
  id = 4
  result = ""
  status = -1
  url = "{{SERVER}}/malformed"
id 5: "{{SERVER}}/status/404"
async_load:
  http_status = 404
  id = 5
  response_headers = {content-length: "10", date: *}
  result = "status 404"
  status = -1
  url = "{{SERVER}}/status/404"
id 6: "{{SERVER}}/status/500"
async_load:
  http_status = 500
  id = 6
  response_headers = {content-length: "10", date: *}
  result = "status 500"
  status = -1
  url = "{{SERVER}}/status/500"
id 7: "{{SERVER}}/redirect/3"
async_load:
  http_status = 200
  id = 7
  response_headers = {content-length: "13", date: *}
  result = "Hello, World!"
  status = 0
  url = "{{SERVER}}/redirect/3"
id 8: "{{SERVER}}/redirect-loop"
async_load:
  http_status = 302
  id = 8
  response_headers = {content-length: "0", date: *, location: "/redirect-loop"}
  result = ""
  status = -1
  url = "{{SERVER}}/redirect-loop"
id 9: "not a url at all"
async_load:
  http_status = 0
  id = 9
  result = ""
  status = -1
  url = "not a url at all"
"#,
    );
}

#[test]
fn a_fifty_megabyte_body() {
    let server = TestServer::start();
    let run = gml(
        &server,
        r#"
global.left = 1;
global.req = http_get(parameter_string(1) + "/big?mb=50");
watch_start();
instance_create_depth(0, 0, 0, obj_client);

#object obj_client
#event async_http
var _r = async_load[? "result"];
show_debug_message("status " + string(async_load[? "status"]) + ", http_status " + string(async_load[? "http_status"]));
show_debug_message("headers " + show_headers(async_load[? "response_headers"]));
show_debug_message("length " + string(string_length(_r)));
show_debug_message("starts and ends with x: " + string(string_copy(_r, 1, 3) == "xxx" && string_copy(_r, 52428798, 3) == "xxx"));
global.left -= 1;
instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        r#"
status 0, http_status 200
headers {date: *, transfer-encoding: "chunked"}
length 52428800
starts and ends with x: 1
"#,
    );
}

#[test]
fn a_request_that_never_answers_times_out_after_the_connect_timeout() {
    // http_set_connect_timeout also bounds the wait for the server's answer: a server that accepts
    // and then stays silent gives one failure event after 500 ms, well before `--timeout`.
    let server = TestServer::start();
    let text = format!(
        "{PRELUDE_TOP}{}\n{PRELUDE_OBJECTS}",
        r#"
http_set_connect_timeout(500);
show_debug_message("connect timeout " + string(http_get_connect_timeout()));
global.left = 1;
global.req = http_get(parameter_string(1) + "/never");
show_debug_message("requested " + string(global.req));
watch_start();
instance_create_depth(0, 0, 0, obj_client);

#object obj_client
#event async_http
dump_async();
global.left = 0;
instance_destroy();
"#
    );
    let run = run_text(&server, &text, 5, &binary());
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_lines(
        &run.stdout,
        "connect timeout 500\nrequested 1\nasync_load:\n  http_status = 0\n  id = 1\n  result = \"\"\n  status = -1\n  url = \"{{SERVER}}/never\"\n",
    );
    assert!(
        run.elapsed < Duration::from_secs(4),
        "took {:?}",
        run.elapsed
    );
}

#[test]
fn two_instances_each_get_the_event_once() {
    let server = TestServer::start();
    let run = gml(
        &server,
        r#"
global.left = 1;
global.req = http_get(parameter_string(1) + "/hello");
watch_start();
instance_create_depth(0, 0, 0, obj_client, { name: "first" });
instance_create_depth(0, 0, 0, obj_client, { name: "second" });
instance_create_depth(0, 0, 0, obj_bystander);

#object obj_client
#event async_http
show_debug_message(name + " got id " + string(async_load[? "id"]) + " status " + string(async_load[? "status"]) + " result " + show_value(async_load[? "result"]));
global.left = 0;
instance_destroy();

#object obj_bystander
#event step
if (global.left <= 0) instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        r#"
first got id 1 status 0 result "Hello, World!"
second got id 1 status 0 result "Hello, World!"
"#,
    );
}

#[test]
fn a_hundred_requests_each_end_once() {
    let server = TestServer::start();
    let run = gml(
        &server,
        r#"
global.left = 100;
global.expect = ds_map_create();   // id -> the body it must get
global.seen = ds_map_create();
global.problems = 0;
for (var _i = 0; _i < 100; _i++) {
    var _n = _i mod 7;
    var _body = "";
    for (var _j = 1; _j <= _n; _j++) _body += "line " + string(_j) + "\n";
    var _id = http_get(parameter_string(1) + "/text?n=" + string(_n));
    if (ds_map_exists(global.expect, _id)) show_debug_message("id reused: " + string(_id));
    global.expect[? _id] = _body;
}
show_debug_message("requested " + string(ds_map_size(global.expect)));
watch_start();
instance_create_depth(0, 0, 0, obj_client);

#object obj_client
#event async_http
var _id = async_load[? "id"];
if (async_load[? "status"] != 0) { show_debug_message("status " + string(async_load[? "status"]) + " for " + string(_id)); global.problems += 1; }
if (!ds_map_exists(global.expect, _id)) { show_debug_message("unknown id " + string(_id)); global.problems += 1; }
else if (global.expect[? _id] != async_load[? "result"]) { show_debug_message("wrong body for " + string(_id)); global.problems += 1; }
if (ds_map_exists(global.seen, _id)) { show_debug_message("twice: " + string(_id)); global.problems += 1; }
global.seen[? _id] = true;
global.left -= 1;
if (global.left == 0) {
    var _all = true;
    var _k = ds_map_find_first(global.expect);
    while (!is_undefined(_k)) { if (!ds_map_exists(global.seen, _k)) _all = false; _k = ds_map_find_next(global.expect, _k); }
    show_debug_message("final events: " + string(ds_map_size(global.seen)) + ", every id seen: " + string(_all) + ", problems: " + string(global.problems));
    alarm[0] = 1;
}

#event alarm0
// Every async_load map (and its response_headers map) is gone: only the test's two maps remain.
var _maps = 0;
for (var _i = 0; _i < 1000; _i++) if (ds_exists(_i, ds_type_map)) _maps += 1;
show_debug_message("ds_maps alive: " + string(_maps));
instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        "requested 100\nfinal events: 100, every id seen: 1, problems: 0\nds_maps alive: 2\n",
    );
}

#[test]
fn the_game_ends_when_the_last_request_completes() {
    let server = TestServer::start();
    // An instance that destroys itself in its final event: nothing is left, so the game ends.
    let run = gml(
        &server,
        r#"
global.req = http_get(parameter_string(1) + "/slow-body");
instance_create_depth(0, 0, 0, obj_client);

#object obj_client
#event async_http
show_debug_message("got " + show_value(async_load[? "result"]));
instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        "got \"chunk 0\\nchunk 1\\nchunk 2\\nchunk 3\\nchunk 4\\nchunk 5\\nchunk 6\\nchunk 7\\nchunk 8\\nchunk 9\\n\"\n",
    );
    assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);

    // No instance at all, but a request in flight: the game waits for it, then ends.
    let run = gml(
        &server,
        r#"
http_get(parameter_string(1) + "/slow-body");
show_debug_message("requested");
"#,
    );
    assert_lines(&run.stdout, "requested\n");
    assert!(
        run.elapsed >= Duration::from_millis(400),
        "ended before the request completed: {:?}",
        run.elapsed
    );
}

#[test]
fn event_perform_async_fires_next_phase_and_destroys_the_map() {
    let server = TestServer::start();
    let run = gml(
        &server,
        r#"
global.left = 2;
global.second = -1;
global.map = ds_map_create();
global.map[? "id"] = "custom_async_event";
global.map[? "result"] = true;
global.map[? "data"] = { a: 13, b: 16 };
watch_start();
instance_create_depth(0, 0, 0, obj_listener, { name: "a" });
instance_create_depth(0, 0, 0, obj_listener, { name: "b" });
instance_create_depth(0, 0, 0, obj_deaf);
event_perform_async(ev_async_social, global.map);
show_debug_message("queued map " + string(global.map) + "; async_load " + string(async_load) + ", frame " + string(global.frame));

#object obj_listener
#event async_social
show_debug_message(name + ": frame " + string(global.frame) + ", async_load is the map: " + string(async_load == global.map));
dump_async();
show_debug_message("  data.a + data.b = " + string(async_load[? "data"].a + async_load[? "data"].b));
if (name == "b") {
    global.left -= 1;
    if (async_load[? "id"] == "custom_async_event") {
        // Queued from inside an async event: fires in the next frame's async phase.
        global.second = ds_map_create();
        global.second[? "id"] = "second";
        global.second[? "data"] = { a: 1, b: 2 };
        event_perform_async(ev_async_social, global.second);
        show_debug_message("queued the second from the event; async_load " + string(async_load == global.map));
    }
}
#event step
if (name == "a") {
    show_debug_message("step " + string(global.frame) + ": first map exists " + string(ds_exists(global.map, ds_type_map))
        + (global.second != -1 ? ", second map exists " + string(ds_exists(global.second, ds_type_map)) : ""));
}
if (global.left <= 0) instance_destroy();

#object obj_deaf
#event async_dialog
show_debug_message("the dialog event must not fire");
#event step
if (global.left <= 0) instance_destroy();
"#,
    );
    assert_lines(
        &run.stdout,
        r#"
queued map 0; async_load -1, frame 0
a: frame 1, async_load is the map: 1
async_load:
  data = { a : 13, b : 16 }
  id = "custom_async_event"
  result = 1
  data.a + data.b = 29
b: frame 1, async_load is the map: 1
async_load:
  data = { a : 13, b : 16 }
  id = "custom_async_event"
  result = 1
  data.a + data.b = 29
queued the second from the event; async_load 1
step 1: first map exists 0, second map exists 1
a: frame 2, async_load is the map: 0
async_load:
  data = { a : 1, b : 2 }
  id = "second"
  data.a + data.b = 3
b: frame 2, async_load is the map: 0
async_load:
  data = { a : 1, b : 2 }
  id = "second"
  data.a + data.b = 3
step 2: first map exists 0, second map exists 0
"#,
    );
}

#[test]
fn fetch_script_prints_status_and_first_lines() {
    let server = TestServer::start();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/fetch.gml");
    let run_fetch_url = |url: &str| {
        let mut child = Command::new(binary())
            .args(["run", "--timeout", "30"])
            .arg(&script)
            .arg("--")
            .arg(url)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start gml");
        let (out, err, code) = collect_output(&mut child);
        (out.replace(&base_url(&server), "{{SERVER}}"), err, code)
    };
    let run_fetch = |path: &str| run_fetch_url(&server.url(path));
    let (out, err, code) = run_fetch("/text?n=30");
    assert_eq!(code, Some(0), "stderr: {err}");
    assert_lines(
        &out,
        r#"
GET {{SERVER}}/text?n=30
HTTP 200 (ok)
line 1
line 2
line 3
line 4
line 5
... (196 more characters)
"#,
    );
    let (out, _, code) = run_fetch("/status/404");
    assert_eq!(code, Some(0));
    assert_lines(
        &out,
        r#"
GET {{SERVER}}/status/404
HTTP 404 (error)
status 404
"#,
    );
    let refused = refused_url();
    let (out, _, code) = run_fetch_url(&refused);
    assert_eq!(code, Some(1));
    assert_eq!(
        out,
        format!("GET {refused}\nfailed: no response from the server\n")
    );
}

/// Every `tests/conformance/async/*.gml` case, run with `{{SERVER}}` replaced, against its `.out`.
#[test]
fn conformance_async_cases() {
    let server = TestServer::start();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance/async");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/conformance/async")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "gml"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let bless = std::env::var_os("GML_BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let text = std::fs::read_to_string(case).unwrap();
        let run = run_text(&server, &text, 30, &binary());
        let out_path = case.with_extension("out");
        if bless {
            std::fs::write(&out_path, &run.stdout).unwrap();
        }
        let expected = std::fs::read_to_string(&out_path).unwrap_or_default();
        if run.code != Some(0) || run.stdout != expected {
            failures.push(format!(
                "{}: exit {:?}\n--- expected\n{expected}--- actual\n{}--- stderr\n{}",
                case.display(),
                run.code,
                run.stdout,
                run.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The GML-level load test (`benches/http_gml/`): 10,000 `http_get`s, 256 in flight, through the
/// binary this test was built with (use `--release`). Prints requests/second and peak RSS.
///
///     cargo test --release --test async_gml -- --ignored --nocapture http_gml_bench
///
/// `HTTP_GML_N` and `HTTP_GML_INFLIGHT` change the counts.
#[test]
#[ignore]
fn http_gml_bench() {
    let server = TestServer::start();
    let n = std::env::var("HTTP_GML_N").unwrap_or_else(|_| "10000".into());
    let inflight = std::env::var("HTTP_GML_INFLIGHT").unwrap_or_else(|_| "256".into());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/http_gml/http_gml.gml");
    let args = [server.url("/hello"), n.clone(), inflight];
    let (out, err, code, wall, peak_kb) = run_measuring_peak(&script, &args);
    print!("{out}");
    assert_eq!(code, Some(0), "stderr: {err}");
    assert!(out.contains(&format!("requests: {n}, failed: 0")), "{out}");
    println!(
        "process wall time {:.3} s (with startup), peak RSS {:.1} MB",
        wall.as_secs_f64(),
        peak_kb as f64 / 1024.0
    );
}

/// Runs a script with the build's `gml` (`run --fast --timeout 120`, `args` after `--`) and
/// samples the process's peak RSS (VmHWM, from /proc while it runs; the last reading wins).
/// Returns stdout, stderr, the exit code, the wall time and the peak in kB.
fn run_measuring_peak(
    script: &Path,
    args: &[String],
) -> (String, String, Option<i32>, Duration, u64) {
    let mut child = Command::new(binary())
        .args(["run", "--fast", "--timeout", "120"])
        .arg(script)
        .arg("--")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gml");
    let pid = child.id();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop2 = stop.clone();
    let sampler = std::thread::spawn(move || {
        let mut peak_kb = 0u64;
        while !stop2.load(std::sync::atomic::Ordering::SeqCst) {
            if let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
                if let Some(kb) = s
                    .lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .and_then(|l| l.split_whitespace().nth(1))
                    .and_then(|v| v.parse::<u64>().ok())
                {
                    peak_kb = peak_kb.max(kb);
                }
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        peak_kb
    });
    let start = Instant::now();
    let (out, err, code) = collect_output(&mut child);
    let wall = start.elapsed();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let peak_kb = sampler.join().unwrap();
    (out, err, code, wall, peak_kb)
}

/// Memory per in-flight request: `benches/http_gml/inflight.gml` starts `HTTP_INFLIGHT_N`
/// (default 10,000) `http_get`s at once against `/delay?ms=HTTP_INFLIGHT_MS` (default 3000), so
/// all are in flight together; the same with 1 request gives the baseline. Prints the peak RSS
/// of both and the difference per request (target: at most 16 KB). Run it with
///
///     cargo test --release --test async_gml -- --ignored --nocapture http_inflight_bench
#[test]
#[ignore]
fn http_inflight_bench() {
    let server = TestServer::start();
    let n: u64 = std::env::var("HTTP_INFLIGHT_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10000);
    let ms = std::env::var("HTTP_INFLIGHT_MS").unwrap_or_else(|_| "3000".into());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/http_gml/inflight.gml");
    let url = server.url(&format!("/delay?ms={ms}"));
    let mut peaks = Vec::new();
    for count in [1, n] {
        let (out, err, code, wall, peak_kb) =
            run_measuring_peak(&script, &[url.clone(), count.to_string()]);
        assert_eq!(code, Some(0), "stderr: {err}");
        assert!(
            out.contains(&format!("requests: {count}, failed: 0")),
            "{out}"
        );
        println!(
            "{count} requests in flight: {:.3} s, peak RSS {:.1} MB",
            wall.as_secs_f64(),
            peak_kb as f64 / 1024.0
        );
        peaks.push(peak_kb);
    }
    let per = (peaks[1].saturating_sub(peaks[0])) as f64 * 1024.0 / (n - 1).max(1) as f64;
    println!(
        "peak RSS per in-flight request: {:.0} bytes ({:.1} KB)",
        per,
        per / 1024.0
    );
}

/// Keeps a test server up for trying scripts by hand: prints its base URL and a refused URL, then
/// waits `GML_SERVE_SECS` seconds (default 300).
///
///     cargo test --test async_gml -- --ignored --nocapture serve_for_manual_runs
#[test]
#[ignore]
fn serve_for_manual_runs() {
    let server = TestServer::start();
    let secs: u64 = std::env::var("GML_SERVE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    println!("server: {}", base_url(&server));
    println!("refused: {}", refused_url());
    std::thread::sleep(Duration::from_secs(secs));
}
