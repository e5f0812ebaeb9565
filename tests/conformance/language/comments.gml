// single line comment
var a = 1; // trailing comment
/* block
   comment spanning lines */
var b = /* inline */ 2;
/// doc comment
/// @param x something
show_debug_message(a + b); // 3
/*
show_debug_message("never");
*/
show_debug_message("// not a comment");
show_debug_message("/* not a comment */");
// show_debug_message("never either");
