// buffer_base64_decode manual example: a buffer stored in an INI as base64
var buff = buffer_create(4, buffer_fixed, 1);
buffer_write(buff, buffer_u32, 123456789);
ini_open("Save.ini");
ini_write_string("Save", "Slot1", buffer_base64_encode(buff, 0, 4));
ini_close();
buffer_delete(buff);
ini_open("Save.ini");
buff = buffer_base64_decode(ini_read_string("Save", "Slot1", ""));
ini_close();
show_debug_message(buffer_read(buff, buffer_u32));
