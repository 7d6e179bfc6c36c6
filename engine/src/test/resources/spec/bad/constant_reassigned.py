# expect: 4:5: constant EXP_TIME is already defined at
EXP_TIME = 10
if now > 5:
    EXP_TIME = 20
