var a = 0;
try {
    try {
        var c = a div 0;
    } finally {
        ++a;
        show_debug_message("inner finally");
    }
} catch (ex) {
    ++a;
    show_debug_message("outer catch");
} finally {
    show_debug_message("a = " + string(a));
}
try {
    try {
        throw "first";
    } catch (e) {
        show_debug_message("inner caught " + e);
        throw "second";
    } finally {
        show_debug_message("inner finally after rethrow");
    }
} catch (e) {
    show_debug_message("outer caught " + e);
}
function deep(n) {
    if (n == 0) throw "bottom";
    try {
        deep(n - 1);
    } finally {
        show_debug_message("unwind " + string(n));
    }
}
try { deep(3); } catch (e) { show_debug_message("caught " + e); }
// a caught error inside a loop does not stop the loop
var ok = 0;
for (var i = 0; i < 3; i++) {
    try { if (i == 1) throw "skip"; ok++; } catch (e) { }
}
show_debug_message(ok);
