// The parts of GameMaker's standard library that are clearest written in GML itself.
// Compiled into every program before user code.

/// @function array_sum(array)  Not a GameMaker builtin: kept out of the global namespace.
