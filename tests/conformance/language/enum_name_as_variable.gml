// An enum's name followed by `.` is the enum; anywhere else the same identifier is an ordinary
// variable, field or parameter name
enum State { Idle, Run }
var State = "local";
show_debug_message(State);
show_debug_message(State.Run);
var s = { State: 5 };
show_debug_message(s.State);
s.State += 1;
show_debug_message(s.State);
global.State = 3;
show_debug_message(global.State);
function twice(State) {
    return State * 2;
}
show_debug_message(twice(4));
show_debug_message(State.Idle + State.Run);
