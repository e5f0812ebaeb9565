for (var i = 0; i < 3; i++) {
    try {
        show_debug_message(i);
    } finally {
        break;
    }
}
