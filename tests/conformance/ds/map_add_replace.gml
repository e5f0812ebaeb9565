// ds_map_add never overwrites; ds_map_replace reports whether the key was there.
var m = ds_map_create();
show_debug_message(ds_map_add(m, "level", 1) ? "added" : "refused");
show_debug_message(ds_map_add(m, "level", 2) ? "added" : "refused");
show_debug_message(m[? "level"]);
show_debug_message(ds_map_replace(m, "level", 5) ? "replaced" : "created");
show_debug_message(ds_map_replace(m, "torso", 55) ? "replaced" : "created");
show_debug_message(m[? "level"]);
show_debug_message(m[? "torso"]);
show_debug_message(ds_map_size(m));
ds_map_destroy(m);
