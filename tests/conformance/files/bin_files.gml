// file_bin_open / write_byte / size / seek / position / read_byte
var filePath = working_directory + "testDir\\fileTest.bin";
directory_create(working_directory + "testDir");
var file = file_bin_open(filePath, 1);
show_debug_message(file > 0);
file_bin_write_byte(file, 101);
file_bin_write_byte(file, 1100);
file_bin_write_byte(file, 1);
file_bin_write_byte(file, 255);
file_bin_close(file);
file = file_bin_open(filePath, 0);
show_debug_message(file_bin_size(file));
show_debug_message(file_bin_read_byte(file));
show_debug_message(file_bin_read_byte(file));
file_bin_seek(file, 3);
show_debug_message(file_bin_position(file));
show_debug_message(file_bin_read_byte(file));
show_debug_message(file_bin_position(file));
show_debug_message(file_bin_close(file));
