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
// Buffers guide: with alignment 4, a second 1-byte write is padded to offset 4
var b = buffer_create(16, buffer_fixed, 4);
buffer_write(b, buffer_u8, 1);
show_debug_message(buffer_tell(b));
buffer_write(b, buffer_u8, 2);
show_debug_message(buffer_tell(b));
buffer_write(b, buffer_u16, 3);
show_debug_message(buffer_tell(b));
show_debug_message(dump(b));
buffer_seek(b, buffer_seek_start, 1);
show_debug_message(buffer_read(b, buffer_u8));
show_debug_message(buffer_tell(b));
