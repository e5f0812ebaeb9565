// Walking a map with find_first/next and find_last/previous visits every key once.
var scores = ds_map_create();
scores[? "ann"] = 10;
scores[? "bob"] = 20;
scores[? "cid"] = 30;
scores[? "gold"] = 5;
var total = 0;
var count = 0;
var key = ds_map_find_first(scores);
while (!is_undefined(key))
{
    total += scores[? key];
    count += 1;
    key = ds_map_find_next(scores, key);
}
show_debug_message(string(count) + " keys, total " + string(total));
count = 0;
key = ds_map_find_last(scores);
while (!is_undefined(key))
{
    count += 1;
    key = ds_map_find_previous(scores, key);
}
show_debug_message(string(count) + " keys backwards");
// searching for one key, as in the manual
var size = ds_map_size(scores);
key = ds_map_find_first(scores);
for (var i = 0; i < size; i++)
{
    if (key != "gold") key = ds_map_find_next(scores, key); else break;
}
show_debug_message(key);
// an empty map has no first or last key
var empty = ds_map_create();
show_debug_message(ds_map_find_first(empty));
show_debug_message(ds_map_find_last(empty));
ds_map_destroy(empty);
ds_map_destroy(scores);
