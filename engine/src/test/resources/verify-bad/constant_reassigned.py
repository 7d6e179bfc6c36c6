# expect: 5:5: constant EXP_TIME is already defined at
EXP_TIME = 300 * 1000 * 1000 * 1000
h = pop_header(ether, on_mismatch=([], []))
if h.type == 0:
    EXP_TIME = 1
