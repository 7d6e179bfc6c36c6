# expect: 3:5: loops are not part of the spec language
if now > 0:
    for p in [1, 2]:
        pass
