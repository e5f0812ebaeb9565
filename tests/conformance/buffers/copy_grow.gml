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
// buffer_copy into a grow buffer resizes it to hold the data
var src = buffer_create(4, buffer_fixed, 1);
buffer_write(src, buffer_u32, 0x04030201);
var dst = buffer_create(2, buffer_grow, 1);
buffer_copy(src, 0, 4, dst, 2);
show_debug_message(buffer_get_size(dst) >= 6);
show_debug_message(first_bytes(dst, 6));
buffer_copy(src, 2, 100, dst, 0);
show_debug_message(first_bytes(dst, 6));
show_debug_message(buffer_tell(dst));
