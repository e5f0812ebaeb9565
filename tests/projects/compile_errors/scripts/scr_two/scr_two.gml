// uses a macro of scr_one: no error for that
show_debug_message(a +);
