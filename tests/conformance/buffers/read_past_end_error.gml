// Reading a number past the end of a fixed buffer is a runtime error
var b = buffer_create(2, buffer_fixed, 1);
buffer_write(b, buffer_u16, 7);
show_debug_message("before");
var v = buffer_read(b, buffer_u8);
show_debug_message("not reached");
