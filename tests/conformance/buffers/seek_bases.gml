// buffer_seek from the start, relative and from the end; non-wrap buffers clamp
var b = buffer_create(8, buffer_fixed, 1);
show_debug_message(buffer_seek(b, buffer_seek_start, 3));
show_debug_message(buffer_seek(b, buffer_seek_relative, 2));
show_debug_message(buffer_seek(b, buffer_seek_relative, -1));
show_debug_message(buffer_seek(b, buffer_seek_end, 0));
show_debug_message(buffer_seek(b, buffer_seek_start, 100));
show_debug_message(buffer_seek(b, buffer_seek_relative, -100));
show_debug_message(buffer_tell(b));
