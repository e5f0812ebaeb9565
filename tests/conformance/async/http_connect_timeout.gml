// http_get_connect_timeout / http_set_connect_timeout: milliseconds, 60000 by default.
var _timeout_ms = http_get_connect_timeout();
show_debug_message($"The connection timeout value for HTTP requests is currently set to {_timeout_ms} milliseconds.");
http_set_connect_timeout(5000);
show_debug_message(http_get_connect_timeout());
http_set_connect_timeout(0);
show_debug_message(http_get_connect_timeout());
http_set_connect_timeout(60000);
show_debug_message(http_get_connect_timeout());
// Cross-origin settings only matter in browsers: the getter gives "" here.
http_set_request_crossorigin("use-credentials");
show_debug_message("[" + http_get_request_crossorigin() + "]");
