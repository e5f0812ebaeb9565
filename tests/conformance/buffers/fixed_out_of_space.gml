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
// A fixed buffer refuses a write that does not fit: buffer_error_out_of_space
var b = buffer_create(3, buffer_fixed, 1);
show_debug_message(buffer_write(b, buffer_u16, 1));
show_debug_message(buffer_write(b, buffer_u16, 2));
show_debug_message(buffer_write(b, buffer_u16, 2) == buffer_error_out_of_space);
show_debug_message(buffer_tell(b));
show_debug_message(buffer_write(b, buffer_u8, 9));
show_debug_message(dump(b));
