// Macros may be used before their definition; they are token substitution
show_debug_message(MAX_HP);
show_debug_message(GREETING + "!");
show_debug_message(SUM * 3);
show_debug_message((SUM) * 3);
show_debug_message(2 SEC);
#macro MAX_HP 100
#macro GREETING "hello"
#macro SUM 1 + 2
#macro SEC * 60
#macro LONG 1 + \
    2 + 3
show_debug_message(LONG);
#macro CALL string_upper("abc")
show_debug_message(CALL);
#macro Default:MODE "default"
show_debug_message(MODE);
