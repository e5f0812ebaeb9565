// buffer_tell manual example: remember the position, read from the start, go back
var buff = buffer_create(16, buffer_fixed, 2);
buffer_write(buff, buffer_s16, 10);
buffer_write(buff, buffer_s16, 20);
buffer_write(buff, buffer_s16, 30);
buffer_write(buff, buffer_s16, 40);
var _pos = buffer_tell(buff);
buffer_seek(buff, buffer_seek_start, 0);
val[0] = buffer_read(buff, buffer_s16);
val[1] = buffer_read(buff, buffer_s16);
val[2] = buffer_read(buff, buffer_s16);
buffer_seek(buff, buffer_seek_start, _pos);
show_debug_message(val);
show_debug_message(buffer_tell(buff));
