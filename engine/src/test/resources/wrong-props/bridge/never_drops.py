# expect: 5
# WRONG on purpose: claims every Ethernet frame goes out of some port (the bridge drops frames to
# STATIC_DROP addresses and frames addressed to a station on the input port).
h = pop_header(ether, on_mismatch=([], []))
assert not (sent_on_ports == [])
