// buffer_save_ext saves part of a buffer; buffer_load gets exactly that back
var testBuffer = buffer_create(512, buffer_grow, 1);
buffer_fill(testBuffer, 256, buffer_u8, 10, 512);
buffer_save_ext(testBuffer, "BufferExt.sav", 256, 256);
var loadedBuffer = buffer_load("BufferExt.sav");
show_debug_message(buffer_get_size(loadedBuffer));
show_debug_message(buffer_peek(loadedBuffer, 0, buffer_u8));
show_debug_message(buffer_peek(loadedBuffer, 255, buffer_u8));
file_delete("BufferExt.sav");
show_debug_message(file_exists("BufferExt.sav"));
