// json_stringify writes compact JSON; reals always carry a decimal point.
show_debug_message(json_stringify({ version : "1.0.0" }));
show_debug_message(json_stringify({ coins : 4 }));
show_debug_message(json_stringify([0, 1, 2.5, 0.25]));
show_debug_message(json_stringify({ data : { items : ["sword", "bow"] } }));
show_debug_message(json_stringify([true, false, undefined, "quote \" and \\ slash"]));
show_debug_message(json_stringify([]));
show_debug_message(json_stringify({}));
show_debug_message(json_stringify([[], {}, [[1]]]));
show_debug_message(json_stringify({ text : "line1\nline2\ttab" }));
