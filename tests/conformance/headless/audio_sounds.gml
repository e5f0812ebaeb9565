// Sounds, sound instances, sync groups, buffer sounds and streams keep what code sets; nothing
// is ever playing.
var music = audio_create_stream("music.ogg");
show_debug_message([audio_get_type(music), audio_get_type(123456)]);
var v = audio_play_sound(music, 10, true, 0.5);
show_debug_message([v, audio_is_playing(v), audio_sound_get_loop(v), audio_sound_get_gain(v)]);
show_debug_message(audio_sound_get_asset(v) == music);
audio_sound_pitch(v, 2);
audio_sound_loop_start(v, 0.5);
audio_sound_loop_end(v, 2);
show_debug_message([audio_sound_get_pitch(v), audio_sound_get_loop_start(v), audio_sound_get_loop_end(v)]);
audio_stop_sound(v);
show_debug_message(audio_sound_get_asset(v));
show_debug_message(audio_play_sound(123456, 10, false)); // no such sound

// one second of 8-bit mono sound at 22050 Hz
var buf = buffer_create(22050, buffer_fixed, 1);
var snd = audio_create_buffer_sound(buf, buffer_u8, 22050, 0, 22050, audio_mono);
show_debug_message([snd, audio_sound_length(snd)]);
audio_free_buffer_sound(snd);
// Freeing it again, or an id that never was a buffer sound, does nothing.
audio_free_buffer_sound(snd);
audio_free_buffer_sound(0);
show_debug_message("freed");

var group = audio_create_sync_group(true);
show_debug_message([audio_play_in_sync_group(group, music), audio_play_in_sync_group(group, music)]);
audio_start_sync_group(group);
show_debug_message([audio_sync_group_is_playing(group), audio_sync_group_is_paused(group)]);
audio_pause_sync_group(group);
show_debug_message([audio_sync_group_is_playing(group), audio_sync_group_is_paused(group)]);
audio_resume_sync_group(group);
audio_stop_sync_group(group);
show_debug_message([audio_sync_group_is_playing(group), audio_sync_group_is_paused(group)]);
audio_destroy_sync_group(group);

audio_group_set_gain(audiogroup_default, 0.25, 0);
show_debug_message([audio_group_name(audiogroup_default), audio_group_get_gain(audiogroup_default)]);
show_debug_message([audio_get_recorder_count(), audio_destroy_stream(music), audio_destroy_stream(music)]);
audio_sync_group_is_playing(group);
