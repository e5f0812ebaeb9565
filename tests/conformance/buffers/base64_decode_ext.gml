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
// buffer_base64_decode_ext decodes into an existing buffer at an offset
var buff = buffer_create(4, buffer_grow, 1);
buffer_base64_decode_ext(buff, "AQID", 2);
show_debug_message(buffer_get_size(buff) >= 5);
show_debug_message(first_bytes(buff, 5));
var f = buffer_create(4, buffer_fixed, 1);
buffer_base64_decode_ext(f, "AQIDBAU=", 1);
show_debug_message(dump(f));
