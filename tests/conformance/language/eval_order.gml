// binary operands are evaluated left then right (function arguments have no guaranteed order)
global.log = "";
function t(v) { global.log += string(v); return v; }
var r = t(1) + t(2) * t(3);
show_debug_message(r);
show_debug_message(global.log);
global.log = "";
var s = t("a") + t("b");
show_debug_message(global.log);
