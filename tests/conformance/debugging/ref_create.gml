// ref_create (manual examples 1-4): each call makes a new reference, shown as `ref dbgref N`.
text = "This is some text";
ref_to_text = ref_create(self, "text");
show_debug_message(typeof(ref_to_text));
show_debug_message(string(ref_to_text));
array = [1, 2, 3, 4, 5];
ref_to_index = ref_create(self, "array", 2);
show_debug_message(ref_to_index);
the_struct = {a: "text", b: 485};
ref_to_struct = ref_create(self, "the_struct");
ref_to_struct_var = ref_create(ref_to_struct, "a");
show_debug_message([ref_to_struct, ref_to_struct_var]);
index = 4;
ref_to_array = ref_create(self, "array");
ref_to_index_var = ref_create(self, "index");
ref_to_array_at_index = ref_create(ref_to_array, ref_to_index_var);
show_debug_message(ref_to_array_at_index);
// global and a struct work as containers too; a reference is not the variable's value
var g = ref_create(global, "score");
var s = ref_create(the_struct, "b");
show_debug_message(g == s);
show_debug_message(is_numeric(the_struct.b));
