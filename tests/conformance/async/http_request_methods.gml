// http_request with other methods, and redirects: a 303 turns a POST into a GET, a 307 keeps it.
// /echo answers with the method and the body it got.
var _none = ds_map_create();
global.what = ds_map_create();
global.what[? http_request("{{SERVER}}/hello", "HEAD", _none, "")] = "HEAD /hello";
global.what[? http_request("{{SERVER}}/echo", "DELETE", _none, "")] = "DELETE /echo";
global.what[? http_request("{{SERVER}}/echo", "PUT", _none, "new contents")] = "PUT /echo";
global.what[? http_request("{{SERVER}}/redirect-303", "POST", _none, "form data")] = "POST /redirect-303";
global.what[? http_request("{{SERVER}}/redirect-307", "POST", _none, "form data")] = "POST /redirect-307";
ds_map_destroy(_none);
global.lines = ds_map_create();
instance_create_depth(0, 0, 0, obj_methods);

#object obj_methods
#event async_http
if (async_load[? "status"] == 1) exit;
var _id = async_load[? "id"];
var _h = async_load[? "response_headers"];
global.lines[? _id] = global.what[? _id] + " -> " + string(async_load[? "http_status"])
    + ", result \"" + string_replace_all(async_load[? "result"], "\n", "\\n") + "\""
    + ", content-length " + _h[? "content-length"];
if (ds_map_size(global.lines) == ds_map_size(global.what)) {
    // In request order: the answers may arrive in any order.
    for (var _i = 1; _i <= ds_map_size(global.lines); _i++) show_debug_message(global.lines[? _i]);
    instance_destroy();
}
