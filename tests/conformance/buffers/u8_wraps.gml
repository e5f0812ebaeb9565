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
// Integers are stored modulo the type's range
var b = buffer_create(4, buffer_fixed, 1);
buffer_write(b, buffer_u8, 255);
buffer_write(b, buffer_u8, 256);
buffer_write(b, buffer_u8, -1);
buffer_write(b, buffer_s8, -128);
show_debug_message(dump(b));
buffer_seek(b, buffer_seek_start, 0);
show_debug_message(buffer_read(b, buffer_s8));
show_debug_message(buffer_read(b, buffer_u8));
show_debug_message(buffer_read(b, buffer_s8));
show_debug_message(buffer_read(b, buffer_u8));
