event_inherited();
report("  enemy level " + string(level) + ", visible " + string(visible) + ", scale " + string(image_xscale) + ", angle " + string(image_angle) + ", depth " + string(depth));
event_user(0);
