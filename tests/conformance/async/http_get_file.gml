// http_get_file: the body goes into a file in the save area (missing folders are created);
// result is the path.
global.request_id = http_get_file("{{SERVER}}/text?n=3", "Downloads/lines.txt");
instance_create_depth(0, 0, 0, obj_downloader);

#object obj_downloader
#event async_http
if (async_load[? "id"] == global.request_id) {
    var _status = async_load[? "status"];
    if (_status == 0) {
        var _path = async_load[? "result"];
        show_debug_message("saved to " + _path);
        var _f = file_text_open_read(_path);
        while (!file_text_eof(_f)) {
            show_debug_message("  " + file_text_read_string(_f));
            file_text_readln(_f);
        }
        file_text_close(_f);
        instance_destroy();
    } else if (_status < 0) {
        show_debug_message("download failed");
        instance_destroy();
    }
}
