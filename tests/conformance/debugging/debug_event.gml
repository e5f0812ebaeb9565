// debug_event: custom strings only mark the debugger's graph; "ResourceCounts" returns the
// live resources (silently when asked), "DumpMemory" the memory figures.
show_debug_message(debug_event("Recreating Effects Surface"));
var _l1 = ds_list_create();
var _l2 = ds_list_create();
var _m = ds_map_create();
ds_list_destroy(_l1);
var _counts = debug_event("ResourceCounts", true);
show_debug_message(_counts.listCount);
show_debug_message(_counts.listMaxIndex);
show_debug_message(_counts.listArrayAllocatedSize);
show_debug_message(_counts.mapCount);
show_debug_message(_counts.gridCount);
show_debug_message(_counts.gridMaxIndex);
var _b = buffer_create(16, buffer_fixed, 1);
show_debug_message(debug_event("ResourceCounts", true).bufferCount);
var _e1 = audio_emitter_create();
var _e2 = audio_emitter_create();
audio_emitter_free(_e2);
vertex_format_begin();
vertex_format_add_position();
var _fmt = vertex_format_end();
var _vb = vertex_create_buffer();
_counts = debug_event("ResourceCounts", true);
show_debug_message([_counts.audioEmitterCount, _counts.audioEmitterMaxIndex, _counts.vertexBufferCount, _counts.vertexBufferMaxIndex]);
var _mem = debug_event("DumpMemory", true);
show_debug_message(_mem.totalUsed > 0 && _mem.peakUsage >= _mem.totalUsed && _mem.free >= 0);
