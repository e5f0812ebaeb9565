// A `\` at the end of a macro line continues the macro, even with a `// comment` after it
#macro TOTAL 1 + \ // first part
    2 + \ // second part
    3
#macro URL "http://example.com/a" // the `//` inside the string is not a comment
#macro GREETING "hi" + \ /* a block comment */
    "!"
show_debug_message(TOTAL);
show_debug_message(URL);
show_debug_message(GREETING);
