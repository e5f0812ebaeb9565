// A client for scripts/echo_server.gml: connects, sends each message as one packet, prints what
// comes back, and ends once every message has come back (or after 5 seconds).
//
//     gml run scripts/chat_client.gml -- 127.0.0.1 6510 hello "how are you"

if (parameter_count() < 3) {
    show_debug_message("usage: gml run scripts/chat_client.gml -- HOST PORT MESSAGE...");
    game_end(2);
} else {
    var _messages = [];
    for (var _i = 3; _i <= parameter_count(); _i++) array_push(_messages, parameter_string(_i));
    instance_create_depth(0, 0, 0, obj_client, {
        host: parameter_string(1),
        port: real(parameter_string(2)),
        messages: _messages,
    });
}

#object obj_client
#event create
socket = network_create_socket(network_socket_tcp);
// Connecting asynchronously: the game keeps running, and the Networking event says how it went.
network_connect_async(socket, host, port);
waiting = array_length(messages);
alarm[0] = game_get_speed(gamespeed_fps) * 5;

#event async_network
if (async_load[? "id"] != socket) exit;
switch (async_load[? "type"]) {
    case network_type_non_blocking_connect:
        if (!async_load[? "succeeded"]) {
            show_debug_message("could not connect to " + host + ":" + string(port));
            game_end(1);
            exit;
        }
        show_debug_message("connected to " + async_load[? "ip"] + ":" + string(async_load[? "port"]));
        var _buffer = buffer_create(256, buffer_grow, 1);
        for (var _i = 0; _i < array_length(messages); _i++) {
            buffer_seek(_buffer, buffer_seek_start, 0);
            buffer_write(_buffer, buffer_string, messages[_i]);
            network_send_packet(socket, _buffer, buffer_tell(_buffer));
        }
        buffer_delete(_buffer);
        break;
    case network_type_data:
        show_debug_message("got: " + buffer_read(async_load[? "buffer"], buffer_string));
        waiting -= 1;
        if (waiting <= 0) {
            network_destroy(socket);
            game_end();
        }
        break;
}

#event alarm0
show_debug_message("timed out waiting for " + string(waiting) + " replies");
game_end(1);
