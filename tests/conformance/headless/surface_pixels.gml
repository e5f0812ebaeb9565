// Surfaces keep their pixels without a GPU: clearing, copying and buffers write them, and
// getpixel, buffer_get_surface and surface_save read them (manual: Drawing > Surfaces).
var surf = surface_create(32, 16);
show_debug_message(surface_getpixel(surf, 5, 5));

// Clearing the target with a colour and an alpha (an alpha past 1 counts as 1).
surface_set_target(surf);
draw_clear_alpha(c_green, 128);
surface_reset_target();
show_debug_message([surface_getpixel(surf, 20, 10), surface_getpixel_ext(surf, 20, 10)]);

// The manual's way of splitting the 32-bit value.
surface_set_target(surf);
draw_clear_alpha(make_colour_rgb(10, 20, 30), 0.4);
surface_reset_target();
var col = surface_getpixel_ext(surf, 0, 0);
show_debug_message([(col >> 24) & 255, (col >> 16) & 255, (col >> 8) & 255, col & 255]);
show_debug_message([surface_getpixel(surf, -1, 0), surface_getpixel(surf, 32, 0)]);

// buffer_get_surface: 4 bytes a pixel, RGBA, from the offset; a grow buffer grows to hold them.
var buff = buffer_create(1, buffer_grow, 1);
buffer_get_surface(buff, surf, 2);
show_debug_message(buffer_get_size(buff));
buffer_seek(buff, buffer_seek_start, 2);
show_debug_message([buffer_read(buff, buffer_u8), buffer_read(buff, buffer_u8), buffer_read(buff, buffer_u8), buffer_read(buff, buffer_u8)]);

// buffer_set_surface: white bytes make white pixels.
var white = buffer_create(8 * 8 * 4, buffer_fixed, 1);
buffer_fill(white, 0, buffer_u8, 255, 8 * 8 * 4);
var small = surface_create(8, 8);
buffer_set_surface(white, small, 0);
show_debug_message(surface_getpixel(small, 7, 7) == c_white);

// Copying a part replaces the pixels there; what falls outside is clipped.
surface_copy_part(surf, 30, 14, small, 0, 0, 4, 4);
show_debug_message([surface_getpixel(surf, 29, 13), surface_getpixel(surf, 30, 14), surface_getpixel(surf, 31, 15)]);
surface_copy(small, 0, 0, surf);
show_debug_message(surface_getpixel(small, 0, 0) == surface_getpixel(surf, 0, 0));

// A float format reads back as arrays of channels.
var hdr = surface_create(2, 2, surface_rgba32float);
surface_set_target(hdr);
draw_clear_alpha(c_white, 0.25);
surface_reset_target();
show_debug_message([surface_getpixel(hdr, 1, 1), surface_getpixel_ext(hdr, 1, 1)]);

// Saving writes a PNG file; resizing clears the surface.
surface_save(surf, "surf.png");
surface_save_part(surf, "part.png", 0, 0, 4, 4);
show_debug_message([file_exists("surf.png"), file_exists("part.png")]);
var png = buffer_load("surf.png");
show_debug_message([buffer_peek(png, 1, buffer_u8), buffer_peek(png, 2, buffer_u8), buffer_peek(png, 3, buffer_u8)]);
file_delete("surf.png");
file_delete("part.png");
surface_resize(surf, 8, 8);
show_debug_message(surface_getpixel_ext(surf, 0, 0));
show_debug_message([surface_get_texture(surf) != surface_get_texture(small), surface_get_texture(-5) == pointer_invalid]);

// Each reset needs a target set before it.
surface_reset_target();
