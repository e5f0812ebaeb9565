show_debug_message(Color.Red);
enum Color { Red, Green, Blue }
enum Level { Low = 1, Mid = 5, High, Max = Level.High * 2, Neg = -3, AfterNeg }
show_debug_message(Color.Green);
show_debug_message(Color.Blue);
show_debug_message(Level.Low);
show_debug_message(Level.Mid);
show_debug_message(Level.High);
show_debug_message(Level.Max);
show_debug_message(Level.Neg);
show_debug_message(Level.AfterNeg);
show_debug_message(Color.Blue + 1);
var arr = ["r", "g", "b"];
show_debug_message(arr[Color.Green]);
enum Trailing { A, B, }
show_debug_message(Trailing.B);
