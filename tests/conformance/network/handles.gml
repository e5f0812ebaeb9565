// Socket numbers, sends that fail without raising, and the constants (manual: Networking).
show_debug_message([network_socket_tcp, network_socket_udp, network_socket_ws, network_socket_wss]);
show_debug_message([network_type_connect, network_type_disconnect, network_type_data, network_type_non_blocking_connect]);
show_debug_message([network_send_binary, network_send_text]);
show_debug_message([network_config_connect_timeout, network_config_use_non_blocking_socket, network_config_avoid_time_wait]);

// Sockets and servers share one numbering from 0; a destroyed number is reused first.
var a = network_create_socket(network_socket_tcp);
var b = network_create_socket(network_socket_ws);
var u = network_create_socket(network_socket_udp);
show_debug_message([a, b, u]);
network_destroy(b);
show_debug_message(network_create_socket(network_socket_tcp));
show_debug_message(network_create_socket(network_socket_bluetooth));

// Sends to sockets that are not connected, destroyed or unknown return below 0.
var buf = buffer_create(4, buffer_fixed, 1);
buffer_write(buf, buffer_u32, 7);
show_debug_message(network_send_packet(a, buf, 4));
show_debug_message(network_send_raw(a, buf, 4));
show_debug_message(network_send_packet(99, buf, 4));
show_debug_message(network_send_udp(a, "127.0.0.1", 9, buf, 4));
show_debug_message(network_send_udp_raw(u, "127.0.0.1", 70000, buf, 4));
show_debug_message(network_send_packet(a, 12345, 4));
network_destroy(a);
network_destroy(a);
network_destroy(-5);
show_debug_message(network_send_packet(a, buf, 4));
// A UDP send to a port where nothing listens still leaves: bytes plus GameMaker's header.
show_debug_message(network_send_udp(u, "127.0.0.1", 9, buf, 4));
show_debug_message(network_send_udp_raw(u, "127.0.0.1", 9, buf, 2));
show_debug_message(network_resolve("127.0.0.1"));
network_destroy(u);
buffer_delete(buf);
