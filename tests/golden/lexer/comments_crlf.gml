/// doc comment
// line comment
/* block
 comment */ a = 1;
#region Name here
b = 2 // trailing
#endregion
c = "x"