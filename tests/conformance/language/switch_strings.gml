function greet(lang) {
    switch (lang) {
        case "en": return "hello";
        case "fr": return "bonjour";
        case "EN": return "HELLO";
        default: return "?";
    }
}
show_debug_message(greet("en"));
show_debug_message(greet("fr"));
show_debug_message(greet("EN"));
show_debug_message(greet("de"));
show_debug_message(greet(""));
