// buffer_md5, buffer_sha1 and buffer_crc32 of the bytes "abc"
var buff = buffer_create(3, buffer_fixed, 1);
buffer_write(buff, buffer_text, "abc");
show_debug_message(buffer_md5(buff, 0, buffer_get_size(buff)));
show_debug_message(buffer_sha1(buff, 0, buffer_get_size(buff)));
show_debug_message(buffer_crc32(buff, 0, buffer_get_size(buff)));
show_debug_message(buffer_md5(buff, 1, 1));
