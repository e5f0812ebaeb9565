// image_index advances by image_speed at the start of each frame, before Begin Step, and wraps
// past the last frame firing Animation End. Without a sprite it still advances.
var surf = surface_create(4, 4);
global.spr = sprite_create_from_surface(surf, 0, 0, 4, 4, false, false, 0, 0);
global.frame = 0;
global.ends = 0;
var a = instance_create_depth(0, 0, 0, obj_anim);
a.sprite_index = global.spr;
a.image_speed = 0.5;
var n = instance_create_depth(0, 0, 0, obj_nosprite);
n.image_speed = 0.25;

#object obj_anim
#event step_begin
global.frame += 1;
show_debug_message("frame " + string(global.frame) + " image_index " + string(image_index));
#event other_animation_end
show_debug_message("animation end, image_index " + string(image_index));
global.ends += 1;
if (global.ends == 2) {
    show_debug_message("no sprite: " + string(obj_nosprite.image_index));
    game_end();
}

#object obj_nosprite
