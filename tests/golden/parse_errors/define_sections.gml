top = 1;
#define
x = 1;
#object obj_a
#event create
#define scr_b
return argument0 +;
#event step
y = 2;
