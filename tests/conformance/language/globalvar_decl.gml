globalvar score_total;
score_total = 10;
show_debug_message(global.score_total);
global.score_total += 5;
show_debug_message(score_total);
function add_score(n) {
    score_total += n;
}
add_score(7);
show_debug_message(global.score_total);
global.other_value = "g";
show_debug_message(global.other_value);
show_debug_message(variable_global_exists("other_value"));
show_debug_message(variable_global_exists("never_set"));
