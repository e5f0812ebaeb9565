function f() {
    continue;
}
