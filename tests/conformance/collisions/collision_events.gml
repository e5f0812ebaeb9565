// Collision events run after motion and before End Step, once per colliding instance, with
// `other` the instance met; an event with a parent object also catches its children. When
// either instance is solid both go back to their previous positions before the event.
var surf = surface_create(10, 10);
var spr = sprite_create_from_surface(surf, 0, 0, 10, 10, false, false, 0, 0);
object_set_sprite(obj_mover, spr);
object_set_sprite(obj_block, spr);
object_set_sprite(obj_spike, spr);
global.t = 0;
var m = instance_create_depth(0, 0, 0, obj_mover);
m.hspeed = 3;
instance_create_depth(20, 0, 0, obj_spike);
instance_create_depth(40, 0, 0, obj_block);

#object obj_mover
#event step
global.t += 1;
#event collision:obj_hazard
show_debug_message("t" + string(global.t) + " hazard " + object_get_name(other.object_index) + " at x=" + string(x));
#event collision:obj_block
show_debug_message("t" + string(global.t) + " block at x=" + string(x) + " xprevious=" + string(xprevious));
hspeed = 0;
#event step_end
if (hspeed == 0) {
    show_debug_message("stopped at x=" + string(x));
    with (all) instance_destroy();
}

#object obj_hazard
#object obj_spike : obj_hazard
#event create
solid = false;
#object obj_block
#event create
solid = true;
#event collision:obj_mover
show_debug_message("block hit by mover at x=" + string(other.x));
