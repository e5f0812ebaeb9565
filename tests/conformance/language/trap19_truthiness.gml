if (undefined) show_debug_message("no"); else show_debug_message("undefined is false");
try { if ("yes") show_debug_message("no"); } catch (e) { show_debug_message("string condition is an error"); }
try { if ([]) show_debug_message("no"); } catch (e) { show_debug_message("array condition is an error"); }
if ("true") show_debug_message("the string true is true");
if ({}) show_debug_message("struct is true");
if (infinity) show_debug_message("infinity is true");
if (NaN) show_debug_message("no"); else show_debug_message("NaN is false");
if (-infinity) show_debug_message("no"); else show_debug_message("-infinity is false");
