# expect: 3:1: loops are not part of the spec language
x = 0
while x < 10:
    x = x + 1
