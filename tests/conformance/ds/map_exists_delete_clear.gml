// ds_map_exists, ds_map_delete, ds_map_clear, ds_map_empty.
var inventory = ds_map_create();
if (!ds_map_exists(inventory, "potions"))
{
    ds_map_add(inventory, "potions", 1);
}
inventory[? "shield"] = "wooden";
show_debug_message(ds_map_exists(inventory, "potions") ? "has potions" : "no potions");
ds_map_delete(inventory, "shield");
show_debug_message(ds_map_exists(inventory, "shield") ? "has shield" : "no shield");
show_debug_message(ds_map_size(inventory));
// deleting a missing key does nothing
ds_map_delete(inventory, "nothing");
ds_map_clear(inventory);
show_debug_message(ds_map_empty(inventory) ? "empty" : "not empty");
show_debug_message(ds_exists(inventory, ds_type_map) ? "still exists" : "gone");
ds_map_destroy(inventory);
show_debug_message(ds_exists(inventory, ds_type_map) ? "still exists" : "gone");
