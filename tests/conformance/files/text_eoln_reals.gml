// file_text_eoln manual example: read the numbers of one line
var file = file_text_open_from_string("10 20 30\n40");
var num = 0;
score_array = [];
while (!file_text_eoln(file))
{
    score_array[num] = file_text_read_real(file);
    num++;
}
file_text_close(file);
show_debug_message(score_array);
