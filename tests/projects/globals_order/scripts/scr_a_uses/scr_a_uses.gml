// Runs first, yet uses what the later files define: macros, enums, functions, constructors.
global.restarts = 0;
var _p = new Point(MAX_HP, Colour.Blue);
show_debug_message("point " + _p.describe() + ", limit " + string(LIMIT) + ", tier " + string(Tier.Top));
show_debug_message("script_execute: " + string(script_execute(add_three, 4)));
