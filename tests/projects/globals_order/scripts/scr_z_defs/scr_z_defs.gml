#macro MAX_HP 100
#macro THREE 3
#macro LIMIT MAX_HP * 2
enum Colour { Red, Green = 10, Blue }
enum Tier { Low = Colour.Blue, Top = Tier.Low + THREE }
show_debug_message("scr_z_defs runs last");
