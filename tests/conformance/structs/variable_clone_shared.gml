var _inner = [1];
var _outer = {a: _inner, b: _inner};
var _c = variable_clone(_outer);
array_push(_c.a, 2);
show_debug_message(_c.b);
show_debug_message(_inner);
