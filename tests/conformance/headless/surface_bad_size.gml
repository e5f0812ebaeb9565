// surface_create with a size below 1 is an error naming the function.
var s = surface_create(0, 10);
