// An uncaught sandbox refusal stops the game with an error naming the path
show_debug_message("start");
var f = file_text_open_write("../../escape.txt");
show_debug_message("not reached");
