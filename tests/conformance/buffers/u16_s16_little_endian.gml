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
// 16-bit values are little-endian
var b = buffer_create(6, buffer_fixed, 1);
buffer_write(b, buffer_u16, 0x1234);
buffer_write(b, buffer_u16, 65535);
buffer_write(b, buffer_s16, -300);
show_debug_message(dump(b));
buffer_seek(b, buffer_seek_start, 0);
show_debug_message(buffer_read(b, buffer_u16));
show_debug_message(buffer_read(b, buffer_s16));
show_debug_message(buffer_read(b, buffer_s16));
