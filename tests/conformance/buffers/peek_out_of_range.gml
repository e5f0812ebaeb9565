// buffer_peek returns undefined when it cannot read
var b = buffer_create(4, buffer_fixed, 1);
show_debug_message(buffer_peek(b, 4, buffer_u8));
show_debug_message(buffer_peek(b, 2, buffer_u32));
show_debug_message(buffer_peek(b, 0, buffer_u32));
