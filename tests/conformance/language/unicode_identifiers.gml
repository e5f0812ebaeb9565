// Names may use Unicode letters: variables, macros, enums and their members, struct fields
#macro 最大 10
var café = 3;
var 名前 = "名";
show_debug_message(café * 最大);
show_debug_message(名前);
enum Farbe { grün, blau }
show_debug_message(Farbe.blau);
var s = { niño: 1 };
s.niño += 1;
show_debug_message(s.niño);
function größe(x) { return x * 2; }
show_debug_message(größe(4));
