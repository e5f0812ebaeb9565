// The matrix stack starts empty (the identity); each push applies the new matrix before the
// current top; matrix_get/matrix_set keep the world, view and projection matrices.
show_debug_message(matrix_stack_is_empty());
show_debug_message(matrix_stack_top());
matrix_stack_push(matrix_build(10, 0, 0, 0, 0, 0, 1, 1, 1));
matrix_stack_push(matrix_build(0, 0, 0, 0, 0, 0, 2, 2, 2));
show_debug_message(matrix_stack_is_empty());
// scale first (the last push), then translate
show_debug_message(matrix_transform_vertex(matrix_stack_top(), 1, 0, 0));
matrix_stack_pop();
show_debug_message(matrix_transform_vertex(matrix_stack_top(), 1, 0, 0));
matrix_stack_set(matrix_build(0, 5, 0, 0, 0, 0, 1, 1, 1));
show_debug_message(matrix_transform_vertex(matrix_stack_top(), 1, 0, 0));
matrix_stack_clear();
show_debug_message(matrix_stack_is_empty());
show_debug_message(matrix_stack_top());
show_debug_message(matrix_get(matrix_world));
matrix_set(matrix_view, matrix_build(1, 2, 3, 0, 0, 0, 1, 1, 1));
show_debug_message(matrix_get(matrix_view));
show_debug_message(matrix_get(matrix_projection) == matrix_get(matrix_world));
show_debug_message([matrix_view, matrix_projection, matrix_world]);
