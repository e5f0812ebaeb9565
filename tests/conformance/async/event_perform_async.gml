// event_perform_async: the map becomes async_load in the chosen Async event of every instance
// that has it, in the next async phase, and is destroyed after the event.
var _map = ds_map_create();
_map[? "id"] = "custom_async_event";
_map[? "result"] = true;
_map[? "data"] = { a: 13, b: 16 };
global.map = _map;
global.frames = 0;
instance_create_depth(0, 0, 0, obj_social, { name: "first" });
instance_create_depth(0, 0, 0, obj_social, { name: "second" });
event_perform_async(ev_async_social, _map);
show_debug_message("performed; async_load is still " + string(async_load));

#object obj_social
#event async_social
if (async_load[? "id"] == "custom_async_event") {
    var _data = async_load[? "data"];
    show_debug_message(name + ": result " + string(async_load[? "result"]) + ", a + b = " + string(_data.a + _data.b));
}
#event step
global.frames += 1;
if (name == "first") show_debug_message("step: map exists " + string(ds_exists(global.map, ds_type_map)));
instance_destroy();
