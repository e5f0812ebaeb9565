var a = [];
a[3] = 1;
show_debug_message(a);
show_debug_message(array_length(a));
try { var v = a[9]; } catch (e) { show_debug_message("read past end is an error"); }
try { var w = a[-1]; } catch (e) { show_debug_message("negative read is an error"); }
try { a[-1] = 5; } catch (e) { show_debug_message("negative write is an error"); }
show_debug_message(a);
