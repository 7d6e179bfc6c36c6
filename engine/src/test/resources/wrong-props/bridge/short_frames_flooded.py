# expect: 3
# WRONG on purpose: claims a frame too short for an Ethernet header goes out of both ports (it is dropped).
h = pop_header(ether, on_mismatch=([0, 1], []))
pass
