#define ext_tools_init
global.ext_tools_ready = true;
show_debug_message("ExtTools init, version " + string(EXT_TOOLS_VERSION));

#define __ext_tools_add
return argument0 + argument1;

#define ext_join
var s = "";
for (var i = 0; i < argument_count; i++) {
    s += (i > 0 ? "," : "") + string(argument[i]);
}
return s;

#define __ext_tools_private
return "private helper";

#define ext_tools_final
show_debug_message("ExtTools final, after the last Clean Up");
