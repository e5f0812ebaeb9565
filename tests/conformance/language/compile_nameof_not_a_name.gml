// nameof needs a name
show_debug_message(nameof(1 + 2));
