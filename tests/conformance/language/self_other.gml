// other inside a struct literal is the creating scope; a stored bare self is the new struct
name = "creator";
var s = {
    name: "literal",
    creator_name: other.name,
    copied: name,
    me: self,
};
show_debug_message(s.creator_name);
show_debug_message(s.copied);
show_debug_message(s.me == s);
// self and other in methods: self is the bound struct, other the caller
var a = {tag: "a", run: function() { return tag + " called from " + other.tag; }};
var b = {tag: "b"};
with (b) show_debug_message(a.run());
// in a constructor, self is the new struct and other the caller
tag = "top";
function Maker() constructor { made_by = other.tag; me = self; }
var m = new Maker();
show_debug_message(m.made_by);
show_debug_message(m.me == m);
show_debug_message(self == global);
