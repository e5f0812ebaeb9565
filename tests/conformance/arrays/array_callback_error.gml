try {
    array_foreach([1, 2, 3], function(_el, _i) {
        show_debug_message(_el);
        if (_el == 2) throw "stop at " + string(_i);
    });
} catch (_e) {
    show_debug_message(_e);
}
