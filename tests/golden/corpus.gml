// A varied GML program used by the robustness test (truncated and garbled copies must never
// panic or hang) and as a parse smoke test.
#macro SCREEN_W 1280
#macro SCREEN_H 720
#macro HALF_W (SCREEN_W / 2)
#macro Release:DEBUG false
#macro DEBUG true
#macro LOG_PREFIX "[game] "
#macro LONG_SUM 1 + \
    2 + \
    3

#region Enums
enum State {
    idle,
    walking = 10,
    running,
    jumping = -1,
}

enum Colors { red = #FF0000, green = #00FF00, blue = $FF0000 }
#endregion

globalvar g_score, g_lives;
g_score = 0;
g_lives = 3

global.config = {
    width: SCREEN_W,
    height: SCREEN_H,
    "window title": "Demo",
    fullscreen: false,
    x: 0, y: 0, id: 12,
    other: noone,
};

/// @function Vec2(x, y)
/// @description A 2D vector
function Vec2(_x = 0, _y = 0) constructor {
    x = _x;
    y = _y;
    static add = function(v) {
        return new Vec2(x + v.x, y + v.y);
    }
    static length = function() {
        return sqrt(x * x + y * y)
    }
    static toString = function() {
        return $"({x}, {y})";
    }
}

function Vec3(_x, _y, _z) : Vec2(_x, _y) constructor {
    z = _z;
    static length = function() { return sqrt(x*x + y*y + z*z); }
}

function clamp_score(_value, _min = 0, _max = 999999) {
    if (_value < _min) return _min;
    else if (_value > _max) return _max
    else return _value;
}

function legacy_style(a, b)
begin
    var result;
    if a = b and not (a <> 0) then result = 1 else result = 0
    if a mod 2 == 0 or b div 3 > 1 result += 1
    while result < 10 result++
    return result
end

function counters() {
    static calls = 0, total = 0;
    calls++;
    ++total;
    var i = 0, j, k = 10;
    for (i = 0; i < k; i++) {
        j = i * 2;
        if (j == 4) continue;
        if (j >= 14) break;
    }
    for (var n = 0; n < 3; n += 1) total += n;
    for (;;) { break; }
    repeat (3) total--;
    do {
        k -= 1;
    } until (k <= 0);
    do k++ until k > 2
    return total;
}

function data_structures() {
    var m = ds_map_create();
    m[? "name"] = "player";
    m[? "hp"] = 100;
    var l = ds_list_create();
    ds_list_add(l, 1, 2, 3);
    l[| 0] = 5;
    var g = ds_grid_create(4, 4);
    g[# 1, 2] = 7;
    var arr = [1, 2, [3, 4], ];
    arr[@ 0] = 10;
    arr[2][1] = 9;
    var legacy;
    legacy[1, 2] = 3;
    var s = { a: 1, b: { c: [1, 2] } };
    s[$ "a"] = 2;
    s.b.c[0] += 1;
    var v = s[$ "missing"] ?? -1;
    s.a ??= 5;
    var bits = (1 | 2 == 3) && (~0 & $FF) != 0 ^^ (1 << 4 >> 2) > 0;
    var h = 0xFF + 0b1010 + 1_000_000 + .5 + 1e3 + 2.5E-2;
    var big = 0xFFFFFFFFFF;
    ds_map_destroy(m);
    ds_list_destroy(l);
    ds_grid_destroy(g);
    delete s;
    return [v, bits, h, big];
}

function strings() {
    var a = "Hello\nWorld\t\"quoted\"\\";
    var b = @"C:\path\to\file";
    var c = @'single "quoted"
spanning lines';
    var d = $"Score: {g_score}, lives: {g_lives + 1}, brace: \{literal}";
    var e = "\u00e9\u{1F600}\x41\101";
    var f = string_length(a) + string_length(b);
    var nested = $"outer {$"inner {1 + 2}"} done";
    return a + b + c + d + e + string(f) + nested;
}

function control(_state) {
    switch (_state) {
        case State.idle:
            show_debug_message("idle");
            break;
        case State.walking:
        case State.running: {
            var speed = _state == State.running ? 4 : 2;
            x += speed;
            break;
        }
        case "string case":
            break;
        default:
            exit;
    }
    with (obj_enemy) {
        hp -= 1;
        if (hp <= 0) instance_destroy();
    }
    with all x = 0
    with (other) y = other.y + 1;
    try {
        var r = 1 div 0;
    } catch (err) {
        show_debug_message(err.message);
    } finally {
        show_debug_message("done");
    }
    try { throw "oops"; } catch (e) { }
    try { risky(); } finally { cleanup(); }
}

// ---- legacy style (GMS1-era habits that still compile)
function legacy_inventory(argument_list)
{
    var i, n, total;
    n = array_length(argument_list)
    total = 0
    for (i = 0; i < n; i += 1)
    begin
        if argument_list[i] = noone or argument_list[i] == undefined then continue
        total += argument_list[i]
    end
    if (total > 100 && !(total mod 7 == 0)) total = 100 else if total < 0 total = 0
    return total
}

function grid_stuff(w, h) {
    var g = ds_grid_create(w, h), xx, yy;
    for (xx = 0; xx < w; xx++)
        for (yy = 0; yy < h; yy++)
            g[# xx, yy] = xx * h + yy;
    var sum = ds_grid_get_sum(g, 0, 0, w - 1, h - 1);
    ds_grid_destroy(g);
    return sum;
}

function describe(v) {
    switch (typeof(v)) {
        case "number": return $"number {v}";
        case "string": return "string \"" + v + "\"";
        case "array":
            var parts = [];
            for (var k = 0; k < array_length(v); ++k) array_push(parts, describe(v[k]));
            return "[" + string_join_ext(", ", parts) + "]";
        case "struct":
            var names = variable_struct_get_names(v), out = "{";
            for (var k = 0; k < array_length(names); k++) {
                out += (k > 0 ? ", " : "") + names[k] + ": " + describe(v[$ names[k]]);
            }
            return out + "}";
        default: return string(v);
    }
}

function Stack() constructor {
    items = [];
    static push = function(v) { array_push(items, v); return self; }
    static pop = function() {
        if (array_length(items) == 0) throw { message: "empty stack" };
        return array_pop(items);
    }
    static peek = function() { return items[array_length(items) - 1]; }
    static size = function() { return array_length(items) }
}

function bits(n) {
    var out = "";
    do {
        out = string(n & 1) + out;
        n = n >> 1;
    } until (n <= 0)
    return out;
}

var st = new Stack();
st.push(1).push(2).push(3);
show_debug_message(st.pop() + st.peek());
show_debug_message(describe({ a: [1, "two", { three: 3 }], b: undefined }));
show_debug_message(bits(10) + " " + string(grid_stuff(3, 4)));
var h2 = #FFAA00 | $0000FF;
var maybe = undefined ?? global.config[$ "missing"] ?? "fallback";
global.counter ??= 0;
global.counter += 1
repeat (2) { global.counter *= 2; }
while (global.counter > 100) global.counter -= 100;

var callbacks = [
    function() { return 1; },
    function named_literal(a) { return a * 2; },
    method(self, function(a, b) { return a + b; }),
];

var point = new Vec2(3, 4);
var plain = new Vec3;
show_debug_message(point.length());
show_debug_message(callbacks[1](21));
show_debug_message(LOG_PREFIX + string(HALF_W) + string(LONG_SUM));
f(0,,1);
g(1, 2,);
var t = self.id != other.id || global.config.fullscreen;
var u = pi * 2 + infinity - NaN;
var w = undefined;
if (!is_undefined(w)) { w = -w; } else { w = +1 }
if DEBUG show_debug_message("debug")
i = 0
i++
++i
j = i
--j
a.b++;
a[0]--;
var z = a ? b : c ? d : e;
var q = x == 1 ? "one" : "other";
if (x) { } else if (y) { } else { };;
;
#object obj_player : obj_actor
#event create
hp = 100;
speed_x = 0;
state = State.idle;
#event step
speed_x = keyboard_check(vk_right) - keyboard_check(vk_left);
x += speed_x * 4;
if (hp <= 0) { instance_destroy(); }
#event alarm0
alarm[0] = room_speed;
#event other_user3
event_inherited();
#event async_http
if (async_load[? "id"] == req) {
    show_debug_message(async_load[? "result"]);
}
#event draw_gui
draw_text(10, 10, $"HP: {hp}");

#object obj_enemy
#event create
hp = 3
#event destroy
g_score += 10
