var a = 1
var b = 2
show_debug_message(a + b)
var c = 3 var d = 4
show_debug_message(c * d)
a += 1 b += 1
show_debug_message(string(a) + "," + string(b))
;;;
if (a == 2) show_debug_message("two")
for (var i = 0; i < 2; i++) show_debug_message(i)
var s = {x: 1}
s.x++
show_debug_message(s.x)
a = 5
++a
show_debug_message(a)
