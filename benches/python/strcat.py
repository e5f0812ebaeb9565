# Build a 1 MB string by 100,000 appends of 10 characters

def main():
    s = ""
    for i in range(100000):
        s += "abcdefghij"
    print(len(s))


main()
