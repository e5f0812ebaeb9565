// the target of a compound assignment or ++ is evaluated once
global.calls = 0;
function idx() { global.calls++; return 1; }
var arr = [10, 20, 30];
arr[idx()] += 5;
show_debug_message(arr);
show_debug_message(global.calls);
var s = {a: [1, 2]};
s.a[idx()] *= 10;
show_debug_message(s.a);
show_debug_message(global.calls);
global.n = 1;
global.n++;
++global.n;
show_debug_message(global.n);
var st = {txt: "a"};
st.txt += "b";
show_debug_message(st.txt);
with (st) { var tmp = "with local"; }
show_debug_message(tmp);
var arr2 = [1,2,3];
arr2[idx()]++;
show_debug_message(arr2);
show_debug_message(global.calls);
