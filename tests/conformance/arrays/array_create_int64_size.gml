// array_create reads its size as a 32-bit integer: an int64 keeps its low 32 bits; a negative
// size makes an empty array.
var _vInt64 = int64(0x7fffffff00000100);
show_debug_message(array_length(array_create(_vInt64)));
show_debug_message(array_length(array_create(int64(5))));
show_debug_message(array_length(array_create(-1)));
