# expect: 3:4: the received packet's length is the input packet_size
h = pop_header(ether, on_mismatch=([], []))
if len(pkt) > 1500:
    return DROP
