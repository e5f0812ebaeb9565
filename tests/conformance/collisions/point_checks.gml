// A mouse-over test in the manual's style: is the cursor over a button, a round icon, a sign?
var mx = 120, my = 45;
show_debug_message(point_in_rectangle(mx, my, 100, 30, 200, 60));
show_debug_message(point_in_rectangle(mx, my, 130, 30, 200, 60));
show_debug_message(point_in_rectangle(150, 40, 200, 60, 100, 30)); // corners in any order
show_debug_message(point_in_circle(mx, my, 110, 50, 20));
show_debug_message(point_in_circle(mx, my, 200, 200, 20));
show_debug_message(point_in_triangle(5, 5, 0, 0, 20, 0, 0, 20));
show_debug_message(point_in_triangle(5, 5, 0, 0, 0, 20, 20, 0)); // other winding
show_debug_message(point_in_triangle(30, 30, 0, 0, 20, 0, 0, 20));
show_debug_message(typeof(point_in_rectangle(0, 0, -1, -1, 1, 1)));
