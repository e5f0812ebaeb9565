// json_parse builds structs and arrays: numbers are reals, true/false bools, null undefined.
var json = "{\"myObj\": { \"apples\":10 }, \"myArray\":[0, 1, 2, 2, 4, 0, 1, 5, 1]}";
var data = json_parse(json);
show_debug_message(data.myObj);
show_debug_message(data.myArray);
show_debug_message(data.myObj.apples + 1);
show_debug_message(is_struct(data.myObj) ? "struct" : "not a struct");
show_debug_message(is_array(data.myArray) ? "array" : "not an array");
var values = json_parse("[1.5, -2e3, true, false, null, \"text\", \"\\u00e9\\n\"]");
show_debug_message(values[0]);
show_debug_message(values[1]);
show_debug_message(typeof(values[2]));
show_debug_message(values[3] ? "true" : "false");
show_debug_message(values[4]);
show_debug_message(values[5]);
show_debug_message(string_length(values[6]));
show_debug_message(typeof(values[0]));
// trailing commas are accepted
show_debug_message(json_parse("{\"name\": \"Level 1\", }").name);
show_debug_message(array_length(json_parse("[1, 2, 3, ]")));
