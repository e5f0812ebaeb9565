// Elements on layers (manual: layer_sprite_create, layer_background_create, layer_tile_create,
// layer_sequence_create, layer_get_all_elements, layer_element_move): each keeps its
// properties; ids name one element of one kind.
var l = layer_create(10, "Things");
var s = layer_sprite_create(l, 40, 50, 3);
layer_sprite_xscale(s, 2);
layer_sprite_angle(s, 90);
layer_sprite_alpha(s, 0.5);
layer_sprite_index(s, 1);
show_debug_message([layer_sprite_get_x(s), layer_sprite_get_y(s), layer_sprite_get_xscale(s), layer_sprite_get_yscale(s), layer_sprite_get_angle(s), layer_sprite_get_alpha(s), layer_sprite_get_index(s), layer_sprite_get_sprite(s)]);
show_debug_message([layer_sprite_exists(l, s), layer_get_element_type(s) == layerelementtype_sprite]);
var bg = layer_background_create(l, -1);
layer_background_htiled(bg, true);
layer_background_blend(bg, c_red);
show_debug_message([layer_background_get_htiled(bg), layer_background_get_vtiled(bg), layer_background_get_blend(bg), layer_background_get_visible(bg), layer_background_get_speed(bg)]);
var t = layer_tile_create(l, 8, 16, 0, 16, 0, 16, 16);
layer_tile_region(t, 32, 16, 8, 8);
show_debug_message([layer_tile_get_region(t), layer_tile_get_x(t), layer_tile_get_y(t), layer_tile_get_visible(t)]);
var q = layer_sequence_create(l, 5, 6, 0);
layer_sequence_headpos(q, 30);
layer_sequence_headdir(q, seqdir_left);
show_debug_message([layer_sequence_get_headpos(q), layer_sequence_get_headdir(q), layer_sequence_get_speedscale(q), layer_sequence_get_x(q)]);
var els = layer_get_all_elements(l);
show_debug_message(array_length(els));
var types = [];
for (var i = 0; i < array_length(els); i++) array_push(types, layer_get_element_type(els[i]));
show_debug_message(types);
// A getter of another kind does not see the element.
show_debug_message([layer_background_get_blend(s), layer_sprite_get_x(bg), layer_background_exists(l, s)]);
var other_layer = layer_create(0, "Other");
layer_element_move(s, other_layer);
show_debug_message([layer_get_element_layer(s) == other_layer, array_length(layer_get_all_elements(l))]);
layer_sprite_destroy(s);
show_debug_message([layer_sprite_exists(other_layer, s), layer_get_element_type(s), layer_get_element_layer(s)]);
layer_destroy(l);
show_debug_message([layer_background_exists(l, bg), layer_tile_get_x(t)]);
