top = 1;
#object obj_a : obj_parent
#event create
#event other:user0
#event async_http // comment
x = 1;
#define scr_add(a, b)
return a + b;
