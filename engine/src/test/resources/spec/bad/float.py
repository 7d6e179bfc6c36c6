# expect: 2:12: only integers are allowed
RATE = 1 + 0.5
