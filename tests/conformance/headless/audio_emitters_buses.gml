// Nothing is heard, but emitters, buses and the listener keep what code sets (manual: Audio
// Emitters, Audio Buses, Audio Listeners).
var e = audio_emitter_create();
audio_emitter_position(e, 100, 200, 10);
audio_emitter_velocity(e, 5, 10, 15);
audio_emitter_gain(e, 0.5);
audio_emitter_pitch(e, 1.5);
audio_emitter_set_listener_mask(e, 3);
show_debug_message([audio_emitter_get_x(e), audio_emitter_get_y(e), audio_emitter_get_z(e)]);
show_debug_message([audio_emitter_get_vx(e), audio_emitter_get_vy(e), audio_emitter_get_vz(e)]);
show_debug_message([audio_emitter_get_gain(e), audio_emitter_get_pitch(e), audio_emitter_get_listener_mask(e)]);

// emitters start on the main bus; a bus knows its emitters
show_debug_message(audio_emitter_get_bus(e) == audio_bus_main);
var reverb_bus = audio_bus_create();
show_debug_message(reverb_bus);
reverb_bus.effects[0] = audio_effect_create(AudioEffectType.Reverb1, { size: 0.6, mix: 5 });
show_debug_message(reverb_bus.effects[0]);
var e2 = audio_emitter_create();
audio_emitter_bus(e2, reverb_bus);
show_debug_message([audio_bus_get_emitters(audio_bus_main), audio_bus_get_emitters(reverb_bus)]);
audio_bus_clear_emitters(reverb_bus);
show_debug_message(audio_bus_get_emitters(audio_bus_main));

// a freed emitter's index is reused
audio_emitter_free(e);
show_debug_message([audio_emitter_exists(e), audio_emitter_create() == e]);

// the one listener
audio_listener_set_position(0, 64, 32, 0);
audio_listener_set_orientation(0, 0, 0, 1, 0, -1, 0);
var data = audio_listener_get_data(0);
show_debug_message([data[? "x"], data[? "y"], data[? "up_y"], data[? "lookat_z"]]);
ds_map_destroy(data);
var info = audio_get_listener_info(0);
show_debug_message([audio_get_listener_count(), info[? "name"], info[? "mask"]]);
ds_map_destroy(info);
show_debug_message(audio_get_listener_info(1));
audio_emitter_gain(99, 1);
