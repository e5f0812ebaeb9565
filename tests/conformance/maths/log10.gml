show_debug_message(log10(100));
show_debug_message(log10(1000));
show_debug_message(log10(101));
show_debug_message(log10(1));
show_debug_message(log10(0.1));
