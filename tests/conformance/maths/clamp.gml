var _health = 150;
_health = clamp(_health, 0, 100);
show_debug_message(_health);
show_debug_message(clamp(-5, 0, 100));
show_debug_message(clamp(42, 0, 100));
show_debug_message(clamp(4.5, 0.1, 12.5));
show_debug_message(clamp(4.5, 12.5, 0.1));
