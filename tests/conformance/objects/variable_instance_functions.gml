// variable_instance_exists/get/set/get_names/names_count on instances.
var a = instance_create_depth(0, 0, 0, obj_a);
show_debug_message(variable_instance_exists(a, "hp") ? "hp exists" : "no hp");
show_debug_message(variable_instance_exists(a, "mana") ? "mana exists" : "no mana");
variable_instance_set(a, "mana", 7);
show_debug_message(a.mana);
show_debug_message(variable_instance_get(a, "hp") + variable_instance_get(a, "mana"));
show_debug_message(variable_instance_get(a, "nothing"));
variable_instance_set(a, "x", 12);
show_debug_message(a.x);
with (a) {
    show_debug_message(variable_instance_exists(id, "mana") ? "self sees mana" : "no");
    variable_instance_set(id, "hp", 99);
}
show_debug_message(a.hp);
var b = instance_create_depth(0, 0, 0, obj_b);
var names = variable_instance_get_names(b);
// the order of the names is not specified
var n0 = names[0], n1 = names[1];
show_debug_message(n0 < n1 ? n0 + "," + n1 : n1 + "," + n0);
show_debug_message(variable_instance_names_count(b));
instance_destroy(all);

#object obj_a
#event create
hp = 10;
#object obj_b
#event create
zeta = 1;
alpha = 2;
