# Fill and sum a 1e6-element array

def main():
    n = 1000000
    a = [0] * n
    i = 0
    while i < n:
        a[i] = i * 2
        i += 1
    total = 0
    j = 0
    while j < n:
        total += a[j]
        j += 1
    print(total)


main()
