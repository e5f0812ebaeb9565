// The manual's request flow: status < 0 is an error, 1 is progress, 0 is done. A server that
// cannot be reached gives status -1 with http_status 0; a redirect is followed.
global.ids = ds_map_create();
global.ids[? http_get("http://nonexistent.invalid/")] = "unknown host";
global.ids[? http_get("{{SERVER}}/redirect/2")] = "redirect";
global.ids[? http_get("{{SERVER}}/status/503")] = "503";
global.ids[? http_get("{{SERVER}}/malformed")] = "malformed";
global.results = ds_map_create();
global.left = 4;
instance_create_depth(0, 0, 0, obj_http);

#object obj_http
#event async_http
var _what = global.ids[? async_load[? "id"]];
var _status = async_load[? "status"];
if (_status == 1) exit;
var _line = _what + ": status " + string(_status) + ", http_status " + string(async_load[? "http_status"]) + ", result \"" + async_load[? "result"] + "\"";
global.results[? async_load[? "id"]] = _line;
global.left -= 1;
if (global.left == 0) {
    // Print in request order (completion order may vary).
    for (var _i = 1; _i <= 4; _i++) show_debug_message(global.results[? _i]);
    instance_destroy();
}
