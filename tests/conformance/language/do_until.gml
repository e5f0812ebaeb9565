var i = 0;
do {
    show_debug_message(i);
    i++;
} until (i >= 3);
var ran = 0;
do {
    ran++;
} until (true);
show_debug_message(ran);
var j = 0;
do {
    j++;
    if (j == 2) continue;
    if (j == 4) break;
} until (j > 10);
show_debug_message(j);
