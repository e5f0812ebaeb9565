// An enum value must be a constant: a name nothing defines is named in a note
enum Speed { Slow = 1, Fast = not_a_constant * 2 }
show_debug_message(Speed.Fast);
