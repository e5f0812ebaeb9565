# 200k iterations of struct field reads and writes

class S:
    pass


def main():
    s = S()
    s.a = 0
    s.b = 0
    s.c = 0
    for i in range(200000):
        s.a = s.a + 1
        s.b = s.a + s.c
        s.c = s.b - i
    print(s.a + s.b + s.c)


main()
