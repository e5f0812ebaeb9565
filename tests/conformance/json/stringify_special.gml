// Values JSON cannot hold are written as GameMaker's special strings.
show_debug_message(json_stringify({ n : NaN }));
show_debug_message(json_stringify([infinity, -infinity]));
show_debug_message(json_stringify([int64(5), int64(-40000)]));
show_debug_message(json_stringify([pointer_null]));
// functions in a struct are not written
show_debug_message(json_stringify({ f : function() { return 1; } }));
// a struct that contains itself is written as null the second time
var s = { name : "loop" };
s.self_ref = s;
var text = json_stringify([s]);
show_debug_message(string_count("null", text));
