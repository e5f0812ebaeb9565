if a and b or not c xor d then begin x = 1 end
a.end = a.if + other.begin + global.var
return
return x
return;
var v = function() constructor {} new static enum try catch finally throw delete
with all noone self undefined true false exit break continue until do repeat switch case default
