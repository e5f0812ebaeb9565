// buffer_compress / buffer_decompress manual examples: zlib data round trip
var _srcBuff = buffer_create(1024, buffer_grow, 1);
repeat (20) buffer_write(_srcBuff, buffer_text, "GameMaker ");
buffer_write(_srcBuff, buffer_string, "end");
var _len = buffer_tell(_srcBuff);
var _cmpBuff = buffer_compress(_srcBuff, 0, _len);
show_debug_message(buffer_get_size(_cmpBuff) < _len);
show_debug_message(buffer_peek(_cmpBuff, 0, buffer_u8));
var _outBuff = buffer_decompress(_cmpBuff);
show_debug_message(buffer_get_size(_outBuff) == _len);
show_debug_message(buffer_md5(_outBuff, 0, _len) == buffer_md5(_srcBuff, 0, _len));
buffer_seek(_outBuff, buffer_seek_start, 200);
show_debug_message(buffer_read(_outBuff, buffer_string));
buffer_delete(_srcBuff);
buffer_delete(_cmpBuff);
buffer_delete(_outBuff);
