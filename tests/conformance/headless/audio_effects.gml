// audio_effect_create gives a struct with the effect type's parameters at their defaults, or
// at the values given, clamped to each parameter's range.
var d = audio_effect_create(AudioEffectType.Delay);
show_debug_message(d);
show_debug_message(audio_effect_create(AudioEffectType.Bitcrusher, { factor: 500, resolution: 4.7 }));
show_debug_message(audio_effect_create(AudioEffectType.Tremolo, { shape: AudioLFOType.Triangle }));
show_debug_message(audio_effect_create(AudioEffectType.Compressor));
var eq = audio_effect_create(AudioEffectType.EQ);
show_debug_message(variable_struct_get_names(eq));
show_debug_message([eq.locut.cutoff, eq.eq2.freq, eq.hicut.cutoff]);
d.time = 1;
show_debug_message(d.time);
audio_effect_create(42);
