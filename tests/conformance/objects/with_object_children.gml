// `with (object)` visits its instances and its children's, and nothing else.
instance_create_depth(0, 0, 0, obj_parent, { v: 1 });
instance_create_depth(0, 0, 0, obj_child, { v: 10 });
instance_create_depth(0, 0, 0, obj_grandchild, { v: 100 });
instance_create_depth(0, 0, 0, obj_other, { v: 1000 });
var sum = 0, count = 0;
with (obj_parent) { sum += v; count += 1; }
show_debug_message("parent: " + string(count) + " instances, sum " + string(sum));
sum = 0;
with (obj_child) sum += v;
show_debug_message("child: sum " + string(sum));
sum = 0;
with (all) sum += v;
show_debug_message("all: sum " + string(sum));
obj_parent.v = 7;
sum = 0;
with (all) sum += v;
show_debug_message("after obj_parent.v = 7: sum " + string(sum));
instance_destroy(all);

#object obj_parent
#object obj_child : obj_parent
#object obj_grandchild : obj_child
#object obj_other
