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
// A wrap buffer goes back to the start when a write reaches its end
var b = buffer_create(4, buffer_wrap, 1);
for (var i = 1; i <= 6; i++) buffer_write(b, buffer_u8, i);
show_debug_message(buffer_tell(b));
show_debug_message(dump(b));
buffer_seek(b, buffer_seek_start, 0);
show_debug_message(buffer_read(b, buffer_u8));
