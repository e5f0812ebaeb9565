#region setup
var a = 1;
#endregion
#region another region with a long name
var b = 2;
#region nested
var c = 3;
#endregion
#endregion
show_debug_message(a + b + c);
