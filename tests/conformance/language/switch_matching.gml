// case values compare with the == rules: epsilon, numeric strings, runtime expressions
switch (0.1 + 0.2) {
    case 0.3: show_debug_message("epsilon match"); break;
    default: show_debug_message("no match");
}
switch ("10") {
    case 10: show_debug_message("numeric string matches number"); break;
    default: show_debug_message("no match");
}
var target = 6;
switch (target) {
    case 2 * 3: show_debug_message("expression case"); break;
}
function side(v) { show_debug_message("switch value evaluated"); return v; }
switch (side(2)) {
    case 1: break;
    case 2: show_debug_message("two"); break;
    case 3: break;
}
switch (true) {
    case 1: show_debug_message("true matches 1"); break;
}
switch (undefined) {
    case 0: show_debug_message("wrong"); break;
    case undefined: show_debug_message("undefined case"); break;
}
enum Dir { Up, Down }
switch (Dir.Down) {
    case Dir.Up: show_debug_message("up"); break;
    case Dir.Down: show_debug_message("down"); break;
}
