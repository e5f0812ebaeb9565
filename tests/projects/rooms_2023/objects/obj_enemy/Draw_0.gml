report("draw never runs headless");
