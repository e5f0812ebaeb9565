a = $"x{}y";
b = $"x{1 +}y";
c = $"open {";
