// A hex literal beyond int64's positive range keeps its 64 bits as a signed int64, as
// GameMaker's own tests expect: abs(0xFFFFFFFF12345678) is 3989547400 and 0xdeadc0deabcdefed
// is negative (GM-TestFramework abs_test, random_test).
var _big = 0xFFFFFFFF12345678;
show_debug_message(typeof(_big));
show_debug_message(_big);
show_debug_message(abs(_big));
show_debug_message(0xdeadc0deabcdefed < 0);
show_debug_message(max(0x1122334455667788, 0x8877665544332211, 0x7FFFFFFFFFFFFFFF, 0x5566778811223344) == 0x7FFFFFFFFFFFFFFF);
show_debug_message($FFFFFFFFFFFFFFFF);
show_debug_message(0x7FFFFFFFFFFFFFFF);
