// Surfaces keep their format and the multiple-render-target slots read back (manual:
// surface_get_format, surface_set_target_ext); sprite_get_uvs of a missing sprite is -1.
var s1 = surface_create(64, 32, surface_r8unorm);
var s2 = surface_create_ext("TestRig", 1024, 768);
show_debug_message(surface_get_format(s1) == surface_r8unorm);
show_debug_message(surface_get_format(s2) == surface_rgba8unorm);
show_debug_message(surface_get_width(s2));
show_debug_message(surface_get_target_ext(2));
show_debug_message(surface_set_target_ext(2, s1));
show_debug_message(surface_get_target_ext(2) == s1);
show_debug_message(surface_get_depth_disable());
surface_depth_disable(true);
show_debug_message(surface_get_depth_disable());
surface_free(s1);
show_debug_message(surface_get_format(s1));
show_debug_message(sprite_get_uvs(-5, 0));
