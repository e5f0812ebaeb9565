function plain() { return 1; }
var s = new plain();
