-- Fill and sum a 1e6-element array
local n = 1000000
local a = {}
for i = 0, n - 1 do
  a[i + 1] = i * 2
end
local sum = 0
for j = 1, n do
  sum = sum + a[j]
end
print(sum)
