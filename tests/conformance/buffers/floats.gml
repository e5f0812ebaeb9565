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
// f16, f32 and f64 bytes and what they read back as
var b = buffer_create(14, buffer_fixed, 1);
buffer_write(b, buffer_f16, -2.5);
buffer_write(b, buffer_f32, 1);
buffer_write(b, buffer_f64, 1.5);
show_debug_message(dump(b));
buffer_seek(b, buffer_seek_start, 0);
show_debug_message(buffer_read(b, buffer_f16));
show_debug_message(buffer_read(b, buffer_f32));
show_debug_message(buffer_read(b, buffer_f64));
buffer_poke(b, 2, buffer_f32, 0.1);
show_debug_message(buffer_peek(b, 2, buffer_f32));
show_debug_message(buffer_peek(b, 2, buffer_f32) == 0.1);
