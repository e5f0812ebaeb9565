// buffer_load_partial manual example: 5 bytes from file offset 6 into a new grow buffer
var src = buffer_create(16, buffer_fixed, 1);
buffer_write(src, buffer_text, "Hello World, hi!");
buffer_save(src, "save.dat");
buff = buffer_create(256, buffer_grow, 1);
var _file = "save.dat";
var _so = 6;
var _sl = 5;
var _do = 0;
buffer_load_partial(buff, _file, _so, _sl, _do);
show_debug_message(buffer_read(buff, buffer_string));
