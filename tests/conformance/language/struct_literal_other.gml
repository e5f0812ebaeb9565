// inside a struct literal, other is the scope that creates the literal (its self)
function Maker() constructor {
    val = "maker";
    child = {from_other: other.val, me: self, copied: val};
}
var m = new Maker();
show_debug_message(m.child.from_other);
show_debug_message(m.child.copied);
show_debug_message(m.child.me == m.child);
var holder = {
    tag: "holder",
    make: function() { return {made_by: other.tag, tag_copy: tag}; },
};
var made = holder.make();
show_debug_message(made.made_by);
show_debug_message(made.tag_copy);
var outer = {tag: "outer"};
with (outer) {
    global.inner = {seen: other.tag};
}
show_debug_message(global.inner.seen);
