var u = undefined;
u[0] = "made";
show_debug_message(u);
var str = "abc";
try { var c = str[1]; show_debug_message(c); } catch (e) { show_debug_message("indexing a string is an error"); }
try { var lt = [1] < [2]; show_debug_message(lt); } catch (e) { show_debug_message("ordering arrays is an error"); }
var a = [1, 2, 3];
a[1.9] = "trunc";
show_debug_message(a);
var empty = [];
show_debug_message(array_length(empty));
empty[0] = 0;
show_debug_message(array_length(empty));
var nested = [[]];
nested[0][2] = 1;
show_debug_message(nested);
