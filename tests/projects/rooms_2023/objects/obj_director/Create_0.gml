frames = 0;
report("director created; enemies already placed: " + string(instance_number(obj_enemy)) + ", boss exists " + string(instance_exists(inst_boss)));
