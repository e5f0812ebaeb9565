// a throw inside a constructor leaves the assignment undone; exit ends a constructor early
function Fails(flag) constructor {
    a = 1;
    if (flag) throw "constructor failed";
    b = 2;
}
var ok = new Fails(false);
show_debug_message(ok.b);
var made = undefined;
try { made = new Fails(true); } catch (e) { show_debug_message(e); }
show_debug_message(made);
function ExitEarly() constructor { a = 1; exit; }
var ee = new ExitEarly();
show_debug_message(ee.a);
