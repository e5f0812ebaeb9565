var world = "Earth";
show_debug_message($"Hello {world}!");
var a = 2, b = 3;
show_debug_message($"{a} + {b} = {a + b}");
show_debug_message($"third: {1/3}");
show_debug_message($"bool {a > b} arr {[1, 2]}");
show_debug_message($"escaped \{brace} and {a}");
show_debug_message($"nested call {string_upper("x")}");
show_debug_message($"{a}{b}");
show_debug_message($"no expressions");
show_debug_message($"line\nbreak {a}");
show_debug_message($"multi {
    a * 10
} line");
var s = {v: 7};
show_debug_message($"member {s.v}");
show_debug_message($"tern {a > 1 ? "big" : "small"}");
