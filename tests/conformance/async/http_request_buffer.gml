// http_request with a buffer: a buffer whose seek position is 0 receives the response (result is
// the byte count); a buffer with a seek position above 0 is sent as the body.
global.recv = buffer_create(16, buffer_grow, 1);
global.get_id = http_request("{{SERVER}}/bytes", "GET", -1, global.recv);
instance_create_depth(0, 0, 0, obj_requester);

#object obj_requester
#event async_http
if (async_load[? "id"] == global.get_id) {
    show_debug_message("received " + string(async_load[? "result"]) + " bytes");
    show_debug_message("byte 0: " + string(buffer_peek(global.recv, 0, buffer_u8)));
    show_debug_message("byte 65: " + string(buffer_peek(global.recv, 65, buffer_u8)));
    show_debug_message("byte 255: " + string(buffer_peek(global.recv, 255, buffer_u8)));
    show_debug_message("seek position: " + string(buffer_tell(global.recv)));
    // Now send a buffer: its bytes up to the seek position are the body.
    var _send = buffer_create(64, buffer_fixed, 1);
    buffer_write(_send, buffer_text, "binary body");
    global.post_id = http_request("{{SERVER}}/echo", "POST", -1, _send);
    buffer_delete(_send);
} else if (async_load[? "id"] == global.post_id) {
    show_debug_message("echo: " + string_replace_all(async_load[? "result"], "\n", " | "));
    instance_destroy();
}
