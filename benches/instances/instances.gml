// Instance benchmark: 10,000 instances, each with a Step event updating two variables.
// Run with `gml run --fast --max-frames 1000 instances.gml` (see run.sh).
for (var i = 0; i < 10000; i++) {
    instance_create_depth(i mod 100, i div 100, 0, obj_bench);
}

#object obj_bench
#event create
counter = 0;
total = 0;
#event step
counter += 1;
total += counter;
