// Object names resolve anywhere in the file, even above their #object section and in functions.
function spawn(_x) {
    return instance_create_depth(_x, 0, 0, obj_late);
}
var o = obj_late;
show_debug_message(object_get_name(o));
spawn(5);
show_debug_message(instance_number(obj_late));
with (obj_late) instance_destroy();

#object obj_early
#event create
show_debug_message("unused");

#object obj_late
#event create
show_debug_message("created at " + string(x));
