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
// 32-bit integers, unsigned and signed
var b = buffer_create(8, buffer_fixed, 4);
buffer_write(b, buffer_u32, 4000000000);
buffer_write(b, buffer_s32, -2);
show_debug_message(dump(b));
buffer_seek(b, buffer_seek_start, 0);
show_debug_message(buffer_read(b, buffer_u32));
show_debug_message(buffer_read(b, buffer_s32));
show_debug_message(buffer_peek(b, 0, buffer_s32));
