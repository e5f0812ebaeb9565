var _b = buffer_create(64, buffer_grow, 1);
buffer_write(_b, buffer_text, payload);
save_id = buffer_save_async(_b, SAVE_NAME, 0, buffer_tell(_b));
buffer_delete(_b);
show_debug_message("alarm 0: saving asynchronously");
