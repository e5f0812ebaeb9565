var notfn = 5;
notfn();
