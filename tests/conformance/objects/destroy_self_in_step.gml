// Destroying yourself in Step: the rest of the event still runs, End Step is skipped.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_a, { name: "a" });
instance_create_depth(0, 0, 0, obj_a, { name: "b" });

#object obj_a
#event step_begin
if (name == "a") {
    global.frame += 1;
    show_debug_message("frame " + string(global.frame));
}
#event step
if (name == "a") {
    instance_destroy();
    show_debug_message("a still runs, name " + name + ", exists " + (instance_exists(id) ? "yes" : "no"));
}
#event step_end
show_debug_message(name + " end step");
game_end();
#event destroy
show_debug_message(name + " destroy");
