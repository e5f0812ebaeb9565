// static_get of a struct literal is the shared root static struct, never undefined; static_get
// of the root is undefined; constructors' static structs chain up to the root (manual: static_get).
var _a = {x: 1};
var _b = {};
show_debug_message(is_struct(static_get(_a)));
show_debug_message(static_get(_a) == static_get(_b));
show_debug_message(static_get(static_get(_a)));
function Foo() constructor { static bar = "bar"; }
var _f = new Foo();
show_debug_message(static_get(_f) == static_get(Foo));
show_debug_message(static_get(static_get(_f)) == static_get(_a));
// static_set accepts any of these structs
var _t = {};
static_set(_t, static_get(_f));
show_debug_message(_t.bar);
static_set(_t, static_get(_a));
show_debug_message(static_get(_t) == static_get(_b));
