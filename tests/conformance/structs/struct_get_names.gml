var _item = {a: 7, str: "a string"};
var _names = struct_get_names(_item);
array_sort(_names, true);
show_debug_message(_names);
for (var i = 0; i < array_length(_names); i++) {
    show_debug_message(_names[i] + ":" + string(struct_get(_item, _names[i])));
}
show_debug_message(variable_struct_get_names({}));
