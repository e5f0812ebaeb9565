// a small program: a recursive-descent calculator with statics, string functions and throw/catch
function Calc(_src) constructor {
    src = _src;
    pos = 1;
    static peek = function() {
        return pos <= string_length(src) ? string_char_at(src, pos) : "";
    };
    static skip_ws = function() {
        while (peek() == " ") pos++;
    };
    static number = function() {
        skip_ws();
        var start = pos;
        while (peek() != "" && string_pos(peek(), "0123456789.") > 0) pos++;
        if (start == pos) throw "number expected at " + string(pos);
        return real(string_copy(src, start, pos - start));
    };
    static factor = function() {
        skip_ws();
        if (peek() == "(") {
            pos++;
            var v = expr();
            skip_ws();
            if (peek() != ")") throw "missing )";
            pos++;
            return v;
        }
        if (peek() == "-") {
            pos++;
            return -factor();
        }
        return number();
    };
    static term = function() {
        var v = factor();
        while (true) {
            skip_ws();
            var c = peek();
            if (c == "*") { pos++; v *= factor(); }
            else if (c == "/") { pos++; v /= factor(); }
            else return v;
        }
    };
    static expr = function() {
        var v = term();
        while (true) {
            skip_ws();
            var c = peek();
            if (c == "+") { pos++; v += term(); }
            else if (c == "-") { pos++; v -= term(); }
            else return v;
        }
    };
}
function evaluate(s) {
    try {
        var calc = new Calc(s);
        return calc.expr();
    } catch (e) {
        return "error: " + e;
    }
}
show_debug_message(evaluate("1 + 2 * 3"));
show_debug_message(evaluate("(1 + 2) * 3"));
show_debug_message(evaluate("10 / 4"));
show_debug_message(evaluate("-(2 + 3) * 2"));
show_debug_message(evaluate("2 * (3 + (4 - 1)) / 3"));
show_debug_message(evaluate("0.5 + 0.25"));
show_debug_message(evaluate("1 +"));
show_debug_message(evaluate("(1 + 2"));
