// ds_stack: push several values, top, pop, size, empty, clear, copy.
var move_stack = ds_stack_create();
ds_stack_push(move_stack, 10, 20, 10, 220, 210);
show_debug_message(ds_stack_size(move_stack));
show_debug_message(ds_stack_top(move_stack));
if (!ds_stack_empty(move_stack))
{
    var xx = ds_stack_pop(move_stack);
    var yy = ds_stack_pop(move_stack);
    show_debug_message(string(xx) + "," + string(yy));
}
show_debug_message(ds_stack_size(move_stack));
var copy = ds_stack_create();
ds_stack_copy(copy, move_stack);
ds_stack_clear(move_stack);
show_debug_message(ds_stack_empty(move_stack) ? "empty" : "not empty");
show_debug_message(ds_stack_pop(move_stack));
show_debug_message(ds_stack_top(move_stack));
show_debug_message(ds_stack_pop(copy));
show_debug_message(ds_stack_size(copy));
ds_stack_destroy(move_stack);
ds_stack_destroy(copy);
