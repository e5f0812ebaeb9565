// buffer_decompress of data that is not zlib gives -1
var b = buffer_create(8, buffer_fixed, 1);
buffer_write(b, buffer_text, "not zlib");
show_debug_message(buffer_decompress(b));
