// An unknown event name is a compile error.
instance_create_depth(0, 0, 0, obj_a);

#object obj_a
#event create
x = 1;
#event stepp
x = 2;
