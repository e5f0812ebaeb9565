// ds_stack_write / ds_stack_read, including arrays and a string written by GameMaker.
var stack = ds_stack_create();
ds_stack_push(stack, 1, "top");
show_debug_message(ds_stack_write(stack));
var v103 = "6700000005000000000000000000000000004940000000000000000000005940000000000000000000006940010000000500000068656C6C6F0200000002000000000000006E861BF0F92109400100000005000000776F726C64";
ds_stack_read(stack, v103);
show_debug_message(ds_stack_size(stack));
show_debug_message(ds_stack_pop(stack));
show_debug_message(ds_stack_pop(stack));
show_debug_message(ds_stack_pop(stack));
ds_stack_push(stack, [1, [2, "three"]]);
var again = ds_stack_create();
ds_stack_read(again, ds_stack_write(stack));
show_debug_message(ds_stack_top(again));
show_debug_message(ds_stack_size(again));
ds_stack_destroy(stack);
ds_stack_destroy(again);
