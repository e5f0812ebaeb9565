// gc_target_frame_time is read back by gc_get_target_frame_time (100 microseconds by default);
// a server is taken to be connected; locking the orientation does nothing without a screen.
show_debug_message(gc_get_target_frame_time());
gc_target_frame_time(250);
show_debug_message(gc_get_target_frame_time());
show_debug_message(os_is_network_connected());
show_debug_message(os_lock_orientation(true));
