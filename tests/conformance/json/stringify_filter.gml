// A filter function can replace values before they are written.
var data = { values : [2000.1, 30.56, undefined, 7] };
var json = json_stringify(data, false, function(key, value)
{
    if (is_real(value)) return round(value);
    if (is_undefined(value)) return 0;
    return value;
});
show_debug_message(json);
var replaced = json_stringify({ list : [1, 2, 3], func : function() {} }, false, function(_key, _value)
{
    if (is_callable(_value)) return "func";
    if (is_array(_value)) return "array";
    return _value;
});
var back = json_parse(replaced);
show_debug_message(back.list);
show_debug_message(back.func);
