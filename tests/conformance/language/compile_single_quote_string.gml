var a = 1;
show_debug_message('single quotes are not strings');
