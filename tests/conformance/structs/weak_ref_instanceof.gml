var _target = {hp: 3};
var _weak = weak_ref_create(_target);
show_debug_message(instanceof(_target));
show_debug_message(instanceof(_weak));
