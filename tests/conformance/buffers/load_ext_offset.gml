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
// buffer_load_ext manual example: load a file into an existing grow buffer at an offset
var data = buffer_create(3, buffer_fixed, 1);
buffer_write(data, buffer_text, "xyz");
buffer_save(data, "Data_Save.sav");
var player_buffer = buffer_create(2, buffer_grow, 1);
buffer_write(player_buffer, buffer_u16, 0xFFFF);
var _pos = buffer_seek(player_buffer, buffer_seek_end, 0);
buffer_load_ext(player_buffer, "Data_Save.sav", _pos);
show_debug_message(buffer_get_size(player_buffer));
show_debug_message(dump(player_buffer));
