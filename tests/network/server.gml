// A test server: `-- KIND RAW PORT [name=value...]` (KIND tcp, udp or ws; RAW 0 or 1).
// Prints "ready" once listening, one line per event, and echoes every packet to its sender
// (as packets, or raw; WebSocket text stays text). Packets "destroy-server" and "close-me"
// destroy the server or the sending socket; "send-udp:PORT" answers a UDP client there.
var _kinds = { tcp: network_socket_tcp, udp: network_socket_udp, ws: network_socket_ws };
global.kind = parameter_string(1);
global.raw = parameter_string(2) == "1";
apply_config(4);
var _port = real(parameter_string(3));
global.server = global.raw
    ? network_create_server_raw(_kinds[$ global.kind], _port, 64)
    : network_create_server(_kinds[$ global.kind], _port, 64);
if (global.msglimit >= 0) network_set_config(network_config_message_size_limit, global.server, global.msglimit);
show_debug_message(global.server >= 0 ? "ready server=" + string(global.server) : "cannot listen");
instance_create_depth(0, 0, 0, obj_server);

#object obj_server
#event async_network
if (global.quiet && async_load[? "type"] == network_type_data && packet_text() != "count?") {
    global.count += 1;
    exit;
}
dump_event("event");
switch (async_load[? "type"]) {
    case network_type_disconnect:
        var _b = buffer_create(1, buffer_fixed, 1);
        show_debug_message("send after disconnect: " + string(network_send_packet(async_load[? "socket"], _b, 1) < 0)
            + " " + string(network_send_raw(async_load[? "socket"], _b, 1) < 0));
        buffer_delete(_b);
        break;
    case network_type_data:
        var _text = packet_text();
        var _from = async_load[? "id"];
        var _buffer = async_load[? "buffer"];
        var _size = async_load[? "size"];
        if (_text == "count?") {
            show_debug_message("count " + string(global.count));
            if (global.kind == "udp") network_send_udp_raw(global.server, async_load[? "ip"], async_load[? "port"], _buffer, _size);
        } else if (_text == "destroy-server") {
            network_destroy(global.server);
            show_debug_message("server destroyed");
        } else if (_text == "close-me") {
            network_destroy(_from);
            show_debug_message("closed " + string(_from) + "; send now " + string(network_send_raw(_from, _buffer, _size)));
        } else if (global.kind == "udp") {
            var _r = global.raw
                ? network_send_udp_raw(global.server, async_load[? "ip"], async_load[? "port"], _buffer, _size)
                : network_send_udp(global.server, async_load[? "ip"], async_load[? "port"], _buffer, _size);
            show_debug_message("sent " + string(_r));
        } else if (global.raw) {
            var _opt = async_load[? "message_type"] == network_send_text ? network_send_text : network_send_binary;
            show_debug_message("sent " + string(network_send_raw(_from, _buffer, _size, _opt)));
        } else {
            show_debug_message("sent " + string(network_send_packet(_from, _buffer, _size)));
        }
        break;
}
