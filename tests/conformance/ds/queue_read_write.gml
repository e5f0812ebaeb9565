// ds_queue_write / ds_queue_read round trip, and a string written by GameMaker's native runner.
var queue = ds_queue_create();
ds_queue_enqueue(queue, 100, 200, 300);
ds_queue_dequeue(queue);
ds_queue_enqueue(queue, "four");
var str = ds_queue_write(queue);
var loaded = ds_queue_create();
ds_queue_read(loaded, str);
show_debug_message(ds_queue_size(loaded));
show_debug_message(ds_queue_head(loaded));
show_debug_message(ds_queue_tail(loaded));
var native = "CB000000030000000000000010000000000000000000000000005940000000000000000000006940000000000000000000C07240";
for (var i = 0; i < 13; i++) native += "000000000000000000000000";
ds_queue_read(loaded, native);
show_debug_message(ds_queue_size(loaded));
show_debug_message(ds_queue_dequeue(loaded));
show_debug_message(ds_queue_tail(loaded));
ds_queue_destroy(queue);
ds_queue_destroy(loaded);
