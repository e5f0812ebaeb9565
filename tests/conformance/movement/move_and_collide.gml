// move_and_collide (manual: Movement): the motion is split into 4 steps; a blocked step is tried
// at 45 degrees to either side (or along xoff/yoff), so the mover slides past a 10x10 block; the
// constraints keep it within that distance of its start; it returns the instances met.
var surf = surface_create(10, 10);
var spr = sprite_create_from_surface(surf, 0, 0, 10, 10, false, false, 0, 0);
object_set_sprite(obj_mover, spr);
object_set_sprite(obj_block, spr);
global.block = instance_create_depth(50, 0, 0, obj_block);
instance_create_depth(0, 0, 0, obj_mover);

#object obj_block

#object obj_mover
#event create
var met = move_and_collide(100, 0, obj_block);
show_debug_message(["slides up", x, y, array_length(met), met[0] == global.block]);
x = 0;
y = 0;
met = move_and_collide(100, 0, obj_block, 4, 0, 1);
show_debug_message(["along xoff/yoff", x, y, array_length(met)]);
x = 0;
y = 0;
met = move_and_collide(100, 0, obj_block, 4, 0, 0, -1, 0);
show_debug_message(["y constrained", x, y, array_length(met)]);
x = 45;
met = move_and_collide(10, 0, obj_block);
show_debug_message(["already overlapping", x, array_length(met)]);
x = 0;
met = move_and_collide(30, 0, noone);
show_debug_message(["noone", x, array_length(met)]);
met = move_and_collide(20, 0, obj_block, 2);
show_debug_message(["free path", x, y, array_length(met)]);
game_end();
