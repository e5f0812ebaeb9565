// A layer with a speed moves that far every step (manual: layer_hspeed, layer_vspeed); the
// position it reaches reads back with layer_get_x / layer_get_y.
var clouds = layer_create(100, "Clouds");
layer_x(clouds, 10);
layer_hspeed(clouds, 2);
layer_vspeed(clouds, -0.5);
show_debug_message([layer_get_x(clouds), layer_get_y(clouds)]);
global.step = 0;
instance_create_depth(0, 0, 0, obj_watch);

#object obj_watch
#event step_end
show_debug_message(string(global.step) + ": " + string(layer_get_x("Clouds")) + ", " + string(layer_get_y("Clouds")));
global.step += 1;
if (global.step == 2) layer_hspeed("Clouds", 0);
if (global.step == 4) game_end();
