// chained accessors through nested structs and arrays; arrays of any depth created by writes
var fruits = {
    "apples": [
        {"colour": 1, "power": 8},
        {"colour": 2, "power": 10}
    ],
    "mangoes": [
        {"colour": 3, "power": 20}
    ],
};
show_debug_message(fruits[$ "mangoes"][0][$ "power"]);
show_debug_message(fruits.apples[1].power);
fruits[$ "apples"][0][$ "power"] += 1;
show_debug_message(fruits.apples[0].power);
var total = 0;
for (var i = 0; i < 2; i++) total += fruits[$ "apples"][i][$ "power"];
show_debug_message(total);
deep[0][0][0] = 1;
show_debug_message(deep);
rag[2][2] = "3";
rag[2][1] = "2";
rag[2][0] = "1";
rag[1][3] = "four";
rag[0][1] = 2;
rag[0][0] = 1;
show_debug_message(rag);
var table = [
    ["Apple", 10, 2],
    ["Orange", 5, 2],
];
show_debug_message(table[1][0] + " " + string(table[0][1] * table[0][2]));
