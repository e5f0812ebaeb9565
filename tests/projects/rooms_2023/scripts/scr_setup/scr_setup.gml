#macro PREFIX "> "
enum Rank { Private, Corporal = 5, Captain }
report("setup runs second; room_speed " + string(room_speed));
function hp_default() {
	return 7;
}
