draw_text(0, 0, "never drawn");
