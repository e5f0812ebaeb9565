// The debug overlay headless: views, sections and controls exist until deleted; a control made
// before any section goes into a new "Default" section of a new "Default" view.
toggle = false;
var _c = dbg_checkbox(ref_create(self, "toggle"), "The Toggle Switch");
show_debug_message(typeof(_c));
show_debug_message(dbg_control_exists(_c));
my_view = dbg_view("Settings", true);
my_section = dbg_section("Colours");
var _col = dbg_colour(ref_create(self, "image_blend"), "Blend Colour");
var _same = dbg_same_line();
var _btn = dbg_button("Press", function() { show_debug_message("pressed"); });
show_debug_message([dbg_view_exists(my_view), dbg_section_exists(my_section), dbg_control_exists(_col)]);
dbg_section_delete(my_section);
show_debug_message([dbg_view_exists(my_view), dbg_section_exists(my_section), dbg_control_exists(_col), dbg_control_exists(_btn)]);
var _sec2 = dbg_section("Second");
var _txt = dbg_text(["a", ref_create(self, "toggle")]);
dbg_view_delete(my_view);
show_debug_message([dbg_view_exists(my_view), dbg_section_exists(_sec2), dbg_control_exists(_txt), dbg_control_exists(_c)]);
show_debug_message(dbg_control_delete(_c));
show_debug_message(dbg_control_delete(_c));
show_debug_message(is_debug_overlay_open());
show_debug_overlay(true, true, 2, 0.5);
show_debug_message(is_debug_overlay_open());
show_debug_message(is_mouse_over_debug_overlay());
show_debug_message(dbg_get_gamepad_input());
show_debug_overlay(true, true, 1, 0.8, true, 1);
show_debug_message(dbg_get_gamepad_input());
debug_input_record(debug_input_filter_keyboard | debug_input_filter_mouse);
try {
    dbg_slider(5, 0, 10);
} catch (e) {
    show_debug_message(e.message);
}
