var _seed = randomize();
show_debug_message(random_get_seed() == _seed);
show_debug_message(_seed >= 0 && _seed < 4294967296 && _seed == floor(_seed));
randomise();
var _x = random(1);
show_debug_message(_x >= 0 && _x <= 1);
