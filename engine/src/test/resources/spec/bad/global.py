# expect: 3:5: global is not part of the spec language
if now > 0:
    global x
