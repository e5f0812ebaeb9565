// An enum declared inside a function body is a global compile-time constant: usable before the
// declaration and outside the function, even if the function never runs
show_debug_message(Weapon.Bow);
show_debug_message(get_sword());
function get_sword() {
    enum Weapon { Sword = 1, Bow, Axe = 10 }
    return Weapon.Sword;
}
var never_called = function() {
    enum Armour { Light, Heavy = Weapon.Axe * 2 }
};
show_debug_message(Armour.Heavy);
show_debug_message(typeof(Weapon.Axe));
function Holder() constructor {
    static make = function() {
        enum Deep { A = 5 }
        return 0;
    }
}
show_debug_message(Deep.A);
