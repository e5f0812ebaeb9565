// Headless: screen, speaker, window and input functions exist and do nothing, returning what
// GameMaker returns when nothing is drawn, heard or pressed.
show_debug_message(keyboard_check(vk_left));
show_debug_message(keyboard_check_pressed(vk_space));
show_debug_message(mouse_check_button(mb_left));
show_debug_message([mouse_x, mouse_y]);
show_debug_message(gamepad_is_connected(0));
show_debug_message(gamepad_axis_value(0, gp_axislh));
var snd = audio_create_stream("music.ogg");
var s1 = audio_play_sound(snd, 10, false);
var s2 = audio_play_sound(snd, 10, true);
show_debug_message(s2 == s1 + 1);
show_debug_message(audio_is_playing(s1));
audio_stop_sound(s1);
show_debug_message(draw_get_colour());
draw_set_colour(255); // c_red
show_debug_message(draw_get_colour() == 255);
draw_set_alpha(0.5);
show_debug_message(draw_get_alpha());
draw_set_halign(fa_center);
show_debug_message(draw_get_halign() == fa_center);
show_debug_message(draw_text(10, 10, "hello"));
draw_sprite(0, 0, 0, 0);
var surf = surface_create(64, 48);
show_debug_message(surface_exists(surf));
show_debug_message([surface_get_width(surf), surface_get_height(surf)]);
show_debug_message(surface_set_target(surf));
show_debug_message(surface_get_target() == surf);
show_debug_message(surface_reset_target());
show_debug_message(surface_getpixel(surf, 1, 1));
surface_free(surf);
show_debug_message(surface_exists(surf));
show_debug_message(surface_get_width(surf));
window_set_caption("My Game");
show_debug_message(window_get_caption());
display_set_gui_size(640, 360);
show_debug_message([display_get_gui_width(), display_get_gui_height()]);
show_debug_message(window_get_fullscreen());
