function side(v) {
    show_debug_message("side " + string(v));
    return v;
}
show_debug_message(true && false);
show_debug_message(false || true);
show_debug_message(true ^^ true);
show_debug_message(true ^^ false);
show_debug_message(!0);
show_debug_message(!1);
show_debug_message(!0.4);
show_debug_message(!0.6);
// short circuit
show_debug_message(side(0) && side(1));
show_debug_message(side(1) || side(0));
// xor evaluates both
show_debug_message(side(1) ^^ side(1));
show_debug_message(typeof(1 && 1));
show_debug_message(typeof(!5));
show_debug_message(2 && 3);
