random_set_seed(7);
var _seen_a = false, _seen_b = false, _seen_c = false, _other = false;
repeat (300)
{
    var _v = choose("a", "b", "c");
    if (_v == "a") _seen_a = true;
    else if (_v == "b") _seen_b = true;
    else if (_v == "c") _seen_c = true;
    else _other = true;
}
show_debug_message(_seen_a && _seen_b && _seen_c);
show_debug_message(_other);
show_debug_message(choose(42));
show_debug_message(typeof(choose(int64(3))));
show_debug_message(choose());
