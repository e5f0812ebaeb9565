try {
    array_reduce([], function(_p, _c, _i) { return _p + _c; });
    show_debug_message("no error");
} catch (_e) {
    show_debug_message("error");
}
