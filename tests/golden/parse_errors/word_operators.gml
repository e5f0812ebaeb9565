x = 1 not 2;
if a <> then b = 1;
var c = 3 xor;
repeat 2 begin
