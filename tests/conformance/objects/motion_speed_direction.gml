// speed/direction and hspeed/vspeed keep each other in step.
var i = instance_create_depth(0, 0, 0, obj_m);
with (i) {
    speed = 4;
    direction = 0;
    show_debug_message("h " + string(hspeed) + " v " + string(vspeed));
    direction = 180;
    show_debug_message("h " + string(hspeed) + " v " + string(vspeed));
    direction = 90;
    show_debug_message("h " + string(round(hspeed)) + " v " + string(vspeed));
    hspeed = 3;
    vspeed = -4;
    show_debug_message("speed " + string(speed) + " direction " + string(direction));
    hspeed = -2;
    vspeed = 0;
    show_debug_message("speed " + string(speed) + " direction " + string(direction));
    vspeed = 2;
    show_debug_message("speed " + string(speed) + " direction " + string(direction));
    speed = 0;
    show_debug_message((hspeed == 0 && vspeed == 0 ? "stopped" : "moving") + ", direction " + string(direction));
}
instance_destroy(i);

#object obj_m
