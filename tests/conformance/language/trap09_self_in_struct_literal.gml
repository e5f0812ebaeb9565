x1 = "creator x";
var s = {me: self, x1: self.x1, copy: x1};
show_debug_message(s.me == s);
show_debug_message(s.x1);
show_debug_message(s.copy);
show_debug_message(s.me.x1);
