var a = 3;
if (a > 2)
begin
    show_debug_message("big");
end
else
begin
    show_debug_message("small");
end
var i = 0;
while (i < 3) begin i += 1; end
show_debug_message(i);
function f(n) begin return n * 2; end
show_debug_message(f(21));
begin
    show_debug_message("block");
end
