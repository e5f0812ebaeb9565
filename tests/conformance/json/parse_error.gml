// Malformed JSON is a runtime error; it can be caught.
try
{
    json_parse("{\"a\": }");
}
catch (e)
{
    show_debug_message("caught");
}
show_debug_message("before");
json_parse("[1, 2");
show_debug_message("not reached");
