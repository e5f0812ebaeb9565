// only unprefixed and Default: macros count: the CLI runs configuration Default
#macro GREETING "default hello"
#macro Release:GREETING "release hello"
#macro Release:ONLY_RELEASE 1
#macro LEVEL 1
#macro Default:LEVEL 2
show_debug_message(GREETING);
show_debug_message(LEVEL);
