// References are numbers where GameMaker treats them as numbers: is_numeric of instance ids and
// function references, is_real of function references, real()/int64() and buffer_write of a
// reference give its index.
function scr_a() {}
var _inst = instance_create_depth(0, 0, 0, obj_thing);
show_debug_message(is_numeric(_inst));
show_debug_message(is_numeric(scr_a));
show_debug_message(is_numeric(show_debug_message));
show_debug_message(is_real(scr_a));
show_debug_message(is_real(_inst));
show_debug_message(is_numeric(function() {}));
show_debug_message(real(_inst) >= 100000);
show_debug_message(typeof(real(_inst)));
show_debug_message(int64(_inst) == real(_inst));
show_debug_message(int64(scr_a) == real(scr_a));
show_debug_message(real(scr_a) >= 0);
var _buf = buffer_create(16, buffer_fixed, 1);
buffer_write(_buf, buffer_u32, _inst);
buffer_poke(_buf, 4, buffer_f64, _inst);
show_debug_message(buffer_peek(_buf, 0, buffer_u32) == real(_inst));
show_debug_message(buffer_peek(_buf, 4, buffer_f64) == real(_inst));
buffer_delete(_buf);
game_end();

#object obj_thing
