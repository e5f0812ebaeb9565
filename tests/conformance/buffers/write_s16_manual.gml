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
// buffer_write / buffer_seek manual example: three signed 16-bit values from the start
var buff = buffer_create(8, buffer_fixed, 2);
var px = 300, py = -2;
buffer_seek(buff, buffer_seek_start, 0);
buffer_write(buff, buffer_s16, 0);
buffer_write(buff, buffer_s16, px);
buffer_write(buff, buffer_s16, py);
show_debug_message(buffer_tell(buff));
show_debug_message(dump(buff));
buffer_seek(buff, buffer_seek_start, 0);
show_debug_message(buffer_read(buff, buffer_s16));
show_debug_message(buffer_read(buff, buffer_s16));
show_debug_message(buffer_read(buff, buffer_s16));
