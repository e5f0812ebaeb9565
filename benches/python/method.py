# 1e6 method calls on a constructed object

class Counter:
    def __init__(self):
        self.n = 0

    def add(self, v):
        self.n += v


def main():
    c = Counter()
    for i in range(1000000):
        c.add(2)
    print(c.n)


main()
