// Save a game state with buffer_save_async, load it back with buffer_load_async, print it.
// Run: gml run scripts/save_load.gml --save-dir /tmp
// Files go inside the save directory (--save-dir, default: the current directory).

// The state to save, as JSON text in a buffer.
var state = { level: 3, hp: 87, inventory: ["sword", "potion"] };
var text = json_stringify(state);
var buf = buffer_create(0, buffer_grow, 1);
buffer_write(buf, buffer_string, text);

// The bytes are copied at the call, so the buffer can be deleted straight away.
global.save_id = buffer_save_async(buf, "savegame.dat", 0, buffer_tell(buf));
buffer_delete(buf);
show_debug_message("saving...");

instance_create_depth(0, 0, 0, obj_saver);

#object obj_saver
#event async_save_load
// One Save/Load event per request: async_load holds its "id" and "status".
if (async_load[? "id"] == global.save_id) {
    show_debug_message("saved: " + (async_load[? "status"] ? "ok" : "failed"));
    global.load_buf = buffer_create(1, buffer_grow, 1);
    global.load_id = buffer_load_async(global.load_buf, "savegame.dat", 0, -1);
} else if (async_load[? "id"] == global.load_id) {
    if (async_load[? "status"]) {
        buffer_seek(global.load_buf, buffer_seek_start, 0);
        var loaded = json_parse(buffer_read(global.load_buf, buffer_string));
        show_debug_message("loaded: level " + string(loaded.level) + ", hp " + string(loaded.hp));
        show_debug_message("inventory: " + string(loaded.inventory));
    } else {
        show_debug_message("load failed");
    }
    buffer_delete(global.load_buf);
    instance_destroy();
}
