var _squares = array_create_ext(6, function(_i) { return _i * _i; });
show_debug_message(_squares);
var _make = function() { return {hp: 10}; };
var _units = array_create_ext(3, _make);
_units[0].hp = 1;
show_debug_message(_units[0].hp);
show_debug_message(_units[2].hp);
show_debug_message(array_create_ext(0, _make));
