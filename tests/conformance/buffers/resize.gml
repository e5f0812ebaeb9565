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
// buffer_resize manual example: grow a buffer that is too small, keeping its data
var buff = buffer_create(4, buffer_fixed, 1);
buffer_write(buff, buffer_u32, 0xAABBCCDD);
if (buffer_get_size(buff) < 8)
{
    buffer_resize(buff, 8);
}
show_debug_message(buffer_get_size(buff));
show_debug_message(dump(buff));
buffer_resize(buff, 2);
show_debug_message(dump(buff));
