// finally runs before an outer handler sees the error, also when catch throws
try {
    try { throw "first"; } finally { show_debug_message("finally runs before outer catch"); }
} catch (e) { show_debug_message("outer got " + e); }
try {
    try { throw "original"; } catch (e) { throw "from catch"; } finally { show_debug_message("finally after throwing catch"); }
} catch (e) { show_debug_message("outer got " + e); }
function f() {
    try { return "try value"; } finally { show_debug_message("f finally"); }
}
var r = f();
show_debug_message(r);
var n = 0;
while (true) {
    try { n++; if (n >= 3) break; } finally { show_debug_message("iteration " + string(n)); }
}
show_debug_message(n);
