#event create
x = 1;
#object
#object obj_a
stray = 1;
#event step
y = ;
