// asset_get_index / asset_get_type find objects and script functions (constructors included)
// by name; an unknown name gives -1 and asset_unknown (manual: asset_get_index, asset_get_type).
// handle_parse turns string() of a handle back into it (manual: handle_parse).
function scr_hello() { return "hello"; }
function Vec2(_x, _y) constructor { x = _x; y = _y; }
show_debug_message(asset_get_index("scr_hello") == scr_hello);
show_debug_message(script_execute(asset_get_index("scr_hello")));
show_debug_message(asset_get_type("scr_hello") == asset_script);
show_debug_message(asset_get_type("Vec2") == asset_script);
var _ctor = asset_get_index("Vec2");
var _v = new _ctor(3, 4);
show_debug_message(_v.x + _v.y);
show_debug_message(asset_get_index("obj_thing") == obj_thing);
show_debug_message(asset_get_type("obj_thing") == asset_object);
show_debug_message(asset_get_index("no_such_asset"));
show_debug_message(asset_get_type("no_such_asset") == asset_unknown);
show_debug_message(handle_parse(string(obj_thing)) == obj_thing);
show_debug_message(typeof(handle_parse("ref sprite 0")));
show_debug_message(handle_parse("ref sprite 0"));
show_debug_message(handle_parse("sprite 0"));
show_debug_message(handle_parse("ref nothing 0"));

#object obj_thing
