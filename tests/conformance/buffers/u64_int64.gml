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
// buffer_u64 holds a 64-bit integer; reading gives an int64
var b = buffer_create(8, buffer_fixed, 8);
buffer_write(b, buffer_u64, 14738282109100);
show_debug_message(dump(b));
buffer_seek(b, buffer_seek_start, 0);
var v = buffer_read(b, buffer_u64);
show_debug_message(v);
show_debug_message(typeof(v));
buffer_poke(b, 0, buffer_u64, int64(9007199254740993));
show_debug_message(buffer_peek(b, 0, buffer_u64));
