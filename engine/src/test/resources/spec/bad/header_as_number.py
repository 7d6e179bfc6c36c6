# expect: 3:4: an operand of + must be a number or a truth value, but this is an ether header
h = pop_header(ether, on_mismatch=DROP)
if h + 1 > 2:
    pass
