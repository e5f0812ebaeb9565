var _target = {hp: 3};
var _weak = weak_ref_create(_target);
if (weak_ref_alive(_weak)) {
    show_debug_message(_weak.ref.hp);
    show_debug_message(_weak.ref == _target);
}
