report("game end after " + string(global.log_count) + " reports");
