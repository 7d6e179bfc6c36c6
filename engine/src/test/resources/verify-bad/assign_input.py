# expect: 3:1: cannot assign to the input received_on_port
h = pop_header(ether, on_mismatch=([], []))
received_on_port = 0
