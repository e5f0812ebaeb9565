// An instance destroyed earlier in a pass does not run that event; one destroyed after its turn did.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_k, { name: "first" });
instance_create_depth(0, 0, 0, obj_k, { name: "second" });
instance_create_depth(0, 0, 0, obj_k, { name: "third" });

#object obj_k
#event step
show_debug_message(name + " step");
if (name == "second") {
    with (obj_k) if (name != "second") instance_destroy();
}
#event step_end
show_debug_message(name + " end");
game_end();
#event destroy
show_debug_message(name + " destroy");
