function dump(_b) {
    var _s = "";
    for (var _i = 0; _i < buffer_get_size(_b); _i++) {
        if (_i > 0) _s += " ";
        _s += string(buffer_peek(_b, _i, buffer_u8));
    }
    return _s;
}
function first_bytes(_b, _n) {
    var _s = "";
    for (var _i = 0; _i < _n; _i++) {
        if (_i > 0) _s += " ";
        _s += string(buffer_peek(_b, _i, buffer_u8));
    }
    return _s;
}
// buffer_fill manual example and an aligned fill that starts mid-buffer
var map_buffer = buffer_create(16, buffer_fixed, 1);
buffer_fill(map_buffer, 0, buffer_u16, 0x0102, 16);
show_debug_message(dump(map_buffer));
var b = buffer_create(8, buffer_fixed, 1);
buffer_fill(b, 1, buffer_u8, 7, 4);
show_debug_message(dump(b));
show_debug_message(buffer_tell(b));
var t = buffer_create(6, buffer_grow, 1);
buffer_fill(t, 2, buffer_text, "a", 100);
show_debug_message(dump(t));
show_debug_message(buffer_get_size(t));
