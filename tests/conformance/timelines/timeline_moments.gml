// Timelines (manual: Timelines): an instance whose timeline_index names a timeline and whose
// timeline_running is true moves timeline_position by timeline_speed each step and runs the
// moments it passes (after Begin Step, before alarms); timeline_loop starts it again after the
// last moment.
global.log = [];
function say_one() { array_push(global.log, "one@" + string(timeline_position)); }
function say_three() { array_push(global.log, "three@" + string(timeline_position)); }
function say_again() { array_push(global.log, "again"); }
var tl = timeline_add();
timeline_moment_add_script(tl, 3, say_three);
timeline_moment_add_script(tl, 1, say_one);
timeline_moment_add_script(tl, 3, say_again);
show_debug_message([timeline_exists(tl), timeline_size(tl), timeline_max_moment(tl)]);
global.tl = tl;
instance_create_depth(0, 0, 0, obj_player);

#object obj_player
#event create
show_debug_message([timeline_index, timeline_position, timeline_speed, timeline_running, timeline_loop]);
timeline_index = global.tl;
timeline_running = true;
steps = 0;
#event step_begin
steps += 1;
#event step
array_push(global.log, "step " + string(steps));
if (steps == 4) {
    show_debug_message(global.log);
    global.log = [];
    // Twice as fast, looping.
    timeline_position = 0;
    timeline_speed = 2;
    timeline_loop = true;
}
if (steps == 8) {
    show_debug_message(global.log);
    timeline_moment_clear(global.tl, 3);
    show_debug_message([timeline_size(global.tl), timeline_max_moment(global.tl)]);
    timeline_delete(global.tl);
    show_debug_message(timeline_exists(global.tl));
    game_end();
}
