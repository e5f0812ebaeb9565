// a small program: a state machine driven by enums, switch, methods in a struct and a with block
enum State { Idle, Walk, Jump, Done }
var actor = {
    state: State.Idle,
    steps: 0,
    log: "",
    tick: function(input) {
        switch (state) {
            case State.Idle:
                if (input == "go") state = State.Walk;
                break;
            case State.Walk:
                steps++;
                if (input == "jump") { state = State.Jump; break; }
                if (steps >= 3) state = State.Done;
                break;
            case State.Jump:
                state = State.Walk;
                break;
            default:
                break;
        }
        log += string(state);
    }
};
var inputs = ["wait", "go", "step", "jump", "land", "step", "step", "step"];
for (var i = 0; i < 8; i++) actor.tick(inputs[i]);
show_debug_message(actor.log);
show_debug_message(actor.steps);
with (actor) show_debug_message(state == State.Done);
