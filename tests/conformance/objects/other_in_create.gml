// In Create, `other` is the instance whose code called instance_create_*.
instance_create_depth(0, 0, 0, obj_parent, { name: "spawner" });

#object obj_parent
#event create
child = instance_create_depth(0, 0, 0, obj_kid, { name: "kid" });
show_debug_message("back in " + name + ", kid's creator " + child.creator);
instance_destroy(child);
instance_destroy();

#object obj_kid
#event create
creator = other.name;
show_debug_message(name + " created by " + other.name);
other.note = "set by kid";
show_debug_message("creator's note: " + other.note);
