// variable_instance_exists needs an instance (or struct): an array is an error.
show_debug_message(variable_instance_exists({a: 1}, "a"));
variable_instance_exists([1, 2], "a");
