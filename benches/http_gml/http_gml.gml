// GML-level HTTP load: N http_get requests to a local server, at most INFLIGHT in flight; each
// final event starts the next request. Prints the rate at the end.
//
//     gml run --fast benches/http_gml/http_gml.gml -- http://127.0.0.1:PORT/hello [N] [INFLIGHT]
//
// tests/async_gml.rs has the ignored test `http_gml_bench` that starts the test server, runs this
// with the release binary and reports requests/second and peak RSS.
global.url = parameter_string(1);
global.total = parameter_count() >= 2 ? real(parameter_string(2)) : 10000;
global.inflight = parameter_count() >= 3 ? real(parameter_string(3)) : 256;
global.started = 0;
global.done = 0;
global.failed = 0;

function start_one() {
    http_get(global.url);
    global.started += 1;
}

global.t0 = get_timer();
repeat (min(global.inflight, global.total)) start_one();
instance_create_depth(0, 0, 0, obj_bench);

#object obj_bench
#event async_http
if (async_load[? "status"] == 1) exit;
global.done += 1;
if (async_load[? "status"] != 0) global.failed += 1;
if (global.started < global.total) start_one();
if (global.done == global.total) {
    var _secs = (get_timer() - global.t0) / 1000000;
    show_debug_message("requests: " + string(global.done) + ", failed: " + string(global.failed));
    show_debug_message("seconds: " + string_format(_secs, 1, 3));
    show_debug_message("requests/second: " + string(round(global.done / _secs)));
    instance_destroy();
}
