show_debug_message("a" + "b");
show_debug_message(3 * "ab");
show_debug_message(0 * "ab" + "|");
show_debug_message(2.7 * "xy");
show_debug_message("10" - 4);
show_debug_message("10" / 4);
try { var r = "Score: " + 10; show_debug_message(r); } catch (e) { show_debug_message(string_pos("DoAdd :: Execution Error", e.message) > 0); }
try { var r2 = "ab" * 3; show_debug_message(r2); } catch (e) { show_debug_message("string * number error"); }
try { var r3 = -"a"; show_debug_message(r3); } catch (e) { show_debug_message("unary minus on string error"); }
try { var r4 = "a" - 1; show_debug_message(r4); } catch (e) { show_debug_message("non-numeric string minus error"); }
try { var r5 = undefined + 1; show_debug_message(r5); } catch (e) { show_debug_message("undefined arithmetic error"); }
try { var r6 = [1] + 1; show_debug_message(r6); } catch (e) { show_debug_message("array arithmetic error"); }
show_debug_message("Score: " + string(10));
