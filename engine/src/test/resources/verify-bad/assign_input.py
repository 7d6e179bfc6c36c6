# expect: 3:1: 
h = pop_header(ether, on_mismatch=([], []))
received_on_port = 0
