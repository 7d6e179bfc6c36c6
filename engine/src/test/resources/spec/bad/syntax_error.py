# expect: 3:10: syntax error
h = pop_header(ether, on_mismatch=([], []))
x = (1 + )
