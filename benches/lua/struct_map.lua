-- A table used as a dictionary: 200k inserts and 200k lookups of string keys
local m = {}
for i = 0, 199999 do
  m["k" .. i] = i
end
local sum = 0
for j = 0, 199999 do
  sum = sum + m["k" .. j]
end
print(sum)
