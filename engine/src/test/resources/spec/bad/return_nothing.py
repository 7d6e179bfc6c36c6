# expect: 3:5: return needs an outcome
if now > 0:
    return
