# expect: 4:15: unknown name recieved_on_port; did you mean received_on_port?
# mode: nf
h = pop_header(ether, on_mismatch=([], []))
if h.saddr == recieved_on_port:
    return DROP
