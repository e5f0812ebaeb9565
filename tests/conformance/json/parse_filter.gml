// The filter sees struct members as they complete, array elements last first, the root last.
var json = "{\"myObj\": { \"apples\":10, \"oranges\":12 }, \"myArray\":[0, 1, 5]}";
var data = json_parse(json, function(key, value)
{
    show_debug_message("Key: " + string(key) + ", Value: " + string(value));
    return value;
});
var prices = json_parse("{\"prices\": [2, 5, 1]}", function(key, value)
{
    return is_real(value) ? value * 1000 : value;
});
show_debug_message(prices);
