function Vec2(_x, _y) constructor {
    x = _x;
    y = _y;
    static len2 = function() { return x * x + y * y; };
}
var _v = new Vec2(3, 4);
var _names = struct_get_names(_v);
array_sort(_names, true);
show_debug_message(_names);
show_debug_message(struct_names_count(_v));
var _own_and_static = array_concat(_names, struct_get_names(static_get(_v)));
show_debug_message(_own_and_static);
