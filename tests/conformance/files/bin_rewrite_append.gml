// file_bin_rewrite clears a file; seeking to the size appends (file_bin_seek manual example)
var file = file_bin_open("myfile.bin", 2);
file_bin_write_byte(file, 1);
file_bin_write_byte(file, 2);
file_bin_close(file);
file = file_bin_open("myfile.bin", 2);
var size = file_bin_size(file);
file_bin_seek(file, size);
file_bin_write_byte(file, 3);
show_debug_message(file_bin_size(file));
file_bin_close(file);
file = file_bin_open("myfile.bin", 2);
file_bin_rewrite(file);
show_debug_message(file_bin_size(file));
file_bin_write_byte(file, 9);
file_bin_close(file);
var b = buffer_load("myfile.bin");
show_debug_message(buffer_get_size(b));
show_debug_message(buffer_peek(b, 0, buffer_u8));
