// buffer_sizeof manual example, and the size of every numeric type
var _bytesize = 12 * buffer_sizeof(buffer_u8);
buff = buffer_create(_bytesize, buffer_fixed, 1);
show_debug_message(buffer_get_size(buff));
show_debug_message(buffer_sizeof(buffer_s8));
show_debug_message(buffer_sizeof(buffer_u16));
show_debug_message(buffer_sizeof(buffer_s16));
show_debug_message(buffer_sizeof(buffer_u32));
show_debug_message(buffer_sizeof(buffer_s32));
show_debug_message(buffer_sizeof(buffer_f16));
show_debug_message(buffer_sizeof(buffer_f32));
show_debug_message(buffer_sizeof(buffer_f64));
show_debug_message(buffer_sizeof(buffer_u64));
show_debug_message(buffer_sizeof(buffer_bool));
