// async_load: a ds_map during an async event, -1 everywhere else.
show_debug_message("top level: " + string(async_load));
global.request_id = http_get("{{SERVER}}/hello");
instance_create_depth(0, 0, 0, obj_reader);

#object obj_reader
#event step_begin
if (async_load != -1) show_debug_message("Begin Step saw " + string(async_load));
#event async_http
if (ds_map_find_value(async_load, "id") == global.request_id) {
    if (ds_map_find_value(async_load, "status") >= 0) {
        show_debug_message("a ds_map: " + string(ds_exists(async_load, ds_type_map)));
        show_debug_message("result: " + ds_map_find_value(async_load, "result"));
        global.map = async_load;
        done = true;
    }
}
#event step
if (async_load != -1) show_debug_message("Step saw " + string(async_load));
if (variable_instance_exists(id, "done")) {
    show_debug_message("the map after the event exists: " + string(ds_exists(global.map, ds_type_map)));
    instance_destroy();
}
