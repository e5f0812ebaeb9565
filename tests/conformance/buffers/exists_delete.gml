// buffer_exists / buffer_delete manual examples
var buff = buffer_create(16, buffer_fixed, 1);
show_debug_message(buffer_exists(buff));
if (buffer_exists(buff))
{
    buffer_delete(buff);
}
show_debug_message(buffer_exists(buff));
buff = -1;
show_debug_message(buffer_exists(buff));
