// buffer_base64_encode / buffer_base64_decode
var buff = buffer_create(5, buffer_fixed, 1);
buffer_write(buff, buffer_text, "Hello");
var _b_str = buffer_base64_encode(buff, 0, buffer_get_size(buff));
show_debug_message(_b_str);
show_debug_message(buffer_base64_encode(buff, 1, 3));
var dec = buffer_base64_decode(_b_str);
show_debug_message(buffer_get_size(dec));
show_debug_message(buffer_get_type(dec));
show_debug_message(buffer_read(dec, buffer_text));
