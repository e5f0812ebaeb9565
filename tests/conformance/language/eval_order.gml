global.log = "";
function t(v) { global.log += string(v); return v; }
var r = t(1) + t(2) * t(3);
show_debug_message(r);
show_debug_message(global.log);
global.log = "";
var s = t("a") + t("b");
show_debug_message(global.log);
global.log = "";
var arr = [t(1), t(2), t(3)];
show_debug_message(global.log);
global.log = "";
var st = {p: t(4), q: t(5)};
show_debug_message(global.log);
