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
// buffer_bool stores one byte, 1 for true and 0 for false
var b = buffer_create(3, buffer_fixed, 1);
buffer_write(b, buffer_bool, true);
buffer_write(b, buffer_bool, false);
buffer_write(b, buffer_bool, 5);
show_debug_message(dump(b));
buffer_seek(b, buffer_seek_start, 0);
show_debug_message(buffer_read(b, buffer_bool));
show_debug_message(buffer_read(b, buffer_bool));
