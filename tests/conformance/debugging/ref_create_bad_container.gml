// ref_create's first argument must be a struct, an instance or a reference.
show_debug_message("before");
var r = ref_create([1, 2], "a");
show_debug_message("not reached");
