// A TCP game server in GML: every packet a client sends comes back to it (echo), or, in chat
// mode, goes to every connected client.
//
//     gml run scripts/echo_server.gml -- 6510            (echo)
//     gml run scripts/echo_server.gml -- 6510 chat       (chat)
//     gml run scripts/echo_server.gml -- 6510 echo quiet (no line per connection)
//
// It speaks GameMaker's own protocol (network_create_server, not _raw), so GameMaker games and
// scripts/chat_client.gml can connect to it. Stop it with Ctrl+C.

var _port = parameter_count() >= 1 ? real(parameter_string(1)) : 6510;
var _mode = parameter_count() >= 2 ? parameter_string(2) : "echo";
var _quiet = parameter_count() >= 3 && parameter_string(3) == "quiet";
instance_create_depth(0, 0, 0, obj_server, { port: _port, chat: _mode == "chat", quiet: _quiet });

#object obj_server
#event create
server = network_create_server(network_socket_tcp, port, 10000);
if (server < 0) {
    show_debug_message("cannot listen on port " + string(port));
    game_end(1);
    exit;
}
clients = [];   // sockets of the connected clients, for chat mode
show_debug_message("listening on port " + string(port) + (chat ? " (chat)" : " (echo)"));

#event async_network
// async_load describes one connection, disconnection or packet; `id` is this server for
// connections and disconnections, and the sending client's socket for packets.
switch (async_load[? "type"]) {
    case network_type_connect:
        array_push(clients, async_load[? "socket"]);
        if (!quiet) show_debug_message("client " + string(async_load[? "socket"]) + " connected from " + async_load[? "ip"]);
        break;
    case network_type_disconnect:
        var _gone = async_load[? "socket"];
        var _i = array_get_index(clients, _gone);
        if (_i >= 0) array_delete(clients, _i, 1);
        if (!quiet) show_debug_message("client " + string(_gone) + " left");
        break;
    case network_type_data:
        // The packet's buffer exists only during this event.
        var _buffer = async_load[? "buffer"];
        var _size = async_load[? "size"];
        if (chat) {
            for (var _c = 0; _c < array_length(clients); _c++) {
                network_send_packet(clients[_c], _buffer, _size);
            }
        } else {
            network_send_packet(async_load[? "id"], _buffer, _size);
        }
        break;
}
