// The same write or read used on plain structs and on instances: built-in variables keep their
// side effects on instances (hspeed follows speed, the box follows x) and stay plain on structs.
function set_speed(s, v) { s.speed = v; }
function set_x(s, v) { s.x = v; }
function get_hp(s) { return s.hp; }
var surf = surface_create(16, 16);
var spr = sprite_create_from_surface(surf, 0, 0, 16, 16, false, false, 0, 0);
object_set_sprite(obj_site, spr);
var plain = { speed: 0, x: 0, hp: 7, hspeed: 0 };
var a = instance_create_depth(0, 0, 0, obj_site);
var b = instance_create_depth(0, 0, 0, obj_site);
for (var i = 1; i <= 2; i++) {
    set_speed(plain, i);
    set_speed(a, i * 2);
    set_x(plain, i * 10);
    set_x(a, i * 100);
}
show_debug_message("plain speed " + string(plain.speed) + " hspeed " + string(plain.hspeed) + " x " + string(plain.x));
show_debug_message("a speed " + string(a.speed) + " hspeed " + string(a.hspeed) + " x " + string(a.x) + " bbox_left " + string(a.bbox_left));
show_debug_message([get_hp(plain), get_hp(a), get_hp(b), get_hp(plain)]);
with (obj_site) step();
with (obj_site) step();
show_debug_message([a.hp, b.hp, a.x, b.x]);
with (obj_site) instance_destroy();

#object obj_site
#event create
hp = 3;
step = function() {
    hp += 1;
    x += 1;
};
