// a macro body is substituted at every use, so a call in it runs each time
global.counter = 0;
function next_id() { global.counter++; return global.counter; }
#macro NEXT_ID next_id()
show_debug_message(NEXT_ID);
show_debug_message(NEXT_ID);
var third = NEXT_ID;
show_debug_message(third + NEXT_ID);
#macro STATEMENT show_debug_message("from a macro statement")
STATEMENT;
#macro OPEN_IF if (global.counter > 3)
OPEN_IF show_debug_message("macro as a partial statement");
