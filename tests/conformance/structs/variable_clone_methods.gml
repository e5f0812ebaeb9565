counter = {
    value: 12,
    report: function() { show_debug_message("value is " + string(value)); }
};
counter_copy = variable_clone(counter);
counter_copy.value = 24;
counter.report();
counter_copy.report();
