show_debug_message(3 * "ab");
try {
    show_debug_message("Score: " + 10);
} catch (e) {
    show_debug_message("error: " + string(string_pos("DoAdd", e.message) > 0));
}
