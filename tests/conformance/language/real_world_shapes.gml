// real-world shapes: default struct arguments, constructor literals, comments between if and brace, block cases
var _a = [1, 2, 3], _b = {a: 1};
if (!(_a[0] && _b.a)) { show_debug_message("no"); } else show_debug_message("both true");
function foo(_x, _opts = {}) { _opts.v = _x; return _opts; }
show_debug_message(foo(3).v);
function bar() { return { a: 1 }; }
show_debug_message(bar().a);
var C = function(_v) constructor { v = _v; };
var c = new C(7);
show_debug_message(c.v);
if (true) // comment
{
    show_debug_message("comment before brace");
}
else /* c */ if (false) { }
switch ("b") {
    case "a":
    case "b": {
        show_debug_message("block case");
        break;
    }
}
var t = _a[1] > 1 ? "big" : "small";
show_debug_message(t);
