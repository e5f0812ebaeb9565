if (a == 1 {
    b = 2;
}
while (c < 3 c++;
