// hex literals outside int32 and decimal literals a double cannot hold exactly are int64
show_debug_message(typeof(0xFFFFFFFF));
show_debug_message(0xFFFFFFFF);
show_debug_message(typeof(0x7FFFFFFF));
show_debug_message(typeof($FFFFFFFFFF));
show_debug_message(typeof(9007199254740992));
show_debug_message(typeof(9007199254740993));
