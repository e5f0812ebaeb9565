// a child's statics initialise only after the parent constructor body has run
function Parent() constructor {
    static value = 10;
    show_debug_message(value);
}
function Child() : Parent() constructor {
    static value = 20;
    show_debug_message(value);
}
var c = new Child();
show_debug_message(c.value);
var p = new Parent();
show_debug_message(p.value);
