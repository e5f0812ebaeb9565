// static_set links a struct to a static struct; members missing from the struct are read
// along that static chain. A link that would make the chain loop back is refused.
function Base() constructor {
    static kind = "base";
}
function Child() : Base() constructor {
    static tag = "child";
}
var c = new Child();
show_debug_message(c.kind);

var shared = { greeting: "hello" };
var s = { own: 1 };
static_set(s, shared);
show_debug_message(s.greeting);
show_debug_message(static_get(s) == shared);

// A struct as its own static struct, and a loop through two structs, are refused.
try {
    static_set(s, s);
} catch (e) {
    show_debug_message(e.message);
}
try {
    static_set(shared, s);
} catch (e) {
    show_debug_message(e.message);
}
// The refused calls changed nothing: reads that miss still end.
show_debug_message(variable_struct_exists(s, "nothing"));
show_debug_message(string(s));
show_debug_message(is_instanceof(s, Base));

// Relinking to another chain is fine.
static_set(s, static_get(Child));
show_debug_message(s.kind);
show_debug_message(is_instanceof(s, Base));
