// There is no microphone: no recorders, an empty info map for any index, and recording never
// starts (manual: audio_get_recorder_count, audio_get_recorder_info, audio_start_recording).
show_debug_message(audio_get_recorder_count());
var info = audio_get_recorder_info(0);
show_debug_message(ds_exists(info, ds_type_map));
show_debug_message(ds_map_size(info));
show_debug_message(ds_map_find_value(info, "sample_rate"));
ds_map_destroy(info);
show_debug_message(audio_start_recording(0));
