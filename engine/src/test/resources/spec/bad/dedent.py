# expect: 4:3: indentation error: this line's indentation does not match its block
if now > 1:
    y = 1
  z = 2
