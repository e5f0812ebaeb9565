// surface_copy_part copies only what lies inside the source: a part far larger than the
// source (or starting before it) is clipped, and costs no more than the source's own size.
var src = surface_create(4, 4);
surface_set_target(src);
draw_clear(c_red);
surface_reset_target();
var dst = surface_create(8, 8);
surface_copy_part(dst, 2, 2, src, 0, 0, 2147483647, 2147483647);
show_debug_message([surface_getpixel(dst, 1, 1), surface_getpixel(dst, 2, 2), surface_getpixel(dst, 5, 5), surface_getpixel(dst, 6, 6)]);
var dst2 = surface_create(8, 8);
surface_copy_part(dst2, 0, 0, src, -2147483648, -2147483648, 2147483647, 2147483647);
show_debug_message([surface_getpixel(dst2, 0, 0), surface_getpixel(dst2, 7, 7)]);
var dst3 = surface_create(8, 8);
surface_copy_part(dst3, 9007199254740991, 0, src, 0, 0, 4, 4);
show_debug_message(surface_getpixel(dst3, 0, 0));
