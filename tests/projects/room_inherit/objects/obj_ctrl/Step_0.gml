t += 1;
switch (t) {
    case 1: room_goto(rm_child); break;
    case 2: room_goto(rm_keep); break;
    case 3: room_goto(rm_child); break;
    case 4: room_goto(rm_keep); break;
    case 5:
        show_debug_message("counter " + string(inst_counter.count) + ", restarting rm_keep");
        room_restart();
        break;
    case 6:
        // Only the current room's flag: rm_keep is left for good, and fresh next time.
        room_persistent = false;
        // rm_child becomes persistent from its next entry: leaving it then keeps it.
        room_set_persistent(rm_child, true);
        room_goto(rm_child);
        break;
    case 7: room_goto(rm_keep); break;
    case 8:
        show_debug_message("counter " + string(inst_counter.count) + ", things " + string(instance_number(obj_thing)));
        game_end();
        break;
}
