var _bullets = [];
var _xs = [30, 10, 20];
for (var i = 0; i < 3; i++) {
    _bullets[i] = instance_create_depth(_xs[i], 0, 0, obj_bullet);
}
show_debug_message(_bullets);
array_sort(_bullets, function(_a, _b) { return _a.x - _b.x; });
show_debug_message(_bullets);
show_debug_message([_bullets[0].x, _bullets[1].x, _bullets[2].x]);
game_end();

#object obj_bullet
