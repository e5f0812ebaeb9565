// Shared by the network test scripts (tests/network.rs puts it in front of each).

// One line per event: every async_load key, sorted, with the buffer shown as its kind,
// alignment, seek position, size and bytes.
function dump_event(_tag) {
    var _keys = ds_map_keys_to_array(async_load);
    array_sort(_keys, true);
    var _s = _tag;
    for (var _i = 0; _i < array_length(_keys); _i++) {
        var _k = _keys[_i];
        var _v = async_load[? _k];
        if (_k == "buffer") {
            array_push(global.buffers_seen, _v);
            _v = "[" + string(buffer_get_type(_v)) + "," + string(buffer_get_alignment(_v)) + ","
                + string(buffer_tell(_v)) + "," + string(buffer_get_size(_v)) + "," + hex(_v) + "]";
        } else if (is_string(_v)) {
            _v = "\"" + _v + "\"";
        }
        _s += " " + _k + "=" + string(_v);
    }
    show_debug_message(_s);
}

// The bytes of a buffer in hex (the first 32 and a count when longer).
function hex(_b) {
    var _n = buffer_get_size(_b);
    var _s = "";
    for (var _i = 0; _i < min(_n, 32); _i++) {
        var _x = buffer_peek(_b, _i, buffer_u8);
        _s += string_char_at("0123456789abcdef", (_x div 16) + 1) + string_char_at("0123456789abcdef", (_x mod 16) + 1);
    }
    return _n > 32 ? _s + "..(" + string(_n) + ")" : _s;
}

// The text of a data event's buffer.
function packet_text() {
    var _b = async_load[? "buffer"];
    return buffer_get_size(_b) > 0 ? buffer_peek(_b, 0, buffer_text) : "";
}

// Applies "name=value" arguments from `_first` on with network_set_config.
function apply_config(_first) {
    var _names = {
        connect_timeout: network_config_connect_timeout,
        non_blocking: network_config_use_non_blocking_socket,
        handshake: network_config_gml_handshake_timeout,
        packet: network_config_gml_packet_timeout,
        idle: network_config_gml_idle_timeout,
        sendq: network_config_gml_send_queue_limit,
        recvq: network_config_gml_receive_queue_limit,
        pending: network_config_gml_pending_connections,
    };
    for (var _i = _first; _i <= parameter_count(); _i++) {
        var _kv = string_split(parameter_string(_i), "=");
        if (_kv[0] == "msglimit") global.msglimit = real(_kv[1]);
        else if (_kv[0] == "quiet") global.quiet = true;
        else if (_kv[0] == "protocol") network_set_config(network_config_websocket_protocol, _kv[1]);
        else network_set_config(_names[$ _kv[0]], real(_kv[1]));
    }
}

global.buffers_seen = [];
global.msglimit = -1;
global.quiet = false;   // data events counted, not printed (floods)
global.count = 0;
instance_create_depth(0, 0, 0, obj_leak_check);

#object obj_leak_check
#event step
// Data event buffers must be gone once their event has run.
for (var _i = 0; _i < array_length(global.buffers_seen); _i++) {
    if (buffer_exists(global.buffers_seen[_i])) show_debug_message("LEAK buffer " + string(global.buffers_seen[_i]));
}
global.buffers_seen = [];
