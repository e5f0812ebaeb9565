// case values are evaluated in order at run time, only until one matches
global.log = "";
function c(v) { global.log += string(v); return v; }
switch (2) {
    case c(1): break;
    case c(2): show_debug_message("matched 2"); break;
    case c(3): break;
}
show_debug_message(global.log);
