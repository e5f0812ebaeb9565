// ds_priority_write / ds_priority_read.
var p_queue = ds_priority_create();
ds_priority_add(p_queue, "job", 5);
show_debug_message(ds_priority_write(p_queue));
ds_priority_add(p_queue, "urgent", 50);
// every priority is written first, then every value
show_debug_message(ds_priority_write(p_queue));
ds_priority_add(p_queue, "later", 0.5);
var str = ds_priority_write(p_queue);
ds_priority_clear(p_queue);
ds_priority_read(p_queue, str);
show_debug_message(ds_priority_size(p_queue));
show_debug_message(ds_priority_delete_max(p_queue));
show_debug_message(ds_priority_delete_min(p_queue));
show_debug_message(ds_priority_find_priority(p_queue, "job"));
ds_priority_destroy(p_queue);
