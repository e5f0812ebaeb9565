count += 1;
