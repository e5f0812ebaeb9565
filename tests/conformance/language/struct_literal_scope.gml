// right-hand sides of a struct literal use the creating scope: members cannot refer to earlier members
try {
    var t = {first: 10, second: 10, total: first + second};
    show_debug_message("no error");
} catch (e) {
    show_debug_message("members cannot refer to earlier members");
}
var loc = 12;
glob = 14;
var short = {loc, glob, c: 101};
show_debug_message(short.loc + short.glob + short.c);
var said = {
    count: 20,
    word: "Hello World",
    toString: function() {
        return "This struct says " + word + ", " + string(count) + " times!";
    }
};
show_debug_message(said);
show_debug_message(string(said));
