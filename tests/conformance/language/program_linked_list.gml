// a small program: a linked list with constructors, statics, methods and recursion
function Node(_value, _next = undefined) constructor {
    value = _value;
    next = _next;
}
function List() constructor {
    head = undefined;
    size = 0;
    static push = function(v) {
        head = new Node(v, head);
        size++;
        return self;
    };
    static reverse = function() {
        var prev = undefined, cur = head;
        while (cur != undefined) {
            var nxt = cur.next;
            cur.next = prev;
            prev = cur;
            cur = nxt;
        }
        head = prev;
    };
    static sum_from = function(node) {
        return node == undefined ? 0 : node.value + sum_from(node.next);
    };
    static toString = function() {
        var out = "(";
        for (var n = head; n != undefined; n = n.next) {
            out += string(n.value);
            if (n.next != undefined) out += " ";
        }
        return out + ")";
    };
}
var l = new List();
l.push(1).push(2).push(3);
show_debug_message(l);
l.reverse();
show_debug_message(l);
show_debug_message(l.size);
show_debug_message(l.sum_from(l.head));
var empty = new List();
show_debug_message(empty);
