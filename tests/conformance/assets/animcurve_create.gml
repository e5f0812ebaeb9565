// Animation curves made in code (manual: Animation Curves): curves, channels and points are
// structs whose members code sets; a channel evaluates along its points with x clamped to 0..1.
var c = animcurve_create();
c.name = "fade";
var ch = animcurve_channel_new();
show_debug_message(["new channel", ch.name, ch.type, array_length(ch.points)]);
ch.name = "alpha";
var p0 = animcurve_point_new();
var p1 = animcurve_point_new();
p1.posx = 0.5;
p1.value = 10;
var p2 = animcurve_point_new();
p2.posx = 1;
show_debug_message(["new point", p0.posx, p0.value]);
ch.points = [p0, p1, p2];
c.channels = [ch];
show_debug_message(["exists", animcurve_exists(c), animcurve_exists({})]);
show_debug_message(["linear", animcurve_channel_evaluate(ch, 0.25), animcurve_channel_evaluate(ch, 0.5), animcurve_channel_evaluate(ch, 0.75)]);
show_debug_message(["clamped", animcurve_channel_evaluate(ch, -3), animcurve_channel_evaluate(ch, 7)]);
// Edits to the points count at once.
p1.value = 20;
show_debug_message(["edited", animcurve_channel_evaluate(ch, 0.25)]);
show_debug_message(["lookup", animcurve_get_channel(c, "alpha") == ch, animcurve_get_channel(c, 0) == ch, animcurve_get_channel(c, "beta"), animcurve_get_channel_index(c, "alpha"), animcurve_get(c) == c]);
// A smooth curve through two points on a line stays on it.
var s = animcurve_channel_new();
s.type = animcurvetype_catmullrom;
var a = animcurve_point_new();
var b = animcurve_point_new();
b.posx = 1;
b.value = 1;
s.points = [a, b];
show_debug_message(["smooth", round(animcurve_channel_evaluate(s, 0.5) * 1000) / 1000, animcurve_channel_evaluate(s, 1)]);
animcurve_destroy(c);
show_debug_message(["destroyed", animcurve_exists(c)]);
try {
    animcurve_get_channel(c, 0);
} catch (e) {
    show_debug_message(e.message);
}
