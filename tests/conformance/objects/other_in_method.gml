// A method bound to one instance, called from another: self is the bound one, other the caller.
instance_create_depth(0, 0, 0, obj_owner, { name: "owner" });
instance_create_depth(0, 0, 0, obj_caller, { name: "caller" });

#object obj_owner
#event create
report = function() {
    show_debug_message("self " + name + ", other " + other.name);
};
#object obj_caller
#event step
var o = instance_find(obj_owner, 0);
o.report();
var m = o.report;
m();
with (o) report();
instance_destroy(o);
instance_destroy();
