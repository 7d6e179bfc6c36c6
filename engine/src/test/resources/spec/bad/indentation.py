# expect: 4:1: indentation error: expected an indented block
h = pop_header(ether, on_mismatch=([], []))
if h.daddr == 1:
return DROP
