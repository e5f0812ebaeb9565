who = "made";
if (id == inst_hero) who = "hero";
else if (id == inst_coin) who = "coin";
else if (id == inst_tree) who = "tree";
else if (id == inst_gem) who = "gem";
show_debug_message("  create " + who + " at " + string(x) + "," + string(y) + " depth " + string(depth));
