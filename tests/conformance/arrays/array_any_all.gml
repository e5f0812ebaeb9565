var _fruit = ["kiwi", "apple", "plum"];
show_debug_message(array_any(_fruit, function(_v, _i) { return _v == "apple"; }));
show_debug_message(array_any(_fruit, function(_v, _i) { return _v == "lime"; }));
function is_even(_el, _i) { return _el mod 2 == 0; }
show_debug_message(array_all([2, 4, 8, 10], is_even));
show_debug_message(array_all([2, 4, 5, 10], is_even));
show_debug_message(array_all([2, 4, 5, 10], is_even, 0, 2));
show_debug_message(array_any([], is_even));
show_debug_message(array_all([], is_even));
