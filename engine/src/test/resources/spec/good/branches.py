# Variables assigned in every branch that continues are usable after the if.
h = pop_header(ether, on_mismatch=DROP)
if h.type == 0x0800:
    port = 1
elif h.type == 0x86DD:
    return DROP
else:
    port = 0
if port == received_on_port:
    return DROP
return ([port], [ether(h)])
