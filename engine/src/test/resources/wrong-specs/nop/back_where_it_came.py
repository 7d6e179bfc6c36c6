# expect: 5
# Wrong on purpose: the full NOP spec sending device 0's packets back out of device 0.
# NOP: every packet leaves, unchanged, on the other of the two devices.
if received_on_port == 0:
    return 0, pkt
else:
    return 0, pkt
