// ptr(): numbers keep their value, strings are hexadecimal, arrays and structs give a distinct,
// stable address; int64/bool of a pointer convert it (manual: ptr, int64, Data Types), real()
// refuses it (GameMaker's own unit tests); a string is read as far as it is hexadecimal.
var _arr = [1, 2];
var _st = {a: 1};
show_debug_message(typeof(ptr(_arr)));
show_debug_message(ptr(_arr) == ptr(_arr));
show_debug_message(ptr(_st) == ptr(_st));
show_debug_message(ptr(_arr) != ptr([1, 2]));
show_debug_message(ptr(_arr) != ptr(_st));
show_debug_message(int64(ptr("1F")));
show_debug_message(int64(ptr("0x1f")));
show_debug_message(int64(ptr("ff")));
show_debug_message(int64(ptr("1.72")));
show_debug_message(ptr("input string") == pointer_null);
show_debug_message(ptr("") == pointer_null);
try { real(ptr("ff")); } catch (e) { show_debug_message(e.message); }
try { real(pointer_null); } catch (e) { show_debug_message("pointer_null refused"); }
show_debug_message(typeof(int64(ptr(12))));
show_debug_message(int64(ptr(12)));
show_debug_message(bool(ptr(12)));
show_debug_message(bool(pointer_null));
show_debug_message(is_ptr(ptr(5)));
show_debug_message(ptr(pointer_null) == pointer_null);
ptr(undefined);
