// With pretty_print each value goes on its own line, indented by two spaces.
var my_struct = { val : ["that", "another thing", { value : "a nested struct" }] };
show_debug_message(json_stringify(my_struct, true));
show_debug_message(json_stringify([1, [2, 3]], true));
show_debug_message(json_stringify({ empty : [] }, true));
