report("  boss creation code: hp " + string(hp) + ", title " + title + ", blend " + string(image_blend) + ", alpha " + string(image_alpha));
