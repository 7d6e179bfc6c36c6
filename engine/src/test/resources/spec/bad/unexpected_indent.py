# expect: 4:8: indentation error
if now > 5:
    x = 1
       y = 2
