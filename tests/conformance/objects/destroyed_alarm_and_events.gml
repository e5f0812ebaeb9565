// A destroyed instance's pending alarm never fires; noone is never an instance.
global.frame = 0;
var a = instance_create_depth(0, 0, 0, obj_a);
instance_create_depth(0, 0, 0, obj_clock);
with (a) alarm[0] = 2;
show_debug_message(instance_exists(noone) ? "noone exists" : "noone does not exist");
show_debug_message(instance_number(noone));

#object obj_a
#event alarm0
show_debug_message("never");

#object obj_clock
#event step
global.frame += 1;
if (global.frame == 1) instance_destroy(obj_a);
if (global.frame == 4) {
    show_debug_message("clock done");
    instance_destroy();
}
