#macro SELF SELF + 1
#macro
x = SELF;
