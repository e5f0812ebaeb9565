-- Build a 1 MB string by 100,000 appends of 10 characters.
-- Lua strings are immutable and `s = s .. x` copies the whole string each time (quadratic), so
-- the idiomatic buffer (table.concat) is used; see README.md.
local parts = {}
for i = 1, 100000 do
  parts[#parts + 1] = "abcdefghij"
end
local s = table.concat(parts)
print(#s)
