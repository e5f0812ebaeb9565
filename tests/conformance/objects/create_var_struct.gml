// The optional struct's variables are set before Create runs.
var a = instance_create_depth(0, 0, 0, obj_unit, { hp: 5, label: "first" });
var b = instance_create_depth(0, 0, 0, obj_unit);
show_debug_message(a.hp);
show_debug_message(b.hp);
show_debug_message(a.label + " " + b.label);
with (obj_unit) instance_destroy();

#object obj_unit
#event create
if (variable_instance_exists(id, "hp")) {
    show_debug_message("create sees hp " + string(hp));
    hp *= 2;
} else {
    show_debug_message("create without hp");
    hp = 1;
    label = "default";
}
