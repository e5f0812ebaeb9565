report("room start for enemy " + string(id == inst_boss ? "boss" : "minion") + " in " + room_get_name(room));
