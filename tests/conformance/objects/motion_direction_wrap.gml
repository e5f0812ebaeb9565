// direction always reads back within 0..360, whichever way it was set
instance_create_depth(0, 0, 0, obj_turret);
#object obj_turret
#event create
direction = -90;
show_debug_message(direction);
direction = 370;
show_debug_message(direction);
direction += 720;
show_debug_message(direction);
speed = 2;
direction = -180;
show_debug_message(string(hspeed) + " " + string(vspeed));
instance_destroy();
