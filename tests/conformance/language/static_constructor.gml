function Weapon() constructor {
    static count = 0;
    count++;
    static describe = function() { return "weapon #" + string(id_num); };
    id_num = count;
}
var w1 = new Weapon();
var w2 = new Weapon();
show_debug_message(w1.count);
show_debug_message(w2.count);
show_debug_message(Weapon.count);
show_debug_message(w1.describe());
show_debug_message(w2.describe());
show_debug_message(w1.describe == w2.describe);
// parent statics are visible through the child
function Item() constructor { static number = 7; }
function Sword() : Item() constructor { static kinds = ["short", "long"]; }
var s = new Sword();
show_debug_message(s.number);
show_debug_message(s.kinds);
// static_get returns the static struct
show_debug_message(static_get(Weapon).count);
show_debug_message(static_get(w1) == static_get(Weapon));
