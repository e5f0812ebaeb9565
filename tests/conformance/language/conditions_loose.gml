var a = 5;
if a > 3 show_debug_message("no parens");
if a > 3 then show_debug_message("then");
if a == 5 then begin show_debug_message("then begin"); end
if a < 3 then show_debug_message("no") else show_debug_message("else");
var i = 0;
while i < 3 i++;
show_debug_message(i);
repeat 2 show_debug_message("rep");
do i-- until i <= 0
show_debug_message(i);
var st = {v: 4};
with st show_debug_message(v);
switch a { case 5: show_debug_message("five"); break; }
if (a) show_debug_message("truthy");
