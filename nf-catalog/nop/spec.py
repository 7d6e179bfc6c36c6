# NOP: every packet leaves, unchanged, on the other of the two devices.
if received_on_port == 0:
    return 1, pkt
else:
    return 0, pkt
