// A test client: `-- KIND RAW HOST PORT MODE EXPECT MESSAGE... [name=value...]`.
// MODE: async (network_connect*_async), block (network_connect*), nonblock (network_connect*
// with network_config_use_non_blocking_socket). Sends each MESSAGE as a packet (raw: as bytes;
// "text:" first sends a WebSocket text message) once connected, prints every event, and ends
// after EXPECT data events (or at --timeout).
var _kinds = { tcp: network_socket_tcp, udp: network_socket_udp, ws: network_socket_ws, wss: network_socket_wss };
global.raw = parameter_string(2) == "1";
global.host = parameter_string(3);
global.port = real(parameter_string(4));
global.mode = parameter_string(5);
global.expect = real(parameter_string(6));
global.messages = [];
var _i = 7;
for (; _i <= parameter_count(); _i++) {
    if (string_pos("=", parameter_string(_i)) > 0) break;
    array_push(global.messages, parameter_string(_i));
}
apply_config(_i);
if (global.mode == "nonblock") network_set_config(network_config_use_non_blocking_socket, 1);
global.socket = network_create_socket(_kinds[$ parameter_string(1)]);
show_debug_message("socket " + string(global.socket));
instance_create_depth(0, 0, 0, obj_client);

function send_all() {
    var _b = buffer_create(16, buffer_grow, 1);
    for (var _i = 0; _i < array_length(global.messages); _i++) {
        var _m = global.messages[_i];
        var _text = string_copy(_m, 1, 5) == "text:";
        if (_text) _m = string_delete(_m, 1, 5);
        buffer_seek(_b, buffer_seek_start, 0);
        buffer_write(_b, buffer_text, _m);
        var _r = global.raw
            ? network_send_raw(global.socket, _b, buffer_tell(_b), _text ? network_send_text : network_send_binary)
            : network_send_packet(global.socket, _b, buffer_tell(_b));
        show_debug_message("sent " + string(_r));
    }
    buffer_delete(_b);
}

#object obj_client
#event create
var _r;
if (global.mode == "async") {
    _r = global.raw ? network_connect_raw_async(global.socket, global.host, global.port)
        : network_connect_async(global.socket, global.host, global.port);
} else {
    _r = global.raw ? network_connect_raw(global.socket, global.host, global.port)
        : network_connect(global.socket, global.host, global.port);
}
show_debug_message("connect returned " + string(_r));
if (global.mode == "block") {
    if (_r < 0) game_end(); else send_all();
}
if (global.expect == 0 && global.mode == "block") game_end();

#event async_network
dump_event("event");
if (async_load[? "type"] == network_type_non_blocking_connect) {
    if (async_load[? "succeeded"]) send_all(); else game_end();
}
if (async_load[? "type"] == network_type_data) {
    global.expect -= 1;
    if (global.expect <= 0) game_end();
}
