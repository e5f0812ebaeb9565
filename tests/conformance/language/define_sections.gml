// `#define NAME` (extension files, pre-2.3 script collections) starts script function NAME,
// which reads its arguments through argument0.., argument[i] and argument_count; code before
// the first `#define` is top-level code
show_debug_message(scr_sum(1, 2, 3));
show_debug_message(scr_count());
show_debug_message(scr_count("a", "b"));
show_debug_message(scr_second(10, 20));
show_debug_message(scr_sum(scr_second(0, 5), 1));
#define scr_sum
/// scr_sum(...values)
var total = 0;
for (var i = 0; i < argument_count; i++) {
    total += argument[i];
}
return total;

#define scr_count
return argument_count;
#define scr_second
// a comment before the code
return argument1;
