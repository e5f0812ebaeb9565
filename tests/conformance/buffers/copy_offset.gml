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
// buffer_copy manual example 2: copy from an offset into the start of another buffer
var buff1 = buffer_create(8, buffer_fixed, 1);
var buff2 = buffer_create(8, buffer_fixed, 1);
for (var i = 1; i <= 8; i++) buffer_write(buff1, buffer_u8, i);
var _offset = 3;
var _size = buffer_get_size(buff1) - _offset;
buffer_copy(buff1, _offset, _size, buff2, 0);
show_debug_message(dump(buff2));
show_debug_message(buffer_tell(buff2));
buffer_copy(buff1, 0, 8, buff2, 6);
show_debug_message(dump(buff2));
