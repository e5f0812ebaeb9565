// A string written as a number type: buffer_error_invalid_type
var b = buffer_create(4, buffer_fixed, 1);
show_debug_message(buffer_write(b, buffer_u16, "text"));
show_debug_message(buffer_tell(b));
var f = buffer_create(4, buffer_fast, 1);
show_debug_message(buffer_write(f, buffer_u8, 9));
show_debug_message(buffer_write(f, buffer_f32, 1) == buffer_error_invalid_type);
