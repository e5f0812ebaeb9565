# A dict used as a dictionary: 200k inserts and 200k lookups of string keys

def main():
    m = {}
    for i in range(200000):
        m["k" + str(i)] = i
    total = 0
    for j in range(200000):
        total += m["k" + str(j)]
    print(total)


main()
