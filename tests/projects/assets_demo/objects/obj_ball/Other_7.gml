global.anim_ends += 1;
