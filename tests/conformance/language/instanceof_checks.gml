function Animal() constructor {}
function Dog() : Animal() constructor {}
function Rock() constructor {}
var d = new Dog();
show_debug_message(instanceof(d));
show_debug_message(instanceof(new Animal()));
show_debug_message(instanceof({}));
show_debug_message(is_instanceof(d, Dog));
show_debug_message(is_instanceof(d, Animal));
show_debug_message(is_instanceof(d, Rock));
show_debug_message(is_instanceof(new Animal(), Dog));
show_debug_message(is_instanceof({}, Animal));
