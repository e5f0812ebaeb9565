-- 1e6 method calls on a constructed object
local Counter = {}
Counter.__index = Counter
function Counter.new() return setmetatable({n = 0}, Counter) end
function Counter:add(v) self.n = self.n + v end
local c = Counter.new()
for i = 1, 1000000 do
  c:add(2)
end
print(c.n)
