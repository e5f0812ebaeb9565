// Memory per instance: creates N instances (the first argument after `--`, default 100000) of
// the instance benchmark's object, then ends after one frame. memory.sh compares the peak RSS
// with that of a run creating none.
var _n = parameter_count() >= 1 ? real(parameter_string(1)) : 100000;
for (var i = 0; i < _n; i++) {
    instance_create_depth(i mod 100, i div 100, 0, obj_bench);
}
game_end();

#object obj_bench
#event create
counter = 0;
total = 0;
#event step
counter += 1;
total += counter;
