// The async dialogs answer in the next Dialog event (ev_async_dialog): show_message_async with
// status true, show_question_async with false ("No"), get_string_async with the default text.
global.msg = show_message_async("You will now be taken to the store");
global.q = show_question_async("Buy armour?");
global.s = get_string_async("What's your name?", "Anon");
show_debug_message(global.msg != global.q && global.q != global.s);
instance_create_depth(0, 0, 0, obj_dialogs);

#object obj_dialogs
#event create
seen = 0;
#event async_dialog
var _id = async_load[? "id"];
if (_id == global.msg) show_debug_message("message " + string(async_load[? "status"]));
if (_id == global.q) show_debug_message("question " + string(async_load[? "status"]));
if (_id == global.s) show_debug_message("string " + string(async_load[? "status"]) + " " + async_load[? "result"]);
seen++;
if (seen == 3) game_end();
