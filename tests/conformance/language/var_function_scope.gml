function f(c) {
    if (c) {
        var t = "declared in block";
    }
    for (var i = 0; i < 3; i++) {
        var inner = i * 10;
    }
    show_debug_message(i);
    show_debug_message(inner);
    return t;
}
show_debug_message(f(true));
{
    var blockvar = 5;
}
show_debug_message(blockvar);
function g() {
    // a local of f is not visible here
    try { return inner; } catch (e) { return "not visible"; }
}
show_debug_message(g());
