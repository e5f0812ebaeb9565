// What buffer_save wrote, read back byte by byte with the binary file functions
var b = buffer_create(5, buffer_fixed, 1);
buffer_write(b, buffer_s32, -2);
buffer_write(b, buffer_u8, 65);
buffer_save(b, "raw.bin");
var f = file_bin_open("raw.bin", 0);
var s = "";
repeat (file_bin_size(f)) s += string(file_bin_read_byte(f)) + " ";
file_bin_close(f);
show_debug_message(s);
