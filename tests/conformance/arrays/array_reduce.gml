var _vals = [4, 1, 3, 2, 5];
var _smallest = array_reduce(_vals, function(_prev, _cur, _i) { return (_cur < _prev) ? _cur : _prev; });
show_debug_message(_smallest);
var _sum = function(_prev, _cur, _i) { return _prev + _cur; };
show_debug_message(array_reduce(_vals, _sum));
show_debug_message(array_reduce(_vals, _sum, 100));
show_debug_message(array_reduce([], _sum, "empty"));
show_debug_message(array_reduce([42], _sum));
var _text = array_reduce(["a", "b", "c"], function(_prev, _cur, _i) {
    return _prev + string(_i) + _cur;
}, "");
show_debug_message(_text);
