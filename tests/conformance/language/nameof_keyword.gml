function my_func() {}
enum Fruit { Apple, Pear }
var local_thing = 1;
show_debug_message(nameof(my_func));
show_debug_message(nameof(local_thing));
show_debug_message(nameof(Fruit));
show_debug_message(nameof(Fruit.Pear));
global.gvar = 1;
show_debug_message(nameof(gvar));
