function counter() {
    static num = 0;
    num++;
    return num;
}
repeat (3) counter();
show_debug_message(counter());
show_debug_message(counter.num);
// statics are initialised before the body, even when written later or inside a false if
function early() {
    show_debug_message(later);
    if (false) {
        static hidden = "hidden initialised";
    }
    show_debug_message(hidden);
    static later = "later initialised";
}
early();
// each function has its own statics
function other_counter() { static num = 100; num++; return num; }
show_debug_message(other_counter());
show_debug_message(counter());
// initialisers run only once
global.inits = 0;
function init_once() { static v = ++global.inits; return v; }
init_once(); init_once(); init_once();
show_debug_message(global.inits);
// function literals have their own statics too
var lit = function() { static calls = 0; return ++calls; };
lit(); lit();
show_debug_message(lit());
