// Asset handles (GameMaker 2023.8+): typeof "ref", string() "ref sprite N"; asset_get_index of
// script functions and constructors gives something calls and `new` accept.
function scr_double(n) { return n * 2; }
function Point(_x, _y) constructor { x = _x; y = _y; }

var surf = surface_create(32, 16);
var s0 = sprite_create_from_surface(surf, 0, 0, 32, 16, false, false, 0, 0);
var s1 = sprite_duplicate(s0);
show_debug_message(typeof(s0));
show_debug_message(string(s0));
show_debug_message(string(s1));
show_debug_message(sprite_exists(s1));
show_debug_message(sprite_get_name(s0));
show_debug_message(asset_get_index(sprite_get_name(s1)) == s1);
show_debug_message(asset_get_type(sprite_get_name(s0)) == asset_sprite);

var f = asset_get_index("scr_double");
show_debug_message(f(21));
show_debug_message(asset_get_type("scr_double") == asset_script);
var P = asset_get_index("Point");
var p = new P(3, 4);
show_debug_message(p.x + p.y);
show_debug_message(instanceof(p));

show_debug_message(asset_get_index("obj_marker"));
show_debug_message(asset_get_type("obj_marker") == asset_object);
show_debug_message(asset_get_index("no_such_asset"));
show_debug_message(asset_get_type("no_such_asset") == asset_unknown);

show_debug_message(array_length(asset_get_ids(asset_sprite)));
show_debug_message(array_length(asset_get_ids(asset_script)));
show_debug_message(asset_get_ids(asset_object));
show_debug_message(asset_get_ids(asset_font));

sprite_delete(s1);
show_debug_message(sprite_exists(s1));
show_debug_message(sprite_get_name(s1) == "");
show_debug_message(asset_get_index(sprite_get_name(s0)) == s0);
show_debug_message(sprite_get_width(s1));

#object obj_marker
