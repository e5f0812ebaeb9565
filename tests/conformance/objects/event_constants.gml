// The event-number constants of Other, Mouse and Gesture events (manual: event_perform), as
// event_perform and event_perform_object take them.
show_debug_message([ev_outside, ev_boundary, ev_no_more_lives, ev_animation_end, ev_end_of_path, ev_no_more_health]);
show_debug_message([ev_left_button, ev_no_button, ev_left_press, ev_middle_release, ev_mouse_enter, ev_mouse_leave]);
show_debug_message([ev_global_left_button, ev_global_middle_release, ev_mouse_wheel_up, ev_mouse_wheel_down]);
show_debug_message([ev_gesture_tap, ev_gesture_rotate_end, ev_global_gesture_tap, ev_global_gesture_rotate_end]);
