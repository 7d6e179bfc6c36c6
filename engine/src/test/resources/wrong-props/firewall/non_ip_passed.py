# expect: 3
# WRONG on purpose: claims packets that are not IPv4 are sent to the WAN (they are dropped).
ip = pop_header(ipv4, on_mismatch=([2], []))
pass
