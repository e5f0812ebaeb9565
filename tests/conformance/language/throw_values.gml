try { throw "a string"; } catch (e) { show_debug_message(typeof(e)); show_debug_message(e); }
try { throw 42; } catch (e) { show_debug_message(typeof(e)); show_debug_message(e); }
try { throw {code: 7, text: "custom"}; } catch (e) { show_debug_message(typeof(e)); show_debug_message(e.code); show_debug_message(e.text); }
try { throw [1, 2]; } catch (e) { show_debug_message(e); }
try { throw undefined; } catch (e) { show_debug_message(e); }
function thrower() { throw "from function"; }
try { thrower(); } catch (e) { show_debug_message(e); }
function Err(msg) constructor { message = msg; }
try { throw new Err("ctor error"); } catch (e) { show_debug_message(instanceof(e) + ": " + e.message); }
