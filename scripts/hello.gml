// The first script to try: `gml run scripts/hello.gml`
var name = "GameMaker";
show_debug_message("Hello from " + name + "!");

// Functions, structs and arrays work as in GameMaker 2.3+.
function greet(who, punctuation = "!") {
    return $"Hi, {who}{punctuation}";
}
show_debug_message(greet("world"));

var scores = [3, 1, 2];
array_sort(scores, true);
show_debug_message(scores);                    // [ 1,2,3 ]

var player = { name: "Ada", hp: 100 };
player.hp -= 25;
show_debug_message("{0} has {1} hp", player.name, player.hp);
show_debug_message(string(1 / 3));             // 0.33, as GameMaker prints it
