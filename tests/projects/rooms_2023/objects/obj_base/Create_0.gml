report(object_get_name(object_index) + " " + title + " created with hp " + string(hp) + ", armed " + string(armed) + ", at " + string(x) + "," + string(y));
