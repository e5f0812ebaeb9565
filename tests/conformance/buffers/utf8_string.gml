// Strings are stored as UTF-8
var b = buffer_create(16, buffer_grow, 1);
buffer_write(b, buffer_string, "né€");
show_debug_message(buffer_tell(b));
buffer_seek(b, buffer_seek_start, 0);
show_debug_message(buffer_read(b, buffer_string));
show_debug_message(buffer_peek(b, 1, buffer_u8));
