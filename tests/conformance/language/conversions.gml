show_debug_message(real("1.72"));
show_debug_message(real("-21233.223"));
show_debug_message(real("+5"));
show_debug_message(real("1e3"));
show_debug_message(real("0x1F"));
show_debug_message(real("  42"));
show_debug_message(real(true));
show_debug_message(real(7));
try { real("abc"); } catch (e) { show_debug_message("real(abc) error"); }
try { real(""); } catch (e) { show_debug_message("real(empty) error"); }
try { real(undefined); } catch (e) { show_debug_message("real(undefined) error"); }
show_debug_message(int64("1.72"));
show_debug_message(int64("-21233.223"));
show_debug_message(int64(2.9));
show_debug_message(int64(-2.9));
show_debug_message(int64(NaN));
show_debug_message(typeof(int64(1)));
show_debug_message(bool(1));
show_debug_message(bool(0));
show_debug_message(bool(0.5));
show_debug_message(bool(0.51));
show_debug_message(bool("true"));
show_debug_message(bool("false"));
show_debug_message(bool("1"));
show_debug_message(bool(undefined));
show_debug_message(bool({}));
show_debug_message(typeof(bool(1)));
try { bool("maybe"); } catch (e) { show_debug_message("bool(maybe) error"); }
show_debug_message(string(12) + string(0.5));
show_debug_message(typeof(string(1)));
