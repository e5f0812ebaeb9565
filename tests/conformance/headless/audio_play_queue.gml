// A play queue (manual: audio_create_play_queue) takes buffers; freeing it a second time, as a
// Step event waiting for the queue to end does, changes nothing.
var q = audio_create_play_queue(buffer_u8, 48000, audio_mono);
var b = buffer_create(1000, buffer_fixed, 1);
audio_queue_sound(q, b, 0, 1000);
audio_free_play_queue(q);
show_debug_message("freed");
audio_free_play_queue(q);
show_debug_message("freed again");
