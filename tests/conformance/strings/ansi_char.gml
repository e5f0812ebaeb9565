var _hello = ansi_char($48) + ansi_char($65) + ansi_char($6C) + ansi_char($6C) + ansi_char($6F);
show_debug_message(_hello);
show_debug_message(ansi_char($20) + ansi_char($21));
// Bytes of a UTF-8 byte-order mark, each a raw byte of its own.
var _bom = ansi_char($EF) + ansi_char($BB) + ansi_char($BF);
show_debug_message(string_byte_length(_bom));
show_debug_message(string_byte_at(_bom, 1));
show_debug_message(string_byte_at(_bom, 3));
