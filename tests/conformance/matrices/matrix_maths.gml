// Matrices are arrays of 16 numbers, column by column (translation in 12-14); vectors are
// transformed as rows; matrix_multiply(a, b) applies a first, then b (manual: Matrix Functions).
function show_rounded(_label, _m) {
    var _out = [];
    for (var i = 0; i < array_length(_m); i++) _out[i] = round(_m[i] * 1000) / 1000;
    show_debug_message(_label + ": " + string(_out));
}
show_debug_message(matrix_build_identity());
var _t = matrix_build(10, 20, 30, 0, 0, 0, 1, 1, 1);
show_debug_message(_t);
show_debug_message(matrix_transform_vertex(_t, 1, 2, 3));
show_debug_message(matrix_transform_vertex(_t, 1, 2, 3, 0));
var _s = matrix_build(0, 0, 0, 0, 0, 0, 2, 3, 4);
show_debug_message(matrix_transform_vertex(_s, 1, 1, 1));
show_rounded("rotate z 90", matrix_transform_vertex(matrix_build(0, 0, 0, 0, 0, 90, 1, 1, 1), 1, 0, 0));
// translate then scale, and scale then translate
show_debug_message(matrix_transform_vertex(matrix_multiply(matrix_build(10, 0, 0, 0, 0, 0, 1, 1, 1), _s), 1, 0, 0));
show_debug_message(matrix_transform_vertex(matrix_multiply(_s, matrix_build(10, 0, 0, 0, 0, 0, 1, 1, 1)), 1, 0, 0));
show_debug_message(matrix_inverse(_t));
var _r = matrix_build(5, -3, 2, 30, 45, 60, 2, 1, 0.5);
show_rounded("m * inverse(m)", matrix_multiply(_r, matrix_inverse(_r)));
show_debug_message(matrix_inverse([0,0,0,0, 0,0,0,0, 0,0,0,0, 0,0,0,0]));
// writing into an existing matrix
var _into = [];
matrix_multiply(_t, _t, _into);
show_debug_message(_into);
show_debug_message(array_length(matrix_build_identity(_into)));
show_debug_message(_into);
var _o = matrix_build_projection_ortho(640, 480, 1, 32000);
show_debug_message([_o[0] * 640, _o[5] * 480, _o[15]]);
var _p = matrix_build_projection_perspective_fov(90, 2, 1, 101);
show_rounded("fov", [_p[0], _p[5], _p[10], _p[11], _p[14]]);
show_rounded("lookat", matrix_transform_vertex(matrix_build_lookat(0, 0, -10, 0, 0, 0, 0, 1, 0), 3, 4, 0));
