// ds_list_shuffle keeps the same values; ds_list_copy makes an independent copy.
var card_list = ds_list_create();
for (var i = 1; i <= 10; i++) ds_list_add(card_list, i);
ds_list_shuffle(card_list);
show_debug_message(ds_list_size(card_list));
var total = 0;
for (var i = 0; i < 10; i++) total += card_list[| i];
show_debug_message(total);
ds_list_sort(card_list, true);
show_debug_message(string(card_list[| 0]) + ".." + string(card_list[| 9]));
var old_list = ds_list_create();
ds_list_add(old_list, "junk");
ds_list_copy(old_list, card_list);
ds_list_clear(card_list);
show_debug_message(ds_list_size(old_list));
show_debug_message(old_list[| 4]);
show_debug_message(ds_list_size(card_list));
ds_list_destroy(card_list);
ds_list_destroy(old_list);
