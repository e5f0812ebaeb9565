// Vertex buffers keep GameMaker's bytes: per vertex, each attribute of the format in order
// (3D position 12 bytes, colour 4 bytes as red, green, blue, alpha, texcoord 8 bytes).
vertex_format_begin();
vertex_format_add_position_3d();
vertex_format_add_colour();
vertex_format_add_texcoord();
var fmt = vertex_format_end();
var info = vertex_format_get_info(fmt);
show_debug_message([info.stride, info.num_elements, info.elements[1]]);

var vb = vertex_create_buffer();
vertex_begin(vb, fmt);
vertex_position_3d(vb, 1, 2, 3);
vertex_colour(vb, c_red, 1);
vertex_texcoord(vb, 0.5, 0.25);
vertex_position_3d(vb, 4, 5, 6);
vertex_colour(vb, c_blue, 0.5);
vertex_texcoord(vb, 1, 0);
vertex_end(vb);
vertex_submit(vb, pr_trianglelist, -1);
show_debug_message([vertex_get_number(vb), vertex_get_buffer_size(vb)]);

var b = buffer_create_from_vertex_buffer(vb, buffer_fixed, 1);
show_debug_message(buffer_get_size(b));
show_debug_message([buffer_read(b, buffer_f32), buffer_read(b, buffer_f32), buffer_read(b, buffer_f32)]);
show_debug_message([buffer_read(b, buffer_u8), buffer_read(b, buffer_u8), buffer_read(b, buffer_u8), buffer_read(b, buffer_u8)]);
show_debug_message([buffer_read(b, buffer_f32), buffer_read(b, buffer_f32)]);
buffer_seek(b, buffer_seek_start, 24 + 12);
show_debug_message([buffer_read(b, buffer_u8), buffer_read(b, buffer_u8), buffer_read(b, buffer_u8), buffer_read(b, buffer_u8)]);

// the second vertex alone, and copied into another buffer
var b2 = buffer_create_from_vertex_buffer_ext(vb, buffer_grow, 1, 1, 1);
show_debug_message([buffer_get_size(b2), buffer_peek(b2, 8, buffer_f32)]);
var dest = buffer_create(8, buffer_grow, 1);
buffer_copy_from_vertex_buffer(vb, 0, 1, dest, 8);
show_debug_message([buffer_get_size(dest), buffer_peek(dest, 12, buffer_f32)]);

// and back: a buffer read as vertices of a format
var vb2 = vertex_create_buffer_from_buffer(b, fmt);
show_debug_message(vertex_get_number(vb2));
vertex_delete_buffer(vb2);

// each vertex's attributes are written once, in any order, before the next vertex
vertex_begin(vb, fmt);
vertex_position_3d(vb, 0, 0, 0);
vertex_position_3d(vb, 1, 1, 1);
