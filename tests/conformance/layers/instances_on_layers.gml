// Instances on layers (manual: instance_create_layer, layer_has_instance, layer_add_instance,
// layer_destroy_instances, layer_destroy): an instance is an element of its layer; destroying
// a layer destroys its instances (their Destroy event runs).
var a = layer_create(50, "Enemies");
var b = layer_create(-10, "Effects");
var e1 = instance_create_layer(0, 0, "Enemies", obj_enemy);
var e2 = instance_create_layer(0, 0, a, obj_enemy);
show_debug_message([e1.layer == a, e1.depth, layer_has_instance(a, e1), layer_has_instance(b, e1)]);
show_debug_message(array_length(layer_get_all_elements(a)));
var el = layer_get_all_elements(a)[0];
show_debug_message([layer_get_element_type(el) == layerelementtype_instance, layer_instance_get_instance(el) == e1]);
layer_add_instance(b, e2);
show_debug_message([layer_has_instance(a, e2), layer_has_instance("Effects", e2), e2.layer == b, e2.depth]);
instance_destroy(e1);
show_debug_message(array_length(layer_get_all_elements(a)));
show_debug_message(layer_instance_get_instance(el));
layer_depth(b, 25);
show_debug_message(e2.depth);
layer_destroy(b);
show_debug_message([instance_exists(e2), instance_number(obj_enemy)]);

#object obj_enemy
#event destroy
show_debug_message("destroyed");
