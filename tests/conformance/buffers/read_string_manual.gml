// buffer_read manual example: a grow buffer, a string written and read back
buffer = buffer_create(10240, buffer_grow, 1);
buffer_write(buffer, buffer_string, "Hello World");
show_debug_message(buffer_tell(buffer));
buffer_seek(buffer, buffer_seek_start, 0);
result = buffer_read(buffer, buffer_string);
show_debug_message("Result = " + result);
show_debug_message(buffer_tell(buffer));
buffer_delete(buffer);
