var _stock = {apples: 17, pears: 261, limes: 2};
var _lines = [];
struct_foreach(_stock, method({lines: _lines}, function(_name, _value) {
    array_push(lines, _name + ": " + string(_value));
}));
array_sort(_lines, true);
show_debug_message(_lines);
struct_foreach({}, function(_n, _v) { show_debug_message("never"); });
struct_foreach({only: 1}, function(_n, _v) { show_debug_message(_n + "=" + string(_v)); });
