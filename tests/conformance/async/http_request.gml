// http_request: any method, a ds_map of headers and a string body.
var _headers = ds_map_create();
ds_map_add(_headers, "Content-Type", "application/x-www-form-urlencoded");
ds_map_add(_headers, "X-Test", "sent by gml");
var _data = "product=CatchTheHaggis&commit=Create+Product";
global.request_id = http_request("{{SERVER}}/echo", "POST", _headers, _data);
// The map can go at once: the headers were copied into the request.
ds_map_destroy(_headers);
instance_create_depth(0, 0, 0, obj_requester);

#object obj_requester
#event async_http
if (async_load[? "id"] != global.request_id) exit;
var _status = async_load[? "status"];
if (_status < 0) {
    show_debug_message("error");
    exit;
}
if (_status == 1) exit;   // still downloading
if (async_load[? "http_status"] == 200) {
    show_debug_message("completed:");
    show_debug_message(async_load[? "result"]);
    // The server's headers, names in lower case: /echo returns X-Test as x-echo.
    var _h = async_load[? "response_headers"];
    show_debug_message("x-echo: " + _h[? "x-echo"]);
    show_debug_message("content-length: " + _h[? "content-length"]);
}
instance_destroy();
