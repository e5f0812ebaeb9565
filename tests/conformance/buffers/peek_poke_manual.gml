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
// buffer_peek / buffer_poke manual examples: colour components at offsets 1..3
var buff = buffer_create(4, buffer_fixed, 1);
buffer_poke(buff, 1, buffer_u8, 200);
buffer_poke(buff, 2, buffer_u8, 100);
buffer_poke(buff, 3, buffer_u8, 50);
show_debug_message(buffer_tell(buff));
var _red = buffer_peek(buff, 1, buffer_u8);
var _green = buffer_peek(buff, 2, buffer_u8);
var _blue = buffer_peek(buff, 3, buffer_u8);
show_debug_message(string(_red) + "," + string(_green) + "," + string(_blue));
show_debug_message(dump(buff));
