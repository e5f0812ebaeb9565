// http_post_string: a POST with the string as its body (the test server's /echo sends back the
// method and the body).
var player_name = "Ada";
var player_score = 1200;
var _str = $"name={player_name}&score={player_score}";
global.request_id = http_post_string("{{SERVER}}/echo", _str);
instance_create_depth(0, 0, 0, obj_poster);

#object obj_poster
#event async_http
var _r_str = "null";
if (async_load[? "id"] == global.request_id) {
    if (async_load[? "status"] == 0) {
        _r_str = async_load[? "result"];
    }
}
show_debug_message(_r_str);
instance_destroy();
