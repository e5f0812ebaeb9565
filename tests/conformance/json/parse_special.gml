// Special strings come back as runtime values unless inhibit_string_convert is true.
var json = json_stringify({ big : infinity });
show_debug_message(json);
var converted = json_parse(json);
show_debug_message(converted.big);
var unchanged = json_parse(json, undefined, true);
show_debug_message(unchanged.big);
var nan = json_parse("[\"@@nan$$\"]");
show_debug_message(is_nan(nan[0]) ? "NaN" : "not NaN");
var big = json_parse("[\"@i64@7fffffffffffffff$i64$\"]");
show_debug_message(typeof(big[0]));
show_debug_message(big[0]);
