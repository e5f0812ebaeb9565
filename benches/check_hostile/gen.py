#!/usr/bin/env python3
"""Writes hostile inputs of about 1 MB each for `gml check` into the folder given (default .):
thousands of errors, very long lines, deep nesting, long operator chains, unterminated tokens."""
import os
import sys

SIZE = 1 << 20
out = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(out, exist_ok=True)


def fill(name, unit, head="", tail=""):
    n = max(0, (SIZE - len(head) - len(tail)) // len(unit))
    with open(os.path.join(out, name + ".gml"), "w") as f:
        f.write(head + unit * n + tail)


fill("errors_per_line", "a = x x;\n")
fill("define_one_line", "#define ")
fill("define_lines", "#define \n")
fill("nested_new", "new ", "x = ", "a();\n")
fill("open_parens", "(", "x = ")
fill("open_brackets", "[", "x = ")
fill("open_braces", "{")
fill("open_calls", "f(", "x = ")
fill("open_structs", "{a:", "x = ")
fill("open_functions", "function(){", "x = ")
fill("open_templates", '$"{', "x = ")
fill("index_chain", "a[", "x = ")
fill("minus_chain", "-", "x = ", "1;")
fill("not_chain", "!", "x = ", "1;")
fill("plus_chain", "a+", "x = ", "1;")
fill("dot_chain", "a.", "x = ", "b;")
fill("assign_chain", "a = ", "", "1;")
fill("ternary_chain", "a ? b : ", "x = ", "c;")
fill("nullish_chain", "a ?? ", "x = ", "b;")
fill("if_chain", "if (a) ", "", "x = 1;")
fill("switch_cases", "switch (a) { case 1: ")
fill("garbage", "@#$%^&*")
fill("semicolons", ";")
fill("newlines", "\n")
fill("strings", '"abc" ')
fill("unterminated_string", '"')
fill("unterminated_comment", "x", "/*")
fill("self_macros", "#macro A A\n")
half = SIZE // 2 - 4
with open(os.path.join(out, "balanced_parens.gml"), "w") as f:
    f.write("x = " + "(" * half + "1" + ")" * half + ";\n")
