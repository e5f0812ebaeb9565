// buffer_crc32 of a region: bytes 32..95 of a buffer holding 0..255
var b = buffer_create(256, buffer_grow, 1);
for (var i = 0; i < 256; ++i) buffer_write(b, buffer_u8, i);
var check_val = buffer_crc32(b, 32, 64);
show_debug_message(check_val);
show_debug_message(check_val == 0xE809C6C8);
