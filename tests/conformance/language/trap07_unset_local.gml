function omitted(a) { return a; }
show_debug_message(omitted());
function unset() {
    var t;
    try {
        show_debug_message(t);
    } catch (e) {
        show_debug_message("reading an unset local is an error");
    }
    t = 2;
    show_debug_message(t);
}
unset();
var top;
show_debug_message(top);
