// buffer_get_used_size manual example: six f32 values in a 16-byte grow buffer
var _buffer = buffer_create(16, buffer_grow, 1);
show_debug_message(buffer_get_used_size(_buffer));
repeat (6)
{
    buffer_write(_buffer, buffer_f32, 4);
}
var _used_size = buffer_get_used_size(_buffer);
var _size = buffer_get_size(_buffer);
show_debug_message("used: " + string(_used_size));
show_debug_message(_size > _used_size);
buffer_delete(_buffer);
