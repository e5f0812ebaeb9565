function Point(_x, _y) constructor {
	x = _x;
	y = _y;
	static describe = function() {
		return "(" + string(x) + ", " + string(y) + ")";
	}
}
function add_three(_n) {
	return _n + THREE;
}
show_debug_message("scr_m_point runs second");
