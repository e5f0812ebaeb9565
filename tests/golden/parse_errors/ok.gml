// a clean file renders as OK
var a = 1
