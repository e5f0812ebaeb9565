// Within one event, instances of different objects run in one creation order (not object by
// object). An instance destroyed during the pass is skipped and no longer counted; one created
// during it runs from the next frame, after the older ones.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_a, { name: "a1" });
instance_create_depth(0, 0, 0, obj_b, { name: "b1" });
instance_create_depth(0, 0, 0, obj_a, { name: "a2" });
instance_create_depth(0, 0, 0, obj_b, { name: "b2" });
instance_create_depth(0, 0, 0, obj_frames);

#object obj_frames
#event step_begin
global.frame += 1;
show_debug_message("frame " + string(global.frame));
#event step_end
if (global.frame == 2) game_end();

#object obj_a
#event step
show_debug_message(name + " step");
if (name == "a1" && global.frame == 1) {
    with (obj_b) if (name == "b2") instance_destroy();
    instance_create_depth(0, 0, 0, obj_a, { name: "a3" });
    show_debug_message("a: " + string(instance_number(obj_a)) + ", b: " + string(instance_number(obj_b)));
}

#object obj_b
#event step
show_debug_message(name + " step");
#event destroy
show_debug_message(name + " destroy");
