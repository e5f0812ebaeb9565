var _letters = ["X", "Y", "Z"];
repeat (2) { array_shift(_letters); }
show_debug_message(_letters);
var _word = ["L", "O", "O", "P"];
repeat (3) {
    array_push(_word, array_shift(_word));
    show_debug_message(_word);
}
show_debug_message(array_shift([]));
