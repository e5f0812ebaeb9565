function make() {
    var secret = "local";
    return function() {
        try {
            return secret;
        } catch (e) {
            return "no closure";
        }
    };
}
var f = make();
show_debug_message(f());
// the name is looked up on self instead
var holder = {secret: "from self"};
var g = method(holder, make());
show_debug_message(g());
