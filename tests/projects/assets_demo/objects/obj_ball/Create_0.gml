hspeed = 4;
global.frames = 0;
global.anim_ends = 0;
