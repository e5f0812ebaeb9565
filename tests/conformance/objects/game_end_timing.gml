// game_end(): the rest of the event runs, the rest of that phase runs for the other instances,
// then the frame stops; Game End runs for every instance, then Clean Up.
instance_create_depth(0, 0, 0, obj_a, { name: "a" });
instance_create_depth(0, 0, 0, obj_a, { name: "b" });

#object obj_a
#event step
if (name == "a") {
    game_end();
    show_debug_message("a continues after game_end");
} else {
    show_debug_message("b step still runs");
}
#event step_end
show_debug_message(name + " end step");
#event other_game_end
show_debug_message(name + " game end");
#event cleanup
show_debug_message(name + " cleanup");
#event destroy
show_debug_message(name + " destroy");
