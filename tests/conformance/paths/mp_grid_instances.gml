// mp_grid_add_instances forbids the cells an object's instances' bounding boxes overlap; a box
// edge lying on a cell border does not reach into the next cell. Sprites are 10 x 10 with the
// origin at the top left; the grid is 5 x 4 cells of 10 pixels from (0, 0).
var surf = surface_create(10, 10);
var spr = sprite_create_from_surface(surf, 0, 0, 10, 10, false, false, 0, 0);
object_set_sprite(obj_block, spr);
object_set_sprite(obj_other, spr);
instance_create_depth(30, 10, 0, obj_block);
instance_create_depth(25, 25, 0, obj_block);
instance_create_depth(-5, 0, 0, obj_block);
instance_create_depth(0, 30, 0, obj_other);
var g = mp_grid_create(0, 0, 5, 4, 10, 10);
mp_grid_add_instances(g, obj_block, false);
function forbidden(g) {
    var s = "";
    for (var yy = 0; yy < 4; yy++) {
        for (var xx = 0; xx < 5; xx++) {
            s += mp_grid_get_cell(g, xx, yy) < 0 ? "#" : ".";
        }
        s += "|";
    }
    return s;
}
show_debug_message(forbidden(g));
// Precise checks with rectangle masks forbid the same cells; `all` takes every instance.
mp_grid_clear_all(g);
mp_grid_add_instances(g, all, true);
show_debug_message(forbidden(g));
game_end();
#object obj_block
#object obj_other
