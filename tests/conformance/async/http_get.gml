// http_get: the id comes back at once; the answer arrives in the Async HTTP event.
global.request_id = http_get("{{SERVER}}/hello");
global.missing_id = http_get("{{SERVER}}/no/such/page");
show_debug_message("ids: " + string(global.request_id) + ", " + string(global.missing_id));
// The two answers may come in either order: keep them and print both at the end.
global.lines = ds_map_create();
instance_create_depth(0, 0, 0, obj_http);

#object obj_http
#event async_http
var _status = async_load[? "status"];
if (_status == 1) exit;
if (async_load[? "id"] == global.request_id) {
    var _r_str = (_status == 0) ? async_load[? "result"] : "null";
    global.lines[? "hello"] = "hello: status " + string(_status) + ", http_status " + string(async_load[? "http_status"]) + ", result " + _r_str;
} else if (async_load[? "id"] == global.missing_id) {
    // Not a 2xx answer: status is -1, but http_status and the body are still there.
    global.lines[? "missing"] = "missing: status " + string(_status) + ", http_status " + string(async_load[? "http_status"]) + ", result " + async_load[? "result"];
}
if (ds_map_size(global.lines) == 2) {
    show_debug_message(global.lines[? "hello"]);
    show_debug_message(global.lines[? "missing"]);
    instance_destroy();
}
