-- 200k iterations of struct field reads and writes
local s = {a = 0, b = 0, c = 0}
for i = 0, 199999 do
  s.a = s.a + 1
  s.b = s.a + s.c
  s.c = s.b - i
end
print(s.a + s.b + s.c)
