// Audio groups (manual: audio_group_load, audio_group_is_loaded, Async Save/Load event): the
// default group is loaded from the start; loading a group that is not loaded returns true and
// brings the Async Save/Load event with "type" "audiogroup_load" and its "group_id".
show_debug_message([audio_group_is_loaded(audiogroup_default), audio_group_load_progress(audiogroup_default)]);
show_debug_message(audio_group_load(audiogroup_default));
show_debug_message(audio_group_unload(audiogroup_default));
show_debug_message([audio_group_is_loaded(audiogroup_default), audio_group_load_progress(audiogroup_default)]);
show_debug_message(audio_group_load(audiogroup_default));
show_debug_message(audio_group_is_loaded(audiogroup_default));
show_debug_message([audio_group_load(7), audio_group_is_loaded(7), audio_group_name(7)]);
instance_create_depth(0, 0, 0, obj_loader);

#object obj_loader
#event async_save_load
show_debug_message("Save/Load: " + async_load[? "type"] + " group " + string(async_load[? "group_id"]));
#event step
if (++steps == 2) game_end();
#event create
steps = 0;
