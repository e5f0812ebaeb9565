var s = {a: 1};
show_debug_message(s);
show_debug_message({});
show_debug_message({ name : "gml" });
var t = {
    a: 1,
    b: "two",
    c: [3],
};
show_debug_message(t.a + 1);
show_debug_message(t.b);
show_debug_message(t.c);
show_debug_message(variable_struct_names_count(t));
var n = 5;
var sh = {n};
show_debug_message(sh.n);
var q = {"quoted key": 1, x: 10, id: 11};
show_debug_message(q[$ "quoted key"]);
show_debug_message(q.x + q.id);
var nested = {inner: {deeper: {v: "deep"}}};
show_debug_message(nested.inner.deeper.v);
nested.inner.deeper.v = "changed";
show_debug_message(nested.inner.deeper);
var e = {};
e.added = true;
show_debug_message(variable_struct_exists(e, "added"));
show_debug_message({a: {b: 1}});
show_debug_message({k: [1, {z: 2}]});
