// macros and enum members inside template strings, format strings, arrays and functions
#macro NAME "gml"
enum Ver { Major = 2, Minor = 3 }
show_debug_message($"{NAME} {Ver.Major}.{Ver.Minor}");
show_debug_message(string("{0}-{1}", NAME, Ver.Minor));
var arr = [NAME, Ver.Major];
show_debug_message(arr);
function uses_macro() { return NAME + "!"; }
show_debug_message(uses_macro());
