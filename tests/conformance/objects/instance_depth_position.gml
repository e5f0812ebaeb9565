// instance_create_depth sets x, y, depth, xstart/ystart and xprevious/yprevious.
var a = instance_create_depth(12, -3, 150, obj_a);
show_debug_message(string(a.x) + " " + string(a.y) + " " + string(a.depth));
show_debug_message(string(a.xstart) + " " + string(a.ystart) + " " + string(a.xprevious) + " " + string(a.yprevious));
a.x = 40;
show_debug_message(string(a.x) + " " + string(a.xstart));
show_debug_message(string(a.speed) + " " + string(a.direction) + " " + string(a.gravity_direction));
instance_destroy(a);

#object obj_a
