// Fetch a web page and print its HTTP status and first lines:
//
//     gml run scripts/fetch.gml -- https://example.com/
//
// HTTP in GameMaker is asynchronous: http_get() returns at once with a request id, and the
// answer arrives later, in the "Async - HTTP" event of every instance that has one. While the
// request is in flight the game keeps running frames.

// parameter_string(1) is the first argument after `--`.
if (parameter_count() < 1 || parameter_string(1) == "") {
    show_debug_message("usage: gml run scripts/fetch.gml -- URL");
    game_end(2);
} else {
    // One instance to receive the answer; it remembers its request id.
    instance_create_depth(0, 0, 0, obj_fetch, { url: parameter_string(1) });
}

// How many lines of the body to print.
#macro FETCH_LINES 5

#object obj_fetch
#event create
// `url` was set by the struct given to instance_create_depth.
request = http_get(url);
show_debug_message("GET " + url);

#event async_http
// async_load is a ds_map describing this answer; it only exists during this event.
// Every instance with this event sees every answer, so first check that it is ours.
if (async_load[? "id"] != request) exit;

var _status = async_load[? "status"];
// status 1: still downloading (progress updates); wait for the final event.
if (_status == 1) exit;

// http_status is the server's status code; 0 means no answer at all (refused, unknown host...).
var _code = async_load[? "http_status"];
if (_code == 0) {
    show_debug_message("failed: no response from the server");
    // End the game now, with exit code 1 for the shell.
    game_end(1);
} else {
    // status 0 for a 2xx answer, -1 for any other; the body is in "result" either way.
    show_debug_message("HTTP " + string(_code) + (_status == 0 ? " (ok)" : " (error)"));
    var _body = async_load[? "result"];
    // Print the first few lines of the body.
    var _shown = 0;
    while (_body != "" && _shown < FETCH_LINES) {
        var _nl = string_pos("\n", _body);
        if (_nl == 0) {
            show_debug_message(_body);
            _body = "";
        } else {
            show_debug_message(string_copy(_body, 1, _nl - 1));
            _body = string_delete(_body, 1, _nl);
        }
        _shown += 1;
    }
    if (_body != "") show_debug_message("... (" + string(string_length(_body)) + " more characters)");
}

// Nothing else to do: once no instance is left and no request is pending, the game ends.
instance_destroy();
