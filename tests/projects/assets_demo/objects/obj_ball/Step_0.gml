global.frames += 1;
