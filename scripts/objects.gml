// Objects and events in one file: `gml run scripts/objects.gml`
// Top-level code runs once before the first frame; each #object section declares an object,
// each #event block one of its events (GMEdit's event names).

show_debug_message("creating a spawner");
instance_create_depth(0, 0, 0, obj_spawner);

#object obj_spawner
#event create
count = 0;
alarm[0] = 3;                 // fires in 3 frames

#event alarm0
count += 1;
var b = instance_create_depth(count * 10, 0, 0, obj_ball, { label: "ball " + string(count) });
show_debug_message("spawned " + b.label);
if (count < 3) alarm[0] = 3; else alarm[1] = 10;

#event alarm1
show_debug_message("balls alive: " + string(instance_number(obj_ball)));
with (obj_ball) instance_destroy();
game_end();

#object obj_ball
#event create
hspeed = 2;                   // GameMaker moves it every step

#event step
if (x > 40) {
    show_debug_message(label + " left the screen at x=" + string(x));
    instance_destroy();
}

#event destroy
show_debug_message(label + " destroyed");
