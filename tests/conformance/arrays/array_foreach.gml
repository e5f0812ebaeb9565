var _points = [{x: 4, y: 5}, {x: 12, y: 8}, {x: 75, y: 23}];
array_foreach(_points, function(_p, _i) { _p.x = _i; });
show_debug_message([_points[0].x, _points[1].x, _points[2].x]);
array_foreach(["a", "b", "c"], function(_v, _i) {
    show_debug_message(string(_i) + ": " + _v);
}, -1, -2);
