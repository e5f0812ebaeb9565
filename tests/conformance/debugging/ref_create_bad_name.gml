// ref_create's second argument names the variable: a string, a number or a reference.
var r = ref_create(self, {});
