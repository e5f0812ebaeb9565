// A file without instances runs its top-level code and ends.
show_debug_message("only top level");

#object obj_unused
#event step
show_debug_message("never");
