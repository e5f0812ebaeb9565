random_set_seed(42);
show_debug_message(random_get_seed());
var _a = random(100);
var _b = irandom(1000);
random_set_seed(42);
show_debug_message(random(100) == _a);
show_debug_message(irandom(1000) == _b);
var _ok = true;
repeat (200)
{
    var _r = random(5);
    if (_r < 0 || _r > 5) _ok = false;
    var _i = irandom(9.7);
    if (_i < 0 || _i > 9 || _i != floor(_i)) _ok = false;
    var _n = irandom(-3);
    if (_n < -3 || _n > 0) _ok = false;
    var _rr = random_range(20, 50);
    if (_rr < 20 || _rr > 50) _ok = false;
    var _ir = irandom_range(10, 35);
    if (_ir < 10 || _ir > 35 || _ir != floor(_ir)) _ok = false;
    var _ir2 = irandom_range(6.2, 9.9);
    if (_ir2 < 6 || _ir2 > 9) _ok = false;
}
show_debug_message(_ok);
show_debug_message(irandom_range(5, 5));
show_debug_message(random_range(3, 3));
show_debug_message(irandom(0));
