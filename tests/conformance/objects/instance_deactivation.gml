// Deactivating instances (manual: Deactivating Instances): a deactivated instance runs no event
// and is invisible to with, instance_exists, instance_number and instance_count, but its
// variables stay reachable through its id; activation brings it back.
global.enemies = [];
for (var i = 0; i < 4; i++) {
    array_push(global.enemies, instance_create_depth(i * 100, 0, 0, obj_enemy));
}
instance_create_depth(0, 0, 0, obj_controller);

#object obj_enemy
#event create
hp = 10;
#event step
hp -= 1;

#object obj_controller
#event create
steps = 0;
#event step
steps += 1;
var first = global.enemies[0];
if (steps == 1) {
    // Deactivate every enemy, then wake those near the "view" (x 0 to 150), as the manual's
    // camera example does.
    instance_deactivate_object(obj_enemy);
    show_debug_message(["after deactivate", instance_number(obj_enemy), instance_exists(first), instance_count]);
    var seen = 0;
    with (obj_enemy) seen += 1;
    show_debug_message(["with sees", seen]);
    show_debug_message(["variables through the id", first.hp]);
    first.hp = 100;
    instance_activate_region(0, 0, 151, 10, true);
    show_debug_message(["after region", instance_number(obj_enemy), instance_exists(first), instance_exists(global.enemies[2])]);
}
if (steps == 3) {
    var hps = [];
    for (var i = 0; i < 4; i++) array_push(hps, global.enemies[i].hp);
    show_debug_message(["hp", hps]);
    // Everything but the caller.
    instance_deactivate_all(true);
    show_debug_message(["all but me", instance_count, instance_exists(id)]);
    instance_activate_all();
    show_debug_message(["all back", instance_count, instance_number(obj_enemy)]);
    // An instance id, and the region's outside.
    instance_deactivate_object(global.enemies[3]);
    show_debug_message(["one off", instance_number(obj_enemy), instance_exists(global.enemies[3])]);
    instance_deactivate_region(0, 0, 101, 10, false, true);
    show_debug_message(["outside off", instance_number(obj_enemy), instance_count]);
    instance_activate_object(all);
    show_debug_message(["all on", instance_count]);
    instance_create_depth(0, 0, 0, obj_sweeper);
    game_end();
}

#object obj_sweeper
#event create
// An instance deactivated during a with loop is not visited afterwards.
var visited = 0;
with (obj_enemy) {
    visited += 1;
    instance_deactivate_object(obj_enemy);
}
show_debug_message(["with stops at deactivated", visited]);
instance_activate_object(obj_enemy);
