# expect: 7:10: port is not assigned on every path that reaches here
h = pop_header(ether, on_mismatch=DROP)
if h.type == 0x0800:
    port = 1
elif h.type == 0x86DD:
    return DROP
return ([port], [ether(h)])
