// A top-level array or single value is stored under the key "default".
var resultMap = json_decode("[{\"name\": \"ann\"}, {\"name\": \"bob\"}]");
var list = ds_map_find_value(resultMap, "default");
var names = "";
for (var n = 0; n < ds_list_size(list); n++)
{
    var map = ds_list_find_value(list, n);
    names += ds_map_find_value(map, "name") + " ";
}
show_debug_message(names);
show_debug_message(ds_list_is_map(list, 0) ? "item marked as map" : "item not marked");
ds_map_destroy(resultMap);
var single = json_decode("42");
show_debug_message(single[? "default"]);
ds_map_destroy(single);
// invalid JSON gives -1
show_debug_message(json_decode("{not json"));
