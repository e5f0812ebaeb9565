// every level of a constructor chain has its own statics; the chain links child to parent
function Vehicle() constructor {
    static made = 0;
    made++;
    static wheels = 4;
}
function Bike() : Vehicle() constructor {
    static made = 0;
    made++;
    static wheels = 2;
}
function Trike() : Bike() constructor {
    static made = 0;
    made++;
}
var v = new Vehicle();
var b = new Bike();
var t = new Trike();
show_debug_message($"{Vehicle.made} {Bike.made} {Trike.made}");
show_debug_message(v.wheels);
show_debug_message(b.wheels);
show_debug_message(t.wheels);
show_debug_message(static_get(Bike) == static_get(static_get(Trike)));
show_debug_message(static_get(t) == static_get(Trike));
// an instance variable shadows a static of the same name
t.wheels = 5;
show_debug_message(t.wheels);
show_debug_message(Trike.made);
var fresh = new Trike();
show_debug_message(fresh.wheels);
