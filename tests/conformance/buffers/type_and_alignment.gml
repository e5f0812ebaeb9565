// buffer_get_type and buffer_get_alignment give back what buffer_create was given
var kinds = [buffer_fixed, buffer_grow, buffer_wrap, buffer_fast];
for (var i = 0; i < array_length(kinds); i++)
{
    var b = buffer_create(64, kinds[i], 1 << i);
    show_debug_message(string(buffer_get_type(b)) + " " + string(buffer_get_alignment(b)) + " " + string(buffer_get_size(b)));
    buffer_delete(b);
}
