// ds_exists checks one kind of structure; each kind has its own indexes.
var ai_grid = -1;
if (!ds_exists(ai_grid, ds_type_grid))
{
    ai_grid = ds_grid_create(4, 4);
}
show_debug_message(ds_exists(ai_grid, ds_type_grid) ? "grid exists" : "no grid");
var l = ds_list_create();
var s = ds_stack_create();
var q = ds_queue_create();
var p = ds_priority_create();
var m = ds_map_create();
show_debug_message(ds_exists(l, ds_type_list) ? "list exists" : "no list");
show_debug_message(ds_exists(s, ds_type_stack) ? "stack exists" : "no stack");
show_debug_message(ds_exists(q, ds_type_queue) ? "queue exists" : "no queue");
show_debug_message(ds_exists(p, ds_type_priority) ? "priority exists" : "no priority");
show_debug_message(ds_exists(m, ds_type_map) ? "map exists" : "no map");
show_debug_message(ds_exists(1000, ds_type_map) ? "map 1000 exists" : "no map 1000");
ds_list_destroy(l);
ds_stack_destroy(s);
ds_queue_destroy(q);
ds_priority_destroy(p);
ds_map_destroy(m);
ds_grid_destroy(ai_grid);
show_debug_message(ds_exists(l, ds_type_list) || ds_exists(s, ds_type_stack) || ds_exists(q, ds_type_queue) || ds_exists(p, ds_type_priority) || ds_exists(m, ds_type_map) || ds_exists(ai_grid, ds_type_grid) ? "something left" : "all destroyed");
show_debug_message(string(ds_type_map) + " " + string(ds_type_list) + " " + string(ds_type_stack) + " " + string(ds_type_queue) + " " + string(ds_type_grid) + " " + string(ds_type_priority));
