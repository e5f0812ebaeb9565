// Hashes of a buffer filled with "a" then, from the middle, "b"
var b = buffer_create(512, buffer_grow, 1);
buffer_fill(b, 0, buffer_text, "a", 512);
buffer_fill(b, 256, buffer_text, "b", 512);
show_debug_message(buffer_get_size(b));
show_debug_message(buffer_md5(b, 0, 512));
show_debug_message(buffer_sha1(b, 0, 512));
