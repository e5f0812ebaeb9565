// A grow buffer resizes itself to fit what is written
var b = buffer_create(1, buffer_grow, 1);
for (var i = 0; i < 10; i++) buffer_write(b, buffer_u8, i * 3);
show_debug_message(buffer_tell(b));
show_debug_message(buffer_get_size(b) >= 10);
show_debug_message(buffer_get_used_size(b));
buffer_seek(b, buffer_seek_start, 9);
show_debug_message(buffer_read(b, buffer_u8));
