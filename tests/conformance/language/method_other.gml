// other: in a method it is the calling scope; in a constructor the scope running new; a script function keeps the caller's self and other
tag = "global";
var a = {tag: "a"};
var b = {tag: "b", who: function() { return other.tag; }};
show_debug_message(b.who());
with (a) show_debug_message(b.who());
function Ctor() constructor { creator = other.tag; }
with (a) { var c = new Ctor(); }
show_debug_message(c.creator);
var d = {tag: "d", make: function() { return new Ctor(); }};
show_debug_message(d.make().creator);
function plain_other() { return other.tag; }
with (a) show_debug_message(plain_other());
