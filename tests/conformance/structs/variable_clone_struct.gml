var _orig = {label: "some text", list: [1, 2, 3], n: 6};
var _clone = variable_clone(_orig);
array_push(_clone.list, 4);
_clone.n = 7;
show_debug_message(_orig.list);
show_debug_message(_clone.list);
show_debug_message(_orig.n);
show_debug_message(_clone.label);
show_debug_message(_clone == _orig);
