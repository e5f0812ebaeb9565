// In-flight HTTP memory: N http_get requests (default 10000) started at once against a server
// that delays its answers, so all of them are in flight together; the program ends when every
// final Async HTTP event has arrived, printing how many failed.
//
//     gml run --fast benches/http_gml/inflight.gml -- http://127.0.0.1:PORT/delay?ms=3000 [N]
//
// tests/async_gml.rs has the ignored test `http_inflight_bench` that starts the test server, runs
// this with N and with 1 request, and reports the peak RSS difference per request.
global.total = parameter_count() >= 2 ? real(parameter_string(2)) : 10000;
global.done = 0;
global.failed = 0;
repeat (global.total) http_get(parameter_string(1));
instance_create_depth(0, 0, 0, obj_waiter);

#object obj_waiter
#event async_http
if (async_load[? "status"] == 1) exit;
global.done += 1;
if (async_load[? "status"] != 0) global.failed += 1;
if (global.done == global.total) {
    show_debug_message("requests: " + string(global.done) + ", failed: " + string(global.failed));
    instance_destroy();
}
