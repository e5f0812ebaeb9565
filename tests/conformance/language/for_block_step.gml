// The init and step of a `for` header may be blocks of statements
var j = 0;
for (var i = 0; i < 3; { i++; j += 2; }) {
    show_debug_message(string(i) + " " + string(j));
}
for ({ var a = 5; var b = 1; }; a > b; a--) show_debug_message(a);
