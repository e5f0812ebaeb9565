// Changing whole paths: shift, mirror (horizontally), flip (vertically), rescale and rotate
// (both about the centre of the points' bounding box), reverse, append, assign and duplicate.
function points(p) {
    var a = [];
    for (var i = 0; i < path_get_number(p); i++) {
        array_push(a, round(path_get_point_x(p, i)), round(path_get_point_y(p, i)));
    }
    return a;
}
var base = path_add();
path_add_point(base, 0, 0, 100);
path_add_point(base, 20, 0, 50);
path_add_point(base, 20, 10, 25);
// The box is (0, 0)-(20, 10): its centre is (10, 5).
var p = path_duplicate(base);
show_debug_message(["duplicate", p != base, path_exists(p), points(p), path_get_point_speed(p, 2)]);
path_shift(p, 5, -5);
show_debug_message(["shift", points(p), points(base)]);
path_assign(p, base);
path_mirror(p);
show_debug_message(["mirror", points(p)]);
path_assign(p, base);
path_flip(p);
show_debug_message(["flip", points(p)]);
path_assign(p, base);
path_rescale(p, 2, 3);
show_debug_message(["rescale", points(p)]);
// 90 degrees counter-clockwise on screen (y grows downwards).
path_assign(p, base);
path_rotate(p, 90);
show_debug_message(["rotate", points(p)]);
// Reversing keeps each point's speed with it.
path_assign(p, base);
path_reverse(p);
show_debug_message(["reverse", points(p), path_get_point_speed(p, 0)]);
path_append(p, base);
show_debug_message(["append", path_get_number(p), points(p)]);
// Assign copies the settings as well.
path_set_kind(base, 1);
path_set_closed(base, false);
path_assign(p, base);
show_debug_message(["assign", path_get_kind(p), path_get_closed(p), path_get_number(p)]);
// A path that does not exist: nothing happens; path_duplicate gives -1.
path_delete(base);
path_append(p, base);
show_debug_message(["missing", path_get_number(p), path_duplicate(base)]);
